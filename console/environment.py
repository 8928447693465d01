"""Strict readers for settings that come from the environment.

A value that is set but malformed is an error at start-up, never a silent default: "ture" for a
bool or "ten" for an int stops the process with a message naming the variable.
Secrets may also come from a file: `NAME_FILE=/run/secrets/name` is read when `NAME` is unset.
"""

import os
from pathlib import Path


class ConfigError(RuntimeError):
    """A setting in the environment is malformed. Raised at import time of the settings."""


def env_str(name: str, default: str = "") -> str:
    value = os.environ.get(name)
    if value is not None:
        return value
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        try:
            return Path(file_path).read_text().strip()
        except OSError as exc:
            raise ConfigError(f"{name}_FILE={file_path!r} cannot be read: {exc}") from exc
    return default


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    # The spellings people type in an env file or a Makefile; anything else is a mistake worth stopping
    # for (a typo such as "ture" must not silently mean false).
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ConfigError(f'{name} must be "true" or "false" (or 1/0, yes/no, on/off), got {raw[:40]!r}')


TRUE_WORDS = frozenset({"true", "1", "yes", "on"})
FALSE_WORDS = frozenset({"false", "0", "no", "off"})


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]
