"""Which Discord servers a bot process serves when the bot runs as several processes.

Discord assigns each server to a shard: ``(guild_id >> 22) % shard_count``. A process started
with ``--shard-count N --shard-ids 0,1`` connects those shards, so Discord sends it the events
and slash commands of their servers only; it also delivers the alerts and digests of those
servers only, so several processes share one database without posting anything twice. The
headless destination (server 0) belongs to shard 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from feeds.errors import InputError


@dataclass(frozen=True)
class Shards:
    """The shards one process runs; the default is the whole bot in one process."""

    count: int = 1
    ids: tuple[int, ...] = (0,)

    @property
    def everything(self) -> bool:
        return set(self.ids) == set(range(self.count))

    def owns(self, guild_id: int) -> bool:
        return (guild_id >> 22) % self.count in self.ids

    def describe(self) -> str:
        return f"shards {','.join(map(str, self.ids))} of {self.count}"

    @classmethod
    def parse(cls, count: int | None, ids: str | None) -> Shards:
        """From ``--shard-count`` and ``--shard-ids`` ("0,1"); one line of error otherwise.
        Without ``--shard-ids`` the process runs every shard of the count."""
        if count is None:
            if ids is not None:
                raise InputError("--shard-ids needs --shard-count (the total number of shards)")
            return cls()
        if count < 1:
            raise InputError(f"--shard-count must be at least 1 (got {count})")
        if ids is None:
            return cls(count, tuple(range(count)))
        parts = [part.strip() for part in ids.split(",") if part.strip()]
        if not parts or not all(part.isdigit() for part in parts):
            raise InputError(f"--shard-ids takes shard numbers separated by commas, e.g. 0,1 (got {ids!r})")
        chosen = sorted({int(part) for part in parts})
        if chosen[-1] >= count:
            raise InputError(
                f"--shard-ids {ids}: shard {chosen[-1]} does not exist with --shard-count {count} "
                f"(shards are 0 to {count - 1})"
            )
        return cls(count, tuple(chosen))
