"""The text's first sentence narrates like any other: its one named subject may own a quotation."""
# Written for this test (news style, no corpus text). "Lena Marsh attacked “…”" credited Lena Marsh
# (low, `narration`) after any sentence, but nobody as the text's first sentence: the window before
# a quotation mostly opens mid-sentence, so its start was never taken for a sentence's, though at
# offset 0 it opens the text.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _first(text: str) -> Quote:
    """The text's first quotation, in English."""
    return find_quotes(text, "en")[0]


_SENTENCES = [
    ("Lena Marsh attacked “the reckless spending of the mayor.”", "Lena Marsh"),
    ("Ann Roe cheered “a long overdue step.”", "Ann Roe"),
    ("Tom Hale welcomed “a long overdue step” for the town.", "Tom Hale"),
]


@pytest.mark.parametrize(("sentence", "speaker"), _SENTENCES)
@pytest.mark.parametrize("lead", ["", "The council met on Monday. ", "Budget row\n\n"])
def test_the_first_sentence_names_its_subject_like_any_other(
    lead: str, sentence: str, speaker: str
) -> None:
    quote = _first(lead + sentence)
    assert (quote.speaker, quote.confidence, quote.basis) == (speaker, "low", "narration")


# Negatives: the same sentence shapes that name nobody after another sentence name nobody first.
@pytest.mark.parametrize(
    "sentence",
    [
        "Marsh attacked “the reckless spending of the mayor.”",  # a lone word, never given in full
        "Lena Marsh met Tom Hale and attacked “the reckless spending.”",  # two people named
        "Critics of Lena Marsh attacked “the reckless spending.”",  # an owner, not the subject
        "The mayor attacked “the reckless spending of the council.”",  # a role, no name
        "“The reckless spending” was the theme of the day.",  # the quotation opens the sentence
    ],
)
@pytest.mark.parametrize("lead", ["", "The council met on Monday. "])
def test_no_subject_stays_nobody_at_the_start_too(lead: str, sentence: str) -> None:
    assert _first(lead + sentence).speaker is None


# The one given a message a colon introduces never speaks by narration, first sentence or not.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Lorne had a message from the mayor: “We will fix the roads.”",
        "Ada Lorne received a statement: “We will fix the roads.”",
        "Ada Lorne got a short note from her rival: “Good luck.”",
    ],
)
@pytest.mark.parametrize("lead", ["", "The council met on Monday. "])
def test_the_one_given_a_message_is_nobody(lead: str, sentence: str) -> None:
    assert _first(lead + sentence).speaker is None


# Narration before other colons still names its subject ("apologized for what happened:").
def test_a_colon_after_no_message_keeps_the_narrated_subject() -> None:
    text = "The council met. Ada Lorne apologized for what happened: “I was wrong.”"
    assert _first(text).speaker == "Ada Lorne"
