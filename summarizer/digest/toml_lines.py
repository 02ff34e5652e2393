"""TOML files checked key by key, every mistake reported as `file:line: problem`, all at once."""

from __future__ import annotations

import difflib
import math
import re
import reprlib
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from summarizer import _data
from summarizer.errors import ConfigurationError

Key = tuple[str | int, ...]
"""A key path: table names, array indexes, then the key (("recipients", 1, "lang"))."""


def read(path: Path, what: str) -> tuple[str, dict[str, Any]]:
    """The text and parsed content of the TOML file `path`; one-line errors name the file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ConfigurationError(
            f"{what} not found: {path}; check the path", path=str(path)
        ) from None
    except UnicodeDecodeError as exc:
        raise ConfigurationError(
            f"{what} {path} is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8",
            path=str(path),
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigurationError(f"cannot read {what} {path}: {reason}", path=str(path)) from None
    try:
        return text, _data.parse_toml(text)
    except _data.TOMLDecodeError as exc:
        raise _syntax_error(path, text, str(exc)) from None


def _syntax_error(path: Path, text: str, message: str) -> ConfigurationError:
    """tomllib's '... (at line N, column M)' as 'path:N: ...'."""
    at = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if at:
        line, problem = int(at[1]), f"{message[: at.start()]} (column {at[2]})"
    else:
        line = len(text.rstrip().split("\n"))
        problem = re.sub(r"\s*\(at end of document\)$", " (at the end of the file)", message)
    return ConfigurationError(f"{path}:{line}: TOML syntax error: {problem}", line=line)


def label(table: Key) -> str:
    """How a table is written in the file: [smtp], [[recipients]] #2."""
    if table and isinstance(table[-1], int):
        return f"[[{table[0]}]] #{table[-1] + 1}"
    return f"[{'.'.join(map(str, table))}]"


def inside(table: Key) -> str:
    """'in [smtp]', or 'at the top level'."""
    return f"in {label(table)}" if table else "at the top level"


def where(key: Key) -> str:
    """A key as messages name it: 'port' in [smtp], or just 'title' at the top level."""
    return f"'{key[-1]}' in {label(key[:-1])}" if len(key) > 1 else f"'{key[-1]}'"


class Checker:
    """Reads values out of a parsed file, noting every mistake on the line it is about."""

    def __init__(self, text: str) -> None:
        self.lines = _locate(text)
        self.found: list[tuple[int, str]] = []

    def fail(self, key: Key, problem: str) -> None:
        """Note `problem` on the line of `key` (or of its nearest written ancestor, else line 1)."""
        while key and key not in self.lines:
            key = key[:-1]
        self.found.append((self.lines.get(key, 1), problem))

    def raise_found(self, path: Path) -> None:
        """Raise one ConfigurationError listing every mistake by line, if there were any."""
        if self.found:
            found = tuple(sorted(self.found, key=lambda mistake: mistake[0]))
            message = "\n".join(f"{path}:{line}: {problem}" for line, problem in found)
            raise ConfigurationError(message, mistakes=found, path=str(path))

    def table(
        self,
        value: object,
        key: Key,
        allowed: Collection[str],
        missing: str | None = None,
        refused: Mapping[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """`value` as a table of `allowed` keys (`refused` ones explained); None if absent/wrong."""
        if value is None:
            if missing:
                self.fail(key, missing)
            return None
        if not isinstance(value, dict):
            self.fail(key, f"{label(key)} must be a table of keys, not {reprlib.repr(value)}")
            return None
        for name in value:
            if refused and name in refused:
                self.fail((*key, name), f"{where((*key, name))} is refused: {refused[name]}")
            elif name not in allowed:
                close = difflib.get_close_matches(name, list(allowed), n=1)
                hint = f"did you mean '{close[0]}'?" if close else f"allowed: {', '.join(allowed)}"
                self.fail((*key, name), f"unknown key '{name}' {inside(key)}; {hint}")
        return value

    def tables(
        self, data: Mapping[str, Any], name: str, allowed: Collection[str], example: str
    ) -> list[tuple[Key, dict[str, Any]]]:
        """The tables of the array `name` (at least one is required), each with its key path."""
        value = data.get(name)
        if not isinstance(value, list) or not value:
            what = "no" if value is None else f"'{name}' must be one or more tables, not"
            self.fail((name,), f"{what} [[{name}]]; add [[{name}]] with {example}")
            return []
        found = [((name, i), self.table(item, (name, i), allowed)) for i, item in enumerate(value)]
        return [(key, table) for key, table in found if table is not None]

    def text(self, table: Mapping[str, Any], key: Key, required: bool = False) -> str | None:
        """The one-line string at `key`; None when absent or wrong."""
        value = table.get(str(key[-1]))
        if value is None:
            if required:
                self.fail(key, f"'{key[-1]}' is missing {inside(key[:-1])}; add {key[-1]} = ...")
        elif not isinstance(value, str):
            self.fail(key, f"{where(key)} must be a quoted string, not {reprlib.repr(value)}")
        elif "\r" in value or "\n" in value:
            self.fail(key, f"{where(key)} must be one line; remove the line break")
        elif required and not value.strip():
            self.fail(key, f"{where(key)} is empty; give it a value")
        else:
            return value
        return None

    def choice(
        self, table: Mapping[str, Any], key: Key, allowed: Collection[str], default: str
    ) -> str:
        """The string at `key`, one of `allowed`; `default` when absent or wrong."""
        value = self.text(table, key)
        if value is None or value not in allowed:
            if value is not None:
                self.fail(key, f"{where(key)} must be one of {', '.join(allowed)}, not {value!r}")
            return default
        return value

    def integer(self, table: Mapping[str, Any], key: Key, default: int, high: int = 0) -> int:
        """The whole number at `key` (`default` when absent), from 1 to `high` when that is set."""
        value = table.get(str(key[-1]), default)
        whole = isinstance(value, int) and not isinstance(value, bool)
        if whole and value >= 1 and (not high or value <= high):
            return int(value)
        limit = f"from 1 to {high}" if high else "of at least 1"
        self.fail(key, f"{where(key)} must be a whole number {limit}, not {reprlib.repr(value)}")
        return default

    def seconds(self, table: Mapping[str, Any], key: Key, default: float) -> float:
        """The positive, finite number at `key`; `default` when absent or wrong."""
        value = table.get(str(key[-1]), default)
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if number and 0 < value < math.inf:
            return float(value)
        self.fail(key, f"{where(key)} must be a number of seconds above 0, not {value!r}")
        return default


_HEADER = re.compile(r"\s*\[(\[?)([^\[\]]+)\]\]?\s*(?:#.*)?")
_KEY_PART = r"(?:[\w-]+|\"[^\"]*\"|'[^']*')"
_KEY_LINE = re.compile(rf"\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_PART = re.compile(r"[\w-]+|\"([^\"]*)\"|'([^']*)'")


def _locate(text: str) -> dict[Key, int]:
    """The line of every table header and `key =` line, by key path (array tables indexed)."""
    lines: dict[Key, int] = {}
    counts: dict[tuple[str, ...], int] = {}
    table: Key = ()
    closing: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if closing:
            closing = None if line.count(closing) % 2 else closing
            continue
        header = _HEADER.fullmatch(line)
        key_line = _KEY_LINE.match(line)
        if header:
            table = _header_path(_parts(header[2]), bool(header[1]), counts)
            lines.setdefault(table, number)
        elif key_line:
            lines.setdefault((*table, *_parts(key_line[1])), number)
        closing = next((q for q in ('"""', "'''") if line.count(q) % 2), None)
    return lines


def _parts(dotted: str) -> tuple[str, ...]:
    """The names in a dotted key, quotes removed."""
    return tuple(
        m[1] if m[1] is not None else m[2] if m[2] is not None else m[0]
        for m in _PART.finditer(dotted)
    )


def _header_path(names: tuple[str, ...], array: bool, counts: dict[tuple[str, ...], int]) -> Key:
    """The key path a header opens; `[[x]]` counts x's elements, `[x.y]` lands in x's last one."""
    path: Key = ()
    for depth in range(1, len(names) + 1):
        prefix = names[:depth]
        path = (*path, names[depth - 1])
        if array and depth == len(names):
            counts[prefix] = counts.get(prefix, -1) + 1
        if prefix in counts:
            path = (*path, counts[prefix])
    return path
