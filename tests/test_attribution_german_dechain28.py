"""German Konjunktiv chains made general ("dechain28"): the chain goes on from the subject of the
naming sentence's main clause, whatever its verb and word order; pronoun subjects go on when
their gender is the subject's; a Konjunktiv II goes on only inside a chain already running; a
wish, a comparison ("als sei") and a pronoun that may stand for a person put as an object name
nobody; a score's colon does not end a label. Our own invented sentences."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the object first, the subject after the verb
        (
            "Die Kritik der Opposition wies Finanzministerin Ursula Kern zurück. Der Haushalt "
            "sei „solide finanziert“.",
            "Ursula Kern",
        ),
        # a clause put first
        (
            "Weil die Kosten explodiert sind, stoppt Oberbürgermeisterin Gisela Harms den Bau "
            "der Stadthalle. Das Projekt sei „in dieser Form nicht mehr finanzierbar“.",
            "Gisela Harms",
        ),
        # a separable verb that looks like one of saying ("sagte … ab")
        (
            "Die Sängerin Ilka Moravec sagte ihre Tournee ab. Ihre Stimme brauche „dringend "
            "eine Pause“.",
            "Ilka Moravec",
        ),
        # an adverbial with a possessive put first; an object with a prepositional attribute
        (
            "Zum Abschluss ihrer Reise besuchte Entwicklungsministerin Jana Werner ein Lager in "
            "Jordanien. Die Lage dort sei „dramatisch“.",
            "Jana Werner",
        ),
        (
            "Die Kritik an der Reform wies Gesundheitsminister Lars Ebert zurück. Die Kliniken "
            "erhielten nun mehr Geld, die Reform sei „überfällig“.",
            "Lars Ebert",
        ),
        # a wish inside reported speech: the wish's own "sei" does not count, the rest does
        (
            "Der Pianist Levin Ostrowski gab sein letztes Konzert. Gott sei Dank habe er „nie "
            "Lampenfieber“ gehabt.",
            "Levin Ostrowski",
        ),
        # a pronoun subject of the subject's gender
        (
            "Die Schauspielerin Mara Lindqvist reagierte gelassen auf die Kritik. Sie lese "
            "Rezensionen „schon seit Jahren nicht mehr“.",
            "Mara Lindqvist",
        ),
        (
            "Ex-Nationalspieler Timo Gerlach blickt mit Wehmut auf seine Karriere zurück. Er "
            "bereue „keinen einzigen Tag“.",
            "Timo Gerlach",
        ),
        # an expletive "es"
        (
            "Die Reederei Nordlicht streicht die Winterfahrten nach Helgoland. Es lohne sich "
            "„wirtschaftlich nicht mehr“.",
            "Reederei Nordlicht",
        ),
        # a Konjunktiv II after a whole sentence of Konjunktiv I: its subject is reported on
        (
            "Der Vorsitzende des Mieterbundes, Gernot Wallisch, beklagte die steigenden "
            "Nebenkosten. Das Problem treffe längst auch die Mittelschicht. Viele Mieter "
            "müssten „jeden Euro zweimal umdrehen“.",
            "Gernot Wallisch",
        ),
        (
            "Die Kämmerin Heike Lorenz legte den Haushalt vor. Die Steuern seien gesunken. Die "
            "Zahlen beruhten auf „vorsichtigen Schätzungen“.",
            "Heike Lorenz",
        ),
    ],
)
def test_the_chain_goes_on_from_the_main_clause_subject(text: str, speaker: str) -> None:
    found = [q for q in find_quotes(text, "de") if q.kind != "title"]
    assert [q.speaker for q in found] == [speaker]
    assert {q.confidence for q in found} == {"low"}


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun of the other gender: someone else, perhaps the one reported
        "Der Pfarrer Johannes Wiebe besuchte die Witwe des Opfers. Sie lese „jeden Tag in der "
        "Bibel“.",
        # a person of the pronoun's gender put as an object may be the one reported
        "Die Kommissarin Lea Brix vernahm die Zeugin zwei Stunden lang. Sie habe den Mann "
        "„deutlich gesehen“.",
        # a past that looks like a Konjunktiv II right after the naming sentence: narration
        "Die Ministerin für Kultur, Svea Larsen, eröffnete die Ausstellung. Die Werke stammten "
        "aus „drei Jahrhunderten“.",
        # a wish, a comparison
        "Die Sopranistin Elena Wirth sang zum Abschluss eine Zugabe. Gott sei Dank blieb „der "
        "befürchtete Regen“ aus.",
        "Die Ministerin Ina Falkner betrat den Saal. Die Abgeordneten taten, als sei „nichts "
        "geschehen“.",
        # an event, not a person or body, is the subject
        "Die Sitzung dauerte bis nach Mitternacht. Die Stimmung sei „angespannt“ gewesen.",
        # two people
        "Die Kanzlerin Maren Holt empfing am Dienstag den französischen Präsidenten Luc "
        "Bernard. Die Freundschaft beider Länder sei „unerschütterlich“.",
        # a new paragraph
        "Weil es regnete, sagte Landrätin Beate Nolde den Besuch ab.\n\nDie Station sei "
        "„völlig überlastet“.",
    ],
)
def test_nobody(text: str) -> None:
    assert _speakers(text) == [None]


def test_the_chain_keeps_its_own_source() -> None:
    text = (
        "Die Klägerin Hanne Voigt erschien nicht zur Verhandlung. Laut Gericht sei sie "
        "„schwer erkrankt“."
    )
    assert _speakers(text) == ["Gericht"]


def test_a_pronoun_for_a_thing_of_the_pronouns_gender_still_goes_on() -> None:
    text = "Die Ministerin Anna Roth verteidigte die Reform. Sie sei „überfällig“."
    assert _speakers(text) == ["Anna Roth"]


def test_a_score_in_a_label() -> None:
    text = "Trainerin Nadja Ruf nach dem 2:1: „Das war ein Arbeitssieg.“"
    assert _speakers(text) == ["Nadja Ruf"]
