"""Bodies as speakers: a body's own name as written; "the company" only as the one company named."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _first(text: str, lang: str) -> Quote:
    return find_quotes(text, lang)[0]


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ('Greenleaf Watch said: "The new law is a disgrace."', "en", "Greenleaf Watch"),
        (
            '"We are looking for the driver," the Harbour City Police Service said.',
            "en",
            "Harbour City Police Service",
        ),
        ("Die Nordbahn AG erklärte: „Die Züge fahren ab Montag wieder.“", "de", "Nordbahn AG"),
        ("Greenleaf Watch a déclaré : « Cette loi est une honte. »", "fr", "Greenleaf Watch"),
        ("Vigilancia Verde afirmó: «Esta ley es una vergüenza.»", "es", "Vigilancia Verde"),
    ],
)
def test_a_body_named_as_the_subject_of_a_cue_speaks_by_its_name(
    text: str, lang: str, who: str
) -> None:
    assert _first(text, lang).speaker == who


def test_the_company_is_the_one_company_the_article_names() -> None:
    text = (
        "The Brightwater Mining Company cut 300 jobs on Monday.\n\n"
        'Workers gathered outside the gates. "We were told nothing," said Ann Roe, a miner.\n\n'
        '"This was a hard decision," the company said in a statement.'
    )
    quote = find_quotes(text, "en")[1]
    assert quote.speaker == "Brightwater Mining Company"
    assert quote.confidence == "low"  # a description resolved, as a role's holder: a guess


def test_the_fullest_name_keeps_its_linked_complement() -> None:
    text = (
        "The nonpartisan Commission on Public Debates met on Friday.\n\n"
        'The commission said on its website: "There was a problem with the sound."'
    )
    assert _first(text, "en").speaker == "Commission on Public Debates"


@pytest.mark.parametrize(
    "text",
    [
        # two companies named together: either could be meant
        'Acme Company and the Zeta Company merged. "It is a good day," the company said.',
        # no company named at all
        'Jobs were cut on Monday. "This is a hard day," the company said.',
        # the noun alone opening a sentence is no name
        'Company officials met on Monday. "This is a hard day," the company said.',
    ],
)
def test_the_company_without_one_company_named_stays_null(text: str) -> None:
    assert _first(text, "en").speaker is None


def test_a_persons_office_is_not_resolved_to_a_body() -> None:
    text = (
        "The Prime Minister’s Office declined to comment. Ann Roe was absent.\n\n"
        '"The minister will not comment today," her office told reporters.'
    )
    assert _first(text, "en").speaker == "her office"


def test_a_title_before_a_name_is_no_body() -> None:
    text = 'Acme Company Chairman Tom Hale spoke. "We will grow," the company said.'
    assert _first(text, "en").speaker == "Acme Company"


def test_a_body_only_named_as_a_place_or_topic_is_no_speaker() -> None:
    text = 'The report on the Acme Company was published. "Prices rose," the report said.'
    assert _first(text, "en").speaker is None


def test_many_bodies_and_descriptions_stay_linear() -> None:
    one = 'The A{i} Company grew. "We grew," the company said. "Again," the company said.\n\n'
    assert_linear(lambda n: find_quotes("".join(one.format(i=i) for i in range(n)), "en"), 50)


def test_the_university_is_the_one_university_the_article_names() -> None:
    text = (
        "The University of Eastfield opened a new lab on Monday.\n\n"
        '"We are proud of our researchers," the university said.'
    )
    quote = _first(text, "en")
    assert (quote.speaker, quote.confidence) == ("University of Eastfield", "low")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # two universities: either could be meant
        (
            "The University of Eastfield and Westbrook University opened labs.\n\n"
            '"We are proud," the university said.',
            None,
        ),
        # a title before a name is no body: the description stays as written
        ('General Manager Tom Hale left. "We will grow," the manager said.', "the manager"),
        # no body of that noun named: as written, as before
        ('The debate ran late. "Time is up," the moderator said.', "the moderator"),
    ],
)
def test_a_description_without_one_body_of_its_noun(text: str, who: str | None) -> None:
    assert _first(text, "en").speaker == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Das Auswärtige Amt erklärte: „Reisen in das Land sind zu verschieben.“",
            "Auswärtige Amt",
        ),
        ("Die Grüne Partei erklärte: „Wir stimmen dagegen.“", "Grüne Partei"),
        # an adjective before a person's name is a role's, no part of the name
        ("Der SPD-Vorsitzende Franz Roth sagte: „Wir stimmen dagegen.“", "Franz Roth"),
    ],
)
def test_german_adjective_before_a_bodys_noun_opens_its_name(text: str, who: str) -> None:
    assert _first(text, "de").speaker == who


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("La RNTF a déclaré : « Les trains circulent de nouveau. »", "fr", "RNTF"),
        ("El PNT afirmó: «Esta ley es una vergüenza.»", "es", "PNT"),
        # an acronym after a role is the role's party: no name
        ("Le député LR a déclaré : « Les trains circulent de nouveau. »", "fr", None),
        ("El diputado PNV afirmó: «Esta ley es una vergüenza.»", "es", None),
    ],
)
def test_an_acronym_after_an_article_is_a_bodys_name(text: str, lang: str, who: str | None) -> None:
    assert _first(text, lang).speaker == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "La Universidad de Valdoria abrió un laboratorio.\n\n"
            "«Estamos orgullosos», dijo la universidad.",
            "Universidad de Valdoria",
        ),
        (
            "El Ministerio de Aguas publicó los datos.\n\n"
            "«La situación mejora», señaló el ministerio.",
            "Ministerio de Aguas",
        ),
        # two universities, or none: nobody
        (
            "La Universidad de Valdoria y la Universidad de Norte abrieron laboratorios.\n\n"
            "«Estamos orgullosos», dijo la universidad.",
            None,
        ),
        ("Se abrió un laboratorio.\n\n«Estamos orgullosos», dijo la universidad.", None),
    ],
)
def test_spanish_noun_of_a_body_is_the_one_body_named(text: str, who: str | None) -> None:
    quote = _first(text, "es")
    assert (quote.speaker, quote.confidence) == (who, "low")
