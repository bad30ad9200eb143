"""Settings from the environment and ``.env``, validated once at start-up and passed down.

There is no module-level settings object: the CLI builds one with :func:`load_settings`
and hands it to whatever needs it, so tests build their own without patching.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
from collections.abc import Iterable, Mapping
from datetime import timedelta
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from dotenv import dotenv_values
from pydantic import (
    AliasChoices,
    BeforeValidator,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from feeds import __version__
from feeds.durations import format_duration, parse_duration
from feeds.errors import ConfigError, InputError, validation_message
from feeds.languages import parse_languages

Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
CommaList = Annotated[list[str], NoDecode]

MIN_POLL_INTERVAL = timedelta(minutes=5)
MIN_TIMEOUT = timedelta(seconds=1)
# A feed lease lasts twice the fetch timeout; pollers tell a live lease from one written while
# a clock ran ahead by this bound (feeds.storage.leases.LONGEST_LEASE).
MAX_FETCH_TIMEOUT = timedelta(minutes=10)
MIN_RETENTION = timedelta(days=1)
DEFAULT_API_BASE = "https://discord.com/api/v10"
DEFAULT_USER_AGENT = f"vidradar/{__version__} (+https://github.com/vidradar/vidradar; AI-video news watcher)"


def bundled_feed_list() -> Path:
    return Path(str(resources.files("seeds") / "feeds.toml"))


def parse_url_allowlist(
    entries: Iterable[str],
) -> tuple[list[ipaddress.IPv4Network | ipaddress.IPv6Network], set[tuple[str, int]]]:
    """VIDRADAR_URL_ALLOWLIST's syntax: each entry a CIDR network or a ``host:port``. The fetch
    guard (:class:`feeds.fetch.netguard.AddressPolicy`) builds on it; settings validate with it."""
    networks: list[ipaddress.IPv4Network | ipaddress.IPv6Network] = []
    host_ports: set[tuple[str, int]] = set()
    for raw in entries:
        item = raw.strip()
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
            continue
        except ValueError:
            pass
        host, sep, port = item.rpartition(":")
        host = host.strip("[]").lower()
        if not sep or not host or not port.isdigit():
            raise ValueError(f"URL allowlist entry {item!r} is neither a CIDR nor host:port")
        host_ports.add((host, int(port)))
    return networks, host_ports


class Settings(BaseSettings):
    """Every setting vidradar reads. ``.env.example`` documents each one (a test keeps them in sync)."""

    model_config = SettingsConfigDict(
        env_prefix="VIDRADAR_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
        # `VIDRADAR_FEEDS=` in a copied .env.example means "use the default", not "empty".
        env_ignore_empty=True,
    )

    # Core
    db: Path = Path("vidradar.db")
    # postgresql://user:password@host:port/dbname: PostgreSQL instead of the SQLite file.
    database_url: SecretStr | None = None
    feeds: Path | None = None
    poll_interval: Duration = timedelta(minutes=15)
    poll_check: Duration = timedelta(seconds=30)
    roles: CommaList = ["poller", "bot"]
    concurrency: int = Field(32, ge=1, le=512)
    per_host_concurrency: int = Field(2, ge=1, le=32)
    parse_workers: int | None = Field(None, ge=0, le=32)
    user_agent: str = DEFAULT_USER_AGENT
    allow_private_urls: bool = False
    url_allowlist: CommaList = []
    log_level: str = "INFO"
    max_feed_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    fetch_timeout: Duration = timedelta(seconds=30)
    connect_timeout: Duration = timedelta(seconds=10)
    max_failures: int = Field(10, ge=1)
    first_poll_cutoff: Duration = timedelta(hours=24)

    # Alerts, retention
    max_alert_age: Duration = timedelta(hours=48)
    # Story alerts one channel (a route) gets per 10 minutes; past it they are folded into one
    # "and N more" message at the end of the 10 minutes. 0: no cap.
    alerts_per_10_minutes: int = Field(10, ge=0, le=1000)
    retention: Duration = timedelta(days=365)

    # Discord
    discord_token: SecretStr | None = Field(None, validation_alias=AliasChoices("DISCORD_TOKEN"))
    discord_api_base: str = Field(DEFAULT_API_BASE, validation_alias=AliasChoices("DISCORD_API_BASE"))
    discord_gateway_url: str | None = Field(None, validation_alias=AliasChoices("DISCORD_GATEWAY_URL"))
    dev_guild: int | None = None

    # Headless mode: one webhook destination configured from the environment
    webhook_url: SecretStr | None = None
    min_score: float = Field(0.5, ge=0.0, le=1.0)
    watch_include: CommaList = []
    watch_exclude: CommaList = []
    mute: CommaList = []
    # ISO 639-1 codes the webhook's alerts may be in ("en fr"); empty or "all": every language.
    languages: CommaList = []
    digest: str = "off"
    # How the webhook's posts look and read: the name and avatar shown on them (Discord shows
    # the webhook's own when unset), and the language of their text (en or fr).
    webhook_username: str | None = Field(None, min_length=1, max_length=80)
    webhook_avatar_url: str | None = None
    webhook_forum: bool = False  # the webhook is a forum channel's: a forum post per story
    language: Literal["en", "fr"] = "en"

    @field_validator("url_allowlist", "watch_include", "watch_exclude", "mute", "roles", mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("languages", mode="before")
    @classmethod
    def _language_codes(cls, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            value = " ".join(str(part) for part in value)
        if isinstance(value, str):
            if not value.strip():
                return []
            try:
                return parse_languages(value)
            except InputError as exc:
                raise ValueError(str(exc)) from None
        return value

    @field_validator("poll_interval", "poll_check", "fetch_timeout", "connect_timeout", "retention")
    @classmethod
    def _duration_floor(cls, value: timedelta, info: ValidationInfo) -> timedelta:
        # A zero timeout would fail every feed and count towards disabling it; a retention of
        # minutes would delete the news as it comes in.
        floor = {"poll_interval": MIN_POLL_INTERVAL, "retention": MIN_RETENTION}.get(
            info.field_name or "", MIN_TIMEOUT
        )
        if value < floor:
            raise ValueError(f"must be at least {format_duration(floor)} (got {format_duration(value)})")
        if info.field_name == "fetch_timeout" and value > MAX_FETCH_TIMEOUT:
            raise ValueError(
                f"must be at most {format_duration(MAX_FETCH_TIMEOUT)} (got {format_duration(value)})"
            )
        return value

    @field_validator("roles")
    @classmethod
    def _known_roles(cls, value: list[str]) -> list[str]:
        roles = [role.strip().lower() for role in value if role.strip()]
        unknown = sorted(set(roles) - {"poller", "bot"})
        if unknown:
            raise ValueError(f"unknown role {unknown[0]!r} (roles: poller, bot)")
        if not roles:
            raise ValueError("needs at least one role: poller, bot, or both")
        return roles

    @field_validator("url_allowlist")
    @classmethod
    def _valid_allowlist(cls, value: list[str]) -> list[str]:
        parse_url_allowlist(value)  # raises ValueError naming the bad entry
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("discord_api_base")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value

    @field_validator("webhook_avatar_url")
    @classmethod
    def _http_avatar(cls, value: str | None) -> str | None:
        if value is not None and not value.strip().startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL of an image")
        return value.strip() if value else None

    @field_validator("webhook_url")
    @classmethod
    def _http_webhook(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL (Discord: Channel settings → Integrations → Webhooks)")
        return value

    @field_validator("discord_gateway_url")
    @classmethod
    def _ws_gateway(cls, value: str | None) -> str | None:
        if value is not None and not value.strip().startswith(("ws://", "wss://")):
            raise ValueError("must be a ws:// or wss:// URL")
        return value.strip() if value else value

    @field_validator("database_url")
    @classmethod
    def _postgres_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip().startswith(
            ("postgresql://", "postgres://")
        ):
            raise ValueError("must be a postgresql:// URL (SQLite: set VIDRADAR_DB instead)")
        return value

    @property
    def database(self) -> str | Path:
        """Where the data lives: the PostgreSQL URL when one is set (it wins over
        ``VIDRADAR_DB``), else the SQLite file."""
        return self.database_url.get_secret_value().strip() if self.database_url else self.db

    @property
    def headless(self) -> bool:
        """Alerts go to VIDRADAR_WEBHOOK_URL (no DISCORD_TOKEN): every process of the install,
        pollers too, works for the webhook's destination."""
        return self.webhook_url is not None and self.discord_token is None

    @property
    def database_name(self) -> str:
        """:attr:`database` for logs and messages (a URL without its password)."""
        return redact_url(str(self.database))

    @property
    def feed_list_path(self) -> Path:
        return self.feeds or bundled_feed_list()


def redact_url(url: str) -> str:
    """A database URL without its password (in the user part, even with an ``@`` in it, or as
    a ``password=`` parameter), for logs and error lines."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = min((i for i in (rest.find("/"), rest.find("?")) if i >= 0), default=len(rest))
    # The last "@" before the path ends the user part (a password may hold "@" unencoded).
    at = rest.rfind("@", 0, end)
    if at >= 0 and ":" in rest[:at]:
        user = rest[: rest.index(":")]
        rest = f"{user}:***{rest[at:]}"
    rest = re.sub(r"([?&]password=)[^&#]*", r"\1***", rest, flags=re.IGNORECASE)
    return f"{scheme}{sep}{rest}"


def scrub_password(text: str, url: str) -> str:
    """``text`` (a driver's message about ``url``) with the URL's password masked wherever it
    appears as a whole, raw or percent-encoded."""
    from urllib.parse import unquote

    scheme, sep, rest = url.partition("://")
    secrets = set(re.findall(r"[?&]password=([^&#]*)", rest, flags=re.IGNORECASE))
    end = min((i for i in (rest.find("/"), rest.find("?")) if i >= 0), default=len(rest))
    at = rest.rfind("@", 0, end)
    if at >= 0 and ":" in rest[:at]:
        password = rest[rest.index(":") + 1 : at]
        # A raw "@" in it: a driver may split there and quote a piece as the host.
        secrets.update([password, *password.split("@")])
    for secret in sorted(secrets, key=len, reverse=True):
        for form in {secret, unquote(secret)} - {""}:
            # Whole, never inside a word: a password "o" left "connection" as it is.
            text = re.sub(rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])", "***", text)
    return text


def env_name(field: str) -> str:
    """The environment variable that sets ``field`` (for error messages and docs)."""
    info = Settings.model_fields[field]
    alias = info.validation_alias
    if isinstance(alias, AliasChoices):
        return str(alias.choices[0])
    return f"VIDRADAR_{field.upper()}"


def describe_validation_error(exc: ValidationError) -> str:
    """One line naming the variable, e.g. ``VIDRADAR_POLL_INTERVAL: must be at least 5m (got 1m)``."""
    first = exc.errors()[0]
    field = str(first["loc"][0]) if first["loc"] else "?"
    name = env_name(field) if field in Settings.model_fields else field
    return f"invalid setting {name}: {validation_message(exc)}"


# VIDRADAR_* variables that are not settings: the test suite's and the tools' own.
TOOL_VARIABLES = frozenset(
    {
        "VIDRADAR_FAILPOINT",
        "VIDRADAR_STRESS",
        "VIDRADAR_CRASH_SEED",
        "VIDRADAR_TEST_PG_BINDIR",
        "VIDRADAR_BENCH_SYNTHETIC_NOTED",
    }
)


def setting_names() -> set[str]:
    """Every variable a setting is read from (upper case): its aliases, and the prefixed
    field name, which pydantic-settings accepts too (``populate_by_name``)."""
    names: set[str] = set()
    for field, info in Settings.model_fields.items():
        alias = info.validation_alias
        names.update(str(choice).upper() for choice in getattr(alias, "choices", ()))
        names.add(f"VIDRADAR_{field.upper()}")
    return names


def unknown_settings(
    env_file: str | Path | None = ".env", environ: Mapping[str, str] | None = None
) -> list[str]:
    """One warning per ``VIDRADAR_*`` variable that is no setting, in the environment or the
    ``.env`` file: a misspelt name is otherwise ignored without a word, and the default used."""
    settings = sorted(setting_names())
    known = {*settings, *TOOL_VARIABLES}
    found: dict[str, str] = {}
    if env_file is not None and Path(env_file).is_file():
        for name in dotenv_values(env_file, encoding="utf-8"):
            found.setdefault(name.upper(), f"{name} (in {env_file})")
    for name in os.environ if environ is None else environ:
        found.setdefault(name.upper(), name)
    warnings = []
    for upper, where in sorted(found.items()):
        if not upper.startswith("VIDRADAR_") or upper in known:
            continue
        close = difflib.get_close_matches(upper, settings, n=1, cutoff=0.8)
        hint = f"did you mean {close[0]}? " if close else ""
        warnings.append(f"unknown setting {where} is ignored; {hint}every setting is in .env.example")
    return warnings


def load_settings(env_file: str | Path | None = ".env", **overrides: Any) -> Settings:
    """Build the settings once; raises ConfigError with a single readable line."""
    try:
        return Settings(_env_file=env_file, **overrides)  # type: ignore[call-arg]
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc)) from None
