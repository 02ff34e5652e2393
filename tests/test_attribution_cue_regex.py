"""`cue_regex.skipping` and `dispatched` read words as the IGNORECASE alternation does, faster."""

import re

import pytest

from summarizer.attribution.lexicon.cue_regex import (
    _or_beyond_ascii,
    alternation,
    dispatched,
    skipping,
)
from summarizer.attribution.lexicon.cues import cues_table
from summarizer.attribution.lexicon.inflect import derived, older

_WORDS = ["known as", "set to", "'ll", "will", "dubbed", "sagte", "überlegt", "said"]
_TEXTS = [
    "He will say it; they'll add more, and she is SET TO speak.",
    "The man known as Max was dubbed “the Fox” and said so.",
    "Unknown ones swill: bewilled, resaid, undubbed, settle.",
    "\u212anown as (Kelvin sign), ſet to (long s), They’ll go, ÜBERLEGT sie.",
    "Sie sagte, er überlegt. Will he? WILL.",
]


@pytest.mark.parametrize("spaced", [True, False])
@pytest.mark.parametrize("text", _TEXTS)
def test_skipping_matches_the_ignorecase_alternation(text: str, spaced: bool) -> None:
    old = re.compile(alternation(_WORDS, spaced) + r"(?P<tail>\s*\w*)", re.IGNORECASE)
    new = skipping(_WORDS, spaced, r"(?P<tail>\s*\w*)")
    spans = [(m.span(), m.groupdict()) for m in old.finditer(text)]
    assert spans == [(m.span(), m.groupdict()) for m in new.finditer(text)]
    for end in range(len(text) + 1):
        found, fast = (
            old.search(text, max(0, end - 12), end),
            new.search(text, max(0, end - 12), end),
        )
        assert (found and found.span()) == (fast and fast.span())


def test_skipping_keeps_whole_words_only() -> None:
    pattern = skipping(["said"], True)
    assert pattern.search("He said it.") is not None
    assert pattern.search("unsaid, saidly") is None
    assert skipping([], True).search("said") is None


@pytest.mark.parametrize("spaced", [True, False])
@pytest.mark.parametrize("text", _TEXTS)
def test_dispatched_matches_the_ignorecase_alternation(text: str, spaced: bool) -> None:
    old = re.compile(alternation(_WORDS, spaced), re.IGNORECASE)
    new = dispatched(_WORDS, spaced)
    assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]
    for start in range(len(text) + 1):
        for end in (start + 1, start + 9, len(text)):
            found, fast = old.search(text, start, end), new.search(text, start, end)
            assert (found and found.span()) == (fast and fast.span())
        found, fast = old.match(text, start), new.match(text, start)
        assert (found and found.span()) == (fast and fast.span())


def test_dispatched_keeps_whole_words_only() -> None:
    pattern = dispatched(["said", "'ll"], True)
    assert pattern.search("He said it.") is not None
    assert pattern.search("unsaid, saidly") is None
    assert dispatched([], True).search("said") is None


# Own sentences with derived forms: French inversion, Spanish perfect, Russian past, Arabic
# conjunctions, German older spellings; each in the case the text happens to have.
_DERIVED_TEXTS = {
    "fr": "« Oui », A-T-IL DÉCLARÉ. « Non », explique-t-elle, puis dit-il ; aurait-elle dit.",
    "es": "«Sí», ha dicho el juez. «No», HAN SEÑALADO. Había afirmado que va a anunciar algo.",
    "ru": "«Да», — заявил он. «Нет», — ЗАЯВИЛА она; возмутился и отметили все.",
    "de": "„Ja“, erwiederte er. „Nein“, constatirte sie. Er sagte, SIE ERWIDERTE.",
    "ar": "وقال الوزير إن الخطة جاهزة، وأوضحت المتحدثة ذلك، فقال إنه يوافق.",
}


# The older spellings as the alternation read them when they were a derived pattern of their own,
# after the others: in their letter's branch, before today's words, they match the same.
@pytest.mark.parametrize("family", sorted(_DERIVED_TEXTS))
def test_dispatched_reads_derived_forms_first_as_the_alternation(family: str) -> None:
    data = cues_table()[family]
    forms, first = derived(data), older(data)
    assert forms or first
    verbs = [*data["verbs"], *data.get("future", []), *data.get("reported", [])]
    respelled = [alternation(first, False)] if first else []
    old = re.compile(alternation(verbs, True, [*forms, *respelled]), re.IGNORECASE)
    new = dispatched(verbs, True, forms, first)
    text = _DERIVED_TEXTS[family]
    spans = [m.span() for m in old.finditer(text)]
    assert spans and spans == [m.span() for m in new.finditer(text)]
    for start in range(len(text) + 1):
        for end in (start + 1, start + 12, len(text)):
            found, fast = old.search(text, start, end), new.search(text, start, end)
            assert (found and found.span()) == (fast and fast.span())


@pytest.mark.parametrize("letters", ["xX", "''", "aAzZ", "é"])
def test_first_letter_class_is_its_ascii_letters_and_everything_beyond(letters: str) -> None:
    """The class before each first letter's branch keeps its ASCII letters and all non-ASCII."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    expected = "".join(c for c in every if c in letters or not c.isascii())
    assert "".join(re.findall(_or_beyond_ascii(letters), every)) == expected
