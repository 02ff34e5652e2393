"""Older German print transcribed with two hyphens for a dash (`--`): it opens a line of dialogue
and sets the next sentence apart as a dash does, and is no word of the speech."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("dash", ["—", "--"])
def test_a_dashed_line_of_dialogue_ends_before_the_next_dash(dash: str) -> None:
    text = (
        f"Der Graf erhob sich, daß alle schwiegen. {dash} Wir geben nicht nach, sagte er, "
        f"und wenn es das Leben kostet. {dash} Alle schwiegen."
    )
    assert [q.text for q in find_quotes(text, "de")] == [
        "Wir geben nicht nach",
        "und wenn es das Leben kostet.",
    ]


@pytest.mark.parametrize("dash", ["–", "--"])
def test_a_dash_after_a_frames_colon_is_no_word_of_the_speech(dash: str) -> None:
    text = f"Der Graf erhob sich, daß es still wurde, und erwiderte: {dash} Wir geben nicht nach."
    assert [q.text for q in find_quotes(text + " Dann ging er.", "de")] == ["Wir geben nicht nach."]


def test_a_double_hyphen_inside_a_sentence_opens_no_dialogue() -> None:
    text = "Die Kultur, daß ihr es wißt -- Mystik, sagte man, ist alt, und so weiter."
    assert all(not q.text.startswith("Mystik") for q in find_quotes(text, "de"))
