"""Older German press reviews and letters (oldfix29): a newspaper under a colon label writes and is
no sure speaker; a document after "folgende(s) …:" is writing, its bare salutation part of it; a
description holding another person's name is no speaker of a stance."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quotes(text: str) -> tuple[Quote, ...]:
    return tuple(find_quotes(text, "de"))


def _one(text: str) -> tuple[str, str | None, str, str]:
    (quote,) = _quotes(text)
    return quote.text, quote.speaker, quote.confidence, quote.kind


# a press review: the paper's name stays the source, its words are writing, never a sure speech
def test_a_newspaper_under_a_colon_label_writes_with_low_confidence() -> None:
    text = "Die Lage ist ernst. (Große Unruhe.) Rheinische Blätter: „Der Senat hat versagt.“"
    assert _one(text) == ("Der Senat hat versagt.", "Rheinische Blätter", "low", "writing")


def test_a_compound_paper_name_under_a_label_writes() -> None:
    text = "Mainzer Tageblatt: „Der Fürst ist abgereist.“"
    assert _one(text)[1:] == ("Mainzer Tageblatt", "low", "writing")


def test_a_paper_as_the_subject_of_schreiben_writes() -> None:
    text = "Die Rheinischen Blätter schreiben: „Der Senat hat versagt.“"
    assert _one(text)[2:] == ("low", "writing")


def test_a_paper_framing_unmarked_words_with_a_verb_of_saying_is_no_sure_speaker() -> None:
    text = "Die Lage ist ernst. Das Mainzer Tageblatt erklärt: Der Senat hat versagt."
    assert _one(text)[1:] == ("Mainzer Tageblatt", "low", "writing")


def test_a_paper_at_a_verb_of_writing_stays_sure() -> None:
    text = "Die Kölnische Zeitung schreibt: „Der Senat hat versagt.“"
    assert _one(text)[1:] == ("Kölnische Zeitung", "high", "writing")


def test_a_person_under_a_colon_label_still_speaks() -> None:
    text = "Die Lage ist ernst. Minister Quandt: „Wir handeln sofort.“"
    speaker, kind = _one(text)[1], _one(text)[3]
    assert (speaker, kind) == ("Quandt", "speech")


@pytest.mark.parametrize(
    "text",
    [
        "„Die Briefe kommen später an“, sagte ein Sprecher der Rheinischen Zeitung.",
        "Die Deutsche Post teilte am Montag mit: „Die Briefe kommen später an.“",
        "„Die Briefe kommen später an“, sagte ein Sprecher der Deutschen Post.",
    ],
)
def test_someone_at_a_paper_or_the_post_speaks(text: str) -> None:
    assert _one(text)[3] == "speech"


def test_a_paper_s_name_as_a_heading_quotes_nothing() -> None:
    assert _quotes("Rheinische Blätter.\n\nDer Senat hat versagt. Wir fordern Rechenschaft.") == ()


# "folgendes Schreiben: Majestät! Ich bitte …": the letter's words, the salutation opening them
def test_a_bare_salutation_opens_the_letter_and_joins_its_first_sentence() -> None:
    text = (
        "Graf Velten richtete an den König folgendes Schreiben: Majestät! "
        "Ich bitte um meine Entlassung."
    )
    assert _one(text) == (
        "Majestät! Ich bitte um meine Entlassung.",
        "Graf Velten",
        "low",
        "writing",
    )


def test_every_sentence_of_a_letter_is_writing() -> None:
    text = (
        "Graf Velten richtete an den Herzog folgendes Schreiben: Lieber Vetter! Ich bitte um "
        "meine Entlassung. Mein Alter erlaubt es nicht mehr. Der Brief wurde verlesen."
    )
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [
        "Lieber Vetter! Ich bitte um meine Entlassung.",
        "Mein Alter erlaubt es nicht mehr.",
    ]
    assert {(q.speaker, q.kind) for q in quotes} == {("Graf Velten", "writing")}


def test_a_proclamation_is_writing() -> None:
    text = "Der Kaiser erließ folgende Proklamation: An mein Volk! Ich rufe euch zu den Waffen."
    assert {q.kind for q in _quotes(text)} == {"writing"}


def test_words_said_after_folgendes_stay_speech() -> None:
    text = "Der Minister Quandt sagte folgendes: Die Lage ist ernst. Wir handeln."
    assert {q.kind for q in _quotes(text)} == {"speech"}


def test_a_spoken_document_after_folgende_stays_speech() -> None:
    text = "Der Fürst hielt folgende Ansprache: Meine Herren! Ich danke Ihnen für Ihre Treue."
    assert {q.kind for q in _quotes(text)} == {"speech"}


def test_an_outcry_outside_a_letter_is_no_salutation() -> None:
    text = "Der Wächter rief: Feuer! Der Turm brennt."
    assert [q.text for q in _quotes(text)] == ["Feuer!"]


# "vertritt der Anwalt von Greta Hollweg die Ansicht, …": not Hollweg, nor her lawyer by her name
_VIEW = "die Ansicht, das Projekt sei „gescheitert“."


def test_a_description_holding_another_person_s_name_holds_no_view() -> None:
    text = "Seit August vertritt der Anwalt von Greta Sommer " + _VIEW
    assert _one(text)[1] is None


def test_a_description_without_a_name_still_holds_the_view() -> None:
    text = "Seit August vertritt der Anwalt der Familie " + _VIEW
    assert _one(text)[1] == "Anwalt der Familie"


def test_a_named_person_still_holds_the_view() -> None:
    text = "Seit August vertritt Greta Sommer " + _VIEW
    assert _one(text)[1] == "Greta Sommer"


# germfix30: a person whose surname ends like a paper's noun speaks; only a compound or a name
# opened by an adjective or a place is a paper
@pytest.mark.parametrize(
    ("text", "speaker", "confidence"),
    [
        ("Jürgen Herold sagte: „Wir senken die Steuern.“", "Jürgen Herold", "high"),
        ("Jürgen Herold: „Wir senken die Steuern.“", "Jürgen Herold", "high"),
        ("Herr Bote sagte: „Wir senken die Steuern.“", "Bote", "high"),
        ("„Wir senken die Steuern“, sagte Bürgermeisterin Lena Bote.", "Lena Bote", "high"),
        ("Karl Chronik erklärte: „Wir senken die Steuern.“", "Karl Chronik", "high"),
        ("„Wir senken die Steuern“, sagte der Abgeordnete Michael Blatt.", "Michael Blatt", "high"),
        ("Die Sprecherin Mira Zeitung sagte: „Wir senken die Steuern.“", "Mira Zeitung", "high"),
    ],
)
def test_a_person_named_like_a_paper_speaks(text: str, speaker: str, confidence: str) -> None:
    assert _one(text)[1:] == (speaker, confidence, "speech")


@pytest.mark.parametrize(
    "paper", ["Freie Presse", "Wiener Kurier", "Deutsche Blätter", "Kölnische Zeitung"]
)
def test_a_paper_opened_by_an_adjective_or_a_place_writes(paper: str) -> None:
    assert _one(f"{paper}: „Die Regierung muss gehen.“")[1:] == (paper, "low", "writing")
