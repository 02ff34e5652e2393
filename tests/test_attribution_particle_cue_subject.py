"""A particle cue ("so") takes its subject after it, never the words before it."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de", "") if q.kind != "title"]


def test_the_words_of_a_quotation_before_so_name_nobody() -> None:
    text = (
        "Er wußte, daß es spät war.\n\n"
        "»Der Verwalter,« so führte er aus, »hat das Geld genommen.«\n"
    )
    assert "Verwalter" not in _speakers(text)


# negatives: the subject after "so" still speaks
def test_so_before_its_subject_still_names_it() -> None:
    text = "„Wir kommen morgen wieder“, so Bürgermeister Jan Roth am Montag.\n"
    assert _speakers(text) == ["Jan Roth"]
