"""Older German print: speech after a colon with no marks, its frames and who speaks in them."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "Die Sitzung begann um zehn Uhr. "


def _quotes(text: str) -> list[Quote]:
    """The quotations of `text` (German) that are no titles."""
    return [q for q in find_quotes(_LEAD + text, "de") if q.kind != "title"]


def _one(text: str, starts: str) -> Quote:
    """The one quotation of `text` that opens with `starts`."""
    [quote] = [q for q in _quotes(text) if q.text.startswith(starts)]
    return quote


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Bürgermeister sagte: „Wir bauen die Brücke.“ Darauf erwiderte der Stadtrath"
            " Schulze: Dazu fehlt uns das Geld.",
            "Schulze",
        ),
        (
            "Graf Halm rief: „Nie und nimmer!“ Hierauf bemerkte Fürst Lindau: Das wird sich"
            " zeigen.",
            "Fürst Lindau",
        ),
        (
            "Die Gräfin fragte: „Wo ist er?“ Der Diener Anton antwortete: Er ist im Garten.",
            "Anton",
        ),
    ],
)
def test_a_frame_after_a_closed_quotation_names_its_own_subject(text: str, name: str) -> None:
    said = _one(text, ("Dazu", "Das wird", "Er ist"))
    assert name in (said.speaker or "")  # never the earlier quotation's speaker


def test_a_frame_with_no_quotation_before_it_still_names_its_subject() -> None:
    said = _one("Der Minister sprach lange. Darauf erwiderte Graf Halm: Das ist falsch.", "Das")
    assert said.speaker == "Graf Halm"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Der Redner schloß mit den Worten: Es lebe das Vaterland! (Lebhafter Beifall.)", "Es"),
        ("Graf Halm rief: Wir weichen nicht! (Bravo! rechts.) Die Linke lärmte.", "Wir"),
        ("Fürst Lindau erklärte: Das ist unannehmbar. [ Unruhe. ] Der Präsident läutete.", "Das"),
    ],
)
def test_a_bracketed_sentence_ends_the_speech(text: str, said: str) -> None:
    quotes = _quotes(text)
    assert [q.text[:2] for q in quotes] == [said[:2]]  # the reporter's "(Beifall.)" is no speech


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Alle stimmten ein in den Treuschwur: Siegen oder Sterben! Dann zogen sie aus.", "Siegen"),
        ("Die Menge empfing ihn mit dem Rufe: Hoch der Kaiser! Er dankte.", "Hoch"),
        ("Die Soldaten stürmten mit dem Schlachtruf: Vorwärts, Kameraden! Der Feind floh.", "Vor"),
        ("Der Minister schloß mit dem Satze: Das Vaterland geht über alles. Man schwieg.", "Das"),
        ("Der Graf hat die Aeußerung gethan: Die Regierung weicht nicht. Man staunte.", "Die"),
    ],
)
def test_a_call_an_oath_or_a_saying_before_a_colon_frames_speech(text: str, starts: str) -> None:
    assert _one(text, starts).kind == "speech"


@pytest.mark.parametrize(
    "text",
    [
        "Die Frage des Tages ist einfach. Dazu kommt noch eins: Die Kasse ist leer.",
        "Der Grund ist einfach: Die Bauern haben kein Geld.",
        "Das Ergebnis ist folgendes: Abgegeben wurden 300 Stimmen.",
    ],
)
def test_a_colon_with_no_cue_and_no_speech_noun_frames_nothing(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Abgeordnete Windthorst betheuerte: Die Regierung hat uns getäuscht.", "Windthorst"),
        ("Der Abgeordnete Windthorst aeußerte: Die Regierung hat uns getäuscht.", "Windthorst"),
    ],
)
def test_older_spellings_of_a_cue_frame_speech(text: str, name: str) -> None:
    assert name in (_one(text, "Die").speaker or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Minister sagte, indem er sich an die Linke wandte: Wir weichen nicht.", "Minister"),
        ("Fürst Lindau erwiderte, während die Linke lärmte: Wir weichen nicht.", "Fürst Lindau"),
        ("Der Alte rief, als er den Feind erblickte: Wir weichen nicht! Dann floh er.", "Alte"),
    ],
)
def test_a_clause_of_manner_or_time_may_stand_before_the_colon(text: str, name: str) -> None:
    assert _one(text, "Wir").speaker == name


@pytest.mark.parametrize(
    "text",
    [
        "Wie der Minister sagte, als er ging, gibt es folgende Punkte: Die Kasse ist leer.",
        "Der Minister sagte, daß folgende Punkte wichtig seien: Die Kasse ist leer.",
        "Der Bericht meldet, nachdem die Wahl vorüber ist, folgendes: Die Kasse ist leer.",
    ],
)
def test_a_clause_with_its_own_message_or_a_main_clause_frames_nothing(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Man schreibt uns aus Paris: Die Kammer hat den Antrag verworfen.",
        "Aus Paris schreibt man uns: Die Kammer hat den Antrag verworfen.",
        "Man meldet aus London: Die Kammer hat den Antrag verworfen.",
        "Man schreibt uns aus Paris: „Die Kammer hat den Antrag verworfen.“",
    ],
)
def test_an_impersonal_subject_names_nobody(text: str) -> None:
    assert _one(text, "Die Kammer").speaker is None  # never the place the report comes from


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ein Freund schreibt uns aus Paris: Die Kammer hat den Antrag verworfen.", "Freund"),
        ("Fürst Lindau schreibt uns aus Paris: Die Kammer hat den Antrag verworfen.", "Lindau"),
    ],
)
def test_a_named_writer_from_abroad_still_speaks(text: str, name: str) -> None:
    assert name in (_one(text, "Die Kammer").speaker or "")


@pytest.mark.parametrize(
    "text",
    [
        "Mit der Krankheit verhält es sich in großen Umrissen so: sie ist so alt wie wir.",
        "Die Sache liegt so: Die Kasse ist leer.",
    ],
)
def test_a_lone_particle_before_a_colon_frames_nothing(text: str) -> None:
    assert _quotes(text) == []  # how things are, nobody's words


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister sagte es so: Die Kasse ist leer.",
        "Der Minister sieht das so: Die Kasse ist leer.",
        "Der Minister drückte es so aus: Die Kasse ist leer.",
    ],
)
def test_a_particle_after_its_object_still_frames_speech(text: str) -> None:
    assert _one(text, "Die Kasse").speaker == "Minister"


def test_a_frame_that_opens_the_text_names_its_subject() -> None:
    [said] = find_quotes("Der Abgeordnete Roth erwiderte: Das ist falsch.", "de")
    assert said.speaker is not None and "Roth" in said.speaker
