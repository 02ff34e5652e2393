"""A precision review of session 31's new rules (`review31`).

The probe paragraphs (tests/data/probes/review31.toml, 204, invented, gold set before the finder
ran) aim at where the new readings could name the wrong person or a non-person. On main at
7f4a8037: right / wrong / none 163 / 35 / 6; after this branch 179 / 17 / 8 (the wrong left are
marked `known_wrong`: most are older readings, see docs/attribution.md).
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.interview_turns import speakers


def _speaker(text: str, lang: str) -> str | None:
    [quote] = [q for q in find_quotes(text, lang) if q.kind != "title"]
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        # a preposition in the description makes the name its object (each named the object)
        ("The captain, unlike teammate Ann Roe, said: “I never doubted him.”", "en", "Ann Roe"),
        ("His lawyer, alongside partner Ann Roe, said: “Our client is innocent.”", "en", "Ann Roe"),
        ("The rookie, second behind champion Tom Hale, said: “I ran well.”", "en", "Tom Hale"),
        (
            "La sprinteuse, deuxième derrière Claire Fontaine, a déclaré : « Je suis ravie. »",
            "fr",
            "Claire Fontaine",
        ),
        # an adverb or a mere modifier as the description's last word leaves a club, not a person
        ("The defender, formerly Aston Villa, said: “I am home.”", "en", "Aston Villa"),
        (
            "Le milieu, ancien Olympique Lyonnais, a déclaré : « Je suis heureux. »",
            "fr",
            "Olympique Lyonnais",
        ),
    ],
)
def test_a_described_name_is_no_object(text: str, lang: str, other: str) -> None:
    assert _speaker(text, lang) != other


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Her rival, veteran lawmaker Claire Fontaine, said: “It is open.”",
            "en",
            "Claire Fontaine",
        ),
        ("Her rival, former state senator Ann Roe, said: “It is open.”", "en", "Ann Roe"),
        (
            "Son adversaire, la jeune députée Claire Fontaine, a déclaré : « Rien n'est joué. »",
            "fr",
            "Claire Fontaine",
        ),
        ("Su rival, la veterana diputada Ana Soto, dijo: «Todo está abierto».", "es", "Ana Soto"),
    ],
)
def test_a_described_name_still_reads(text: str, lang: str, speaker: str) -> None:
    assert _speaker(text, lang) == speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "al"/"au" open the one told: no subject after them (was "Tomás Ruiz", "Paul Verne")
        ("«Resistiremos», dijo durante la reunión al ministro, Tomás Ruiz.", "es"),
        ("«Resistiremos», declaró tras el pleno al alcalde, Pedro Gil.", "es"),
        ("« Nous tiendrons », a déclaré pendant le débat au ministre, Paul Verne.", "fr"),
    ],
)
def test_the_one_told_is_no_adverbial_subject(text: str, lang: str) -> None:
    assert _speaker(text, lang) is None


def test_the_adverbial_subject_still_reads() -> None:
    text = "« Nous tiendrons », a déclaré lors d'une conférence de presse le préfet, Jean Morel."
    assert _speaker(text, "fr") == "Jean Morel"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun written from an adjective for a person keeps its subject (was "Jan Wolf")
        ("Deren Vorsitzende nannte Jan Wolf einen „Spalter“.", "Deren Vorsitzende"),
        ("Dessen Abgeordnete nannte Tim Roth einen „Lügner“.", "Dessen Abgeordnete"),
        # a thing owned is still the object
        ("Deren Pläne nannte Fraktionschefin Lotte Brenner „unseriös“.", "Lotte Brenner"),
    ],
)
def test_owned_person_adjectives(text: str, speaker: str) -> None:
    assert _speaker(text, "de") == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a demonstrative and a cue after ";": its own clause, never the first clause's subject
        "Der Trainer Jan Wolf lobte den Torwart Tim Roth; der sagte: „Ich hatte Glück.“",
        "Eva Kühl kritisierte den Minister; dieser nannte die Kritik „haltlos“.",
        "Tim Roth fragte die Richterin; die antwortete knapp: „Abgelehnt.“",
    ],
)
def test_demonstrative_after_semicolon(text: str) -> None:
    assert _speaker(text, "de") not in {"Jan Wolf", "Eva Kühl", "Tim Roth"}


def test_konjunktiv_after_semicolon_stays_governed() -> None:
    text = "Der Trainer Olaf Brune erklärte, die Mannschaft sei müde; der Kader sei „zu klein“."
    assert _speaker(text, "de") == "Olaf Brune"


@pytest.mark.parametrize(
    ("intro", "lang", "guest"),
    [
        # "our"/"nuestro"/"notre" before no writer's noun: the one met answers (was the subject)
        ("Ann Roe spoke to our neighbour Tom Hale, a farmer.", "en", "Tom Hale"),
        ("Ana Soto habló con nuestro lector Tomás Ruiz, agricultor.", "es", "Tomás Ruiz"),
        ("Claire Fontaine a parlé avec notre lecteur Paul Verne, agriculteur.", "fr", "Paul Verne"),
        # the outlet's writer still asks
        ("Laura Brandt spoke to our chief political correspondent Tom Hale.", "en", "Laura Brandt"),
    ],
)
def test_our_opens_the_outlet_only_before_a_writer(intro: str, lang: str, guest: str) -> None:
    assert {speaker for speaker, _ in speakers(intro, lang)} <= {guest}
