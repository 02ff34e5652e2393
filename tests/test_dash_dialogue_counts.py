"""Dash dialogue in one paragraph costs a bounded number of calls per quotation (dashspeed30).

Each quotation looks back over a window of up to 600 characters, which in this shape holds the
30-odd quotations before it: a run there ("No", "Non") is read once for the article, not again
at each quotation, and a lone word no full name holds is passed over at once. Counted with
tests/work_counts.py (the same count every run): the calls that 100 more quotations add, per
quotation. Spanish made 12,845 before, Russian 1,828, French 699; now about 2,500, 1,700, 700.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import calls_in

SHAPES = {
    "es": "—No—aseguró ella ",
    "ru": "«Нет», — заявил пилот ",
    "fr": "— Non, dit-elle. ",
}
BUDGET = 4_000  # calls per quotation: bench/attribution.py's English speech makes about 400


@pytest.mark.parametrize("lang", sorted(SHAPES))
def test_each_dash_quotation_costs_a_bounded_number_of_calls(lang: str) -> None:
    shape = SHAPES[lang]
    find_quotes(shape * 5, lang)  # the data files loaded first, uncounted
    small, large = (calls_in(lambda n=n: find_quotes(shape * n, lang)) for n in (100, 200))
    assert (large - small) / 100 <= BUDGET


@pytest.mark.parametrize("lang", sorted(SHAPES))
def test_the_dash_dialogue_keeps_its_quotations(lang: str) -> None:
    quotes = find_quotes(SHAPES[lang] * 40, lang)
    assert len(quotes) == 40
    assert {q.speaker for q in quotes} == {None}  # "ella", "пилот", "elle": nobody named
