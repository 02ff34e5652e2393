"""An English sentence that opens with a preposition's phrase: the subject comes after it, and
the phrase is never glued to the name (own sentences, invented people)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = ' said: "The plan is ready for the vote."'


def speaker(text: str) -> tuple[str | None, str]:
    """The one quotation's speaker and confidence."""
    (quote,) = find_quotes(text, "en")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("lead", "gold"),
    [
        ("Since January Talia Wren", ("Talia Wren", "high")),  # a month ends the phrase
        ("After Winter Talia Wren", ("Talia Wren", "high")),  # a season
        ("On CNN Dara Kwan", ("Dara Kwan", "high")),  # an acronym
        ("Since January Wren", ("Wren", "low")),  # a lone surname past a month
        ("In New York City Sarah Cole", ("Sarah Cole", "low")),  # a known first name
        ("Orrin Vale", ("Orrin Vale", "high")),  # no opening phrase
        ("On Monday Orrin Vale", ("Orrin Vale", "high")),
    ],
)
def test_a_one_word_phrase_ends_before_the_name(lead: str, gold: tuple[str, str]) -> None:
    assert speaker(lead + _SAID) == gold


@pytest.mark.parametrize(
    "lead",
    [
        "In the Senate Orrin Vale",  # "the Supreme Court Vale": the noun may have two words
        "In Paris Lucien Marot",  # "Paris Lucien" or "Paris": unknown
        "In Leeds Marot",
        "In the Senate Vale",
        "In Focus Group Research",  # a body or a place: no known first name
    ],
)
def test_a_place_glued_to_an_unknown_name_names_nobody(lead: str) -> None:
    assert speaker(lead + _SAID)[0] is None


@pytest.mark.parametrize(
    ("before", "lead", "gold"),
    [
        ("Marot arrived on Monday. ", "In Paris Lucien Marot", "Lucien Marot"),
        ("Senator Orrin Vale spoke. ", "In the Senate Orrin Vale", "Orrin Vale"),
        ("Governor Tim Walz spoke. ", "In Saint Paul Tim Walz", "Tim Walz"),
        ("Walz spoke on Monday. ", "In Saint Paul Tim Walz", "Tim Walz"),
    ],
)
def test_the_article_writing_the_name_elsewhere_tells_it(before: str, lead: str, gold: str) -> None:
    found, _ = speaker(before + lead + _SAID)
    assert found == gold


def test_a_two_word_place_before_a_name_names_nobody_without_the_articles_word() -> None:
    assert speaker("In Saint Paul Tim Walz" + _SAID)[0] is None  # "Paul" is a first name too


def test_a_name_after_a_month_is_a_pronouns_antecedent() -> None:
    text = 'Since January Talia Wren has led the board. She said: "We are ready for the vote."'
    assert speaker(text)[0] == "Talia Wren"


def test_a_preposition_inside_the_sentence_opens_no_phrase() -> None:
    assert speaker("The board met as planned. Talia Wren" + _SAID) == ("Talia Wren", "high")
