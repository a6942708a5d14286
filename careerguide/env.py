"""Strict parsing of settings from the environment.

Every helper raises ConfigError with a one-line message naming the variable, so a
bad value stops start-up with something a person can act on. ConfigError is not an
ImproperlyConfigured on purpose: Django's command runner swallows those while it
looks for the settings, and we want the message to reach the terminal unchanged.

This module imports nothing but the standard library, so gunicorn's config
(deploy/gunicorn.conf.py) and the benchmark (bench/common.py) use it too without
loading Django.
"""

from __future__ import annotations

import os

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off"}


class ConfigError(Exception):
    """A setting in the environment is missing or malformed."""


def env_str(name: str, default: str | None = None, *, required: bool = False) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        if required:
            raise ConfigError(f"{name} must be set")
        return default
    return value.strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    lowered = value.strip().lower()
    if lowered in TRUE_VALUES:
        return True
    if lowered in FALSE_VALUES:
        return False
    raise ConfigError(f"{name}={value!r} is not a boolean; use true or false")


def env_int(name: str, default: int, *, minimum: int | None = None, maximum: int | None = None) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = int(value.strip())
    except ValueError:
        raise ConfigError(f"{name}={value!r} is not a whole number") from None
    too_small = minimum is not None and number < minimum
    too_large = maximum is not None and number > maximum
    if (too_small or too_large) and minimum is not None and maximum is not None:
        raise ConfigError(f"{name}={number} must be between {minimum} and {maximum}")
    if too_small:
        raise ConfigError(f"{name}={number} must be at least {minimum}")
    if too_large:
        raise ConfigError(f"{name}={number} must be at most {maximum}")
    return number


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return list(default or [])
    items = [item.strip() for item in value.split(",")]
    if any(item == "" for item in items):
        raise ConfigError(f"{name}={value!r} has an empty entry; separate values with single commas")
    return items


def env_choice(name: str, choices: tuple[str, ...], default: str) -> str:
    value = env_str(name, default)
    if value not in choices:
        raise ConfigError(f"{name}={value!r} must be one of: {', '.join(choices)}")
    return value
