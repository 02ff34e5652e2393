"""Shapes an editor met on real articles: a verb that hands its subject to an infinitive of saying
("se limitó a decir"), and a quoted nickname taken up by a relative pronoun."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("El juez Soria se limitó a manifestar «respeto absoluto» por la decisión.", "es", "Soria"),
        ("Ibarra volvió a decir: «No tengo nada que añadir».", "es", "Ibarra"),
        ("La ministra Lozano quiso dejar claro que «nadie cobra dos veces».", "es", "Lozano"),
        ("El portavoz Vidal prefirió recordar que «la obra sigue en plazo».", "es", "Vidal"),
        ("Le maire Fabre a tenu à rappeler que « le pont rouvrira lundi ».", "fr", "Fabre"),
        ("La juge Perrin s'est contentée de dire : « Le dossier suit son cours. »", "fr", "Perrin"),
        ("Анна Зуева поспешила заявить: «Сроки не сорваны».", "ru", "Анна Зуева"),
        ("Глава района Орлов решил напомнить, что «мост откроют в мае».", "ru", "Орлов"),
    ],
)
def test_an_infinitive_of_saying_after_a_catenative_verb_keeps_its_subject(
    text: str, lang: str, speaker: str
) -> None:
    [quote] = find_quotes(text, lang)
    assert (quote.speaker, quote.kind) == (speaker, "speech")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ibarra no quiso decir «nada más» a la prensa.", "es"),
        ("Анна Зуева не решила напомнить, что «сроки не сорваны».", "ru"),
    ],
)
def test_a_negated_catenative_verb_credits_nobody(text: str, lang: str) -> None:
    # "no quiso decir" reports words held back, not said
    [quote] = find_quotes(text, lang)
    assert quote.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        'He wrote to an old colleague, "Ned R.T. (broker)," who ran a shop by the docks.',
        'She wrote to her cousin, "Little Jo," who had driven the van that night.',
    ],
)
def test_a_quoted_nickname_taken_up_by_who_is_a_name_nobody_says(text: str) -> None:
    [quote] = find_quotes(text, "en")
    assert (quote.speaker, quote.kind) == (None, "title")


@pytest.mark.parametrize(
    "text",
    [
        '"We will not give up," said Ann Cole, who leads the union.',
        'She told her cousin, "I am leaving," which surprised him.',
    ],
)
def test_speech_before_its_cue_or_before_which_stays_speech(text: str) -> None:
    [quote] = find_quotes(text, "en")
    assert quote.kind == "speech"


def test_speech_after_a_verb_and_a_comma_stays_speech_before_who() -> None:
    text = 'Ruiz interjected, "Please welcome Tom Hale," who then took the stage.'
    [quote] = find_quotes(text, "en")
    assert (quote.speaker, quote.kind) == ("Ruiz", "speech")


@pytest.mark.parametrize("opening", ["“”", '""', "«»"])
def test_a_doubled_opening_mark_still_opens_the_quotation(opening: str) -> None:
    closing = {"“”": "”", '""': '"', "«»": "»"}[opening]
    text = f"{opening}The hearing is unfair to me,{closing} Cole said."
    [quote] = find_quotes(text, "en")
    assert (quote.text, quote.speaker) == ("The hearing is unfair to me,", "Cole")


def test_an_empty_pair_of_marks_before_a_space_quotes_nothing() -> None:
    assert not find_quotes("The card read “” and nothing else, Cole said.", "en")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Сроки не сорваны», — заявил министр Орлов.", "Орлов"),
        ("Павел Орлов приехал в Тверь. «Сроки не сорваны», — сказал министр Орлов.", "Павел Орлов"),
    ],
)
def test_a_mans_surname_after_a_role_and_a_masculine_cue_is_the_name(
    text: str, speaker: str
) -> None:
    [quote] = find_quotes(text, "ru")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "«Сроки не сорваны», — заявил губернатор Ростова.",
        "«Сроки не сорваны», — сказал глава Минфина.",
        "«Сроки не сорваны», — заявила министр Орлова.",
    ],
)
def test_a_genitive_complement_after_a_role_names_nobody(text: str) -> None:
    [quote] = find_quotes(text, "ru")
    assert quote.speaker is None
