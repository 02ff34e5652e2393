"""An article that quotes one person many times stays linear (`bench/linearity.py`'s shapes)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from summarizer.attribution import confidence
from summarizer.attribution.find import find_quotes
from summarizer.attribution.speakers import initialled, namesakes
from summarizer.attribution.speakers.initialled import Bearers


def _sorted_items(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many items the confidence judge's bearers of a surname sort in all, over `text`."""
    items = []

    def counting(values: Iterable[Any], **kwargs: Any) -> list[Any]:
        out = sorted(values, **kwargs)
        items.append(len(out))
        return out

    for module in (confidence, initialled):
        monkeypatch.setattr(module, "sorted", counting, raising=False)
    initialled.bearers.cache_clear()
    find_quotes.cache_clear()
    find_quotes(text, "en")
    return sum(items)


# Each "Berg added:" sorted every "Anna Berg" of the article again (and looked through those
# before it): 4 times the paragraphs took about 6 times as long (1,600 and 6,400); sorted once
# per article and surname, the items sorted grow as the text does.
def test_bearers_of_a_surname_are_sorted_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    shape = "“We will go on,” Anna Berg said. Berg added: “It is not over.”\n\n"
    small, large = (_sorted_items(shape * n, monkeypatch) for n in (50, 200))
    assert 0 < large <= 4 * small + 8, f"{small} items sorted at 50 paragraphs, {large} at 200"


@pytest.mark.parametrize(
    ("placed", "at", "name", "expected"),
    [
        ([], 10, "Anna Berg", False),
        ([(0, "Anna Berg"), (5, "Anna Berg")], 10, "Anna Berg", False),
        ([(0, "Anna Berg"), (5, "Tom Berg")], 10, "Anna Berg", True),
        ([(0, "Anna Berg"), (5, "Tom Berg")], 5, "Anna Berg", False),  # Tom named at 5, not before
        ([(0, "Tom Berg"), (5, "Anna Berg")], 1, "Anna Berg", True),
        ([(3, "Tom Berg")], 3, "Anna Berg", False),
    ],
)
def test_rivals_reads_anyone_else_named_before(
    placed: list[tuple[int, str]], at: int, name: str, expected: bool
) -> None:
    first = placed[0][1] if placed else ""
    other_at = next((pos for pos, other in placed if other != first), -1)
    assert namesakes.rivals(Bearers(placed, other_at), at, name) is expected
