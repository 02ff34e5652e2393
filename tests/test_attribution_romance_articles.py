"""Eight French and Spanish news articles of our own: the figures a reader of `quotes` notices."""
# tests/data/romance_articles holds the articles (written for romance20, no corpus text) and
# gold.toml the speaker of each quotation, annotated by hand before the tool was run on them.

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.article_gold import allowed, graded, load, named

_DIR = Path(__file__).parent / "data" / "romance_articles"
_GOLD = load(_DIR)


def _quotes(name: str) -> tuple[Quote, ...]:
    """Every quotation `summarize quotes --titles` lists for the article `name`."""
    return find_quotes((_DIR / f"{name}.txt").read_text("utf-8"), name[:2], "")


def _graded(name: str) -> list[tuple[Quote, str]]:
    """Each quotation of the article `name` with its gold speaker (tests/article_gold.py)."""
    return graded(_quotes(name), _GOLD[name])


@pytest.mark.parametrize("name", sorted(_GOLD))
def test_no_quotation_gets_a_wrong_name(name: str) -> None:
    for quote, gold in _graded(name):
        assert quote.speaker in allowed(gold), (quote.text, quote.speaker, gold)


@pytest.mark.parametrize("name", sorted(_GOLD))
def test_one_person_one_name_and_no_name_inside_a_quotation(name: str) -> None:
    people = {gold.lstrip("~") for _, gold in _GOLD[name] if gold and gold != "#title"}
    quotes = _quotes(name)
    assert {q.speaker for q in quotes if q.speaker} <= people
    assert not [(q.text, p) for q in quotes for p in people if p in q.text]


# Development figures (romance20): before its rules 54 of 110 named quotations were right (the
# French dialogue lines with a question were not found), after them 83 of 112.
def test_most_named_quotations_get_their_speaker() -> None:
    pairs = [(q, gold) for name in _GOLD for q, gold in _graded(name) if named(gold)]
    right = [q for q, gold in pairs if q.speaker == gold]
    sure = [q for q in right if q.confidence == "high"]
    assert len(pairs) == 112
    assert len(right) >= 83
    assert len(sure) >= 62
