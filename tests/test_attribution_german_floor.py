"""Older German parliamentary and court reports: taking the floor, deigning to speak, ranks."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_OPENING = "Im Landtage war die Sitzung bewegt, daß es kaum zu beschreiben ist. "


def _speech(text: str) -> list[Quote]:
    """The quotations of `text` that are speech (titles left out)."""
    return [q for q in find_quotes(_OPENING + text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Herr Minister Wendt bemerkte: „Die Regierung hat das Ihrige gethan.“", "Wendt"),
        ("Der Präsident Ortmann erwiderte: „Ich bitte um Ruhe, meine Herren.“", "Ortmann"),
        ("Hierauf ergriff Herr Wendt das Wort: „Ich muß bemerken, daß nichts geschah.“", "Wendt"),
        ("Nun nahm der Abgeordnete Roth das Wort: „Ich bin nicht der Meinung.“", "Roth"),
        (
            "Darauf ergriff der Abg. Lindner das Wort und sagte: „Das ist ein Theil davon.“",
            "Lindner",
        ),
    ],
)
def test_a_rank_before_a_lone_surname_names_the_speaker(text: str, name: str) -> None:
    [quote] = _speech(text)
    assert quote.speaker == name


@pytest.mark.parametrize(
    "text",
    [
        "Der Präsident Frankreichs bemerkte: „Die Regierung hat das Ihrige gethan.“",
        "Der Minister Preußens erwiderte: „Die Regierung hat das Ihrige gethan.“",
    ],
)
def test_a_genitive_after_a_rank_is_no_name(text: str) -> None:
    [quote] = _speech(text)
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Se. Majestät geruhten zu sagen: „Ich danke Ihnen für Ihre Treue.“", "Se. Majestät"),
        (
            "Hierauf geruhten Se. Excellenz huldvollst zu erwidern: „Es freut mich sehr.“",
            "Se. Excellenz",
        ),
        ("Der König geruhte darauf zu bemerken: „Ich danke Ihnen, daß Sie kamen.“", "König"),
    ],
)
def test_whoever_deigns_to_speak_speaks(text: str, name: str) -> None:
    [quote] = _speech(text)
    assert quote.speaker == name


def test_an_honorific_pronoun_that_deigns_names_nobody() -> None:
    [quote] = _speech("Allerhöchstdieselben geruhten hierauf zu erwidern: „Ich danke Ihnen.“")
    assert quote.speaker is None


def test_deigning_to_do_something_else_introduces_no_speech() -> None:
    text = "Se. Majestät geruhten die Stadt zu besuchen. Die Zeitung schrieb: „Ein großer Tag.“"
    assert [q.speaker for q in _speech(text)] == ["Zeitung"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nun nahm der Abgeordnete Roth das Wort: Meine Herren, ich muß widersprechen.", "Roth"),
        ("Das Wort hat der Abgeordnete Roth: Meine Herren, ich bin dagegen.", "Roth"),
        ("Hierauf ergriff Herr Wendt das Wort: Die Regierung hat nichts gethan.", "Wendt"),
        (
            "Darauf geruhten Se. Majestät zu erwidern: Ich danke Ihnen, meine Herren.",
            "Se. Majestät",
        ),
    ],
)
def test_taking_the_floor_introduces_unmarked_speech(text: str, name: str) -> None:
    [quote] = _speech(text)
    assert not quote.marked
    assert quote.speaker == name


@pytest.mark.parametrize(
    "text",
    [
        "Der Präsident entzog dem Redner das Wort: Er hatte die Ordnung verletzt.",
        "Das Wort des Tages: Freiheit ist ein schönes Gut.",
    ],
)
def test_the_floor_taken_away_or_a_heading_introduces_no_speech(text: str) -> None:
    assert _speech(text) == []


_REPORT = (
    "Sitzung des Abgeordnetenhauses vom 12. März.\n\n"
    "Abg. Roth: Meine Herren, ich muß bemerken. Die Regierung hat nichts gethan.\n\n"
    "Präsident: Ich bitte den Redner, bei der Sache zu bleiben.\n\n"
    "Abg. v. Schütz: Das ist ein Theil der Frage, daß sie so sey.\n\n"
    "Die Sitzung wurde hierauf geschlossen."
)


def test_a_turn_of_a_parliamentary_report_is_its_speakers_speech() -> None:
    found = [(q.text, q.speaker) for q in find_quotes(_REPORT, "de")]
    assert found == [
        # to the paragraph's end, one quotation in older print (dehist27)
        ("Meine Herren, ich muß bemerken. Die Regierung hat nichts gethan.", "Roth"),
        ("Ich bitte den Redner, bei der Sache zu bleiben.", None),  # a role, no one named
        ("Das ist ein Theil der Frage, daß sie so sey.", "Schütz"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nachrufe.\n\nPräsident Wilson: Ein Lebensbild folgt morgen, da der Raum fehlt.",
        "Minister des Innern: Die Lage ist ernst.\n\nMinister des Äußern: Die Lage ist gut.",
    ],
)
def test_a_lone_label_or_a_role_with_no_name_opens_no_turn(text: str) -> None:
    assert find_quotes(text, "de") == ()
