"""`opening_cue` reads the mentions of the sentence before a quotation with no cue lazily
(despeed29): it stops at the first mention that rules the sentence out, with the same answers."""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cues import Mention
from summarizer.attribution.speakers.opening_cue import _sole_cued

_LEAD = "Die Versammlung war zahlreich besucht, daß der Saal kaum alle faßte. "
_ROTH = Mention("Roth", "name", "sagte", 4, 9)
_EMS = Mention("Ems", "name", "erklärte", 20, 24)
_HE = Mention("er", "pronoun", "meinte", 30, 33)
_LABEL = Mention("Ems", "name", "", 40)  # no cue


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


def _then_fail(*mentions: Mention) -> Iterator[Mention]:
    """`mentions`, then a failure: a reader that must never run."""
    yield from mentions
    raise AssertionError("read past the mention that rules the sentence out")


def test_the_one_sure_cued_mention_with_at_most_one_other() -> None:
    assert _sole_cued(iter([_ROTH]), lambda m: True) == _ROTH
    assert _sole_cued(iter([_HE, _ROTH]), lambda m: True) == _ROTH
    assert _sole_cued(iter([_ROTH, _LABEL]), lambda m: True) == _ROTH
    assert _sole_cued(iter([]), lambda m: True) is None
    assert _sole_cued(iter([_HE]), lambda m: True) is None


def test_the_reading_stops_at_the_first_mention_that_rules_it_out() -> None:
    assert _sole_cued(_then_fail(_ROTH, _EMS), lambda m: True) is None  # two cued
    assert _sole_cued(_then_fail(_HE, _LABEL), lambda m: True) is None  # two others
    unsure = Mention("Roth", "name", "sagte", 4, 9, sure=False)
    assert _sole_cued(_then_fail(unsure), lambda m: True) is None
    assert _sole_cued(_then_fail(_ROTH), lambda m: False) is None  # out of place


def test_the_answers_stay_those_of_the_full_reading() -> None:
    text = _LEAD + "Der Abg. Wiemer widersprach lebhaft. „Die Vorlage ist verfehlt.“"
    assert _said(text) == [("Die Vorlage ist verfehlt.", "Wiemer")]
    text = _LEAD + "Der Abg. Wiemer fragte den Minister, ob er bleibe? „Nein.“"
    assert _said(text) == [("Nein.", None)]  # a question: the one asked answers
