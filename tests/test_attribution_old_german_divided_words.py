"""Older German print divides a word at a line's end with `=` or `¬`; a transcription that runs
the lines together keeps the mark and a space (`erklär= te`): the cue is read whole, the
quotation is shown as written."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize("mark", ["=", "¬"])
def test_a_divided_reporting_verb_frames_the_speech_after_its_colon(mark: str) -> None:
    text = f"Der Graf erklär{mark} te: Wir geben nicht nach, daß ihr es wißt. Dann ging er."
    [quote] = find_quotes(text, "de")
    assert (quote.text, quote.speaker) == ("Wir geben nicht nach, daß ihr es wißt.", "Graf")


def test_a_divided_word_in_a_quotation_is_shown_as_written() -> None:
    text = "Der Graf sagte: „Wir geben nicht nach, das ist ge= wiß.“ Dann ging er."
    [quote] = find_quotes(text, "de")
    assert quote.text == "Wir geben nicht nach, das ist ge= wiß."
    assert text[quote.start : quote.end] == quote.text


def test_a_mark_before_a_conjunction_stands_for_a_compounds_shared_part() -> None:
    text = "Der Graf sagte: „Wir verbieten Spiel= und Schwindelgeschäfte, daß ihr es wißt.“"
    [quote] = find_quotes(text, "de")
    assert (quote.text, quote.speaker) == (text[17:-1], "Graf")
