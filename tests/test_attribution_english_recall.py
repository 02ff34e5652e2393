"""English recall shapes (en22): more reporting verbs and an indefinite subject after a clause
opener (own sentences, modelled on patterns of the development sets; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes
from tests.quoted import english_speakers as speakers


def test_commented_and_recounted_are_reporting_verbs() -> None:
    text = "The budget grew.\n\nMara Holt commented: “Nobody reads these reports.”"
    assert [(q.speaker, q.cue) for q in quotes(text)] == [("Mara Holt", "commented")]
    text = "The flood came.\n\n“The water rose in an hour,” Tom Reyes recounted."
    assert [(q.speaker, q.cue) for q in quotes(text)] == [("Tom Reyes", "recounted")]
    text = "Talks ended.\n\n“I was tired,” Ana Lund confided to a friend."
    assert [(q.speaker, q.cue) for q in quotes(text)] == [("Ana Lund", "confided")]


def test_an_indefinite_subject_after_a_clause_opener() -> None:
    text = "Costs rose.\n\nAs one veteran of public works commented: “I never saw one on budget.”"
    assert speakers(text) == ["one veteran of public works"]
    text = "The plan stalled.\n\nBut a senior official said: “We will try again.”"
    assert speakers(text) == ["a senior official"]
    text = "Crews left.\n\n“It was the worst night,” as one resident put it."
    assert speakers(text) == ["one resident"]


def test_a_clause_opener_before_a_pronoun_a_document_or_a_definite_noun() -> None:
    text = "Ruth Okafor grew up here.\n\nAs a child she said: “I will be a pilot.”"
    assert speakers(text) == ["Ruth Okafor"]  # the pronoun, never "a child she"
    text = "The deal closed.\n\nBut an official statement said: “We will not comment.”"
    assert speakers(text) == [None]
    text = "Costs rose.\n\nAs the veteran said: “I never saw one on budget.”"
    assert speakers(text) == [None]  # a definite description as written could be a named person
