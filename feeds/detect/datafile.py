"""The detector's data files (``seeds/*.toml``) read into their pydantic models, every mistake
in one line that names the file and the key."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from feeds.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


def read_data_file(path: Path, model: type[M], what: str = "") -> M:
    """``path`` parsed as TOML and validated as ``model``; ConfigError otherwise."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {what}{path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None
