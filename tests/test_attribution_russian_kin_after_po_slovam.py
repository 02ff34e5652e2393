"""Russian: 'по словам' + a kin noun + a genitive name gives the kin's words: nobody named."""
# Sentences written by the session-20 reviewer; negatives keep the plain genitive source.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> str | None:
    """The speaker of the first quotation that is speech."""
    return next(q for q in find_quotes(text, "ru", "") if q.kind != "title").speaker


@pytest.mark.parametrize(
    "source",
    [
        "По словам дочери Ольги Козловой",
        "По словам жены Никиты Михалкова",
        "По мнению сына Ивана Петрова",
    ],
)
def test_a_relative_of_the_name_speaks(source: str) -> None:
    assert _first(source + ", «все готово».") is None


@pytest.mark.parametrize(
    ("source", "who"),
    [("По словам Сергея Лаврова", "Сергей Лавров"), ("По словам Ольги Козловой", "Ольга Козлова")],
)
def test_the_genitive_source_still_speaks(source: str, who: str) -> None:
    assert _first(source + ", «все готово».") == who
