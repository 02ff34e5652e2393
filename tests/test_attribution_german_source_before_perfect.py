"""A source's phrase ("Laut Eva Ems") in first place puts the Konjunktiv auxiliary second and
the reported speaker's full name right after it: "Laut Eva Ems habe Olaf Kern gesagt: „…“"
gives Olaf Kern, never sure (review 25b, `fixG25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def test_the_name_after_the_auxiliary_is_the_speaker() -> None:
    found = find_quotes("Laut Eva Ems habe Olaf Kern gesagt: „Ich bleibe.“", "de")
    assert [(q.speaker, q.confidence) for q in found] == [("Olaf Kern", "low")]


@pytest.mark.parametrize(
    "text",
    [
        "Laut Eva Ems habe er gesagt: „Ich bleibe.“",
        "Laut der Zeitung habe die Ministerin gesagt: „Ich bleibe.“",
    ],
)
def test_no_full_name_after_the_auxiliary_names_nobody(text: str) -> None:
    assert [q.speaker for q in find_quotes(text, "de")] == [None]
