"""German full-sentence quotations that no cue of their own introduces (round de12s)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _quote(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote


_SAID = "„Diese Regierung hat viel erreicht. Aber sie irrt.“"


# Whole sentences in Konjunktiv between two quotations report the first speaker's words.
@pytest.mark.parametrize(
    "text",
    [
        "Der Leiter des Programms, Karl Baum, sagte: „Man muss sich vorbereiten.“ Die Gefahr einer"
        " Seuche sei real. Aktuell bestehe sie noch nicht, weil das Virus nicht übertragbar sei."
        " „Aber das Virus kann sich verändern.“",
        "„Wir haben die Lage im Griff“, sagte Karl Baum. Die Entscheidung wolle er dem Rat"
        " überlassen. „Aber das Virus kann sich verändern.“",
        "Karl Baum erklärte: „Man muss sich vorbereiten.“ Die Lage sei ernst. Es drohe"
        " „Aber das Virus kann sich verändern.“",
    ],
)
def test_konjunktiv_sentences_carry_the_speaker_over(text: str) -> None:
    quote = _quote(text, "Aber")
    assert (quote.speaker, quote.basis, quote.confidence) == ("Karl Baum", "carried", "low")


@pytest.mark.parametrize(
    "text",
    [
        # the indicative is the article's own narration
        "Karl Baum sagte: „Man muss sich vorbereiten.“ Die Gefahr ist real. „Aber das Virus kann"
        " sich verändern.“",
        # another person named between
        "Karl Baum sagte: „Man muss sich vorbereiten.“ Der Bürgermeister Paul Ems wisse das."
        " „Aber das Virus kann sich verändern.“",
        # a noun for a person as the subject: someone else's view
        "Karl Baum sagte: „Man muss sich vorbereiten.“ Seine Kritikerin sei anderer Meinung."
        " „Aber das Virus kann sich verändern.“",
        "Karl Baum sagte: „Man muss sich vorbereiten.“ Die Gegner seien anderer Meinung."
        " „Aber das Virus kann sich verändern.“",
        # a reporting verb of its own
        "Karl Baum sagte: „Man muss sich vorbereiten.“ Die Gefahr sei real, meinte dagegen ein"
        " Arzt. „Aber das Virus kann sich verändern.“",
        # more sentences between than a report goes on for
        "Karl Baum sagte: „Man muss sich vorbereiten.“ Die Gefahr sei real. Es gebe keine Zeit."
        " Man müsse handeln. Das koste Geld. „Aber das Virus kann sich verändern.“",
    ],
)
def test_konjunktiv_sentences_do_not_carry_past_others(text: str) -> None:
    quote = _quote(text, "Aber")
    assert quote.speaker != "Karl Baum" and quote.basis != "carried"


def test_darin_steht_quotes_the_document_named_before() -> None:
    text = (
        "Die Behörde gab am Dienstag eine Stellungnahme ab. Darin heißt es unter anderem: „Wir"
        " bedauern den Vorfall und prüfen alle Abläufe.“"
    )
    quote = _quote(text, "Wir")
    assert (quote.speaker, quote.kind, quote.confidence) == ("eine Stellungnahme", "writing", "low")
    text = "Der Verein veröffentlichte eine Pressemitteilung. Darin steht: „Wir prüfen alles.“"
    assert _quote(text, "Wir").speaker == "eine Pressemitteilung"


@pytest.mark.parametrize(
    "text",
    [
        # no document in the sentence before
        "Der Minister Paul Ems traf die Vertreter. Darin steht: „Wir prüfen alle Abläufe.“",
        # two documents: which one is unsure
        "Der Verein schickte einen Brief und eine Erklärung. Darin heißt es: „Wir prüfen alles.“",
        # the frame names its own words
        "Die Behörde gab eine Stellungnahme ab. Darin steht der Satz des Ministers: „Wir prüfen.“",
    ],
)
def test_darin_steht_needs_one_document(text: str) -> None:
    assert _quote(text, "Wir").speaker is None


def test_und_fuegte_hinzu_goes_on_from_the_previous_speaker() -> None:
    text = (
        "Eva Roth erläutert die Hypothese so: „Es gibt zwei Arten von Partikeln.“, und fügt hinzu:"
        " „Wir denken, die sauberen kommen von der Oberfläche.“"
    )
    quote = _quote(text, "Wir")
    assert (quote.speaker, quote.basis, quote.confidence) == ("Eva Roth", "carried", "low")


@pytest.mark.parametrize(
    ("joined", "speaker"),
    [("und Paul Ems fügte hinzu", "Paul Ems"), ("und ihr Kollege ergänzte", "ihr Kollege")],
)
def test_a_clause_after_comma_und_has_its_own_subject(joined: str, speaker: str) -> None:
    text = f"„Es gibt zwei Arten“, sagte Eva Roth, {joined}: „Wir denken, sie kommen von oben.“"
    assert _quote(text, "Wir").speaker == speaker


def test_a_plural_cue_after_comma_und_keeps_the_joint_subject() -> None:
    text = "Jan Roth, der Chef der Firma, und Eva Ems sagten: „Wir bleiben hier.“"
    assert _quote(text, "Wir").speaker != "Eva Ems"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Jonas Brenner, einer der Abgeordneten, die den Aufruf unterzeichneten, verurteilte"
            " die Haltung der Regierung.",
            "Jonas Brenner",
        ),
        (
            "Professor Lindner, auch ein Berliner Arzt, hat bei einer Beobachtung seiner Sprache"
            " folgendes festgestellt.",
            "Lindner",
        ),
        ("Jonas Brenner, der Sprecher der Gruppe, lobte die Pläne.", "Jonas Brenner"),
    ],
)
def test_an_apposed_subject_of_the_sentence_before_speaks(sentence: str, speaker: str) -> None:
    text = f"Das Schreiben kam am Montag. {sentence} {_SAID}"
    quote = _quote(text, "Diese")
    assert (quote.speaker, quote.basis, quote.confidence) == (speaker, "narration", "low")


@pytest.mark.parametrize(
    "sentence",
    [
        # someone else named in the sentence
        "Jonas Brenner, der Sprecher der Gruppe, kritisierte Paul Ems scharf.",
        # no apposition, and a plain noun for no one: nobody
        "Die Haltung der Regierung, die viele kritisieren, bleibt unklar.",
    ],
)
def test_an_apposed_subject_needs_to_be_the_one_person(sentence: str) -> None:
    text = f"Das Schreiben kam am Montag. {sentence} {_SAID}"
    assert _quote(text, "Diese").speaker is None


# Narration stays in its paragraph; the cue "lobte" of the paragraph before may still name its
# subject (low, "paragraph_before"), at the text's start as after any other sentence (de22).
def test_an_apposed_subject_across_a_paragraph_break_speaks_not() -> None:
    text = (
        "Jonas Brenner, der Sprecher der Gruppe, lobte die Pläne.\n\n„Diese Regierung hat viel"
        " erreicht. Aber sie irrt.“"
    )
    assert _quote(text, "Diese").basis != "narration"
