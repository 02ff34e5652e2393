"""German: a paragraph that is only a quotation, right after a quoted question that ends its
paragraph's quotation, may be the answer, so the asker's name never goes on to it (as in
English, `answered` in cues.toml); a paragraph after a statement still goes on."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_ASKED = (
    "Heinrich trat in die Stube, wo der Alte am Ofen saß.\n\n{turn}\n\n„Im Walde, beim Förster.“"
)


def test_a_line_after_a_quoted_question_is_not_the_askers() -> None:
    text = _ASKED.format(turn="„Wo warst du so lange?“ fragte der Alte.")
    quotes = find_quotes(text, "de")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Wo warst du so lange?", "Alte"),
        ("Im Walde, beim Förster.", None),
    ]


def test_a_line_after_a_quoted_statement_goes_on() -> None:
    text = _ASKED.format(turn="„Ich war lange fort“, sagte der Alte.")
    quotes = find_quotes(text, "de")
    assert [q.speaker for q in quotes] == ["Alte", "Alte"]
    assert quotes[1].basis == "carried"
