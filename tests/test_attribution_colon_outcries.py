"""Unmarked speech after a colon that opens with an outcry runs on over the outcries after it."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _quotes(text: str, lang: str = "de") -> list[Quote]:
    """The quotations of `text` that are no title, in order."""
    return [q for q in find_quotes(text, lang) if q.kind != "title"]


# Older print goes on in lower case after "!": the outcries are one speech, the narrator's
# lower-case sentence after them (ending in a semicolon) is none of it.
def test_lower_case_outcries_after_a_colon_are_one_speech() -> None:
    text = (
        "In dem alten Stück ruft Marianne aus: Himmel! Himmel! wenn das mein Bruder erführe!"
        " wie zornig er schon war, als er hörte, daß der Graf dich sah! ein Satz, den man oft"
        " anführt; die Leser merken es kaum."
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [  # one speech, one quotation in older print (dehist27)
        "Himmel! Himmel! wenn das mein Bruder erführe! wie zornig er schon war, als er hörte, daß"
        " der Graf dich sah!",
    ]
    assert all(q.speaker == "Marianne" for q in quotes)
    assert "ein Satz" not in " ".join(q.text for q in quotes)


def test_capitalised_outcries_after_a_colon_are_all_speech() -> None:
    text = "Am Tor rief Marianne: Himmel! Wenn das mein Bruder erführe! Wie zornig wäre er!"
    assert [(q.text, q.speaker) for q in _quotes(text)] == [
        ("Himmel!", "Marianne"),
        ("Wenn das mein Bruder erführe!", "Marianne"),
        ("Wie zornig wäre er!", "Marianne"),
    ]


# Negatives: a statement after the outcry is the narrator's; a speech opened by a statement
# does not run on; the next colon is the next frame's.
def test_a_statement_after_the_outcry_is_no_speech() -> None:
    text = "Am Tor rief Marianne: Nicht so! Dann ging sie langsam hinaus."
    assert [q.text for q in _quotes(text)] == ["Nicht so!"]


def test_a_speech_opened_by_a_statement_does_not_run_on() -> None:
    text = "Am Tor sagte Marianne: Ich gehe jetzt. Wie still war der Abend!"
    assert [q.text for q in _quotes(text)] == ["Ich gehe jetzt."]


def test_the_run_stops_before_the_next_colon() -> None:
    text = "Am Tor rief Marianne: Halt! Halt! da sprach der Knecht: Nein!"
    quotes = _quotes(text)
    assert [q.text for q in quotes][:2] == ["Halt!", "Halt!"]
    assert not any("Knecht" in q.text for q in quotes)


# Many frames, each opening a long run of outcries: every scan stops at the next colon.
def test_many_outcry_frames_stay_linear() -> None:
    shape = "Dann rief Marianne aus: Gott! " + "ach nein! " * 20
    assert_linear(lambda n: _quotes(shape * n), 25)
