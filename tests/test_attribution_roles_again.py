"""A role or an age taken up again at a cue: the one person the article introduced with it.

Invented people; the gold was written before the finder was run (speakers/taken_up.py)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str, lang: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation in `text`."""
    quote = find_quotes(text, lang)[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        # a compound title's head ("Innenminister" -> "der Minister")
        "Innenminister Jan Ost besuchte am Montag Kiel. „Wir bleiben“, sagte der Minister.",
        # an apposition and a predicate give the role too
        "Jan Ost, der Innenminister, besuchte Kiel. „Wir bleiben“, sagte der Minister.",
        "Jan Ost ist Innenminister. Er besuchte Kiel. „Wir bleiben“, sagte der Minister.",
        "Der Sozialdemokrat Jan Ost besuchte Kiel. „Wir bleiben“, sagte der Sozialdemokrat.",
        # an age given with the name
        "Jan Ost (58) besuchte am Montag Kiel. „Wir bleiben“, sagte der 58-Jährige.",
        "Der 58-jährige Jan Ost besuchte Kiel. „Wir bleiben“, sagte der 58-Jährige.",
        "Jan Ost, 58, besuchte am Montag Kiel. „Wir bleiben“, sagte der 58-Jährige.",
        # a title after an article, which the roster leaves out; two spaces before the name
        "Dort sprach sich der Linkspolitiker Jan Ost für Hilfe aus. Danach sagte der "
        "Linkspolitiker: „Wir helfen.“",
        "Innenminister  Jan Ost (SPD) bedauert das. In Kiel sagte der Minister: „Wir helfen.“",
    ],
)
def test_german_role_or_age_taken_up_names_the_one_person(text: str) -> None:
    assert _last(text, "de") == ("Jan Ost", "low")


def test_german_woman_of_that_age_is_named() -> None:
    text = "Vera Roth (42) leitet die Schule. „Wir bauen an“, sagte die 42-Jährige."
    assert _last(text, "de") == ("Vera Roth", "low")


@pytest.mark.parametrize(
    "text",
    [
        # two ministers before the cue: either one
        "Innenminister Jan Ost traf Finanzminister Udo Brink. „Wir bleiben“, sagte der Minister.",
        "Innenminister Jan Ost traf den Innenminister Udo Brink. „Gut“, sagte der Minister.",
        "Der Linkspolitiker Jan Ost traf den Linkspolitiker Udo Brink. Dann sagte der "
        "Linkspolitiker: „Wir helfen.“",
        # a woman's role never links to a man's title, nor her age to his
        "Innenminister Jan Ost besuchte Kiel. „Wir bleiben“, sagte die Ministerin.",
        "Jan Ost (58) besuchte am Montag Kiel. „Wir bleiben“, sagte die 58-Jährige.",
        # an age two people share
        "Jan Ost (58) und Udo Brink (58) besuchten Kiel. „Wir bleiben“, sagte der 58-Jährige.",
        # another rank, or a role nobody was given
        "Vizekanzler Jan Ost besuchte Kiel. „Wir bleiben“, sagte der Kanzler.",
        "Jan Ost besuchte am Montag Kiel. „Wir bleiben“, sagte der Minister.",
        "Jan Ost (58) besuchte am Montag Kiel. „Wir bleiben“, sagte der 60-Jährige.",
        # a former holder; the role written with no name before the person's
        "Der frühere Innenminister Jan Ost war in Kiel. „Wir bleiben“, sagte der Minister.",
        "Der Minister sprach zuerst. Dann kam Innenminister Jan Ost. „Gut“, sagte der Minister.",
        # a compound of another office ("Staatsanwalt" is no "Anwalt")
        "Staatsanwalt Jan Ost forderte Haft. „Er ist unschuldig“, sagte der Anwalt.",
        # the role of a relative clause after the name is not his
        "Jan Ost, der den Minister lobte, war in Kiel. „Wir bleiben“, sagte der Minister.",
    ],
)
def test_german_role_with_no_one_holder_names_nobody(text: str) -> None:
    speaker, _ = _last(text, "de")
    assert speaker not in ("Jan Ost", "Udo Brink")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, 65, was in Leeds on Monday. “We stay,” the 65-year-old said.",
        "The 65-year-old Tom Hale was in Leeds. “We stay,” the 65-year-old said.",
    ],
)
def test_english_age_taken_up_names_the_one_person(text: str) -> None:
    assert _last(text, "en") == ("Tom Hale", "low")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, 65, met Ann Cole, 65, in Leeds. “We stay,” the 65-year-old said.",
        "Tom Hale, 65, was in Leeds on Monday. “We stay,” the 70-year-old said.",
        # a description is linked by an age only, never by a word of an apposition
        "Tom Hale, a company founder, was in Leeds. “We stay,” the company said.",
    ],
)
def test_english_age_with_no_one_holder_names_nobody(text: str) -> None:
    speaker, _ = _last(text, "en")
    assert speaker not in ("Tom Hale", "Ann Cole")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # a role's holder apposed after its complement at the cue itself
        (
            "«Seguiremos», dijo la ministra para la Transición Ecológica, Lucía Herrero, en Lima.",
            "es",
            "Lucía Herrero",
        ),
        (
            "« Nous restons », a déclaré la ministre pour l'Europe, Anne Roux, lundi.",
            "fr",
            "Anne Roux",
        ),
    ],
)
def test_romance_holder_apposed_after_the_complement_speaks(
    text: str, lang: str, name: str
) -> None:
    assert find_quotes(text, lang)[0].speaker == name


def test_romance_apposition_to_another_noun_names_nobody() -> None:
    text = "«Seguiremos», dijo el abogado para la ministra, Lucía Herrero, en Lima."
    assert find_quotes(text, "es")[0].speaker is None


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # the role taken up again gives the same name, never a second one ("diputado")
        (
            "Juan Pérez, el diputado de Lima, llegó. «Seguiremos», dijo el diputado.",
            "es",
            "Juan Pérez",
        ),
        (
            "El diputado Juan Pérez vive en Lima. «Seguiremos», dijo el diputado.",
            "es",
            "Juan Pérez",
        ),
        (
            "Jean Roux, le député de Lyon, est venu. « Nous restons », a dit le député.",
            "fr",
            "Jean Roux",
        ),
    ],
)
def test_romance_role_taken_up_names_the_one_person(text: str, lang: str, name: str) -> None:
    assert _last(text, lang)[0] == name


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a woman's role after a man's; two holders; a role never given
        ("Juan Pérez, el diputado de Lima, llegó. «Seguiremos», dijo la diputada.", "es"),
        ("El diputado Juan Pérez y el diputado Luis Soto llegaron. «Sí», dijo el diputado.", "es"),
        ("Juan Pérez llegó a Lima. «Seguiremos», dijo el diputado.", "es"),
        ("Jean Roux, le député de Lyon, est venu. « Nous restons », a dit la ministre.", "fr"),
    ],
)
def test_romance_role_with_no_one_holder_names_nobody(text: str, lang: str) -> None:
    assert _last(text, lang)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # an apposed or predicated role, its head the last word before the name's clause goes on
        "Jane Roe, the finance minister, was in Leeds. “We stay,” the minister said.",
        "Jane Roe is the finance minister. She was in Leeds. “We stay,” the minister said.",
    ],
)
def test_english_role_apposed_or_predicated_names_the_one_person(text: str) -> None:
    assert _last(text, "en") == ("Jane Roe", "low")


def test_english_former_minister_is_not_the_minister() -> None:
    text = "Jane Roe, the former finance minister, was in Leeds. “We stay,” the minister said."
    assert _last(text, "en")[0] != "Jane Roe"


def test_english_two_apposed_ministers_name_nobody() -> None:
    text = (
        "Jane Roe, the finance minister, met Tom Hale, the health minister. "
        "“We stay,” the minister said."
    )
    assert _last(text, "en")[0] not in ("Jane Roe", "Tom Hale")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vera Roth, die Innenministerin, war in Kiel. „Wir bleiben“, sagte die Ministerin.",
            "Vera Roth",
        ),
        ("Innenministerin Vera Roth war in Kiel. „Wir bleiben“, sagte der Minister.", None),
    ],
)
def test_german_feminine_role_links_only_to_a_womans_title(text: str, name: str | None) -> None:
    speaker = _last(text, "de")[0]
    assert speaker == name if name else speaker != "Vera Roth"
