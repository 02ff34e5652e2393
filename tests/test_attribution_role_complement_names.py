"""The name after a role's capitalised complement ("le ministre des Finances Pierre Dupont")."""

from __future__ import annotations

from itertools import product

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _said(text: str, lang: str) -> tuple[str | None, str, str]:
    """The speaker, confidence and basis of the text's one quotation."""
    [quote] = find_quotes(text, lang, "")
    return quote.speaker, quote.confidence, quote.basis


# A later honorific and surname, or the surname alone, is the name after the complement, never
# the complement glued to it ("Finances Pierre Dupont").
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le ministre des Finances Pierre Dupont a défendu le budget. "
            "« Nous réfléchissons », a déclaré M. Dupont.",
            "Pierre Dupont",
        ),
        (
            "fr",
            "Le président de la République Henri Valmont a défendu la réforme. "
            "« Nous réfléchissons », a déclaré M. Valmont.",
            "Henri Valmont",
        ),
        (
            "fr",
            "Le président du Sénat Paul Gardet a présenté le texte. "
            "« Nous réfléchissons », a déclaré M. Gardet.",
            "Paul Gardet",
        ),
        (
            "fr",
            "La maire de Lille Claire Vasseur a présenté le plan. "
            "« Nous réfléchissons », a déclaré Mme Vasseur.",
            "Claire Vasseur",
        ),
        (
            "es",
            "El ministro de Hacienda Juan Pérez defendió el presupuesto. "
            "«Estamos pensando», afirmó Pérez.",
            "Juan Pérez",
        ),
        (
            "es",
            "El ministro de Hacienda Juan Pérez defendió el presupuesto. "
            "«Estamos pensando», dijo el señor Pérez.",
            "Juan Pérez",
        ),
        (
            "es",
            "La ministra del Interior Lucía Ferrer presentó el plan. "
            "«Estamos pensando», afirmó Ferrer.",
            "Lucía Ferrer",
        ),
        (
            "es",
            "El presidente de la Junta Ramón Gil presentó el plan. «Estamos pensando», afirmó Gil.",
            "Ramón Gil",
        ),
    ],
)
def test_a_surname_later_is_the_name_after_the_complement(lang: str, text: str, name: str) -> None:
    assert _said(text, lang) == (name, "high", "cue_after")


# "il", or a Spanish verb with no subject, stands for the name that holds the role opening the
# sentence before, a guess as after a bare role ("Le ministre Pierre Dupont a défendu …").
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le ministre des Finances Pierre Dupont a défendu le budget mardi. "
            "« Nous réfléchissons », a-t-il déclaré.",
            "Pierre Dupont",
        ),
        (
            "fr",
            "La présidente de la Région Claire Vasseur a défendu le plan. "
            "« Nous réfléchissons », a-t-elle déclaré.",
            "Claire Vasseur",
        ),
        (
            "es",
            "El ministro de Hacienda Juan Pérez defendió el presupuesto. "
            "«Estamos pensando», afirmó.",
            "Juan Pérez",
        ),
    ],
)
def test_a_pronoun_stands_for_the_name_after_the_complement(
    lang: str, text: str, name: str
) -> None:
    assert _said(text, lang) == (name, "low", "pronoun")


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le ministre des Finances Pierre Dupont a déclaré : « Nous réfléchissons. »",
            "Pierre Dupont",
        ),
        (
            "fr",
            "Le directeur des Échos Marc Lenoir a déclaré : « Nous réfléchissons. »",
            "Marc Lenoir",
        ),
        ("es", "El ministro del Interior Juan Pérez dijo: «Estamos pensando.»", "Juan Pérez"),
    ],
)
def test_before_its_cue_the_name_after_the_complement_speaks(
    lang: str, text: str, name: str
) -> None:
    assert _said(text, lang)[0] == name


def test_the_surname_named_before_makes_the_name_after_the_complement_sure() -> None:
    text = (
        "M. Dupont est arrivé tôt. "
        "Le ministre des Finances Pierre Dupont a déclaré : « Nous réfléchissons. »"
    )
    assert _said(text, "fr") == ("Pierre Dupont", "high", "cue")


# A body's name of several words ("du New York Times"), one holding a linking word ("de Médicos
# Sin Fronteras") or a longer run has no sure end: the surname as said, or nobody, never a
# complement's word glued to the name.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le directeur du New York Times Pierre Dupont a défendu le journal. "
            "« Nous réfléchissons », a déclaré M. Dupont.",
            "Dupont",
        ),
        (
            "es",
            "El director de Médicos Sin Fronteras Juan Pérez defendió el plan. "
            "«Estamos pensando», afirmó Pérez.",
            "Pérez",
        ),
        (
            "es",
            "El ministro de Transportes José Luis Ábalos defendió el plan. "
            "«Estamos pensando», afirmó Ábalos.",
            "Ábalos",
        ),
        (
            "es",
            "La ministra de Trabajo María Pilar Soto presentó el plan. "
            "«Estamos pensando», afirmó Soto.",
            "Soto",
        ),
    ],
)
def test_a_longer_complement_leaves_the_surname_as_said(lang: str, text: str, name: str) -> None:
    assert _said(text, lang)[0] == name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le directeur du New York Times Pierre Dupont a déclaré : « Nous réfléchissons. »"),
        ("fr", "« Nous réfléchissons », a déclaré le directeur du New York Times Pierre Dupont."),
        ("es", "El director de Médicos Sin Fronteras Juan Pérez dijo: «Estamos pensando.»"),
        ("es", "«Estamos pensando», dijo el director de Médicos Sin Fronteras Juan Pérez."),
    ],
)
def test_a_body_of_several_words_before_a_name_at_its_cue_names_nobody(
    lang: str, text: str
) -> None:
    assert _said(text, lang)[0] is None


# After a bare "de" a first name opens the name of whom the role speaks for: the role speaks.
@pytest.mark.parametrize(
    "text",
    [
        "El abogado de José Luis Martínez dijo: «Estamos pensando.»",
        "«Estamos pensando», dijo el abogado de José Luis Martínez.",
    ],
)
def test_a_first_name_after_a_bare_de_is_the_owner_not_the_speaker(text: str) -> None:
    assert _said(text, "es")[0] is None


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "es",
            "El abogado de José Luis Martínez defendió el plan. "
            "«Estamos pensando», afirmó Martínez.",
            "José Luis Martínez",
        ),
        (
            "es",
            "El portavoz de Pedro Sánchez presentó el plan. «Estamos pensando», afirmó Sánchez.",
            "Pedro Sánchez",
        ),
    ],
)
def test_the_owner_after_a_bare_de_keeps_the_whole_name(lang: str, text: str, name: str) -> None:
    assert _said(text, lang)[0] == name


# The name after the complement of a role that a verb governs is an object: "il" is not it.
def test_the_role_holder_after_a_verb_is_no_subject_a_pronoun_stands_for() -> None:
    text = (
        "Le juge a reçu le ministre des Finances Pierre Dupont mardi. "
        "« Nous réfléchissons », a-t-il déclaré."
    )
    assert _said(text, "fr")[0] is None


def _paragraphs(shape: str, n: int) -> str:
    """`shape` n times, each with a surname of its own."""
    names = ("".join(parts).title() for parts in product(("ka", "lo", "mi", "ne", "ru"), repeat=5))
    return "".join(shape.format(name) for name, _ in zip(names, range(n), strict=False))


# Each run reads only the few words before it (its role and particle) and after it (an
# adverbial): at 4 times the paragraphs, about 4 times the time.
@pytest.mark.parametrize(
    ("lang", "shape"),
    [
        ("fr", "Le ministre des Finances Pierre {} a déclaré : « Nous réfléchissons. »\n\n"),
        ("fr", "Le ministre des Finances Pierre {} a défendu le budget. « Non », a-t-il dit.\n\n"),
        ("ru", "Иван {}ов во вторник защитил бюджет. «Мы думаем», — заявил он.\n\n"),
    ],
)
def test_many_role_complements_and_adverbials_take_linear_time(lang: str, shape: str) -> None:
    assert_linear(lambda n: find_quotes(_paragraphs(shape, n), lang), 60)
