"""After a question and its answer, each named by its own cue, uncued turns alternate."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _said(text: str, lang: str = "de") -> list[tuple[str, str | None, str]]:
    """(words, speaker, basis) of each quotation of `text` that is no title."""
    return [(q.text, q.speaker, q.basis) for q in find_quotes(text, lang) if q.kind != "title"]


ASKED = "„Kommt ihr morgen?“ fragte Heinrich.\n\n„Ja“, sagte Grete.\n\n"


def test_uncued_turns_after_a_question_and_answer_alternate() -> None:
    said = _said(ASKED + "„Wann denn?“\n\n„Am Abend.“\n")
    assert said[2:] == [
        ("Wann denn?", "Heinrich", "turn_taking"),
        ("Am Abend.", "Grete", "turn_taking"),
    ]
    assert all(q.confidence == "low" for q in find_quotes(ASKED + "„Wann denn?“\n", "de")[2:])


def test_english_turns_alternate_too() -> None:
    text = '"Are you coming?" asked Henry.\n\n"Yes," said Greta.\n\n"When?"\n'
    assert _said(text, "en")[2] == ("When?", "Henry", "turn_taking")


# Negatives: a third person in the run, narration between the turns, no question before the
# answer, or a turn that opens with narration: the turn keeps what it had (never the alternation).
def test_a_third_speaker_keeps_the_exchange_from_alternating() -> None:
    said = _said(ASKED + "„Wann denn?“\n\n„Gleich“, rief Karl.\n")
    assert said[2][2] != "turn_taking"


def test_narration_between_the_turns_ends_the_exchange() -> None:
    said = _said(ASKED + "Draußen wurde es dunkel.\n\n„Wann denn?“\n")
    assert said[2][2] != "turn_taking"


def test_a_statement_answered_is_no_question_and_answer() -> None:
    text = "„Wir kommen morgen“, sagte Müller.\n\n„Gut“, sagte Lind.\n\n„Das ist sicher.“\n"
    assert _said(text)[2][2] != "turn_taking"


def test_a_speaker_going_on_in_the_next_paragraph_stays_carried() -> None:
    text = "„Wir kommen morgen“, sagte Müller.\n\n„Das ist sicher.“\n"
    assert _said(text)[1] == ("Das ist sicher.", "Müller", "carried")


def test_a_question_inside_narration_opens_no_exchange() -> None:
    text = "Heinrich sah sie an. „Kommt ihr?“ fragte er.\n\n„Ja“, sagte Grete.\n\n„Wann?“\n"
    assert _said(text)[2][2] != "turn_taking"


# A long exchange: the runs, the question and the turns are each read once.
def test_a_long_exchange_stays_linear() -> None:
    turn = "„Wann?“\n\n„Bald.“\n\n"
    assert_linear(lambda n: find_quotes(ASKED + turn * n, "de"), 50)
