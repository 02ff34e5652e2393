"""Package data (summarizer/data, templates, prompts) through importlib.resources, and TOML."""

from __future__ import annotations

import functools
import pickle
import sys
from importlib import resources
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

TOMLDecodeError = tomllib.TOMLDecodeError


def folder(name: str) -> Path:
    """A folder shipped inside the package: `data`, `templates` or `prompts`."""
    return Path(str(resources.files("summarizer").joinpath(name)))


def prompts_folder() -> Path:
    """The shipped prompt templates, or `prompts/` beside the package in a source checkout."""
    shipped = folder("prompts")
    return shipped if shipped.is_dir() else folder(".").parent / "prompts"


def load_toml(name: str) -> dict[str, Any]:
    """A TOML file from `summarizer/data/`, parsed."""
    # Dozens of modules load the same few files at import; unpickling is ~30 times cheaper than
    # parsing again, and each caller still gets its own copy to mutate.
    table: dict[str, Any] = pickle.loads(_parsed_once(name))
    return table


@functools.cache
def _parsed_once(name: str) -> bytes:
    """A data file parsed once per process, kept pickled."""
    text = resources.files("summarizer").joinpath(f"data/{name}").read_text("utf-8")
    return pickle.dumps(parse_toml(text))


def parse_toml(text: str) -> dict[str, Any]:
    """TOML text parsed (tomllib, or tomli on Python 3.10)."""
    table: dict[str, Any] = tomllib.loads(text)
    return table


@functools.cache
def version() -> str:
    """The installed package's version (its metadata is the one place it is written)."""
    from importlib import metadata  # slow to import: only callers of version() pay

    return metadata.version("summarizer")
