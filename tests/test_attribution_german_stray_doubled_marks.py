"""A mark left open beside a complete quotation quotes nothing, also when the marks are two
commas and two apostrophes (",,Ja.''"): the closer is read as the mark it stands for."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _seen(text: str) -> list[tuple[str, str | None, str]]:
    """Each quotation's words, speaker and confidence."""
    return [(q.text, q.speaker, q.confidence) for q in find_quotes(text, "de", "")]


@pytest.mark.parametrize(("opener", "closer"), [(",,", "''"), ("„", "“")])
def test_a_stray_opener_does_not_swallow_the_next_quotation(opener: str, closer: str) -> None:
    """'Jan Roth sagte: ,,Wir sind bereit. Petra Berger sagte: ,,Ja.'' …' quotes 'Ja.' by Berger;
    the stray opener's words are Roth's speech after his colon, to their sentence's end."""
    said = f"Jan Roth sagte: {opener}Wir sind bereit. Petra Berger sagte: "
    text = said + f"{opener}Ja.{closer} Dann ging sie."
    assert _seen(text) == [
        ("Wir sind bereit.", "Jan Roth", "high"),
        ("Ja.", "Petra Berger", "high"),
    ]


def test_closed_doubled_marks_keep_both_quotations() -> None:
    """Both quotations closed: each goes to its own speaker."""
    text = "Jan Roth sagte: ,,Wir sind bereit.'' Petra Berger sagte: ,,Ja.'' Dann ging sie."
    assert _seen(text) == [
        ("Wir sind bereit.", "Jan Roth", "high"),
        ("Ja.", "Petra Berger", "high"),
    ]


def test_a_quotation_reopened_in_the_next_paragraph_goes_on() -> None:
    """',,' opening the next paragraph carries the quotation on, as „ does."""
    text = "Jan Roth sagte: ,,Wir sind bereit.\n\n,,Wir kommen morgen wieder.'' Dann ging er."
    assert _seen(text) == [
        ("Wir sind bereit.", "Jan Roth", "high"),
        ("Wir kommen morgen wieder.", "Jan Roth", "high"),
    ]
