"""A reported perfect of saying in a clause after a comma ("…, dass Lemke gefragt habe: „…“"):
the sentence's subject, with no cue of its own ("Der Sender will wissen"), only reports it."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    """The speaker of each quotation of `text` (German)."""
    return [q.speaker for q in find_quotes(text, "de")]


# The clause's subject asked; unless a full name, it is left unnamed, never the reporting body.
@pytest.mark.parametrize(
    "text",
    [
        "Der Sender will wissen, dass Lemke den Minister gefragt habe: „Wann kommt der Plan?“",
        "Der Sender will wissen, dass Lemke im Ausschuss gefragt habe, „ob das so stimmt“.",
        "Die Agentur will erfahren haben, dass die Ministerin gesagt habe: „Wir zahlen nicht.“",
    ],
)
def test_a_reported_perfect_after_a_comma_is_not_the_sentences_subjects(text: str) -> None:
    assert _speakers(text) == [None]


# Negatives: a full name as the clause's subject speaks (low); a perfect that opens its own
# sentence keeps its subject; a comma with no perfect of saying after it changes nothing.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sender will wissen, dass Jan Lemke den Minister gefragt habe: „Wann kommt er?“",
            "Jan Lemke",
        ),
        ("Jan Lemke habe im Ausschuss gefragt: „Wann kommt der Plan?“", "Jan Lemke"),
        ("Am Montag, nach der Sitzung, sagte Jan Lemke: „Wann kommt der Plan?“", "Jan Lemke"),
        # verb-second after the comma: the subject stands between auxiliary and participle
        ("Jan Roth erinnerte sich, damals habe Eva Lind gesagt: „Spare jeden Cent.“", "Eva Lind"),
        ("Jan Roth erinnerte sich, damals habe er gesagt: „Spare jeden Cent.“", "Jan Roth"),
    ],
)
def test_the_clauses_own_subject_or_the_sentences_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_many_reported_perfects_stay_linear() -> None:
    text = "Der Sender will wissen, dass Lemke gefragt habe: „Wer zahlt?“ " * 2000
    assert set(_speakers(text)) == {None}
