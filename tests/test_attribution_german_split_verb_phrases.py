"""A split verb's quotation inside a prepositional phrase, or "hält … für „…“" completed by a
particle of another verb ("bereit", "frei"), is no label and no words of the subject."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth organisiert das Fest. Er hält Karten für „die lange Nacht“ bereit.",
        "Jan Roth ist Wirt. Er hält den Tisch für „seine Stammgäste“ frei.",
        "Jan Roth ist Torwart. Er hielt den Ball für „seine Mannschaft“ fest.",
        "Jan Roth ist Trainer. Er hält das Training für „die Kleinen“ am Montag ab.",
        "Jan Roth wohnt in Berlin. Er ging am Samstag mit seiner „neuen Flamme“ aus.",
        "Anna Lenz wohnt in Berlin. Sie ging am Abend mit ihren „neuen Freunden“ aus.",
        "Anna Lenz hat einen Hund. Sie führte ihn am Abend zum „alten Park“ aus.",
    ],
)
def test_no_speaker(text: str) -> None:
    assert only_quote(text, "de").speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Anna Lenz ist Ministerin. Sie hält die Lage für „angespannt“.",
        "Anna Lenz ist Ministerin. Sie hält die Lage für „sehr angespannt“ und will handeln.",
        "Anna Lenz ist Ministerin. Sie wies auf die „große Gefahr“ hin.",
        "Anna Lenz ist Ministerin. Sie hob die „gute Zusammenarbeit“ hervor.",
        "Anna Lenz ist Ministerin. Sie wies die Vorwürfe als „absurd“ zurück.",
    ],
)
def test_labels_and_split_verbs_of_saying_keep_the_subject(text: str) -> None:
    assert only_quote(text, "de").speaker == "Anna Lenz"
