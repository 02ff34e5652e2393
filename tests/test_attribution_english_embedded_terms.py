"""A quoted term inside a clause does not cut off the cue of the quotation its participle quotes."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_LEAD = "The council met on Monday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ann Roe emailed her thanks, addressing her as “Hilda” and telling her, “you shine!”",
            "Ann Roe",
        ),
        (  # the comma inside the marks, the participle right after them
            "Tom Hale gave a defense of “city values,” saying the city had “grit and soul.”",
            "Tom Hale",
        ),
        (  # the participle of an absolute "with" phrase, past the term
            "Ann Roe opened the session, with Tom Hale tweeting that it was a “disaster” for Lee "
            "and asking, “Why now?”",
            "Tom Hale",
        ),
    ],
)
def test_the_cue_reads_past_a_term_in_its_clause(text: str, who: str) -> None:
    assert _last(text).speaker == who


@pytest.mark.parametrize(
    "text",
    [
        # a finite verb after the term, no participle: a clause of its own, no cue of the quote's
        "Ann Roe called it a “disaster” and the crowd, “Why now?”",
    ],
)
def test_no_reading_past_a_term_without_a_joined_participle(text: str) -> None:
    assert _last(text).speaker is None


def test_many_terms_stay_linear() -> None:
    assert_linear(
        lambda n: find_quotes(f"Ann Roe wrote {'a “word” and ' * n}telling her, “Go.”", "en"), 250
    )
