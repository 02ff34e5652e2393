"""The plural of German verbs of saying is a cue like the singular: "fragten die Schüler"."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wozu das alles?“, fragten die Schüler.", "Schüler"),
        (
            "„Das war zu teuer“, äußerten die Ärzte Jan Roth und Eva Ems.",
            "Ärzte Jan Roth und Eva Ems",
        ),
    ],
)
def test_a_plural_verb_of_saying_is_a_cue(text: str, speaker: str) -> None:
    assert _quote(text).speaker == speaker


# "fragen" is also the noun "Fragen", so it is no cue: the role before the attribute speaks.
def test_the_noun_fragen_is_no_cue() -> None:
    text = (
        "Der Sprecher zu Fragen der Sicherheit, Hans Leitner, erklärte, die Lage sei „sehr ernst“."
    )
    assert _quote(text).speaker == "Hans Leitner"


# Verbs of scolding, joking and concluding report words like "sagte".
@pytest.mark.parametrize(
    "text",
    [
        "„Das ist doch Unsinn“, schimpfte der Trainer Jan Roth.",
        "„Das bleibt ein Geheimnis“, verriet der Sänger Jan Roth.",
    ],
)
def test_a_verb_of_scolding_is_a_cue(text: str) -> None:
    assert (_quote(text).speaker, _quote(text).confidence) == ("Jan Roth", "high")


@pytest.mark.parametrize(
    "text",
    [
        "„Der Plan ist zu teuer“, argumentierten die Ärzte der Klinik.",
        "Die Ärzte der Klinik stellten fest: „Der Plan ist zu teuer.“",
    ],
)
def test_a_plural_verb_names_its_plural_subject(text: str) -> None:
    assert _quote(text).speaker == "Ärzte der Klinik"
