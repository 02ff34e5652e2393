"""Pinned floors of our own paragraph sets (`bench/wire_news.py`): figures may rise, never fall."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Floor = tuple[int, int, int, int]  # found, speaker right, wrong name, false quotes


def assert_floor(tally: Any, floor: Floor) -> None:
    """At least the pinned found and right, at most the pinned wrong and false."""
    found, right, wrong, false = floor
    assert tally.found >= found and tally.right >= right, tally
    assert tally.wrong <= wrong and tally.false <= false, tally


def assert_quotes_stand(entries: Sequence[dict[str, Any]], least: int) -> None:
    """At least `least` entries, each gold quotation verbatim in its text, of a known kind."""
    assert len(entries) >= least
    for entry in entries:
        for quote, _, kind in entry["quotes"]:
            assert quote in entry["text"] and kind in {"speech", "title"}
