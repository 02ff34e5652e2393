"""What follows a speaker's name or role (a time, a place, a party) is never taken for the name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "after",
    [
        "sagte Becker am Abend",
        "erklärte Becker am Freitagmorgen in Köln",
        "sagte Becker im Gespräch",
    ],
)
def test_a_time_or_place_after_a_lone_surname_is_not_part_of_the_name(after: str) -> None:
    # a surname ending like a noun of agent ("-er") is read as a role, which ran on into "am Abend"
    [quote] = find_quotes(f"„Wir bleiben hier“, {after}.", "de")
    assert quote.speaker == "Becker"


@pytest.mark.parametrize(
    "text",
    [
        "Die lateinische Bezeichnung lautet „Vulpes vulpes“.",
        "Das neue Motto lautete „Alle an Bord“.",
    ],
)
def test_what_a_thing_is_called_is_a_title_nobody_says(text: str) -> None:
    [quote] = find_quotes(text, "de")
    assert (quote.speaker, quote.kind) == (None, "title")


def test_the_words_of_a_document_after_lautete_and_a_colon_keep_their_source() -> None:
    text = "Der Beschluss lautete: „Die Schule bleibt geschlossen.“"
    [quote] = find_quotes(text, "de")
    # a document's words are writing, as "In dem Beschluss heißt es:" (fixde27)
    assert (quote.speaker, quote.kind) == ("Beschluss", "writing")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le sénateur UDI a regretté « un vote précipité »."),
        ("fr", "« Un vote précipité », a regretté la sénatrice LR."),
        ("es", "«Un voto precipitado», lamentó el diputado PNV."),
        ("ru", "«Поспешное голосование», — посетовал депутат КПРФ."),
    ],
)
def test_a_party_acronym_after_a_role_is_no_speaker(lang: str, text: str) -> None:
    [quote] = find_quotes(text, lang)
    assert quote.speaker is None


def test_the_name_after_a_role_and_its_party_still_speaks() -> None:
    [quote] = find_quotes("« Un vote précipité », a regretté le sénateur UDI Paul Vidal.", "fr")
    assert quote.speaker == "Paul Vidal"


@pytest.mark.parametrize(
    "text",
    [
        "Vom Treffen ist noch zu berichten: Der Zug fuhr pünktlich ab.",
        "Bleibt nur zu sagen: Der Zug fuhr pünktlich ab.",
        "Damit stellt sich die Frage: Wer bezahlt den Schaden?",
    ],
)
def test_an_impersonal_frame_before_a_colon_introduces_no_speech(text: str) -> None:
    assert find_quotes(text, "de") == ()


def test_a_person_who_asks_before_a_colon_still_speaks() -> None:
    [quote] = find_quotes("Die Ministerin stellte die Frage: Wer bezahlt den Schaden?", "de")
    assert quote.text.startswith("Wer bezahlt")


# "lauten" takes the text as its subject: a title or a slogan is writing that no one speaks.
@pytest.mark.parametrize(
    "text",
    [
        "„Neue Wege“, so lautete der Titel, den die Zeitung wählte.",
        "„Neue Wege“, lautet der Titel des Buches.",
        "Der Slogan lautete: „Wir schaffen das.“",
    ],
)
def test_a_title_that_lauten_reads_out_has_no_speaker(text: str) -> None:
    [quote] = find_quotes(text, "de")
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Die Schule bleibt zu“, so lautete der Beschluss des Rates.", "Beschluss des Rates"),
        ("„Wir kommen“, sagte der Titelverteidiger Jan Roth.", "Jan Roth"),
    ],
)
def test_a_document_that_lauten_reads_out_keeps_its_source(text: str, speaker: str) -> None:
    [quote] = find_quotes(text, "de")
    assert quote.speaker == speaker
