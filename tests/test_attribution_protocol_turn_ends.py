"""Older German protocols: a labelled line is its own turn, so the speech after one label ends
where the next labelled line opens, never credited to the first label (fixK24: sentences written
for these tests)."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_FIRST = "Finanzminister Dr. Miquel: Meine Herren, die Vorlage ist dringend."


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.confidence) for q in find_quotes(text, "de")]


def test_the_next_labelled_line_is_its_own_turn() -> None:
    said = _said(f"{_FIRST}\nAbg. Roth: Das bestreiten wir.")
    assert said == [
        ("Meine Herren, die Vorlage ist dringend.", "Miquel", "high"),
        ("Das bestreiten wir.", "Roth", "high"),
    ]  # was "Abg. Roth: Das bestreiten wir." credited to "Miquel", high


def test_a_label_whose_name_is_a_noun_credits_nobody_else() -> None:
    said = _said(f"{_FIRST}\nAbg. Richter: Das bestreiten wir.")
    assert all(s != "Miquel" for t, s, _ in said if "bestreiten" in t)


def test_a_turn_runs_on_over_unlabelled_lines() -> None:
    said = _said(f"{_FIRST}\nWir bitten um Zustimmung.\nAbg. Roth: Das bestreiten wir.")
    assert ("Das bestreiten wir.", "Roth", "high") in said
    assert all(s == "Miquel" for t, s, _ in said if "Zustimmung" in t)


def test_many_labelled_lines_stay_fast() -> None:
    text = "\n".join(f"Abg. Roth: Das bestreiten wir {i}." for i in range(3000))
    assert len(_said(text)) == 3000
