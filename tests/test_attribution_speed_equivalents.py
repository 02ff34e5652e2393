"""Shortcuts taken for speed read the same as the plain reading they replace."""

from itertools import product

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.frames import descriptions, subject_right
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers import framed
from summarizer.attribution.speakers.framed import chains
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


_SHAPES = [
    "{verb} {word} “plan” was ready.",
    "An aide {verb} {word} “plan”, Ann Lee said.",
    "“Yes,” {verb} {word} «Ann Lee», added Tom Hale.",
    "Ann Lee {verb} {word}\n“Tom Hale's”",
    "— {verb} {word} „Ann“ Lee, the head of Acme.",
]
_VERBS = ["said", "added", "says", "told", "sagte", "a dit", "dijo", "заявил"]


def _readings(family: str) -> list[object]:
    """`subject_right` at every cue of every shape, each window's end and each flag."""
    cues = cues_for(family)
    words = sorted(cues.definite | {"the", "his", "les", "el", "he", "a", "officials"})
    found: list[object] = []
    for text in (s.format(verb=v, word=w) for s in _SHAPES for v in _VERBS for w in words):
        ends = {text.find(m) for m in "“«„\n"} - {-1} | {len(text)}
        for cue, end, (lenient, after) in product(
            cues.verbs.finditer(text), ends, product((False, True), repeat=2)
        ):
            found.append(
                subject_right.subject_right(text, cue, end, cues, lenient=lenient, after=after)
            )
    return found


@pytest.mark.parametrize("family", ["en", "pl", "de", "fr", "ru", "ar"])
def test_a_lone_article_after_a_cue_reads_as_the_full_path(
    family: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = []
    shortcut = descriptions.described_or_lone

    def counted(*args: object) -> tuple[object, bool]:
        read = shortcut(*args)  # type: ignore[arg-type]
        taken.append(read == (None, True))
        return read

    monkeypatch.setattr(subject_right, "described_or_lone", counted)
    fast, lone = _readings(family), descriptions._lone_articles(cues_for(family))
    assert any(taken) or not lone  # the shortcut was taken where the family has lone articles
    monkeypatch.setattr(descriptions, "_lone_articles", lambda cues: frozenset())
    assert fast == _readings(family)


_BESIDE_TITLES = (
    "Die Opposition sprach von einem „Haushalt auf Pump“. „Wir sparen nicht“, sagte Helga "
    "Brandt.\n\nWie der Verlag der „Lindenauer Zeitung“ mitteilte, „bleibt alles beim Alten“, "
    "erklärte Jan Roth.\n\n„Wir bleiben“, sagte Jan Roth der „Lindenauer Zeitung“, „und zwar "
    "lange“.\n\nDer Kämmerer nannte den Plan „solide“. Er fügte hinzu: „Wir haben gerechnet.“"
)


def test_a_chain_beside_a_title_reads_as_when_each_is_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reread: list[int] = []
    first = framed.first_mention

    def counted(*args: object) -> object:
        reread.append(1)
        return first(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(framed, "first_mention", counted)
    fast = find_quotes.__wrapped__(_BESIDE_TITLES, "de")
    fast_reads = len(reread)
    monkeypatch.setattr(framed, "_beside_title", lambda *args: True)
    monkeypatch.setattr(framed, "_windows_moved", lambda *args: True)
    reread.clear()
    assert fast == find_quotes.__wrapped__(_BESIDE_TITLES, "de")
    assert 0 < fast_reads < len(reread)  # some chains read again, not all
