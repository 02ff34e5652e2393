"""Shortcuts taken for speed read the same as the plain reading they replace."""

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.frames import chains
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.roster import Roster

_TEXT = (
    "Administrationsangehörige, Verteidigungsministerium und Oppositionsführerin sagten es. "
    "He said it. O'Brien, U.S. officials and a 9/11 panel met. “Fine,” Ann Lee-Roe said.\n\n"
    "X y z Bea Ode: long-hyphenated-words-that-run-on before Tom Hale"
)


def test_a_names_lead_words_are_the_last_three_of_forty_characters() -> None:
    roster = Roster(_TEXT, cues_for("en"))
    for pos in range(len(_TEXT) + 1):
        plain = TOKEN.findall(_TEXT, max(0, pos - 40), pos)[-3:]
        assert roster._lead(pos) == plain, pos


def _span(start: int, continued: bool) -> Span:
    return Span(start, start + 1, start - 1, start + 1, 0, 9, continued)


def test_chains_group_each_quotation_with_those_it_continues() -> None:
    flags = [True, False, True, True, False, False, True]
    spans = [_span(10 * i + 1, c) for i, c in enumerate(flags)]
    assert [list(c) for c in chains(spans)] == [[0], [1, 2, 3], [4], [5, 6]]
    assert chains([]) == []
