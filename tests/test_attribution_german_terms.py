"""German terms and names that the words around a quotation mark as such, not as speech."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_LEAD = "Der Bürgermeister Karl Huber kam gestern in die Stadt.\n\n"


def _quote(text: str, starts: str) -> tuple[str, str | None]:
    """The kind and speaker of the one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(_LEAD + text, "de") if q.text.startswith(starts)]
    return quote.kind, quote.speaker


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Der Ausdruck „par excellence“ passt hier nicht.", "par"),
        ("Die Gäste wohnten im Hotel „de Russie“ am Markt.", "de"),
        ("Er verlieh ihm das Prädikat „summa cum laude“ nach langem Zögern.", "summa"),
        ("Das Museum liegt im Bereich „alte Stadt“ nahe dem Fluss.", "alte"),
    ],
)
def test_a_phrase_after_a_noun_for_a_word_or_a_thing_is_a_term(text: str, starts: str) -> None:
    assert _quote(text, starts)[0] == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Huber kritisierte den Ausdruck „völlig verfehlt“ scharf.", "völlig"),
        ("„Wir kommen wieder“, sagte Huber.", "Wir"),
        ("Huber sprach von einer „großen Gefahr“ für die Stadt.", "großen"),
    ],
)
def test_a_phrase_in_a_sentence_that_reports_words_stays_speech(text: str, starts: str) -> None:
    assert _quote(text, starts) == ("speech", "Karl Huber")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Er wurde als „Ehrenmitglied“ in den Verein aufgenommen.", "Ehren"),
        ("Das Gebäude wird so als „Denkmal“ eingestuft.", "Denk"),
        ("Die Stadt wurde 2014 als „Stadt der Musik“ anerkannt.", "Stadt"),
    ],
)
def test_a_label_in_a_passive_of_being_received_or_classed_is_a_term(
    text: str, starts: str
) -> None:
    assert _quote(text, starts)[0] == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Das Risiko wird vom Deutschen Alpenverein als „recht groß“ eingestuft.", "recht"),
        ("Huber bezeichnete den Vorfall so als „Störfall“.", "Stör"),
    ],
)
def test_a_label_with_an_agent_or_a_framing_verb_is_someone_s_words(text: str, starts: str) -> None:
    assert _quote(text, starts)[0] == "speech"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Im nächsten Jahr nennt sie sich „Kunstschau 12“ und findet im Juni statt.", "Kunst"),
        ("Die Gruppe nannte sich „Freunde der Heimat“.", "Freunde"),
        (
            "Danach erklärte der neue „Oberste Rat der Einheit“, wie sich die Junta selbst nennt,"
            " die Lage sei ruhig.",
            "Ob",
        ),
    ],
)
def test_the_name_a_thing_gives_itself_is_a_title(text: str, starts: str) -> None:
    assert _quote(text, starts)[0] == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Huber bezeichnete sich als „Opfer einer Kampagne“.", "Opfer"),
        ("Huber nannte den Plan „Wahnsinn“.", "Wahn"),
    ],
)
def test_a_name_someone_gives_is_his_words(text: str, starts: str) -> None:
    assert _quote(text, starts) == ("speech", "Karl Huber")


@pytest.mark.parametrize(
    "text",
    [
        "Der Senator meinte sinngemäß: So löst man kein einziges Problem.",
        "Die Richterin sagte sinngemäß: Wer nichts weiß, ist nicht frei.",
        "Der Senator erklärte dem Sinn nach: So löst man kein einziges Problem.",
    ],
)
def test_a_paraphrase_after_a_colon_is_no_quotation(text: str) -> None:
    assert [q.text for q in find_quotes(_LEAD + text, "de")] == []


def test_unmarked_speech_after_a_colon_stays_a_quotation() -> None:
    quotes = find_quotes(_LEAD + "Huber erklärte: Das ist sinngemäß richtig.", "de")
    assert [(q.text, q.speaker) for q in quotes] == [("Das ist sinngemäß richtig.", "Karl Huber")]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Unter dem Motto „Drogen – ein Problem?!“ luden die Ärzte zu einem Abend ein.", "Drogen"),
        ("Unter dem Titel „Wohin geht die Reise?“ erschien ein Buch.", "Wohin"),
    ],
)
def test_a_heading_after_unter_and_a_noun_for_a_name_is_a_title(text: str, starts: str) -> None:
    assert _quote(text, starts)[0] == "title"


def test_words_that_open_with_unter_dem_motto_stay_speech() -> None:
    text = "Huber rief: „Unter dem Motto geht es nicht weiter!“"
    assert _quote(text, "Unter") == ("speech", "Karl Huber")
