"""Older German quotes a document's wording: a law's matter, an inscription, a book's title."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_OLD = "Es ist bekannt, daß der Theil fehlt. "


def _kind(text: str, starts: str) -> str:
    """The kind of the one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in find_quotes(text, "de") if q.text.startswith(starts)]
    return quote.kind


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (_OLD + "Das Gesetz betreffend „die Abwehr der Viehseuchen“ tritt in Kraft.", "die"),
        (_OLD + "Die Eingabe der Müller, betr. „Aufhebung der Mahlsteuer“, fiel durch.", "Auf"),
        ("Die Verordnung, betreffend „Sonntagsruhe im Handelsgewerbe“, gilt ab Mai.", "Sonn"),
    ],
)
def test_the_matter_after_betreffend_is_a_title(text: str, starts: str) -> None:
    assert _kind(text, starts) == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (_OLD + "Die Inschrift des Denkmals lautet: „Dem Andenken der Gefallenen“.", "Dem"),
        (_OLD + "Im §. 5 heißt es: „Die Kosten trägt die Gemeinde.“", "Die"),
        (_OLD + "In Art. 12 der Verordnung hieß es: „Das Betreten ist verboten.“", "Das"),
        (_OLD + "Sein Wahlspruch lautete: „Ich diene.“", "Ich"),
        (_OLD + "Bei S. Hirzel ist erschienen: „Geschichte der Einheit.“ Es ist gut.", "Ge"),
        (_OLD + "Von Gustav Freytag: „Die Ahnen.“ Erster Band: „Ingo.“ Leipzig 1872.", "Die"),
        (_OLD + "Von Gustav Freytag: „Die Ahnen.“ Erster Band: „Ingo.“ Leipzig 1872.", "Ingo"),
    ],
)
def test_a_texts_wording_or_a_book_after_a_colon_is_a_title(text: str, starts: str) -> None:
    assert _kind(text, starts) == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (_OLD + "„Die Journalisten.“ Lustspiel in vier Akten von Gustav Freytag.", "Die"),
        ("„Oberon“, Oper von C. M. v. Weber, wurde gestern gegeben.", "Ober"),
    ],
)
def test_a_title_before_its_genre_and_author_is_a_title(text: str, starts: str) -> None:
    assert _kind(text, starts) == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (_OLD + "Der Minister bemerkte betreffend die Steuer: „Wir erhöhen sie nicht.“", "Wir"),
        (_OLD + "Die Antwort des Ministers lautete: „Die Regierung wird es thun.“", "Die"),
        (_OLD + "Der Titel lautet harmlos, aber der Minister sagte: „Das ist schlimm.“", "Das"),
        (_OLD + "Von dem Minister hörten wir: „Die Sache ist erledigt.“", "Die"),
        (_OLD + "Von Berlin aus meldete er: „Die Sache ist erledigt.“", "Die"),
        (_OLD + "Die Zeitung erschien: „Wir haben gesiegt!“ stand darin.", "Wir"),
        (_OLD + "„Ein Roman!“ rief er. „Das ist ja ein Roman!“", "Ein"),
        (_OLD + "„Das ist kein Drama,“ sagte er, „das ist eine Posse.“", "Das"),
    ],
)
def test_someones_words_stay_speech(text: str, starts: str) -> None:
    assert _kind(text, starts) == "speech"


def _speech(text: str) -> list[tuple[str | None, str]]:
    """(speaker, text) of each quotation of `text` that is speech."""
    return [(q.speaker, q.text) for q in find_quotes(text, "de") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Antwort des Ministers lautete: „Wir prüfen das.“", "Ministers"),
        (_OLD + "Die Frage des Abgeordneten Roth lautete: „Wann kommt das Gesetz?“", "Roth"),
    ],
)
def test_a_statement_nouns_genitive_names_its_speaker(text: str, name: str) -> None:
    [(speaker, _)] = _speech(text)
    assert speaker is not None
    assert name in speaker
    assert not speaker.startswith(("Antwort", "Frage"))


@pytest.mark.parametrize(
    "text",
    [
        _OLD + "Seine Antwort lautete: „Nein, ich thue es nicht.“",
        "Die Worte lauteten: „Wir kommen wieder.“",
    ],
)
def test_a_statement_noun_without_its_owner_names_nobody(text: str) -> None:
    [(speaker, _)] = _speech(text)
    assert speaker is None


def test_a_person_subject_of_lautete_is_kept() -> None:
    [(speaker, _)] = _speech("Der Kanzler erwiderte: „Das ist mein letztes Wort.“")
    assert speaker is not None
    assert "Kanzler" in speaker


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            _OLD + "\n\n„Die Reform der Gymnasien.“\n\nUnter diesem Titel bringt das Blatt etwas.",
            "Die",
        ),
        (_OLD + "„Die Reform der Gymnasien“ — so lautet der Titel eines Aufsatzes.", "Die"),
        (_OLD + "„Ein Wort an die Wähler“ nennt sich eine Schrift, die uns zugeht.", "Ein"),
        (_OLD + "„Ein Wort an die Wähler“, so heißt eine Schrift, die uns zugeht.", "Ein"),
    ],
)
def test_a_quotation_the_next_words_call_a_title_is_a_title(text: str, starts: str) -> None:
    assert _kind(text, starts) == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (_OLD + "„Wir bleiben hier,“ sagte er unter dem Titel eines Vortrags.", "Wir"),
        (_OLD + "„Wir bleiben hier.“ Der Titel des Abends war ein anderer.", "Wir"),
        (_OLD + "„Wir bleiben hier.“ Baltische Trümmer ist die Überschrift des Theiles.", "Wir"),
        (_OLD + "„Wir bleiben hier,“ rief er und schlug das Buch zu.", "Wir"),
    ],
)
def test_speech_before_a_title_noun_stays_speech(text: str, starts: str) -> None:
    assert _kind(text, starts) == "speech"


def test_a_title_case_phrase_after_in_is_a_work_despite_a_verb_of_telling() -> None:
    text = _OLD + "Kein Geringerer als Goethe hat in „Dichtung und Wahrheit“ davon erzählt."
    assert _kind(text, "Dich") == "title"


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (_OLD + "Er sprach in „großer Sorge um das Land“ von der Lage.", "groß"),
        (_OLD + "Er rief in den Saal: „Ich wähle keinen Juden!“", "Ich"),
        (_OLD + "Er sagte in „Meiner Zeit war alles besser“ seine Meinung.", "Mein"),
    ],
)
def test_a_phrase_after_in_that_is_no_title_stays_speech(text: str, starts: str) -> None:
    assert _kind(text, starts) == "speech"
