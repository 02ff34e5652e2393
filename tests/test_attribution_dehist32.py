"""Older German print (dehist32): a verb of saying further from its colon (the occasion, the
place and the hearers between them), inscriptions quoted on a monument, a gate or a grave."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_OLD = " Daß er Recht hatte, muß jeder zugeben."  # an older spelling: the text is older print


def _said(text: str) -> list[tuple[str, str | None]]:
    """(words, speaker) of the quotations of `text` that are speech or writing, not titles."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de") if q.kind != "title"]


def _titles(text: str) -> list[Quote]:
    return [q for q in find_quotes(text, "de") if q.kind == "title"]


def test_words_between_the_verb_and_the_colon_frame_an_unmarked_speech() -> None:
    text = "Der Oberst Wallner sagte beim Abschiede zu den Offizieren: Bleiben Sie treu!" + _OLD
    assert _said(text) == [("Bleiben Sie treu!", "Oberst Wallner")]
    text = "Die Gräfin Almerode erzählte unserem Berichterstatter vor der Thür: Ich bleibe hier."
    assert _said(text + _OLD) == [("Ich bleibe hier.", "Gräfin Almerode")]
    text = "Da rief der Hauptmann Kessel mit donnernder Stimme: Vorwärts, der Feind weicht!"
    assert [words for words, _ in _said(text + _OLD)] == ["Vorwärts, der Feind weicht!"]


def test_modern_print_keeps_four_words_before_the_colon() -> None:
    text = "Der Oberst Wallner sagte beim Abschiede zu den Offizieren: Bleiben Sie treu!"
    assert _said(text) == []
    text = "Nach dem Entwurf soll die Kommission bei Abfragen künftig umgangen werden: Zukünftig"
    assert _said(text + " genügt eine Erlaubnis des Ministeriums.") == []


def test_a_comma_or_a_stop_between_verb_and_colon_frames_nothing() -> None:
    text = "Er sagte es, und die Versammlung beschloß nach langer Debatte: Die Kasse bleibt zu."
    assert _said(text + _OLD) == []


def test_the_wider_frame_stays_linear() -> None:
    unit = "Der Rath Kolbe sagte bei der Eröffnung des Bazars zu den Damen: Gebt reichlich! "
    assert_linear(lambda n: find_quotes(unit * n + _OLD, "de"), 40)


def test_an_inscription_on_a_thing_named_before_it_is_no_speech() -> None:
    text = "Über dem Thore des Schulhauses steht in goldenen Buchstaben: „Lerne und diene.“"
    assert [q.text for q in _titles(text + _OLD)] == ["Lerne und diene."]
    text = "Die Inschrift des Denkmals, das der Verein errichten ließ, lautet: „Den Tapferen.“"
    assert _said(text + _OLD) == []
    text = "Auf dem Sockel der Bildsäule stehen die Worte: „Dem Vater der Stadt.“"
    assert _said(text + _OLD) == []


def test_a_speaker_before_a_carrier_keeps_the_speech() -> None:
    text = "Der Bildhauer Raabe sagte vor dem Denkmal: „Ich habe ihn gezeigt, wie er war.“"
    assert _said(text + _OLD) == [("Ich habe ihn gezeigt, wie er war.", "Bildhauer Raabe")]
    text = "Der Redner wies auf die Fahne und rief: „Ihr seid alle Brüder!“"
    assert _said(text + _OLD) == [("Ihr seid alle Brüder!", "Redner")]


def test_a_sentence_start_in_older_spelling_marks_older_print() -> None:
    text = "Daß der Bau gelingt, glaubt jeder. Über dem Thore steht: „Gott schütze dies Haus.“"
    assert [q.text for q in _titles(text)] == ["Gott schütze dies Haus."]


def test_a_speech_goes_on_after_the_house_s_reaction() -> None:
    text = "Abg. Lindner erklärte: Die Vorlage muß fallen. (Sehr richtig! links.) Sie belastet"
    said = _said(text + " den kleinen Mann. (Beifall.)")
    assert said == [
        ("Die Vorlage muß fallen.", "Lindner"),
        ("Sie belastet den kleinen Mann.", "Lindner"),
    ]
    text = "Der Finanzminister erwiderte: Die Zahlen sind falsch. (Widerspruch.) Das Defizit ist"
    said = _said(text + " nicht so groß, daß man verzagen müßte. (Bravo! rechts.)")
    assert [words for words, _ in said] == [
        "Die Zahlen sind falsch.",
        "Das Defizit ist nicht so groß, daß man verzagen müßte.",
    ]


def test_the_reporter_s_sentence_after_a_note_is_no_speech() -> None:
    lead = "Abg. Hoffmann sagte: Die Landwirthe leiden Noth. (Sehr wahr! rechts.) "
    for after in (
        "Der Präsident ruft den Abg. Wegener zur Ordnung.",
        "Die Versammlung vertagte sich dann auf Montag.",
        "Darauf wurde die Sitzung um 4 Uhr geschlossen.",
        "Abg. Kern erwidert, die Noth sei übertrieben.",
    ):
        assert _said(lead + after) == [("Die Landwirthe leiden Noth.", "Hoffmann")], after


def test_a_note_outside_older_print_resumes_nothing() -> None:
    text = "Abg. Lindner erklärte: Die Vorlage ist schlecht. (Beifall.) Sie belastet die Armen."
    assert [words for words, _ in _said(text)] == ["Die Vorlage ist schlecht."]


def test_the_resumed_speech_stays_linear() -> None:
    unit = "Abg. Roth erklärte: Die Vorlage muß fallen. (Beifall.) Sie ist teuer. (Heiterkeit.) "
    assert_linear(lambda n: find_quotes(unit * n, "de"), 40)


def test_a_perfect_of_saying_after_its_auxiliary_frames_an_unmarked_speech() -> None:
    text = "Die Fürstin Amalie soll damals gesagt haben: Wir sind zu spät gekommen."
    assert _said(text + _OLD) == [("Wir sind zu spät gekommen.", "Fürstin Amalie")]
    text = "Der Förster Rasch hat uns oft erzählt: Im Walde giebt es keine Wölfe mehr."
    assert _said(text + _OLD) == [("Im Walde giebt es keine Wölfe mehr.", "Förster Rasch")]


def test_a_participle_alone_or_of_demanding_frames_nothing() -> None:
    assert _said("Kurz gesagt: Die Sache muß anders werden." + _OLD) == []
    text = "Aber der Kampf hatte schon seine Opfer gefordert: zwei Knechte lagen todt am Wege."
    assert _said(text + _OLD) == []


def test_a_reply_with_a_demonstrative_subject_is_not_the_asker_s() -> None:
    text = "„Nun, was sagen Sie dazu?“ fragte der Fürst seinen Minister. „Eure Durchlaucht,“"
    said = _said(text + " erwiderte dieser, „ich habe es vorausgesehen.“")
    assert said[0] == ("Nun, was sagen Sie dazu?", "Fürst")
    assert all(speaker != "Fürst" for _, speaker in said[1:])


def test_a_demonstrative_before_a_noun_is_a_determiner() -> None:
    from summarizer.attribution.german.demonstrative_cue import demonstrative_after
    from summarizer.attribution.lexicon.cues import cues_for

    cues = cues_for("de")
    text = "„Ja,“ erwiderte dieser, „gewiß.“"
    assert demonstrative_after(text, text.index("“"), cues)
    text = "„Ja,“ erwiderte dieser Mann, „gewiß.“"
    assert not demonstrative_after(text, text.index("“"), cues)
    text = "„Ja,“ sagte Diese, „gewiß.“"  # a capital: a name, not the pronoun
    assert not demonstrative_after(text, text.index("“"), cues)


def test_the_demonstrative_reply_stays_linear() -> None:
    unit = "„Wohin?“ fragte der Graf den Diener. „Nach Hause,“ erwiderte dieser, „sogleich.“ "
    assert_linear(lambda n: find_quotes(unit * n + _OLD, "de"), 40)
