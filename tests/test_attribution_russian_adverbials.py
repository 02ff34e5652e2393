"""A Russian adverbial between a name and its verb ("Иван Петров во вторник защитил …")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_QUOTE = " «Мы думаем о снижении», — заявил он."


def _said(text: str) -> tuple[str | None, str, str]:
    """The speaker, confidence and basis of the text's one quotation."""
    [quote] = find_quotes(text, "ru", "")
    return quote.speaker, quote.confidence, quote.basis


@pytest.mark.parametrize(
    "sentence",
    [
        "Иван Петров во вторник защитил бюджет.",
        "Иван Петров в среду защитил бюджет.",
        "Иван Петров вчера защитил бюджет.",
        "Иван Петров на этой неделе защитил бюджет.",
        "Иван Петров сегодня на заседании защитил бюджет.",
        "Иван Петров не защитил бюджет.",
    ],
)
def test_an_adverbial_before_the_verb_leaves_the_name_its_subject(sentence: str) -> None:
    assert _said(sentence + _QUOTE) == ("Иван Петров", "low", "pronoun")


# The verb's ending must tell a past tense in the singular; a plural, a conjunction or a name in
# another case leaves no one subject the pronoun can stand for.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ивана Петрова во вторник уволили.",
        "Иван Петров и его заместитель во вторник защитили бюджет.",
        "В среду министр встретился с Иваном Петровым.",
        "Иван Петров во вторник новый бюджет.",
    ],
)
def test_no_past_verb_after_the_adverbial_leaves_the_pronoun_unresolved(sentence: str) -> None:
    assert _said(sentence + _QUOTE)[0] is None


def test_an_adverbial_before_a_cue_still_names_its_subject() -> None:
    text = "Иван Петров в понедельник заявил, что «мы думаем о снижении»."
    assert _said(text)[0] == "Иван Петров"
