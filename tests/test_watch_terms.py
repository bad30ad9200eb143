"""Adding a watch term that is the same term as a watched one (spelt differently, e.g.
"Sörä" after "Sora") never silently flips the watched term's include/exclude mode: it is
refused in one line that names the watched term; the same mode again changes nothing."""

from __future__ import annotations

import pytest

from feeds.errors import InputError
from feeds.storage.watch import add_term, watch_settings
from tests.conftest import NOW
from tests.test_cli import assert_one_line_error, run

# Storage as production runs it, on SQLite and on PostgreSQL.
pytestmark = pytest.mark.both_backends


def test_a_term_that_normalises_to_a_watched_one_keeps_its_mode(db) -> None:
    assert add_term(db, 1, "Sora", "include", NOW) == "Sora"
    for again in ("Sörä", "SORA", "Sora"):
        with pytest.raises(InputError, match="already watched as 'Sora' \\(include\\)") as refused:
            add_term(db, 1, again, "exclude", NOW)
        assert refused.value.code == "term_mode_conflict"
        assert len(str(refused.value).splitlines()) == 1
    assert add_term(db, 1, "Sörä", "include", NOW) == "Sora"  # already so: nothing changes
    settings = watch_settings(db, 1)
    assert (settings.include, settings.exclude) == (["Sora"], [])
    assert add_term(db, 2, "Sörä", "exclude", NOW) == "Sörä"  # another server's terms are its own


async def test_watch_add_refuses_to_flip_a_watched_terms_mode(bot_env) -> None:
    fake, guild = bot_env.fake, bot_env.guild
    assert "Watching include term “Sora”" in (await fake.invoke(guild, "watch add", {"term": "Sora"})).text()
    refused = await fake.invoke(guild, "watch add", {"term": "Sörä", "mode": "exclude"})
    assert refused.ephemeral and len(refused.text().splitlines()) == 1
    assert "already watched as 'Sora' (include)" in refused.text(), refused.text()
    french = await fake.invoke(guild, "watch add", {"term": "Sörä", "mode": "exclude"}, locale="fr")
    assert "déjà surveillé sous la forme 'Sora' (include)" in french.text(), french.text()
    listing = (await fake.invoke(guild, "watch list")).text()
    assert listing.index("Sora") < listing.index("Exclude terms") and "Sörä" not in listing, listing
    rows = await bot_env.sql("SELECT term, mode FROM server_watch_terms")
    assert rows == [{"term": "Sora", "mode": "include"}]


def test_cli_watch_add_refuses_to_flip_a_watched_terms_mode(tmp_path) -> None:
    db = str(tmp_path / "w.db")
    assert run("watch", "add", "Sora", "--guild", "42", "--db", db, cwd=tmp_path).returncode == 0
    line = assert_one_line_error(
        run("watch", "add", "Sörä", "--mode", "exclude", "--guild", "42", "--db", db, cwd=tmp_path)
    )
    assert "already watched as 'Sora' (include)" in line
    listing = run("watch", "list", "--guild", "42", "--db", db, cwd=tmp_path).stdout
    assert "include: Sora" in listing and "exclude: -" in listing
