"""English: words put to someone ("Hale was asked: “…”") are not that person's."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_LEAD = "Tom Hale spoke at the rally on Monday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Hale was asked: "Will you win?"',
        'He was asked: "Will you win?"',
        'Hale was then asked, "Will you win?"',
        'Hale had been repeatedly told: "You will lose."',
        'When Tom Hale was asked "Will you win?" he smiled.',
        'Hale was asked:\n\n"Will you win?"',
    ],
)
def test_the_one_addressed_does_not_speak(text: str) -> None:
    quote = find_quotes(_LEAD + text, "en")[0]
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tom Hale was asked by Ann Moss: "Will you win?"', "Ann Moss"),
        ('Hale asked: "Will we win?"', "Tom Hale"),
        ('Hale was saying: "We will win."', "Tom Hale"),
        ('Hale was quoted as saying: "We will win."', "Tom Hale"),
        ('Hale has told reporters: "We will win."', "Tom Hale"),
    ],
)
def test_an_asker_or_an_active_verb_keeps_its_speaker(text: str, speaker: str) -> None:
    quote = find_quotes(_LEAD + text, "en")[0]
    assert quote.speaker == speaker


def test_the_answer_after_the_question_is_the_one_asked() -> None:
    text = _LEAD + 'Tom Hale was asked: "Will you win?" He replied: "Yes."'
    asked, answer = find_quotes(text, "en")
    assert (asked.speaker, answer.speaker) == (None, "Tom Hale")
