"""German reported speech that runs on from a naming sentence with no verb of saying, and colon
labels with no verb ("dekonj28"): a Konjunktiv chain carries the named person (low) until a
second person, a new paragraph or an indicative sentence with another subject breaks it; a
titled name before a phrase of time or place, a surname before its listener and "Sein Fazit:"
after the one man of the sentence before give that person (low)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de") if q.kind != "title"]


def _confidences(text: str) -> list[str]:
    return [q.confidence for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a stance verb, a Konjunktiv I by its form ("verliere"), a strong Konjunktiv II plural
        (
            "Die Präsidentin des Handwerkskammertags, Greta Olsen, zeigte sich besorgt. Das "
            "Handwerk verliere jedes Jahr Aufträge. Viele Betriebe stünden „kurz vor dem Aus“.",
            ["Greta Olsen"],
        ),
        (
            "Der Reeder Malte Sievers äußerte sich am Hafen. Die Frachtraten seien gesunken. "
            "Es gäbe „keinen Grund zur Panik“.",
            ["Malte Sievers"],
        ),
        # a stem in -t: "erwarte" before the inverted "er"
        (
            "Landrat Henning Voss sagte, der Kreis werde die Straße sperren. Das Land trage "
            "„die volle Verantwortung“. Eine Lösung erwarte er „frühestens im Herbst“.",
            ["Henning Voss", "Henning Voss"],
        ),
        # a name in an attribute of the object is no rival
        (
            "Die Stadträtin Frauke Lind hat das Gutachten von Professor Egon Marx scharf "
            "kritisiert. Das Gutachten sei „voller Lücken“.",
            ["Frauke Lind"],
        ),
    ],
)
def test_a_konjunktiv_chain_goes_on_from_the_named_person(
    text: str, speakers: list[str | None]
) -> None:
    assert _speakers(text) == speakers
    assert set(_confidences(text)) == {"low"}


@pytest.mark.parametrize(
    "text",
    [
        # two people in the naming sentence: either may be reported
        "Ole Brandt traf am Montag Ina Seiler. Die Ernte treffe vor allem kleine Höfe. Viele "
        "stünden „mit dem Rücken zur Wand“.",
        # an indicative sentence with another subject breaks the chain
        "Ole Brandt äußerte sich am Rande der Messe. Die Minister reisten am Abend ab. Viele "
        "stünden „mit dem Rücken zur Wand“.",
        # a new paragraph
        "Ina Seiler warnte vor der Dürre.\n\nDie Ernte treffe vor allem kleine Höfe. Viele "
        "stünden „mit dem Rücken zur Wand“.",
    ],
)
def test_the_chain_breaks(text: str) -> None:
    assert _speakers(text) == [None]


def test_laut_names_its_own_source() -> None:
    text = "Ole Brandt äußerte sich am Rande der Messe. Laut Polizei sei die Lage „ruhig“."
    assert _speakers(text) == ["Polizei"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bundestrainer Kai Ortmann nach dem Spiel: „Wir waren zu langsam.“", "Kai Ortmann"),
        ("Seglerin Lea Brandl vor der Abfahrt: „Die See ist ruhig.“", "Lea Brandl"),
        (
            "Olaf Rennert führt die Firma seit 2010. Rennert gegenüber Reportern: „Wir bleiben.“",
            "Olaf Rennert",
        ),
        (
            "Polizeichef Udo Kranz zog nach dem Einsatz Bilanz. Sein Fazit: „Es blieb ruhig.“",
            "Udo Kranz",
        ),
        ("Jan Held traf Ute Blum. Sein knappes Fazit: „Es blieb ruhig.“", "Jan Held"),
        ("Die Ärztin Ute Blum besuchte das Lager. Ihr Fazit: „Es fehlt an allem.“", "Ute Blum"),
    ],
)
def test_a_verbless_colon_label_gives_the_person(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
    assert _confidences(text) == ["low"]


@pytest.mark.parametrize(
    "text",
    [
        "Bad Ems am Montag: „Die Kurgäste bleiben aus.“",
        "Mordfall Udo Kranz im Überblick: „Es blieb ruhig.“",
        "Udo Kranz am Montag: „Es blieb ruhig.“",  # no title, no talk: a heading's time
        "Jan Held traf Ute Blum. Ihr Fazit: „Es blieb ruhig.“",  # "ihr": theirs
        "Die Ärztin Ute Blum besuchte das Lager. Sein Fazit: „Es fehlt an allem.“",
        "Das Boot lief aus. Sein Fazit: „Es blieb ruhig.“",
        "Udo Kranz zog Bilanz.\n\nSein Fazit: „Es blieb ruhig.“",
    ],
)
def test_a_colon_label_names_nobody(text: str) -> None:
    assert _speakers(text) == [None]
