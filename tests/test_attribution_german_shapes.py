"""German shapes from the session-15 count of missed speakers (de20): sentences written here."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.quoted import only_quote

_INTRO = "Die Ministerin Eva Ems und der Verbandschef Jan Roth trafen sich am Montag.\n\n"


def _quote(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote


# "„…“ Das hat X angekündigt.": the auxiliary opens a bracket a participle of saying closes.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("„Wir gehen.“ Das hat Jan Roth am Montag angekündigt.", "Jan Roth"),
        ("„Ja, es gibt Probleme.“ Das musste Eva Ems am Freitag einräumen.", "Eva Ems"),
        ("„Wir gehen.“ Das ließ Eva Ems über ihren Sprecher mitteilen.", "Eva Ems"),
        ("„Wir gehen.“ Das hatte Jan Roth schon im Jahr 2019 gesagt.", "Jan Roth"),
        (
            "„Wir gehen.“ Das hat Jan Roth am Abend nach einer langen Sitzung des Vorstands in"
            " Berlin angekündigt.",
            "Jan Roth",
        ),
    ],
)
def test_pointer_and_bracket_after_a_quotation_name_the_speaker(
    sentence: str, speaker: str
) -> None:
    quote = only_quote(_INTRO + sentence, "de")
    assert (quote.speaker, quote.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "sentence",
    [
        "„Wir gehen.“ Das hat Jan Roth nicht gesagt.",  # denied
        "„Wir gehen.“ Das hat die Regierung beschlossen.",  # no verb of saying
        "„Wir gehen.“ Das muss Jan Roth erst noch erklären.",  # still to be said
        "„Wir gehen.“ Das haben Forscher der Universität herausgefunden.",
    ],
)
def test_pointer_and_bracket_without_saying_name_nobody(sentence: str) -> None:
    assert only_quote(_INTRO + sentence, "de").speaker is None


# „…“. with the full stop after the closing mark ends the sentence like „….“ does.
@pytest.mark.parametrize(
    "sentence",
    [
        "„Ja, es gibt Probleme“. Das sagte Eva Ems am Freitag.",
        "„Ja, es gibt Probleme“. Das musste Eva Ems am Freitag einräumen.",
    ],
)
def test_full_stop_after_the_closing_mark_reads_the_next_sentence(sentence: str) -> None:
    assert only_quote(_INTRO + sentence, "de").speaker == "Eva Ems"


def test_full_stop_after_the_closing_mark_is_no_cue_of_its_own() -> None:
    text = _INTRO + "Er nannte den Plan „unausgegoren“. Das Treffen dauerte zwei Stunden."
    assert only_quote(text, "de").speaker != "Eva Ems"


# "Bündnis 90/Die Grünen": the slash joins the party's name, the article after it opens no clause.
@pytest.mark.parametrize(
    "sentence",
    [
        "Die Finanzexpertin von Bündnis 90/Die Grünen, Anna Keller, kritisierte die Pläne der"
        " Regierung: „Das reicht nicht.“",
        "Die Fraktionschefin von Bündnis 90/Die Grünen, Anna Keller, sagte: „Das reicht nicht.“",
    ],
)
def test_slash_joined_party_is_part_of_the_subject(sentence: str) -> None:
    assert only_quote(sentence, "de").speaker == "Anna Keller"


# "4,2 Milliarden Euro" is an amount: no full name that would stop indirect speech going on.
def test_amount_after_a_number_is_no_name() -> None:
    text = (
        "Die Haushaltsexpertin der Linken, Anna Keller, kritisierte den Entwurf des Senats. Dort"
        " seien die Gelder angesichts von Ausgaben von bis zu 4,2 Milliarden Euro „viel zu"
        " knapp“."
    )
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.basis) == ("Anna Keller", "carried")


def test_a_name_after_the_indirect_speech_still_stops_it() -> None:
    text = (
        "Die Finanzexpertin der Grünen, Anna Keller, kritisierte die Pläne. Hier seien laut Jan"
        " Roth die Mittel „völlig unzureichend“."
    )
    assert only_quote(text, "de").speaker != "Anna Keller"


# A Konjunktiv colon frame that names nobody goes on with the previous sentence's speaker.
def test_konjunktiv_colon_frame_goes_on_from_the_sentence_before() -> None:
    text = "Die Kommissarin Eva Ems verteidigte den Plan. Es gebe einen Weg: „Wir müssen sparen.“"
    quote = _quote(text, "Wir")
    assert (quote.speaker, quote.basis, quote.confidence) == ("Eva Ems", "carried", "low")


@pytest.mark.parametrize(
    "frame",
    [
        "Die Opposition sei anderer Meinung:",  # someone else's view
        "Das Wetter war schön, die Stimmung gut. Jeder wusste:",  # indicative: narration
    ],
)
def test_colon_frame_of_someone_else_carries_nothing(frame: str) -> None:
    text = f"Die Kommissarin Eva Ems verteidigte den Plan. {frame} „Das ist falsch.“"
    assert _quote(text, "Das").speaker != "Eva Ems"


# A Konjunktiv colon frame in the stative passive: its subject is acted on, not a speaker.
@pytest.mark.parametrize(
    "frame",
    [
        "Die Pflichten der Staaten seien im Vertrag klar festgelegt:",
        "Die Regeln seien seit Jahren vorgesehen:",
    ],
)
def test_stative_konjunktiv_colon_frame_goes_on(frame: str) -> None:
    text = f"Die Kommissarin Eva Ems verteidigte den Plan. {frame} „Das ist falsch.“"
    quote = _quote(text, "Das")
    assert (quote.speaker, quote.basis, quote.confidence) == ("Eva Ems", "carried", "low")


@pytest.mark.parametrize(
    "frame",
    [
        "Die Opposition sei empört:",  # no participle: someone else's view
        "Die Gegner seien gespalten:",  # a noun for persons
        "Die Pflichten sind klar festgelegt:",  # the indicative: narration
    ],
)
def test_other_colon_frames_still_carry_nothing(frame: str) -> None:
    text = f"Die Kommissarin Eva Ems verteidigte den Plan. {frame} „Das ist falsch.“"
    assert _quote(text, "Das").speaker != "Eva Ems"


# "Die Menge jubelte und der Redner X rief:": a bare "und" after a verb and before an article opens
# a main clause with its own subject; a singular cue cannot have the joint "A und die B".
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Die Menge jubelte und der Bauunternehmer Tom Riegel rief: „Weiter!“", "Tom Riegel"),
        ("Die Menge jubelte und der Redner Tom Riegel rief laut aus: „Weiter!“", "Tom Riegel"),
    ],
)
def test_bare_und_and_an_article_open_a_clause_of_its_own(sentence: str, speaker: str) -> None:
    assert only_quote(sentence, "de").speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Der Trainer Tom Riegel lachte und sagte: „Wir sind froh.“", "Tom Riegel"),  # one subject
        (
            "Die Sprecherin der CDU und der FDP sagte: „Wir sind froh.“",  # no verb before "und"
            "Sprecherin der CDU und der FDP",
        ),
    ],
)
def test_und_without_a_clause_of_its_own_keeps_the_subject(sentence: str, speaker: str) -> None:
    assert only_quote(sentence, "de").speaker == speaker


# "dessen"/"deren" before a noun is its possessive determiner: "teilte dessen Sprecher mit:".
@pytest.mark.parametrize(
    "sentence",
    [
        "Der Verein verlor. Nach dem Spiel teilte dessen Trainer mit: „Wir warten ab.“",
        "Der Verein verlor. Dessen Trainer teilte mit: „Wir warten ab.“",
    ],
)
def test_dessen_before_a_noun_is_a_determiner(sentence: str) -> None:
    assert (only_quote(sentence, "de").speaker or "").lower() == "dessen trainer"


def test_dessen_opening_a_relative_clause_leaves_the_subject() -> None:
    text = "Die Saison endet. Der Verein, dessen Trainer Jan Roth ist, teilte mit: „Wir warten ab.“"
    assert only_quote(text, "de").speaker == "Verein"


# "Für X steht fest:", "Für die Ministerin ist klar:": a copula frame states the person's view.
@pytest.mark.parametrize(
    ("frame", "speaker"),
    [("Für Roth steht fest:", "Jan Roth"), ("Für die Ministerin ist klar:", "Eva Ems")],
)
def test_fuer_and_a_copula_frame_the_persons_view(frame: str, speaker: str) -> None:
    quote = only_quote(f"{_INTRO}{frame} „Wir machen weiter.“", "de")
    assert (quote.speaker, quote.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "frame",
    [
        "Für das Projekt ist klar:",  # a thing
        "Für 2025 ist geplant:",  # a year
        "Für Roth steht nach dem langen Streit mit der Regierung endgültig fest:",  # too long
    ],
)
def test_fuer_without_a_person_or_a_short_frame_names_nobody(frame: str) -> None:
    assert only_quote(f"{_INTRO}{frame} „Wir machen weiter.“", "de").speaker is None
