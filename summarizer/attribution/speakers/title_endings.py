"""The titles of an article that may stand for a role: those that end in it, found by ending."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.attribution.speakers.roster import Roster

_ENDING = 3  # letters: a title that ends in a role of three or more ends in its last three

Titles = Callable[["Roster"], Iterable[str]]


# `taken_up._titles` weighed every title of the article for each role it was asked about, so an
# article of many titles and many roles was quadratic; a role's own title, its weak form ("Kroate",
# "Kroaten") and its compounds ("Innenminister") all end in the role or the role and "n", so only
# the titles of those endings are weighed (despeed31).
def ending_in(roster: Roster, role: str, titles: Titles) -> list[str]:
    """The titles of `titles(roster)`, in their order, that may end in `role` or in `role` and
    "n"; every title for a role under three letters."""
    ranked, endings = _endings(roster, titles)
    if len(role) < _ENDING:
        return list(ranked)
    found = {*endings.get(role[-_ENDING:], ()), *endings.get(f"{role}n"[-_ENDING:], ())}
    return sorted(found, key=ranked.__getitem__)


@functools.lru_cache(maxsize=4)
def _endings(roster: Roster, titles: Titles) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Each title with its place, and the titles by their last letters, once per article."""
    ranked = {title: at for at, title in enumerate(titles(roster))}
    endings: dict[str, list[str]] = {}
    for title in ranked:
        endings.setdefault(title[-_ENDING:], []).append(title)
    return ranked, endings
