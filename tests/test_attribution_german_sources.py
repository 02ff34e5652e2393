"""German frames: a statement noun and its source, a subject past adverbials after "Das sagte"."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    """The speaker of the one quotation in `text`."""
    [quote] = find_quotes(text, "de")
    return quote.speaker


# "Das sagte am Freitag X": the subject of the verb of saying follows a time or place adverbial.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Der Deich hält.“ Das betonte am Montag der Bürgermeister.", "Bürgermeister"),
        ("„Wir öffnen.“ Das sagte am Freitag die Sprecherin der Stadt, Lena Kurz.", "Lena Kurz"),
        ("„Der Deich hält.“ Das erklärte am Dienstag in Kiel Paul Wendt.", "Paul Wendt"),
    ],
)
def test_a_subject_after_an_adverbial_past_das_and_a_verb_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "„Der Deich hält.“ Das zeigte am Montag die Messung.",
        "„Der Deich hält.“ Das erklärte am Dienstag die Zeitung.",
    ],
)
def test_no_person_after_the_adverbial_names_nobody(text: str) -> None:
    assert _speaker(text) is None


# "Kritik kam von X:", "Die Antwort der Ministerin:": the source of the statement speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Widerspruch kam von Paul Wendt: „Der Plan ist zu teuer.“", "Paul Wendt"),
        ("Die Reaktion von Lena Kurz: „Der Plan ist zu teuer.“", "Lena Kurz"),
        ("Die knappe Antwort der Senatorin Lena Kurz: „Wir warten ab.“", "Lena Kurz"),
        ("Die Antwort der Senatorin: „Wir warten ab.“", "Senatorin"),
    ],
)
def test_a_statement_noun_and_its_source_before_a_colon(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Reaktion der Märkte: „Die Kurse fielen.“",
        "Kritik kam von allen Seiten: „Der Plan ist zu teuer.“",
        "Die Frage der Zukunft: „Was kommt danach?“",
        "Unterstützung erhielt er von Lena Kurz: „Er hat recht.“",
    ],
)
def test_no_person_as_the_source_names_nobody(text: str) -> None:
    assert _speaker(text) is None
