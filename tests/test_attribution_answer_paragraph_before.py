"""A paragraph-long quotation after a quoted question is not the asker's by the paragraph before."""
# Written for this test (news style, no corpus text). "“Will it pay off?” asked Ann Roe." and then
# a paragraph that answers with no cue credited the asker (low, basis `paragraph_before`); the
# guard of `carried` (`answered` in cues.toml: English) holds for `paragraph_before` too.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_ANSWER = "“The numbers are clear. We have spent ten years on this and the town will see the gain.”"


def _last(text: str) -> Quote:
    """The text's last quotation, in English."""
    return find_quotes(text, "en")[-1]


@pytest.mark.parametrize(
    "question",
    [
        "“Will it pay off?” asked Ann Roe.",
        "“Will it pay off?” Ann Roe asked the mayor.",
        "“Will it pay off? Can the town afford it?” asked Ann Roe.",
        "The hall was full. “Will it pay off?” Ann Roe asked.",
        "“So why build it now?” said Ann Roe, a councillor.",
    ],
)
def test_an_answer_after_a_question_is_not_the_askers(question: str) -> None:
    quote = _last(f"{question}\n\n{_ANSWER}")
    assert quote.speaker is None
    assert quote.basis == "none"


# Negatives that keep their right answer.
@pytest.mark.parametrize(
    ("before", "speaker", "basis"),
    [
        # someone else's cue after the question names the one who answers
        (
            "“Will it pay off?” asked Ann Roe. Tom Hale said he was sure.",
            "Tom Hale",
            "paragraph_before",
        ),
        # a statement that ends in a rhetorical question: the speaker goes on
        (
            "“We fixed the roads. Who else did that?” Ann Roe said.",
            "Ann Roe",
            "paragraph_before",
        ),
        # no question: the reporting clause before names the speaker
        ("Tom Hale said he expects delays.", "Tom Hale", "paragraph_before"),
        ("“It will pay off,” said Ann Roe.", "Ann Roe", "carried"),
    ],
)
def test_other_paragraphs_before_still_name_the_speaker(
    before: str, speaker: str, basis: str
) -> None:
    quote = _last(f"{before}\n\n{_ANSWER}")
    assert (quote.speaker, quote.basis) == (speaker, basis)


def test_many_questions_and_answers_take_linear_time() -> None:
    unit = f"“Will it pay off?” asked Ann Roe.\n\n{_ANSWER}\n\n"
    assert_linear(lambda n: find_quotes(unit * n, "en"), 25)
