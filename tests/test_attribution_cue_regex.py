"""`cue_regex.skipping` reads words as the IGNORECASE alternation does, only faster."""

import re

import pytest

from summarizer.attribution.lexicon.cue_regex import alternation, skipping

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
