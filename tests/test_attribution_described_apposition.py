"""A name set off after its head with a description and no article of its own ("Her opponent,
veteran lawmaker Claire Fontaine, said") is the speaker, not the head (texts written for these
tests; session 31)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(paragraph: str, lang: str) -> str | None:
    said = [q for q in find_quotes(f"Intro line here.\n\n{paragraph}", lang) if q.kind != "title"]
    assert len(said) == 1
    return said[0].speaker


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        (
            "en",
            'Her opponent, veteran lawmaker Claire Fontaine, said: "This budget sacrifices the'
            ' climate."',
            "Claire Fontaine",
        ),
        (
            "en",
            'His lawyer, defence attorney Mark Dunn, told reporters: "My client will appeal."',
            "Mark Dunn",
        ),
        (
            "en",
            '"We will hire again in spring," the company\'s founder, former engineer Rita Osei,'
            " said.",
            "Rita Osei",
        ),
        (
            "en",
            'The team\'s captain, star striker Leon Baptiste, added: "We were not good enough."',
            "Leon Baptiste",
        ),
        (
            "en",
            "The city's mayor, Labour politician Joan Ebert, wrote: \"The bridge will reopen in"
            ' May."',
            "Joan Ebert",
        ),
        (
            "fr",
            "Son adversaire, la jeune députée écologiste Claire Fontaine, a déclaré : « Ce budget"
            " sacrifie le climat. »",
            "Claire Fontaine",
        ),
        (
            "fr",
            "Le fondateur de la société, ancien ingénieur Rémi Osset, a expliqué : « Nous"
            " embaucherons au printemps. »",
            "Rémi Osset",
        ),
        (
            "es",
            "Su rival, la diputada ecologista Clara Fuentes, afirmó: «Este presupuesto sacrifica el"
            " clima».",
            "Clara Fuentes",
        ),
        (
            "es",
            "El capitán del equipo, el delantero Leo Bautista, añadió: «No estuvimos a la altura».",
            "Leo Bautista",
        ),
        # a description that ends with a place or a body is the head's, whose name it is
        ("en", 'Ann Roe, a nurse at Mercy Hospital, said: "We have no beds left."', "Ann Roe"),
        ("en", 'Ann Roe, spokeswoman for Acme Corp, said: "We will hire again."', "Ann Roe"),
        (
            "en",
            'Tom Hale, the mayor of North Point, said: "The bridge reopens in May."',
            "Tom Hale",
        ),
    ],
)
def test_the_described_name_in_apposition_speaks(lang: str, paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph, lang) == speaker


# A clause set off by commas ("who met X", "whose husband X died") names someone else.
@pytest.mark.parametrize(
    ("lang", "paragraph", "other"),
    [
        ("en", 'Her sister, who met Tom Hale in May, said: "He never called."', "Tom Hale"),
        (
            "en",
            'The coach, speaking after the game with Tom Hale, said: "We were not good enough."',
            "Tom Hale",
        ),
        (
            "en",
            'Ann Roe, whose husband Tom Hale died in May, said: "Nobody called us."',
            "Tom Hale",
        ),
        (
            "fr",
            "Sa sœur, qui a rencontré Paul Verne en mai, a déclaré : « Il n'a jamais appelé. »",
            "Paul Verne",
        ),
        ("es", "Su hermana, que conoció a Tomás Gil en mayo, dijo: «Nunca llamó».", "Tomás Gil"),
        # a verb form opening the clause: the name is its object
        ("en", 'The minister, thanking Ivan Peters, said: "That is not true."', "Ivan Peters"),
        ("fr", "La ministre, remerciant Ivan Peters, a déclaré : « C'est faux. »", "Ivan Peters"),
        ("es", "La ministra, agradeciendo Iván Pérez, dijo: «Es falso».", "Iván Pérez"),
        ("ru", "Ольга Смирнова, отвечая Ивану Петрову, заявила: «Это неправда».", "Ивану Петрову"),
    ],
)
def test_a_name_inside_a_clause_set_off_never_speaks(lang: str, paragraph: str, other: str) -> None:
    assert _speaker(paragraph, lang) != other
