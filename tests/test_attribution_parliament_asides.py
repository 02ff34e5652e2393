"""Older parliament reports: a turn's label with a party, the notes and heckles in its speech."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

_REPORT = (
    "Abg. Dr. Roth (Centr.): Meine Herren, die Ernte ist schlecht. (Sehr richtig! links.) "
    "Die Bauern leiden Noth. (Zuruf rechts: Das ist übertrieben!) Nein, es ist amtlich.\n\n"
    "Staatssecretär Graf Eulenberg: Wir prüfen die Sache. (Bravo! rechts.) Mehr kann ich "
    "heute nicht sagen.\n\n"
    "Abg. Kurz (Soc.): Das genügt nicht. (Widerspruch. Zuruf: Welche Mittel denn?) Das "
    "sage ich gleich.\n"
)


def _quotes(text: str) -> list[Quote]:
    return list(find_quotes(text, "de", ""))


def _by(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in _quotes(text)}


# a party in parentheses between a line-start label and its colon; a rank in older spelling
def test_a_turn_labelled_with_its_party_is_the_named_speakers() -> None:
    found = _by(_REPORT)
    assert found["Meine Herren, die Ernte ist schlecht."] == "Roth"
    assert (found["Wir prüfen die Sache."] or "").endswith("Graf Eulenberg")
    assert found["Das genügt nicht."] == "Kurz"


def test_a_note_in_brackets_is_no_part_of_the_speech() -> None:
    texts = [q.text for q in _quotes(_REPORT)]
    assert not [t for t in texts if "richtig" in t or "Bravo" in t or "Widerspruch" in t]
    assert "Nein, es ist amtlich." in texts
    assert "Mehr kann ich heute nicht sagen." in texts


def test_a_heckle_in_a_note_is_a_quotation_of_nobody() -> None:
    found = _by(_REPORT)
    assert found["Das ist übertrieben!"] is None
    assert found["Welche Mittel denn?"] is None


def test_a_heckle_after_a_sentence_ends_at_its_bracket() -> None:
    text = "Die Rede war kurz. (Widerspruch links. Zuruf: Welche Mittel denn?) Dann ging er."
    assert [(q.text, q.speaker) for q in _quotes(text)] == [("Welche Mittel denn?", None)]


# negatives: a word for words before a colon is no name; a label of a rank alone names nobody
def test_a_word_for_words_before_a_colon_is_no_speaker() -> None:
    text = "Der Saal tobte.\n\nZuruf: Hinaus mit ihm!\n\nAntwort: Niemals!\n"
    assert all(q.speaker is None for q in _quotes(text))


def test_a_bracket_inside_a_sentence_stays_in_the_speech() -> None:
    text = "Der Minister sagte: Wir (die Regierung) prüfen die Sache genau. Dann ging er."
    assert [q.text for q in _quotes(text)] == ["Wir (die Regierung) prüfen die Sache genau."]


def test_a_party_label_alone_in_a_text_opens_no_turn() -> None:
    text = "Abg. Dr. Roth (Centr.): Ein Leben für die Partei\n\nEr starb im Mai.\n"
    assert not _quotes(text)


def test_many_open_brackets_with_colons_stay_linear() -> None:
    text = "Der Abg. Roth sagte: Gut. " + "(Zuruf: ja " * 3000 + "\n"
    assert len(_quotes(text)) < 10_000
