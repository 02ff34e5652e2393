"""The quick naming-head test agrees with the naming-heads pattern wherever that finds a word."""

from __future__ import annotations

import re

import pytest

from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.naming_heads import may_name
from summarizer.attribution.lexicon.stops import last_stop, stop_ends

_LEADS = [
    "The plan, which critics have dubbed ",
    "what her rivals LABELLED ",
    "the minister told reporters on Tuesday that the plan was ",
    "a former aide — “the fixer” — was known as ",
    "a ſtreet the locals call ",  # a long s: equal to "s" ignoring case
    "the \u212anown ",  # a Kelvin sign: equal to "k" ignoring case
    "she said the deal was ",
    "",
]


@pytest.mark.parametrize("family", ["en", "fr", "de", "ru", "es"])
@pytest.mark.parametrize("lead", _LEADS)
def test_may_name_never_misses_a_head(family: str, lead: str) -> None:
    cues = cues_for(family)
    heads = cues.naming_heads
    assert heads is not None
    if heads.search(lead):
        assert may_name(lead, heads, cues.naming_prefixes)


def test_may_name_false_without_a_head() -> None:
    cues = cues_for("en")
    heads, prefixes = cues.naming_heads, cues.naming_prefixes
    assert heads is not None
    assert not may_name("she said the deal was ", heads, prefixes)
    assert not may_name("she said — twice — the deal was ", heads, prefixes)
    assert may_name("the \u212anown ", heads, prefixes)


def test_stops_alike_for_equal_patterns() -> None:
    text = "One. Two! Three? Four."
    first = re.compile(r"[.!?]")
    again = re.compile(r"[.!?]", re.ASCII)  # another pattern, other flags: its own stops
    assert stop_ends(text, first) == [4, 9, 16, 22]
    assert stop_ends(text, again) == [4, 9, 16, 22]
    assert last_stop(text, first, 0, 12) == 9
