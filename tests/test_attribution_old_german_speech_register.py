"""Older German print: unmarked speech after a colon runs on over the sentences that stay in
the speaker's register (first or second person, outcries) and stops at the reporter's narration."""

from __future__ import annotations

import time

import pytest

from summarizer.attribution.find import Quote, find_quotes

# "daß" marks the text as older print
_LEAD = "Die Sitzung dauerte bis in den späten Abend, daß alle müde waren. "


def _speech(text: str) -> list[Quote]:
    """The quotations of `text` that are speech or writing, not titles."""
    return [q for q in find_quotes(text, "de") if q.kind != "title"]


def test_a_speech_of_three_first_person_sentences_ends_at_the_narration() -> None:
    text = (
        f"{_LEAD}Der Abgeordnete Kamp sagte: Ich kann dem Antrage nicht zustimmen. Wir haben "
        "die Pflicht, das Volk zu schützen. Meine Freunde werden dagegen stimmen. Der Redner "
        "schloß mit einem Hoch auf das Vaterland."
    )
    [quote] = _speech(text)
    assert quote.text == (
        "Ich kann dem Antrage nicht zustimmen. Wir haben die Pflicht, das Volk zu schützen. "
        "Meine Freunde werden dagegen stimmen."
    )


def test_a_vocative_and_an_outcry_stay_inside_the_speech() -> None:
    text = (
        f"{_LEAD}Der Minister erwiderte: Meine Herren! Wir halten an unserem Plane fest. "
        "Glauben Sie mir, es wird nicht anders kommen! Darauf wurde die Sitzung vertagt."
    )
    [quote] = _speech(text)
    assert quote.text.startswith("Meine Herren!")
    assert quote.text.endswith("es wird nicht anders kommen!")


def test_a_speech_of_one_sentence_followed_by_narration_ends_at_its_sentence() -> None:
    text = (
        f"{_LEAD}Der Graf sagte: Ich bleibe hier. Die Versammlung ging darauf auseinander. "
        "Am Abend fand ein Festmahl statt."
    )
    assert [q.text for q in _speech(text)] == ["Ich bleibe hier."]


def test_a_third_person_sentence_ends_the_speech_before_a_first_person_one() -> None:
    text = (
        f"{_LEAD}Der Graf sagte: Ich bleibe hier. Der Fürst verließ den Saal. Wir wissen "
        "nicht, wohin er ging."
    )
    assert [q.text for q in _speech(text)] == ["Ich bleibe hier."]


def test_a_cue_or_a_new_colon_ends_the_speech() -> None:
    text = (
        f"{_LEAD}Der Graf sagte: Ich bleibe hier. Wir gehen nicht, erklärte er weiter. "
        "Der Fürst rief: Wir gehen!"
    )
    assert next(q.text for q in _speech(text)) == "Ich bleibe hier."


def test_the_reporters_note_in_brackets_ends_the_speech() -> None:
    text = (
        f"{_LEAD}Der Abgeordnete Kamp sagte: Ich bin dagegen. (Heiterkeit.) Wir werden "
        "sehen. Dann sprach der Minister."
    )
    assert next(q.text for q in _speech(text)) == "Ich bin dagegen."


def test_a_list_after_folgende_is_not_run_on_as_speech() -> None:
    text = (
        f"{_LEAD}Die Commission beschloß folgende Punkte: Erstens wird die Steuer erhöht. "
        "Zweitens wird der Zoll gesenkt. Drittens bleibt alles beim Alten."
    )
    assert _speech(text) == []


def test_todays_german_keeps_the_first_sentence() -> None:
    text = (
        "Der Abgeordnete Kamp sagte: Ich kann dem Antrag nicht zustimmen. Wir haben die "
        "Pflicht, das Volk zu schützen. Der Redner schloss mit einem Dank."
    )
    assert [q.text for q in _speech(text)] == ["Ich kann dem Antrag nicht zustimmen."]


def test_the_reach_is_bounded_to_eight_sentences() -> None:
    text = f"{_LEAD}Der Graf sagte: " + "Ich bleibe hier. " * 20 + "Dann ging er."
    [quote] = _speech(text)
    assert quote.text.count("Ich bleibe hier.") == 8


@pytest.mark.parametrize(
    ("lead", "unit"),
    [("", "Der Graf sagte: Ich bleibe. Wir gehen. "), ("Der Graf sagte: ", "Wir gehen. ")],
)
def test_many_colons_and_first_person_sentences_stay_linear(lead: str, unit: str) -> None:
    small, large = f"{_LEAD}{lead}{unit * 1000}", f"{_LEAD}{lead}{unit * 10_000}"
    started = time.perf_counter()
    find_quotes(small, "de")
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    find_quotes(large, "de")
    assert time.perf_counter() - started < max(1.0, small_time * 30)
