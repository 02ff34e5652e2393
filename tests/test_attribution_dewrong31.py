"""German wrong names by grammatical family (`dewrong31`).

The probe paragraphs (tests/data/probes/german_wrong_dewrong31.toml, invented, gold set before
the finder ran) cover the families of session 31's wrong names: documents, bodies and their
spokespeople, appositions, objects put first, Konjunktiv carried on, and a second set aimed at
where the new readings could misfire. On main at 35872575: right / wrong / none 127 / 35 / 9 of
171; after this branch 148 / 16 / 7 (the wrong left are marked `known_wrong`).
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
        # a clause after ";" has its own speaker, never the subject of the clause before it (was
        # "Lärmschutz" or nobody)
        ("Die Initiative kämpft weiter; Jan Wolf sagte: „Wir sind da.“", "Jan Wolf"),
        (
            "Die Initiative Lärmschutz lehnt ab; ihr Sprecher Jan Wolf nannte ihn „Unsinn“.",
            "Jan Wolf",
        ),
        ("Der Verband Nord klagt; dessen Chefin Eva Kühl sprach von „Willkür“.", "Eva Kühl"),
        ("Der Minister Ulf Roth lächelte; „Wir schaffen das“, sagte er.", "Ulf Roth"),
        # with no cue of its own, the clause after ";" is still governed by the cue before it
        ("Eva Marten sagte, man prüfe den Fall; es gebe „keine Hinweise“.", "Eva Marten"),
        # a thing owned by a possessive or a genitive, put first, is the object (was the thing)
        ("Dessen Schwächen nannte sie „unübersehbar“.", None),
        ("Deren Pläne nannte Fraktionschefin Lotte Brenner „unseriös“.", "Lotte Brenner"),
        (
            "Ihre Entscheidung begründete die Richterin Ute Sendler so: „Das Gesetz gilt.“",
            "Ute Sendler",
        ),
        (
            "Die Rede des Präsidenten kommentierte Politologe Ulf Brandes: „Viel Lärm.“",
            "Ulf Brandes",
        ),
        # a person or a body owned keeps its subject
        ("Deren Sprecher nannte ihn „Unsinn“.", "Deren Sprecher"),
        (
            "Die Regierung des Landes nannte Minister Jan Roth einen „Lügner“.",
            "Regierung des Landes",
        ),
        # "Deren" opens no name: "er" finds nobody in its own clause (was "Deren Haltung")
        ("Deren Haltung bezeichnete er als „verlogen“.", None),
        # "der"/"die", a role's noun and a name apposed after a comma: the name (was the role)
        ("„Wir staunten“, sagte die Studienleiterin, die Limnologin Katrin Ober.", "Katrin Ober"),
        ("Die Autorin, die Soziologin Anna Brehm, warnte: „Es wird schlimmer.“", "Anna Brehm"),
        ("„Wir brauchen Hilfe“, sagte der Leiter, der Diplomat Karel Novak.", "Karel Novak"),
        ("„Das wird teuer“, sagte der Kämmerer, die Stadt Neuburg müsse sparen.", "Kämmerer"),
        # a plural verb takes no singular-only noun after it as its subject (was "Redaktion")
        ("Zwei Briefe erreichten die Redaktion: „Ihr Bericht war einseitig.“", None),
        ("Zwei Fragen stellte die Reporterin: „Wer? Wann?“", "Reporterin"),
    ],
)
def test_dewrong31_shapes(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


def test_new_readings_stay_linear() -> None:
    one = (
        "Die Initiative kämpft weiter; ihr Sprecher Jan Wolf nannte ihn „Unsinn“. "
        "Deren Pläne nannte Fraktionschefin Lotte Brenner „unseriös“. "
        "„Wir staunten“, sagte die Studienleiterin, die Limnologin Katrin Ober. "
        "Zwei Briefe erreichten die Redaktion: „Ihr Bericht war einseitig.“ "
    )
    assert_linear(lambda n: find_quotes(one * n, "de"), 25)
