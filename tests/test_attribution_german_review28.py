"""review28a: a precision review of dekonj28's German rules. A "-te" verb before an inverted
"er"/"sie" is a Konjunktiv I only when its stem may end in -t ("erwarte", "halte"); "kannte",
"machte", "führte" are pasts. "Sein/Ihr Fazit:" names the person of the sentence before only
when that person is its subject, and "Ihr" not when others join her ("mit", "und")."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    "text",
    [
        "Der Koch Martin Oswald eröffnete ein Lokal. Die Gäste kannte er „fast alle mit Namen“.",
        "Der Wirt Heinz Bode stand hinter der Theke. Seine Gäste kannte er „seit Jahrzehnten“.",
        "Der Politiker Udo Brand stellte sich vor. Die Wahl machte er „zur Schicksalsfrage“.",
        "Der Trainer Olaf Mahn war zufrieden. Das Team führte er „mit ruhiger Hand“.",
    ],
)
def test_a_past_in_te_before_er_is_narration(text: str) -> None:
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Wirt Heinz Bode sprach. Die Lage sei schwierig. Die Kosten halte er "
            "„für untragbar“.",
            "Heinz Bode",
        ),
        (
            "Landrätin Petra Kühl sagte am Dienstag, die Brücke werde gesperrt. Das Land trage "
            "die Kosten. Eine Freigabe erwarte sie „nicht vor Ende des Jahres“.",
            "Petra Kühl",
        ),
    ],
)
def test_a_t_stem_konjunktiv_still_carries(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Polizist nahm den Mann fest, den Arzt Harald Gerke. Sein Fazit: „Er war betrunken.“",
        "Ein Polizist nahm den Arzt Harald Gerke fest. Sein Fazit: „Er war betrunken.“",
        "Im Prozess befragte Richterin Ina Ott den Zeugen Jan Kopp. Sein Fazit: „Er lügt.“",
        "Dann traf sie den Arzt Jan Roth. Sein Fazit: „Alles gut.“",
        "Die Sängerin Mia Falk sang mit ihrer Band. Ihr Fazit: „Ein großer Abend.“",
        "Die Ärztin Ute Blum sprach mit den Eltern. Ihr Fazit: „Es fehlt an allem.“",
    ],
)
def test_a_possessive_label_needs_the_one_subject(text: str) -> None:
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach dem Spiel zog Trainerin Ina Ott Bilanz. Ihr Fazit: „Wir lernen noch.“", "Ina Ott"),
        (
            "Die Wissenschaftlerin Petra Uhl und der Ingenieur Tom Brink bauten die Sonde. "
            "Sein Fazit: „Sie funktioniert.“",
            "Tom Brink",
        ),
        (
            "Die Präsidentin des Verbands, Greta Olsen, zog Bilanz. Ihr Fazit: „Ein gutes Jahr.“",
            "Greta Olsen",
        ),
    ],
)
def test_a_possessive_label_after_its_subject(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Thema Rente: „Das System ist am Ende.“",  # a topic heads the label
        "Stichwort Rente: „Das System ist am Ende.“",
        # "er" after the verb is its subject: the phrase before it is the object
        "Der Kandidat Paul Neumann stellte sich vor. Mehr Polizei erwarte er „von der Regierung“.",
    ],
)
def test_no_name_for_a_topic_or_a_fronted_object(text: str) -> None:
    assert _speakers(text) in ([None], ["Paul Neumann"])
