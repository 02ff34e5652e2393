"""A quotation inside a clause whose own cue comes before it keeps that cue's subject; the main
clause after it ("…“, ging Eva Ems") has a subject that says nothing (review 25b, `fixG25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def test_the_cue_before_keeps_its_words() -> None:
    found = find_quotes("Weil Olaf Kern sagte, er sei „müde“, ging Eva Ems.", "de")
    assert [q.speaker for q in found] in (["Olaf Kern"], [None])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Lage sei „ernst“, zeigte sich Olaf Kern besorgt.", "Olaf Kern"),
        ("„Wir bleiben“, sagte Olaf Kern.", "Olaf Kern"),
        ("„Das war gut“, zeigte sich der Trainer zufrieden.", "Trainer"),
    ],
)
def test_a_verb_after_the_words_still_names_their_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "de")] == [speaker]
