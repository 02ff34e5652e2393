"""German: the text's start is a sentence start like the one after a full stop (round de22)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_BEFORE = ("", "Am Montag tagte der Vorstand. ")


def _said(text: str) -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of a German `text`."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


# The subject before the verb outranks the object after it, with or without a sentence before.
@pytest.mark.parametrize("before", _BEFORE)
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Eva Ems forderte die Partei auf, „endlich zu handeln“.", "Eva Ems"),
        ("Jan Roth sprach mit Eva Ems, die Regierung habe „völlig versagt“.", "Jan Roth"),
        ("Eva Ems rief die Partei auf, „endlich zu handeln“.", "Eva Ems"),
        ("Jan Roth warnte die Regierung, sie werde „scheitern“.", "Jan Roth"),
    ],
)
def test_a_subject_opening_the_text_is_the_speaker(
    before: str, sentence: str, speaker: str
) -> None:
    assert _said(before + sentence) == [(speaker, "high")]


# "laut X" puts X in a prepositional phrase: the subject is the noun after the verb.
@pytest.mark.parametrize("before", _BEFORE)
@pytest.mark.parametrize(
    "sentence",
    [
        "Laut Eva Ems forderte die Partei, „endlich zu handeln“.",
        "Die Partei forderte Eva Ems auf, „endlich zu handeln“.",
    ],
)
def test_a_name_that_is_not_the_opening_subject_is_not_the_speaker(
    before: str, sentence: str
) -> None:
    assert ("Eva Ems", "high") not in _said(before + sentence)


# A time of day after "gestern"/"heute" is an adverbial before the verb, never its subject.
@pytest.mark.parametrize("before", _BEFORE)
@pytest.mark.parametrize(
    "sentence",
    [
        "Gestern Abend sagte Jan Roth, die Lage sei „ernst“.",
        "Heute Morgen erklärte Jan Roth: „Die Lage ist ernst.“",
        "Vorgestern Nacht betonte Jan Roth, die Lage sei „sehr ernst“.",
    ],
)
def test_a_time_of_day_before_the_verb_is_no_speaker(before: str, sentence: str) -> None:
    assert _said(before + sentence) == [("Jan Roth", "high")]


def test_a_time_noun_after_the_verb_leaves_the_subject_before_it() -> None:
    assert _said("Jan Roth sagte am Abend: „Gut so.“") == [("Jan Roth", "high")]
