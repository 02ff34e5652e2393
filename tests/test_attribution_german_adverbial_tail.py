"""Adverbials after the subject of any verb inverted after a German quotation do not end its
frame: "„…“, zeigte sich X nach der Sitzung am Montag im Rathaus zufrieden" gives X, as the
short frame does (session 27, `degap27`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Wir sind auf Kurs“, zeigte sich Jan Ebeling nach der Sitzung am Montagabend im "
            "Rathaus zufrieden.",
            "Jan Ebeling",
        ),
        (
            "„Wir finden eine Lösung“, gab sich der Minister nach dem Treffen mit den "
            "Gewerkschaften in Berlin zuversichtlich.",
            "Minister",
        ),
        (
            "„Wir steigen nicht ab“, ist sich der Trainer nach dem dritten Sieg in Folge sicher.",
            "Trainer",
        ),
    ],
)
def test_the_subject_before_adverbials_and_a_closing_word_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # an object after the adverbials: the verb is no frame of the words
        "„Wir sind auf Kurs“, zeigte der Trainer nach der Sitzung am Montag im Rathaus die Zahlen.",
        # no person as the subject
        "„Wir sind auf Kurs“, sah der Plan nach der Sitzung am Montag im Rathaus vor.",
        "„Wir sind auf Kurs“, stand auf dem Plakat vor dem Rathaus am Montag geschrieben.",
        # a clause after the adverbials, not a closing word
        "„Wir sind auf Kurs“, zeigte sich der Trainer nach dem Spiel, obwohl er verloren hatte.",
    ],
)
def test_no_frame_names_nobody(text: str) -> None:
    assert _speakers(text) == [None]
