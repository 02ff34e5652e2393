"""German: a reporting verb joined by "und" to the verb after a subject shares that subject."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Bauern zogen vor das Tor und riefen: „Gebt uns das Netz zurück!“", "Bauern"),
        ("Das Volk sah den Herzog und rief: „Hoch soll er leben!“ Danach wurde es still.", "Volk"),
        ("Die Bürgerin Halbach erhob sich und erklärte: „Wir gehen nicht.“", "Halbach"),
    ],
)
def test_a_cue_after_und_takes_the_first_verbs_subject(text: str, name: str) -> None:
    [quote] = find_quotes(text, "de")
    assert name in (quote.speaker or "")


@pytest.mark.parametrize(
    "text",
    [
        # "und" opens a clause with its own subject: the first clause's subject never speaks
        "Die Bauern zogen vor das Tor und die Frauen riefen: „Gebt uns das Netz zurück!“",
        "Das Volk sah den Herzog und sie riefen: „Hoch soll er leben!“",
    ],
)
def test_a_cue_with_its_own_subject_after_und_keeps_it(text: str) -> None:
    [quote] = find_quotes(text, "de")
    assert quote.speaker not in ("Bauern", "Volk")


def test_a_plural_cue_after_und_in_a_clause_after_a_comma_takes_its_subject() -> None:
    text = "Es regnete, und die Bauern kamen vor das Tor und riefen: „Gebt uns das Netz zurück!“"
    [quote] = find_quotes(text, "de")
    assert quote.speaker == "Bauern"


def test_a_joint_subject_after_a_comma_and_und_is_no_one_speaker() -> None:
    # "und" joins two subjects before the plural cue, not two verbs: neither speaks alone
    [quote] = find_quotes("Jan Roth, der Chef, und Eva Ems sagten: „Wir bleiben.“", "de")
    assert quote.speaker not in ("Eva Ems", "Jan Roth")
