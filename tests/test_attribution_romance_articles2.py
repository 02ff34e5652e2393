"""Eight more French and Spanish news articles of our own: what a reader of `quotes` notices."""
# tests/data/romance_articles2 holds the articles (written for fres24, no corpus text) and
# gold.toml the speaker of each quotation, annotated by hand before the tool was run on them.
# The harness is tests/test_attribution_romance_articles.py's (tests/article_gold.py).

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.article_gold import allowed, graded, load, named

_DIR = Path(__file__).parent / "data" / "romance_articles2"
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


# Development figures (fres24): before its rules 34 of 59 named quotations were right and three
# quotations got a wrong name (a dateline's place, high; "Sobre"; the one spoken to); after them
# 37 of 59, no wrong name. Dialogue-dash lines with no incise are not listed (8 gold lines).
def test_most_named_quotations_get_their_speaker() -> None:
    pairs = [(q, gold) for name in _GOLD for q, gold in _graded(name) if named(gold)]
    right = [q for q, gold in pairs if q.speaker == gold]
    sure = [q for q in right if q.confidence == "high"]
    assert len(pairs) == 59
    assert len(right) >= 37
    assert len(sure) >= 22
