"""German print's quotation conventions read alike: two-character marks, spaced marks, paragraphs
run into one line, excerpts cut inside a quotation, dashed dialogue without marks."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_SAID = "Der Wirth trat an den Tisch. {o}Ich habe keine Zeit mehr{c}, sagte der Müller und ging."
_SPEECH = "Der Müller erhob sich und sprach: {o}Liebe Nachbarn, wir haben lange gewartet. "
_SPEECH += (
    "{o}Nun ist die Zeit gekommen, da wir handeln müssen. {o}Darum bitte ich euch um Hülfe.{c}"
)
_SPEECH += " Dann setzte er sich."
_OLD = " Er wußte wohl, daß es so kam."  # an older spelling: the rules of older print apply


def _speech(text: str) -> list[Quote]:
    """The quotations of `text` that are speech (titles left out)."""
    return [q for q in find_quotes(text, "de") if q.kind != "title"]


def _seen(quote: Quote) -> tuple[str, str | None, str, str]:
    """What a reader sees of a quotation: its words, speaker, kind and confidence."""
    return quote.text, quote.speaker, quote.kind, quote.confidence


@pytest.mark.parametrize(
    ("opener", "closer"),
    [
        ("„", "“"),
        ("»", "«"),
        ("«", "»"),
        ('"', '"'),
        (",,", "''"),
        (",,", '"'),
        (", , ".replace(", , ", ",, "), "''"),  # a transcription sets a space after two commas
        ("„ ", " “"),
    ],
)
def test_every_convention_of_marks_gives_the_same_speaker(opener: str, closer: str) -> None:
    [quote] = _speech(_SAID.format(o=opener, c=closer))
    assert (quote.text, quote.speaker, quote.basis) == (
        "Ich habe keine Zeit mehr",
        "Müller",
        "cue_after",
    )


def test_two_character_marks_keep_the_offsets_of_the_text() -> None:
    text = "Er las die Zeitung. ,,Ich komme morgen'', sagte der Graf. Dann ging er."
    [quote] = find_quotes(text, "de")
    assert text[quote.start : quote.end] == quote.text == "Ich komme morgen"
    assert quote.speaker == "Graf"


@pytest.mark.parametrize("marks", [("„", "“"), ("»", "«"), (",,", "''"), (",, ", " ''")])
def test_a_title_in_any_marks_stays_a_title(marks: tuple[str, str]) -> None:
    text = f"Das Dampfschiff {marks[0]}Germania{marks[1]} lief gestern in den Hafen ein."
    [quote] = find_quotes(text, "de")
    assert quote.kind == "title"


def test_a_term_in_two_character_marks_stays_a_term() -> None:
    text = "Aber wenn sie so das ,,summum jus, summa injuria'' geltend machten, daß es so kam."
    [quote] = find_quotes(text, "de")
    assert quote.kind == "title"


def test_two_commas_open_before_a_figure_or_an_elision() -> None:
    text = "Er sagte: ,,[...] Wir kommen morgen wieder.'' Dann ging er."
    [quote] = _speech(text)
    assert quote.text == "[...] Wir kommen morgen wieder."
    # a ditto mark in a table stands spaced before its figure: no quotation
    assert not _speech("Weizen ...... K 10·54 per 50 kg. Mais ...... ,, 5·53 ,, ,, ,, Hafer.")


@pytest.mark.parametrize(("opener", "closer"), [("„", "“"), ("»", "«"), (",,", "''")])
def test_a_quotation_whose_paragraphs_run_into_one_line_is_one(opener: str, closer: str) -> None:
    [quote] = _speech(_SPEECH.format(o=opener, c=closer))
    assert quote.text.startswith("Liebe Nachbarn") and quote.text.endswith("um Hülfe.")
    assert quote.speaker == "Müller"


def test_a_closed_nested_quotation_after_a_stop_is_read_as_nested() -> None:
    text = "Er erzählte: „Ich ging hin. „Halt!“ rief der Wächter. Dann kam ich.“ Alle lachten."
    [quote] = _speech(text)
    assert quote.text == "Ich ging hin. „Halt!“ rief der Wächter. Dann kam ich."


def test_straight_marks_left_open_do_not_run_on_as_paragraphs() -> None:
    text = 'Er sprach: "Wir kommen. "Wir gehen." Dann ging er.'
    assert all(not q.text.startswith("Wir kommen. ") for q in _speech(text))


def test_a_repeated_closing_mark_opens_no_quotation() -> None:
    text = 'Er sagte: "Ich gehe heim."" Dann ging er fort. "Gut", sagte der Wirth.'
    assert [q.text for q in _speech(text)] == ["Ich gehe heim.", "Gut"]


def test_an_excerpt_cut_inside_a_quotation_closes_it_before_its_cue() -> None:
    text = "unsere Pflicht, und wir werden sie thun,“ sagte der Minister. Darauf sprach Graf Roth."
    [quote] = _speech(text)
    assert (quote.text, quote.speaker) == ("unsere Pflicht, und wir werden sie thun,", "Minister")
    # inside the text a closing mark after a comma closes nothing it did not open
    assert not _speech("Er kam. Die Zeit, “ sagte er. Dann ging er.")


def test_an_unclosed_spaced_quotation_runs_to_the_end_of_an_excerpt() -> None:
    text = "Der Graf erhob sich. „ Wenn die Freiheit nicht Wurzel geschlagen hat, so ist das"
    [quote] = _speech(text)
    assert quote.text.startswith("Wenn die Freiheit")


def test_a_line_of_dialogue_set_with_a_dash_is_speech() -> None:
    text = "Der alte Müller sah den Knecht an. – Wir haben lange gewartet, sagte der Müller. "
    text += "– Das ist wahr, erwiderte der Knecht, aber was sollen wir thun? "
    text += "– Ja, das weiß ich nicht, sprach der Müller." + _OLD
    seen = [(q.text, q.speaker) for q in _speech(text)]
    assert seen == [
        ("Wir haben lange gewartet", "Müller"),
        ("Das ist wahr", "Knecht"),
        ("aber was sollen wir thun?", "Knecht"),
        ("Ja, das weiß ich nicht", "Müller"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die Ernte war schlecht. – Der Regen kam zu spät, und die Preise stiegen." + _OLD,
        "Die Ernte war schlecht – der Regen kam zu spät, sagte man im Dorfe." + _OLD,
        "Die Ernte war schlecht. – Die Preise stiegen, sagte er, sei gewiß." + _OLD,
        "Die Ernte war schlecht. – Der Regen kam zu spät, sagte der Müller.",  # today's spelling
    ],
)
def test_a_dash_without_a_line_of_dialogue_quotes_nothing(text: str) -> None:
    assert not _speech(text)


def test_a_reflexive_verb_joined_by_und_to_a_cue_frames_speech() -> None:
    text = "Der Minister erhob sich und sagte: Wir werden das Gesetz nicht annehmen. Dann ging er."
    [quote] = _speech(text)
    assert (quote.text, quote.speaker) == ("Wir werden das Gesetz nicht annehmen.", "Minister")
    assert not _speech("Es stellt sich die Frage: Wer soll das bezahlen? Niemand weiß es.")


def test_a_work_read_in_is_a_title_even_with_articles_inside() -> None:
    text = "Im „Tagebuch eines Reisenden“ erzählt der Verfasser, daß er viel gesehen habe."
    [quote] = find_quotes(text, "de")
    assert quote.kind == "title"
    # a lower-case phrase after "in" is no work
    text = "Er sprach in „großer Sorge um das Land“ zu den Bauern." + _OLD
    assert all(q.kind == "title" or q.speaker is None for q in find_quotes(text, "de"))


def test_many_reopened_marks_stay_linear() -> None:
    text = "Er sprach: „Eins. " + "„Zwei. " * 4000 + "„Drei.“ Dann ging er."
    [quote] = _speech(text)
    assert quote.text.endswith("Drei.")
    text = "– Ja, sagte er. " * 3000 + _OLD
    assert len(_speech(text)) == 3000


@pytest.mark.parametrize(("opener", "closer"), [("›", "‹"), ("‹", "›"), ("‚", "‘")])
def test_single_marks_quote_at_the_top_level_too(opener: str, closer: str) -> None:
    [quote] = _speech(_SAID.format(o=opener, c=closer))
    assert (quote.text, quote.speaker) == ("Ich habe keine Zeit mehr", "Müller")
    [title] = find_quotes(f"Das Schiff {opener}Germania{closer} lief gestern ein.", "de")
    assert title.kind == "title"


def test_an_elided_letter_inside_low_single_marks_closes_nothing() -> None:
    text = "Der Knecht kam spät. ‚Ich komm' morgen wieder‘, sagte der Müller."
    [quote] = _speech(text)
    assert (quote.text, quote.speaker) == ("Ich komm' morgen wieder", "Müller")
    # with no curly mark after it, the apostrophe still closes the quotation
    [quote] = _speech("Der Knecht kam spät. ‚Ich komme morgen' sagte der Müller.")
    assert quote.text == "Ich komme morgen"


def test_paragraphs_on_lines_of_their_own_are_not_run_together() -> None:
    text = "Er sprach: „Wir haben lange gewartet.\n„Nun handeln wir,“ sagte der Müller."
    # the first line's mark closes nothing: its words are the speech after the colon (dehist25)
    assert [q.text for q in _speech(text)] == ["Wir haben lange gewartet.", "Nun handeln wir,"]


def test_an_excerpt_cut_inside_a_quotation_may_close_it_with_two_apostrophes() -> None:
    text = "unsere Pflicht, und wir werden sie thun,'' sagte der Minister. Darauf sprach Graf Roth:"
    text += " ,,Ich danke.''"
    seen = [(q.text, q.speaker) for q in _speech(text)]
    assert seen == [
        ("unsere Pflicht, und wir werden sie thun,", "Minister"),
        ("Ich danke.", "Graf Roth"),
    ]


def test_a_straight_mark_before_a_space_opens_nothing_that_runs_to_the_end() -> None:
    text = 'Er ging heim." Darauf sprach Graf Roth: „Ich danke.“'
    assert [(q.text, q.speaker) for q in _speech(text)][-1] == ("Ich danke.", "Graf Roth")
    assert all("Darauf" not in q.text for q in _speech(text))


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_dash_after_a_frame_colon_is_no_word_of_the_speech(dash: str) -> None:
    text = f"Der Minister erwiderte: {dash} Wir werden das Gesetz nicht annehmen. Dann ging er."
    [quote] = _speech(text)
    assert (quote.text, quote.speaker) == ("Wir werden das Gesetz nicht annehmen.", "Minister")
