"""English: a surname that is also a title word ("Angus King") is a surname like any (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation in `text`."""
    quote = find_quotes(text, "en", "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Angus King, an independent from Maine, spoke. “It is a mistake,” King said.",
            "Angus King",
        ),
        (
            "Independent Sen. Angus King of Maine spoke on Tuesday. “It is a mistake,” said King.",
            "Angus King",
        ),
        ("Charlie King spoke at the rally. “We will win this,” King said.", "Charlie King"),
        ("Mark Judge wrote the report. “It took two years,” Judge said.", "Mark Judge"),
    ],
)
def test_title_word_surname_is_high(text: str, speaker: str) -> None:
    """With no article, the title word is the surname of the full name given earlier."""
    assert _last(text) == (speaker, "high")


@pytest.mark.parametrize(
    "text",
    [
        "King Charles visited the town. “It is a mistake,” the King said.",
        "King Charles visited the town. “It is a mistake,” King said.",
        "Charlie King visited the town. “It is a mistake,” the King said.",
        "“It is a mistake,” King said.",
        "Sen. King visited the town. “It is a mistake,” King said.",
    ],
)
def test_title_word_alone_or_after_article_stays_low(text: str) -> None:
    """ "the King", a king's title before his name, or no full name: never a sure surname."""
    assert _last(text)[1] == "low"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ohio Congressman Pete King spoke. “It is a mistake,” King said.", "Pete King"),
        ("“It is a mistake,” said former Ohio congressman Pete Hill.", "Pete Hill"),
        ("“It is a mistake,” said Congresswoman Ann Roe.", "Ann Roe"),
    ],
)
def test_congressman_is_a_title(text: str, speaker: str) -> None:
    """ "Congressman" is a title before a name, never part of it ("Ohio Congressman Pete King")."""
    assert _last(text)[0] == speaker
