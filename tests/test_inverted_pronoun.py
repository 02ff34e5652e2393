"""A pronoun after a quotation ("a-t-il déclaré", "— добавил он") names the subject of the
sentence before it, also when that subject is a name apposed to a role."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_BUDGET = "« Nous bâtirons trois écoles », a-t-{pronoun} déclaré."


@pytest.mark.parametrize(
    "opening",
    [
        "La maire de Brest, Odile Fanchon, a défendu mardi un budget en hausse.",
        "Odile Fanchon, maire de Brest, a défendu mardi un budget en hausse.",
        "Odile Fanchon a défendu mardi un budget en hausse.",
    ],
)
def test_an_inverted_pronoun_names_the_subject_of_the_sentence_before(opening: str) -> None:
    (quote,) = find_quotes(f"{opening} {_BUDGET.format(pronoun='elle')}", "fr")
    assert (quote.speaker, quote.mention, quote.basis) == ("Odile Fanchon", "elle", "pronoun")
    assert quote.confidence == "low"  # a pronoun is never enforced (docs/attribution.md)


def test_a_pronoun_of_the_other_gender_names_nobody() -> None:
    text = "Mme Odile Fanchon, maire de Brest, a défendu mardi un budget en hausse. "
    (quote,) = find_quotes(text + _BUDGET.format(pronoun="il"), "fr")
    assert quote.speaker is None


def test_a_pronoun_after_a_sentence_naming_two_people_of_its_gender_names_nobody() -> None:
    text = "Paul Fanchon a reçu mardi le ministre Hugo Brassart. "
    (quote,) = find_quotes(text + _BUDGET.format(pronoun="il"), "fr")
    assert (quote.speaker, quote.mention, quote.cue) == (None, "il", "a-t-il déclaré")
    text = "Tomás Ferreiro se reunió el martes con el ministro Luis Campos. "
    (quote,) = find_quotes(text + "«Haremos tres escuelas», dijo él.", "es")
    assert (quote.speaker, quote.mention) == (None, "él")


# "il" can only be the one man of the two (Odile marks a woman): a guess, never sure.
def test_a_pronoun_after_a_sentence_naming_one_person_of_its_gender_is_that_person() -> None:
    text = "Odile Fanchon a reçu mardi le ministre Hugo Brassart. "
    (quote,) = find_quotes(text + _BUDGET.format(pronoun="il"), "fr")
    assert (quote.speaker, quote.confidence, quote.mention) == ("Hugo Brassart", "low", "il")


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            "El alcalde de Vigo, Tomás Ferreiro, defendió el martes el presupuesto. "
            "«Haremos tres escuelas», añadió él.",
            "Tomás Ferreiro",
        ),
        (
            "ru",
            "Глава ведомства Игорь Сомов провел встречу с фермерами во вторник. "
            "«Мы построим три школы», — добавил он.",
            "Игорь Сомов",
        ),
    ],
)
def test_a_pronoun_after_the_quotation_names_the_subject_before(
    lang: str, text: str, speaker: str
) -> None:
    (quote,) = find_quotes(text, lang)
    assert (quote.speaker, quote.basis) == (speaker, "pronoun")
