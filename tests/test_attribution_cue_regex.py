"""`cue_regex.skipping` and `dispatched` read words as the IGNORECASE alternation does, faster."""

import re

import pytest

from summarizer.attribution.lexicon.cue_regex import alternation, dispatched, skipping

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
