"""A relative "who said" after a cited source speaks for that source, never a clause before it."""
# Written for this test (news style, no corpus text). "The plan is bold, according to Tom Hale,
# who said it would “…”" credited "the plan is bold": the aside "according to Tom Hale" was read
# as an apposition to the clause before it, and that clause as a definite description.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str) -> Quote:
    """The text's last quotation, in English."""
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The plan is bold, according to Tom Hale, who said it would “change everything.”",
            "Tom Hale",
        ),
        ("Rents rose, according to Ann Roe, who told reporters: “We cannot keep up.”", "Ann Roe"),
        (
            "The plan is bold, according to Tom Hale, who wrote that it would “change it all.”",
            "Tom Hale",
        ),
        ("Costs fell, according to Mayor Tom Hale, who said the plan was “working.”", "Tom Hale"),
    ],
)
def test_the_source_cited_before_who_is_the_speaker(text: str, speaker: str) -> None:
    quote = _last(text)
    assert quote.speaker == speaker
    assert quote.mention is not None and quote.mention.endswith(speaker)


# A clause with a copula or an auxiliary is no description of a speaker: nobody, never the clause.
@pytest.mark.parametrize(
    "text",
    [
        "The plan is bold, according to the mayor, who said it would “change everything.”",
        "The plan is bold, experts say, who said it would “change everything.”",
        "The mayor backed the plan, which officials said would “change everything.”",
        "The deal was signed, the company has said, who said it was “a relief.”",
    ],
)
def test_a_clause_is_never_a_speaker(text: str) -> None:
    assert _last(text).speaker is None


# Negatives that keep their right answer.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The council met Tom Hale, who said the plan would “change everything.”", "Tom Hale"),
        ("Voters liked the plan, said Tom Hale, who called it “a turning point.”", "Tom Hale"),
        ("It was Tom Hale who said the plan would “change everything.”", "Tom Hale"),
        ("Lee Holt, an aide, who said the plan would “change everything,” left early.", "Lee Holt"),
        ("Tom Hale told Ann Roe, who replied: “Not today.”", "Ann Roe"),
        ("The new rules are “a disaster,” according to Tom Hale.", "Tom Hale"),
        ("“It is over,” the moderator said.", "the moderator"),
        ("The new owner is Acme. “It is over,” the new owner said.", "the new owner"),
        ("“It is over,” the old man told reporters.", "the old man"),
    ],
)
def test_relatives_and_descriptions_keep_their_speaker(text: str, speaker: str) -> None:
    assert _last(text).speaker == speaker
