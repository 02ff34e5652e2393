"""A surname next to a noun for a family ("the Roe family said") names the family, no one
person: never the family member the story is about, at any confidence."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str, lang: str) -> list[str | None]:
    """The speaker of each quotation of `text`."""
    return [q.speaker for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ann Roe died on Monday. The Roe family said: “We are heartbroken.”", "en"),
        ("Ann Roe died on Monday. “We are heartbroken,” the Roe family said.", "en"),
        ("Ann Roe died on Monday. Roe's family said: “We are heartbroken.”", "en"),
        ("Ann Roe died on Monday. Ann Roe’s family said: “We are heartbroken.”", "en"),
        ("Eva Lind starb am Montag. Die Familie Lind sagte: „Wir sind traurig.“", "de"),
        ("Eva Lind starb am Montag. „Wir sind traurig“, teilte die Familie Lind mit.", "de"),
        ("Ana Ruiz murió el lunes. La familia Ruiz dijo: «Estamos tristes».", "es"),
        ("Ana Ruiz murió el lunes. «Estamos tristes», dijo la familia Ruiz.", "es"),
        ("Marie Curie est morte lundi. La famille Curie a déclaré : « Nous voilà tristes. »", "fr"),
        (
            "Marie Curie est morte lundi. Le porte-parole de la famille Curie a déclaré : « Nous"
            " sommes tristes. »",
            "fr",
        ),
        ('وتوفيت سارة منصور. وقالت عائلة منصور في بيان: "نحن حزينون".', "ar"),
        ('وتوفيت سارة منصور. "نحن حزينون"، قالت أسرة منصور.', "ar"),
        ("Иван Петров скончался. Семья Петрова заявила: «Мы скорбим».", "ru"),
        ("Иван Петров скончался. Родственники Петрова заявили: «Мы скорбим».", "ru"),
    ],
)
def test_a_family_speaks_for_no_one_person(text: str, lang: str) -> None:
    assert _speakers(text, lang) == [None]


# Negatives: a family noun inside the quotation, or before it past punctuation, names nobody;
# the person named in full still speaks.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("“We stand for American families,” Roe said.", "en", "Roe"),
        ("Ann Roe said: “My family comes first.”", "en", "Ann Roe"),
        ("Ann Roe, a lawyer for the family, said: “We will appeal.”", "en", "Ann Roe"),
        ("Family Dollar said: “We will appeal.”", "en", "Family Dollar"),  # a firm's name
        ("Мария Петрова заявила: «Мы будем бороться».", "ru", "Мария Петрова"),
        ("Суд начался. «Он невиновен», — сказала его жена Анна.", "ru", "Анна"),  # apposed
        (
            "Der Anwalt der Familie – Jan Roth – sagte: „Wir gehen in Berufung.“",
            "de",
            "Jan Roth",
        ),
    ],
)
def test_a_family_noun_apart_from_the_name_leaves_it(text: str, lang: str, speaker: str) -> None:
    assert _speakers(text, lang) == [speaker]


def test_many_family_statements_stay_linear() -> None:
    text = "The Roe family said: “We are heartbroken.” " * 2000
    assert set(_speakers(text, "en")) == {None}
