"""Session 28's German speed cuts (`degparse28`) read as the plain readings they replace."""

import dataclasses
import random
import re
from collections.abc import Iterator

import pytest

from summarizer.attribution.frames import noun_subjects
from summarizer.attribution.frames.noun_subjects import colon_framed, noun_subject
from summarizer.attribution.german import german_nested
from summarizer.attribution.kinds import documents
from summarizer.attribution.kinds.clause_cut import CLAUSE_MARKS, clause_cut
from summarizer.attribution.lexicon.cues import Cues, Mention, cues_for
from summarizer.attribution.lexicon.verb_forms import verb_form
from summarizer.attribution.marks.alike import alike
from summarizer.attribution.marks.marks import scan

# Invented German windows before a quotation: colon frames and clauses that run into it.
_WINDOWS = [
    "Dazu sagte die Ministerin Eva Ems am Montag:",
    "Abg. Dr. Roth (Liberal):",
    "Sein Fazit:",
    "Das sieht auch Jan Roth so:",
    "Jan Roth wurde deutlich:",
    "Darin steht:",
    "Die Antwort der Ministerin:",
    "Jan Roth, Trainer des Vereins:",
    "Für Jan Roth ist das",
    "Nach Angaben der Polizei war der Täter",
    "Jan Roth sagte, Eva Ems habe gesagt, der Plan sei",
    "Jan Roth erzählte, sie habe ihm gesagt, seine Verse seien",
    "Die Kanzlerin nannte den Plan",
    "Sein Fazit:  \n",
    "Sein Fazit: ",
    "",
]


def _windows() -> Iterator[tuple[str, tuple[int, int]]]:
    for lead in _WINDOWS:
        text = f"Es war spät. {lead} „Wir bauen.“"
        yield text, (text.index(lead), text.index("„"))


@pytest.mark.parametrize(("text", "window"), list(_windows()))
def test_the_colon_readers_name_nobody_before_any_other_window(
    text: str, window: tuple[int, int]
) -> None:
    cues = cues_for("de")
    colon = colon_framed(text, window)
    assert colon == text[window[0] : window[1]].rstrip().endswith(":")
    for read, framed in noun_subjects._READERS:
        if framed and not colon:
            assert read(text, window, cues) is None, read


@pytest.mark.parametrize(("text", "window"), list(_windows()))
def test_noun_subject_reads_as_every_reader_asked_in_turn(
    text: str, window: tuple[int, int]
) -> None:
    cues = cues_for("de")
    plain = (read(text, window, cues) for read, _ in noun_subjects._READERS)
    assert noun_subject(text, window, cues) == next(filter(None, plain), None)


def _plain_nested(text: str, before: tuple[int, int], cues: Cues) -> tuple[int, int, str]:
    """The two readings of the clauses after commas, each tokenizing them anew (as before)."""
    found, voiced, voice = -1, -1, ""
    for part in german_nested._PARTS.finditer(text, *before):
        if part.start() > before[0] and text[part.start() - 1] == ",":
            tokens = list(german_nested.TOKEN.finditer(text, part.start(), part.end()))
            found = part.start() if german_nested._saying_clause(text, tokens, cues) else found
            words = german_nested.TOKEN.findall(text, part.start(), part.end())
            while words and words[-1] in german_nested._TRAILING:
                words.pop()
            opens = (
                len(words) > 2 and words[0] in ("er", "sie") and words[1] in german_nested._FINITE
            )
            if opens and words[-1] in german_nested._PARTICIPLES:
                plural = words[0] == "sie" and words[1] in german_nested._PLURAL
                voiced = part.start()
                voice = "plural" if plural else {"er": "masculine", "sie": "feminine"}[words[0]]
    return found, voiced, voice


@pytest.mark.parametrize(("text", "window"), list(_windows()))
def test_the_clauses_before_a_quotation_are_tokenized_once_for_both_readings(
    text: str, window: tuple[int, int]
) -> None:
    cues = cues_for("de")
    clauses = german_nested._clauses(text, window)
    shared = (
        german_nested._nested_at(text, clauses, cues),
        *german_nested._pronoun_nested(clauses),
    )
    assert shared == _plain_nested(text, window, cues)


def test_a_reported_speaker_is_still_left_out() -> None:
    cues = cues_for("de")
    text = "Jan Roth sagte, Eva Ems habe gesagt, der Plan sei „teuer“."
    before = (0, text.index("„"))
    roth = Mention("sagte", "name", "Jan Roth", 0, 9)
    assert list(german_nested.outside_nested(text, before, [roth], cues)) == []


_CLAUSE = re.compile(r"[,;:.!?()\n–—]")  # german_titles' marks


@pytest.mark.parametrize("marks", [CLAUSE_MARKS, _CLAUSE])
def test_the_clause_cut_is_past_the_last_mark_in_reach(marks: re.Pattern[str]) -> None:
    draw = random.Random(28)
    for _ in range(3000):
        text = "".join(draw.choice('ab ,;:.!?()\n–—„“”"»«') for _ in range(draw.randint(0, 60)))
        at, reach = draw.randint(0, len(text)), draw.randint(0, 70)
        start = max(0, at - reach)
        plain = max((m.end() for m in marks.finditer(text, start, at)), default=start)
        assert clause_cut(text, at, reach, marks) == plain


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("Er sagte: »Wir bauen.«", "Er sagte: „Wir bauen.“"),
        ("Er sagte: »Wir „bauen“.«", None),  # a double mark inside keeps the pairing's marks
        ('Er sagte: »Wir "bauen".«', None),
        ("Er sagte: “Wir bauen.”", "Er sagte: „Wir bauen.“"),
    ],
)
def test_a_double_mark_inside_keeps_the_marks(text: str, rewritten: str | None) -> None:
    assert alike(text, list(scan(text))) == rewritten


def test_only_a_title_noun_or_a_work_after_a_quotation_is_read_further() -> None:
    cues = cues_for("de")
    naming = sorted(documents._NAMING - documents._TITLING)  # "so lautet": no title on its own
    assert documents._TITLING == documents._TITLE_NOUNS | documents._WORKS
    for word in naming[:20]:
        text = f"„Neue Wege“ {word} es im Heft."
        span = next(iter(scan(text)))
        plain = any(w in documents._TITLE_NOUNS or w in documents._WORKS for w in [word, "es"])
        assert documents._titled_after(text, span, cues) == plain


@pytest.mark.parametrize("family", ["de", "en", "es", "ru"])
def test_a_verb_form_is_read_as_the_pattern_reads_it(family: str) -> None:
    cues = cues_for(family)
    words = [
        "sagte",
        "sagt",
        "Sagte",
        "erklärte",
        "said",
        "told",
        "dijo",
        "заявил",
        "Haus",
        "",
        "a b",
    ]
    for word in words * 2:  # the second time from the words kept
        assert verb_form(word, cues) == (cues.verbs.fullmatch(word) is not None)


def test_a_changed_verb_pattern_is_asked_anew() -> None:
    cues = cues_for("de")
    assert verb_form("sagte", cues)
    other = dataclasses.replace(cues, verbs=re.compile("meinte"))
    assert not verb_form("sagte", other)
    assert verb_form("sagte", cues)
