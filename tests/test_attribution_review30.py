"""German: a precision review of session 30's rules (`review30`).

The probe paragraphs (tests/data/probes/german_review30.toml, invented, gold set before the finder
ran) aim at where desubj30's, desrc30's and dehist30's rules could name the wrong person. On main
at de65d788: right / wrong / none 172 / 15 / 18 of 205; after this branch 179 / 7 / 19 (the seven
wrong names left are older readers', marked `known_wrong`).
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str) -> str | None:
    [quote] = find_quotes(text, "de")
    return None if quote.kind == "title" else quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause of saying closed by a perfect's auxiliary: its own subject, never the
        # main clause's (was "Minister", "Ministerin", "Ute Brandl")
        (
            "Der Minister besuchte die Schüler, denen der Direktor gesagt hatte: „Benehmt euch!“",
            "Direktor",
        ),
        ("Jan Roth traf den Förster, der uns zugerufen hatte: „Halt!“", "Förster"),
        ("Die Ministerin dankte den Helfern, die ihr zugerufen hatten: „Weiter so!“", None),
        ("Ute Brandl schrieb an den Landrat, der ihr geantwortet hatte: „Wir prüfen das.“", None),
        # a passive one: the words are put to the antecedent by someone unnamed
        ("Die Ministerin lobte die Schüler, die gefragt wurden: „Was wollt ihr werden?“", None),
        # a preposition's noun before the relative clause is no subject of the main cue
        ("Die Reporterin sprach mit Arbeitern, die sagten: „Wir werden nicht bezahlt.“", None),
        ("Es sprach Roth, der sagte: „Wir gehen.“", "Roth"),
        ("Die Ministerin sprach mit Jan Roth, der sagte: „Wir gehen.“", "Jan Roth"),
        # a count of things put first is the object, never the subject nor an antecedent
        ("Vier Punkte nannte die Ministerin: „Bildung, Wohnen, Klima, Arbeit.“", "Ministerin"),
        ("Zwei Fragen stellte der Reporter: „Warum? Wann?“", "Reporter"),
        ("Zwei Wünsche äußerte sie: „Frieden und Gesundheit.“", None),
        ("Zwei Polizisten sagten: „Er war es.“", "Zwei Polizisten"),
    ],
)
def test_review30_shapes(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


def test_auxiliary_relative_stays_linear() -> None:
    one = "Der Minister besuchte die Schüler, denen der Direktor gesagt hatte: „Benehmt euch!“ "
    assert_linear(lambda n: find_quotes(one * n, "de"), 25)
