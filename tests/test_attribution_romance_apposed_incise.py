"""French: a name apposed to an incise's subject inside guillemets belongs to the incise."""
# Sentences written for these tests (romance20), modelled on French news reports.

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _speech(text: str) -> list[Quote]:
    """The text's quotations that are no name or title."""
    return [q for q in find_quotes(text, "fr", "") if q.kind != "title"]


# The speech resumed at the name once ("Marc Lefebvre, devant une centaine …" was a quotation).
def test_the_incise_runs_past_the_apposed_name_to_its_sentence_end() -> None:
    text = (
        "« C'est un abandon des territoires ruraux, a déclaré mercredi le maire, Marc Lefebvre, "
        "devant une centaine de manifestants réunis sur le parvis. On demande aux femmes de "
        "faire une heure de route. »"
    )
    found = [(q.text, q.speaker) for q in _speech(text)]
    assert found == [
        ("C'est un abandon des territoires ruraux", "Marc Lefebvre"),
        ("On demande aux femmes de faire une heure de route.", "Marc Lefebvre"),
    ]


def test_speech_after_the_apposed_name_resumes_at_its_comma() -> None:
    text = "« Nous partirons, a déclaré le maire, Marc Lefebvre, dès demain matin. »"
    assert [q.text for q in _speech(text)] == ["Nous partirons", "dès demain matin."]


def test_a_lower_case_word_after_the_comma_is_no_apposed_name() -> None:
    text = "« Nous partirons, a déclaré le maire, dès demain matin. Tout est prêt. »"
    assert [q.text for q in _speech(text)] == ["Nous partirons", "dès demain matin. Tout est prêt."]


def test_many_apposed_incises_stay_linear() -> None:
    incise = ", a déclaré le maire, Marc Lefebvre, devant la foule"
    assert_linear(lambda n: find_quotes("« Oui" + incise * n + ". Non. »", "fr"), 200)


# The reviewer's sentences (review20/E): speech after the name's comma is never dropped.
def test_a_word_of_speech_after_the_apposed_name_resumes_the_speech() -> None:
    text = (
        "« Nous partirons, a déclaré le maire, Marc Lefebvre, mais pas avant lundi. "
        "On verra bien. »"
    )
    assert [q.text for q in _speech(text)] == [
        "Nous partirons",
        "mais pas avant lundi. On verra bien.",
    ]


def test_capitals_after_a_named_subject_or_a_pronoun_are_speech() -> None:
    named = "« C'est fini, a dit Anne Roux, Paris, Lyon, Marseille, tout est bloqué. »"
    assert [q.text for q in _speech(named)] == [
        "C'est fini",
        "Paris, Lyon, Marseille, tout est bloqué.",
    ]
    pronoun = "« Nous partirons, a-t-il dit, Marie, tu viens avec nous. »"
    assert [q.text for q in _speech(pronoun)] == ["Nous partirons", "Marie, tu viens avec nous."]


def test_a_role_with_its_complement_still_takes_the_apposed_name() -> None:
    text = (
        "« Nous partirons, a déclaré le maire de Lyon, Grégory Doucet, devant la presse. "
        "Les autres suivront. »"
    )
    found = _speech(text)
    assert [q.text for q in found] == ["Nous partirons", "Les autres suivront."]
    assert found[0].speaker == "Grégory Doucet"


# The speech after the incise is the apposed name's, never the role's complement (review20/E).
def test_speech_after_a_role_and_its_complement_is_never_the_complements() -> None:
    text = (
        "« Nous partirons, a déclaré le maire de Lyon, Grégory Doucet, devant la presse. "
        "Les autres suivront. »"
    )
    assert [q.speaker for q in _speech(text)] == ["Grégory Doucet", "Grégory Doucet"]
