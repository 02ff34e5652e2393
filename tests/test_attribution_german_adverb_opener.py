"""An adverb that opens a German clause ("Immer wieder riefen sie:") is no one's name."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Hunderte Beschäftigte versammelten sich vor dem Werk. Immer wieder riefen sie im Chor: "
        "„Wir sind hier und wir bleiben hier!“",
        "Immer wieder rief Jan Roth: „Wir bleiben hier!“",
        "Oft sagte er: „Wir bleiben hier!“",
    ],
)
def test_an_opening_adverb_is_no_speaker(text: str) -> None:
    assert only_quote(text, "de").speaker in (None, "Jan Roth")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Plötzlich rief die Ministerin Eva Ems: „Wir bleiben hier!“", "Eva Ems"),
        ("Schließlich sagte Jan Roth: „Wir bleiben.“", "Jan Roth"),
    ],
)
def test_the_subject_after_the_verb_still_speaks(text: str, speaker: str) -> None:
    assert only_quote(text, "de").speaker == speaker
