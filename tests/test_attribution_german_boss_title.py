"""German: "Boss" is a title, as "Chef" is: "sagte Daimler Boss Ola Källenius" names him alone."""
# It gave "Boss Ola Källenius", high: "Ola" is no first name the German list knows, so the word
# before it was kept as a word of the name. As a title (cues.toml de `titles`) it stays out, as
# "Chef" does; like "Richter", a surname "Boss" then names nobody ("sagte Tom Boss").

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation."""
    quote = find_quotes(text, "de", "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind bereit“, sagte Daimler Boss Ola Källenius.",
        "„Wir sind bereit“, sagte Daimler-Boss Ola Källenius.",
        "„Wir sind bereit“, sagte Boss Ola Källenius.",
        "„Wir sind bereit“, sagte Daimler Chef Ola Källenius.",
    ],
)
def test_the_boss_is_no_word_of_the_name(text: str) -> None:
    assert _last(text) == ("Ola Källenius", "high")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Wir sind bereit“, sagte Siemens Boss Olaf Kern.", "Olaf Kern"),
        ("„Wir sind bereit“, sagte ein Sprecher von Hugo Boss.", None),
    ],
)
def test_other_readings_stay(text: str, name: str | None) -> None:
    assert _last(text)[0] == name
