"""Older German records: a line labelled by one word that is no rank and name ("Beschluss:",
"Abstimmung:") ends the turn before it; its words are nobody's (frames/turn_label.turn_end)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SITTING = (
    "Abgeordneter Weber: Meine Herren, die Vorlage genügt nicht.\n"
    "Präsident Dr. Roth: Ich eröffne die Sitzung.\n"
    "{line}\n"
    "Abgeordneter Lind: Ich verzichte."
)


def _said(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and speaker."""
    return [(q.text, q.speaker) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    "line",
    ["Beschluss: Der Antrag wird angenommen.", "Abstimmung: Die Vorlage fällt mit 40 Stimmen."],
)
def test_a_labelled_item_line_is_nobody_s_speech(line: str) -> None:
    found = _said(_SITTING.format(line=line))
    assert ("Ich eröffne die Sitzung.", "Roth") in found
    assert not any(speaker and line.split(":")[1].strip() in text for text, speaker in found)
    assert ("Ich verzichte.", "Lind") in found


# Negative: a line of the speaker's own words with no label stays the speaker's turn.
def test_an_unlabelled_line_stays_in_the_turn() -> None:
    found = _said(_SITTING.format(line="Das Haus ist beschlussfähig."))
    assert ("Das Haus ist beschlussfähig.", "Roth") in found


# Bad input: many labelled lines and turns stay a linear scan.
def test_many_labelled_lines_stay_fast() -> None:
    text = "Präsident Dr. Roth: Ich eröffne.\nBeschluss: Angenommen.\n" * 1000
    found = _said(text)
    assert all(speaker is None for text, speaker in found if text == "Angenommen.")
