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


WRITTEN = frozenset({"cues.toml"})
"""The data files a caller changes its table of: each caller gets a copy of these."""


def load_toml(name: str) -> dict[str, Any]:
    """A TOML file from `summarizer/data/`, parsed once per process. Its table is shared by every
    caller (read it, never change it), except a file of WRITTEN: a copy each."""
    # Dozens of modules load the same few files at import (german.toml 139 times): a copy each
    # (unpickled) was a fifth of `summarize quotes`'s start-up. tests/test_data_shared.py runs
    # every language on read-only tables to check that no caller writes to a shared one.
    if name in WRITTEN:
        copy: dict[str, Any] = pickle.loads(_pickled(name))
        return copy
    return _parsed_once(name)


@functools.cache
def _parsed_once(name: str) -> dict[str, Any]:
    """A data file parsed once per process."""
    return parse_toml(resources.files("summarizer").joinpath(f"data/{name}").read_text("utf-8"))


@functools.cache
def _pickled(name: str) -> bytes:
    """A data file of WRITTEN parsed once per process, kept pickled (30 times cheaper to copy)."""
    return pickle.dumps(_parsed_once(name))


def parse_toml(text: str) -> dict[str, Any]:
    """TOML text parsed (tomllib, or tomli on Python 3.10)."""
    table: dict[str, Any] = tomllib.loads(text)
    return table


@functools.cache
def version() -> str:
    """The installed package's version (its metadata is the one place it is written)."""
    from importlib import metadata  # slow to import: only callers of version() pay

    return metadata.version("summarizer")
