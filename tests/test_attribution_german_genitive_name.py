"""German writes a name in the genitive with -s after the noun it owns ("Der Anwalt Jan
Roths sagte:"): where the article names "Jan Roth" bare, the noun's holder speaks, not him."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """The speaker and confidence of each quotation of `text` (German)."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth wurde angeklagt. Der Anwalt Jan Roths sagte: „Wir gehen in Berufung.“",
        "Jan Roth wurde angeklagt. „Wir gehen in Berufung“, sagte der Anwalt Jan Roths.",
    ],
)
def test_a_genitive_name_is_no_speaker(text: str) -> None:
    assert _said(text) == [(None, "low")]


# Negatives: a surname that ends in -s as written, with no bare form in the article, speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jan Roth wurde angeklagt. Der Anwalt Peter Jonas sagte: „Wir gehen in Berufung.“",
            "Peter Jonas",
        ),
        ("Klaus Weiß wurde angeklagt. Klaus Weiß sagte: „Wir gehen in Berufung.“", "Klaus Weiß"),
    ],
)
def test_a_name_ending_in_s_still_speaks(text: str, speaker: str) -> None:
    assert _said(text) == [(speaker, "high")]


def test_many_genitive_names_stay_linear() -> None:
    text = "Jan Roth schwieg. Der Anwalt Jan Roths sagte: „Nein.“ " * 2000
    assert {speaker for speaker, _ in _said(text)} == {None}
