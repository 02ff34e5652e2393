"""Older German dialogue set with dashes and no marks: which lines are speech, and whose."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_LEAD = "Der Abend war kalt, und daß es regnen würde, wußte jeder.\n\n"


def _said(line: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(_LEAD + line + "\n", "de", "")]


def test_the_rest_after_an_incise_may_open_with_a_capital() -> None:
    said = _said("– Guten Abend, Herr Pfarrer, sagte der Küster, Sie kommen spät.")
    assert said == [("Guten Abend, Herr Pfarrer", "Küster"), ("Sie kommen spät.", "Küster")]


def test_an_incise_whose_subject_goes_on_with_und_ends_the_speech() -> None:
    said = _said("– Das wird schon, meinte der Küster und nahm die Lampe. Dann ging er.")
    assert said == [("Das wird schon", "Küster")]


# negatives: a dash inside a sentence, a Konjunktiv after the incise, today's spelling
def test_a_dash_inside_a_sentence_opens_no_speech() -> None:
    assert _said("Er wartete – lange, sagte der Küster, Sie kommen spät.") == []


def test_a_konjunktiv_after_the_incise_stays_indirect() -> None:
    said = _said("– Das wird schon, meinte der Küster, sei aber teuer.")
    assert ("sei aber teuer.", "Küster") not in said


def test_today_spelling_reads_no_dashed_speech() -> None:
    text = "Der Abend war kalt.\n\n– Das wird schon, meinte der Küster und nahm die Lampe.\n"
    assert not find_quotes(text, "de", "")


_TURNS = (
    "Eine Pause trat ein, und daß sie weinte, sah er wohl.\n\n"
    "– Das sagst du erst heute, klagte sie endlich.\n\n"
    "– Weil ich es erst gestern erfuhr.\n\n"
    "– Von wem?\n\n"
    "– Vom alten Knecht.\n\n"
    "Sie schwieg lange.\n"
)


# a run of dashed lines, one of them speech by its cue: every line of the run is a turn
def test_dashed_lines_with_no_cue_in_a_dialogue_are_speech() -> None:
    texts = [q.text for q in find_quotes(_TURNS, "de", "")]
    assert texts == [
        "Das sagst du erst heute",
        "Weil ich es erst gestern erfuhr.",
        "Von wem?",
        "Vom alten Knecht.",
    ]


# negatives: a column of dashed news items holds no speech; a line after the run is narrative
def test_dashed_news_items_with_no_speech_stay_narrative() -> None:
    text = (
        "Vermischtes, daß man es wisse.\n\n– Der Kaiser ist gestern abgereist.\n\n"
        "– Die Messe wird am Montag eröffnet.\n"
    )
    assert not find_quotes(text, "de", "")


def test_a_line_after_the_run_stays_narrative() -> None:
    assert "Sie schwieg lange." not in [q.text for q in find_quotes(_TURNS, "de", "")]


def test_many_dashed_lines_stay_linear() -> None:
    lines = "".join(f"– Ich bin es, Nummer {n}.\n\n" for n in range(5000))
    text = "Er wußte, daß sie kam.\n\n– Wer da, rief er.\n\n– Ich, sagte sie.\n\n" + lines
    assert len(find_quotes(text, "de", "")) == 5002
