"""German: the nearest or most prominent name is not the speaker (`dewrong29`).

The probe paragraphs (tests/data/probes/german_not_nearest.toml, invented, gold set before the
finder ran) put an addressee, an owner after "von", an object put first, a subordinate clause's
subject, an outlet or a headline's person next to the quotation; no wrong name may come out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str) -> str | None:
    [quote] = [q for q in find_quotes(text, "de") if q.kind != "title"]
    return quote.speaker


# The person noun before "von" speaks, not its owner after a role word: the phrase, at low.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Tochter von Trainer Olaf Kern sagte: „Er war immer da.“",
            "Tochter von Trainer Olaf Kern",
        ),
        ("„Gut“, sagte der Bruder von Opfer Timo Weinert.", "Bruder von Opfer Timo Weinert"),
        (
            "Die Kollegen von Pfleger Daniel Sauter sind fassungslos: „Er war treu.“",
            "Kollegen von Pfleger Daniel Sauter",
        ),
        ("Nach Angaben eines Sprechers von Senatorin Eva Busch hieß es: „Nein.“", None),
    ],
)
def test_an_owner_after_von_is_no_speaker(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker
    if speaker:
        [quote] = [q for q in find_quotes(text, "de") if q.kind != "title"]
        assert quote.confidence == "low"


def test_a_statement_put_first_leaves_the_name_after_the_verb_not_its_owner() -> None:
    text = "Die Forderung von Greta Lund nannte Minister Axel Born „völlig unrealistisch“."
    assert _speaker(text) == "Axel Born"  # the demand is the object; Born calls it unrealistic


# An object put first: the nominative after the verb is the subject.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Spieler lobte Trainer Uwe Brenner: „Sie haben alles gegeben.“", "Uwe Brenner"),
        ("Die Kinder ermahnte die Erzieherin Silke Brand: „Bleibt zusammen!“", "Silke Brand"),
        (
            "Die Gäste begrüßte der Hotelier Franz Moser mit den Worten: „Willkommen.“",
            "Franz Moser",
        ),
        ("Die Festnahme kommentierte der Innenminister Paul Stahl: „Gute Arbeit.“", "Paul Stahl"),
        ("Das Angebot der Arbeitgeber nannte er „lächerlich“.", None),
    ],
)
def test_an_object_put_first_is_no_speaker(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt hat neue Regeln. Kurz notiert: „Parken kostet ab Mai zwei Euro.“",
        "Der Fahrplan ändert sich. Neu notiert: „Die Linie 5 fährt wieder.“",
        "Aus Regierungskreisen um Kanzler Felix Adam verlautete: „Eine Einigung ist nah.“",
    ],
)
def test_a_label_or_a_prepositions_object_names_nobody(text: str) -> None:
    assert _speaker(text) is None


# Negatives: the same shapes where the nearest name, the noun before the verb or the document do
# speak.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Worte von Trainer Olaf Kern: „Gut.“", "Olaf Kern"),
        ("Die Frau von Torwart Jens Lorch, Marie Lorch, schrieb: „Stolz.“", "Marie Lorch"),
        (
            "Der Präsident von Eintracht Lohberg, Horst Bade, sagte: „Wir steigen auf.“",
            "Horst Bade",
        ),
        ("Ursula von der Leyen sagte in Brüssel: „Europa steht.“", "Ursula von der Leyen"),
        ("Die Polizei sagte der Zeitung: „Die Ermittlungen laufen.“", "Polizei"),
        ("Die Ministerin nannte ein Beispiel: „Eine Familie zahlt mehr.“", "Ministerin"),
        ("Die Kammer erklärt: „Das Urteil ist rechtskräftig.“", "Kammer"),
        ("Die Polizei lobte Streifenpolizist Tom Haller: „Er hat gut gehandelt.“", "Polizei"),
        ("Per Mertesacker sagte: „Gut.“", "Per Mertesacker"),
        ("Der Kanzler Tobias Knapp reiste ab. Knapp sagte: „Die Reise war gut.“", "Tobias Knapp"),
        ("Die Sitzung war lang. Barth betont: „Wir bleiben.“", "Barth"),
        ("„Ja“, heißt es in dem Schreiben der Stadt.", "Schreiben der Stadt"),
        ("Die Lage ist ernst. Aus Paris hieß es, das sei „eine Verletzung“.", "Paris"),
        ("Das geht aus einem Schreiben hervor. Darin heißt es: „So lange.“", "einem Schreiben"),
    ],
)
def test_the_nearest_name_still_speaks_where_it_does(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        lambda n: "Die Tochter " + "von Trainer Olaf Kern " * (2 * n) + "sagte: „Gut.“",
        lambda n: "Die Spieler lobte Trainer Uwe Brenner: „Gut.“ " * n,
        lambda n: "Die Sitzung war lang. Kurz notiert: „Ja.“ " * n,
    ],
)
def test_many_repeats_stay_linear(text: Callable[[int], str]) -> None:
    assert_linear(lambda n: find_quotes(text(n), "de"), 100)
