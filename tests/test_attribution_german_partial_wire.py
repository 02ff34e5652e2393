"""German partial quotations in wire-style paragraphs of our own
(tests/data/attribution/german_partial.toml, depart27): the material is sound, its figures hold,
and the rules it led to hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.attribution.find import find_quotes
from tests import benchscript
from tests.floors import assert_floor

bench = benchscript.load("wire_news")
ENTRIES = bench.load(Path(bench.WIRE).with_name("german_partial.toml"))
UNSEEN = bench.load(Path(bench.WIRE).with_name("german_partial_unseen.toml"))
# (found, speaker right, wrong, false) at depart27's end: batch 1, and batch 2 written after
FLOORS = {"batch 1": (ENTRIES, (34, 34, 0, 0)), "unseen": (UNSEEN, (10, 10, 0, 0))}


def test_every_quotation_stands_in_its_text() -> None:
    assert len(ENTRIES) >= 40 and len(UNSEEN) >= 12
    for entry in (*ENTRIES, *UNSEEN):
        assert entry["lang"] == "de"
        for quote, _, kind in entry["quotes"]:
            assert quote in entry["text"] and kind in {"speech", "title"}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_figures_do_not_fall(part: str) -> None:
    entries, floor = FLOORS[part]
    tally = bench.score(entries)["de"]
    assert_floor(tally, floor)
    assert tally.name_on_nobody == 0


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de") if q.kind != "title"]


# "Während X von einem „…“ sprach, nannte Y das Ergebnis „…“": the first quotation's clause
# closes at its verb and comma; the second's cue and subject stand after it.
@pytest.mark.parametrize(
    "text",
    [
        "Während Jan Roth von einem „Durchbruch“ sprach, nannte Eva Ems das Ergebnis „mager“.",
        "Obwohl Jan Roth den Plan „mutig“ nannte, bezeichnete Eva Ems ihn als „Unsinn“.",
        "Nachdem Jan Roth vor einer „tiefen Krise“ gewarnt hatte, sagte Eva Ems, es sei „Unsinn“.",
    ],
)
def test_a_second_partial_quotation_after_a_closed_clause_has_its_own_subject(text: str) -> None:
    first, second = _speakers(text)
    assert first != "Eva Ems" and second == "Eva Ems"


# the clause after the first quotation is not closed by a verb alone: nothing new is read
def test_a_quotation_after_a_cue_and_a_comma_keeps_its_reading() -> None:
    text = "„Wir sind bereit“, sagte Jan Roth, die Lage sei „ernst“."
    assert _speakers(text) == ["Jan Roth", "Jan Roth"]


# "Seit August vertritt Eva Ems die Ansicht, …": an adverbial first, the verb of stance second,
# its subject after it and the view before the comma; never sure.
@pytest.mark.parametrize(
    "text",
    [
        "Seit August vertritt Eva Ems die Ansicht, die Krise sei „hausgemacht“.",
        "Seit Jahren ist Eva Ems der Meinung, der Plan sei „zu teuer“.",
    ],
)
def test_an_inverted_verb_of_stance_gives_its_subject(text: str) -> None:
    quote = find_quotes(text, "de")[-1]
    assert quote.speaker == "Eva Ems" and quote.confidence == "low"


def test_the_view_itself_is_no_subject() -> None:
    assert _speakers("Am Montag war die Ansicht, die Krise sei „hausgemacht“, verbreitet.") == [
        None
    ]
