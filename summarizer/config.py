"""Settings with the precedence flag > environment > config file > default."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from summarizer import _data
from summarizer.errors import ConfigurationError

ENV = {
    "model": "SUMMARIZER_MODEL",
    "base_url": "OPENAI_BASE_URL",
    "api_key": "OPENAI_API_KEY",
    "model_path": "SUMMARIZER_MODEL_PATH",
    "engine": "SUMMARIZER_ENGINE",
    "concurrency": "SUMMARIZER_CONCURRENCY",
}
DEFAULT_MODEL = "gpt-4o-mini"
BOOLEANS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
"""What a boolean setting may say in the environment or a file (any case)."""


@dataclass(frozen=True)
class Settings:
    """Everything that configures an engine; the API key never shows in repr or messages."""

    engine: str = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model_path: str | None = None
    concurrency: int = 4
    context_window: int = 8192
    max_input_tokens: int | None = None
    max_output_tokens: int = 2000
    timeout: float = 120.0
    cache: bool = True
    price_per_mtok_in: float = 0.0
    price_per_mtok_out: float = 0.0

    def resolved_engine(self) -> str:
        """What `auto` means: openai given an endpoint or key, local given a model path."""
        if self.engine != "auto":
            return self.engine
        if self.api_key or self.base_url:
            return "openai"
        return "local" if self.model_path else "extract"


_TYPES = {f.name: f.type for f in fields(Settings)}
KEYS = frozenset(_TYPES) - {"api_key"}
"""Keys a configuration file may set (the API key only ever comes from the environment)."""


def default_config_path(env: Mapping[str, str]) -> Path:
    """~/.config/summarizer/config.toml, honouring $XDG_CONFIG_HOME."""
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "summarizer" / "config.toml"


def resolve(
    flags: Mapping[str, Any],
    env: Mapping[str, str] | None = None,
    config: str | None = None,
    *,
    base: Mapping[str, Any] | None = None,
    check_engine: Callable[[str, str], object] | None = None,
) -> Settings:
    """Merge defaults, config file, `base`, environment and flags (later wins)."""
    # `check_engine(name, where)` judges the engine name each of them gives
    env = os.environ if env is None else env
    path = Path(config) if config else default_config_path(env)
    layers: list[tuple[str, Mapping[str, Any]]] = []
    if config or _exists(path):
        layers.append((f"config file {path}, key engine", read_file(path)))
    layers.append(("engine settings", base or {}))
    from_env = {
        name: coerce(name, env[var], f"environment variable {var}")
        for name, var in ENV.items()
        if env.get(var)
    }
    layers.append((f"environment variable {ENV['engine']}", from_env))
    layers.append(("--engine", {k: v for k, v in flags.items() if v is not None}))
    values: dict[str, Any] = {}
    for where, layer in layers:
        if check_engine is not None and "engine" in layer:
            check_engine(layer["engine"], where)
        values.update(layer)
    return Settings(**values)


def _exists(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def read_file(path: Path) -> dict[str, Any]:
    """Validated settings from a TOML config file; every mistake names the file and the key."""
    try:
        data = _data.parse_toml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read config file {path}: {exc}") from None
    except _data.TOMLDecodeError as exc:
        raise ConfigurationError(f"config file {path}: {exc}") from None
    if "api_key" in data:
        raise ConfigurationError(
            f"config file {path}: put the API key in OPENAI_API_KEY, not in the file"
        )
    unknown = sorted(set(data) - set(_TYPES))
    if unknown:
        raise ConfigurationError(f"config file {path}: unknown key(s) {', '.join(unknown)}")
    return {k: coerce(k, v, f"config file {path}, key {k}") for k, v in data.items()}


def coerce(name: str, value: Any, where: str) -> Any:
    """`value` as the type of setting `name`; a ConfigurationError starting with `where` if not."""
    kind = str(_TYPES[name])
    try:
        if kind.startswith("int"):
            number = int(value)
            if number < 1:
                raise ValueError
            return number
        if kind.startswith("float"):
            return float(value)
        if kind.startswith("bool"):
            return value if isinstance(value, bool) else BOOLEANS[str(value).strip().lower()]
    except (TypeError, ValueError, KeyError):
        raise ConfigurationError(f"{where}: {value!r} is not a valid {_kind(kind)}") from None
    if not isinstance(value, str):
        raise ConfigurationError(f"{where}: expected a string")
    return value


def _kind(kind: str) -> str:
    """How a setting's type reads in an error message."""
    name = kind.split()[0]
    return {"bool": "boolean (true/false, 1/0, yes/no)", "int": "whole number of 1 or more"}.get(
        name, name
    )
