"""A participle joined by "and" to the participle of an absolute "with" phrase is that phrase's."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "The council met on Monday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


def test_the_with_phrase_names_who_asks() -> None:
    text = (
        "Ann Roe opened the session, with Tom Hale tweeting that it was a mess and asking, “Why?”"
    )
    found = _last(text)
    assert (found.speaker, found.cue) == ("Tom Hale", "asking")


@pytest.mark.parametrize(
    "text",
    [
        # no participle in the "with" phrase: the clause's subject asks
        "Ann Roe opened the session, with Tom Hale at her side, and asking, “Why now?”",
        # a comma closes the "with" phrase before the second participle
        "Ann Roe opened the session with Tom Hale watching, and asking, “Why now?”",
    ],
)
def test_the_clause_subject_asks_outside_a_with_phrase(text: str) -> None:
    assert _last(text).speaker == "Ann Roe"
