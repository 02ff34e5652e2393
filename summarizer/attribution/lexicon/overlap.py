"""Whether a string and any of many names hold one another, without trying the names one by one.

`any(n in s or s in n for n in names)` over every name of a long article grew with the square of
its names (despeed30): the names are joined once, so "s in some n" is one search, and "some n in
s" looks up the pieces of `s` of the names' lengths.
"""

from __future__ import annotations

from collections.abc import Iterable

_APART = "\x00"  # between the joined names: no piece of a string without it spans two names


class Overlap:
    """`overlap(s)` answers `any(n in s or s in n for n in names)`."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = frozenset(names)
        self._joined = _APART.join(self._names)
        self._lengths = sorted({len(n) for n in self._names})
        self._known: dict[str, bool] = {}

    def __call__(self, string: str) -> bool:
        if string not in self._known:
            self._known[string] = self._holds(string)
        return self._known[string]

    def _holds(self, string: str) -> bool:
        if not self._names:
            return False
        if _APART in string:
            return any(n in string or string in n for n in self._names)
        if string in self._joined:  # inside one of the names
            return True
        for length in self._lengths:  # one of the names inside it
            if length > len(string):
                break
            pieces = (string[at : at + length] for at in range(len(string) - length + 1))
            if any(piece in self._names for piece in pieces):
                return True
        return False
