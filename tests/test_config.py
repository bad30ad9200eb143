from datetime import timedelta

import pytest

from feeds.config import Settings, bundled_feed_list, load_settings, unknown_settings
from feeds.durations import format_duration, parse_duration
from feeds.errors import ConfigError


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("90s", 90),
        ("15m", 900),
        ("2h", 7200),
        ("7d", 604800),
        ("1h30m", 5400),
        ("2w", 1209600),
        (" 5M ", 300),
    ],
)
def test_duration_syntax(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "m5", "5 minutes", "1.5h", "-3m", "abc", "5x"])
def test_bad_durations_are_refused_with_the_syntax(text: str) -> None:
    with pytest.raises(ValueError, match="90s, 15m, 2h, 7d"):
        parse_duration(text)


@pytest.mark.parametrize("text", ["45", "365", " 0 "])
def test_a_number_without_a_unit_is_refused_with_the_units_to_choose_from(text: str) -> None:
    """VIDRADAR_RETENTION=365 meant as days would be six minutes of retention."""
    number = text.strip()
    with pytest.raises(
        ValueError, match=f"no unit in .*: write {number}s, {number}m, {number}h or {number}d"
    ):
        parse_duration(text)


def test_a_retention_of_less_than_a_day_is_refused() -> None:
    with pytest.raises(ConfigError, match="VIDRADAR_RETENTION: must be at least 1d"):
        load_settings(env_file=None, retention="6m")


def test_format_duration_round_trips() -> None:
    for text in ("90s", "15m", "2h", "7d", "1h30m"):
        assert parse_duration(format_duration(parse_duration(text))) == parse_duration(text)
    assert format_duration(timedelta(minutes=90)) == "1h30m"


def test_defaults(tmp_path) -> None:
    settings = load_settings(env_file=None)
    assert settings.db.name == "vidradar.db"
    assert settings.poll_interval == timedelta(minutes=15)
    assert settings.feed_list_path == bundled_feed_list()
    assert settings.allow_private_urls is False
    assert settings.discord_token is None
    assert settings.discord_api_base == "https://discord.com/api/v10"


def test_environment_and_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIDRADAR_POLL_INTERVAL", "20m")
    monkeypatch.setenv("VIDRADAR_URL_ALLOWLIST", "127.0.0.1:8080, 10.0.0.0/8")
    monkeypatch.setenv("DISCORD_TOKEN", "secret-token")
    monkeypatch.setenv("DISCORD_API_BASE", "http://127.0.0.1:9999/api/v10/")
    settings = load_settings(env_file=None)
    assert settings.poll_interval == timedelta(minutes=20)
    assert settings.url_allowlist == ["127.0.0.1:8080", "10.0.0.0/8"]
    assert settings.discord_token is not None and settings.discord_token.get_secret_value() == "secret-token"
    assert "secret-token" not in repr(settings)
    assert settings.discord_api_base == "http://127.0.0.1:9999/api/v10"


def test_env_example_is_a_valid_configuration(tmp_path) -> None:
    from tests.conftest import REPO

    defaults = load_settings(env_file=None)
    copied = load_settings(env_file=REPO / ".env.example")
    assert copied == defaults  # every value in the example is the default, blanks included


def test_dotenv_file_is_read(tmp_path) -> None:
    env = tmp_path / ".env"
    env.write_text("VIDRADAR_CONCURRENCY=7\nVIDRADAR_LOG_LEVEL=debug\n")
    settings = load_settings(env_file=env)
    assert settings.concurrency == 7
    assert settings.log_level == "DEBUG"


def test_a_name_that_is_no_setting_is_named_with_the_closest_setting(tmp_path) -> None:
    """A misspelt name would otherwise be ignored without a word (the default used); names
    are matched as pydantic-settings matches them (any case), and the tools' own variables
    and other programs' are no settings to warn about."""
    env = tmp_path / ".env"
    env.write_text("VIDRADAR_POLL_INTERVALL=1h\nvidradar_concurrency=3\nOTHER_TOOL=1\n")
    environ = {
        "VIDRADAR_WEBHOOK_URLS": "https://x",
        "VIDRADAR_FAILPOINT": "stored:1",
        "VIDRADAR_DB": "x.db",
        "VIDRADAR_DISCORD_TOKEN": "t",  # read as DISCORD_TOKEN
    }
    assert unknown_settings(env, environ) == [
        f"unknown setting VIDRADAR_POLL_INTERVALL (in {env}) is ignored; did you mean VIDRADAR_POLL_INTERVAL? "
        "every setting is in .env.example",
        "unknown setting VIDRADAR_WEBHOOK_URLS is ignored; did you mean VIDRADAR_WEBHOOK_URL? "
        "every setting is in .env.example",
    ]
    assert unknown_settings(tmp_path / "missing.env", {"VIDRADAR_ZZZ": "1"}) == [
        "unknown setting VIDRADAR_ZZZ is ignored; every setting is in .env.example"
    ]


@pytest.mark.parametrize(
    ("name", "value", "needle"),
    [
        ("VIDRADAR_POLL_INTERVAL", "1m", "at least 5m"),
        ("VIDRADAR_FETCH_TIMEOUT", "11m", "at most 10m"),
        ("VIDRADAR_POLL_INTERVAL", "soon", "not a duration"),
        ("VIDRADAR_CONCURRENCY", "lots", "integer"),
        ("VIDRADAR_LOG_LEVEL", "LOUD", "one of"),
        ("VIDRADAR_MIN_SCORE", "2", "less than or equal"),
        ("DISCORD_API_BASE", "ftp://x", "http"),
        ("VIDRADAR_URL_ALLOWLIST", "127.0.0.1:80,garbage", "'garbage' is neither a CIDR nor host:port"),
        ("VIDRADAR_FETCH_TIMEOUT", "0s", "at least 1s"),
        ("VIDRADAR_CONNECT_TIMEOUT", "0s", "at least 1s"),
        ("VIDRADAR_WEBHOOK_URL", "ftp://x", "http(s) URL"),
        ("VIDRADAR_WEBHOOK_AVATAR_URL", "radar.png", "http(s) URL"),
        ("VIDRADAR_LANGUAGE", "de", "VIDRADAR_LANGUAGE"),
        ("DISCORD_GATEWAY_URL", "http://x", "ws://"),
        ("VIDRADAR_PARSE_WORKERS", "-1", "greater than or equal"),
    ],
)
def test_invalid_value_is_one_line_naming_the_variable(
    monkeypatch, name: str, value: str, needle: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        load_settings(env_file=None)
    message = str(caught.value)
    assert name in message and needle in message
    assert "\n" not in message


def test_settings_are_not_a_module_singleton() -> None:
    import feeds.config as config

    assert not any(isinstance(value, Settings) for value in vars(config).values())
