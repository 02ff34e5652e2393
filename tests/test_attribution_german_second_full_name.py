"""German: after a verb, a known first name and a surname are a whole name; two more capitalised
words ending the run open the one told, even with a first name the data does not know ("teilte
Eva Ems Harry Kane mit": Eva Ems) (german/noun_runs.py `_second_name`, `fixS25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sind bereit“, teilte Thomas Tuchel Harry Kane mit.", "Thomas Tuchel"),
        ("„Wir sind bereit“, teilte Thomas Tuchel Jamal Musiala mit.", "Thomas Tuchel"),
        ("„Wir sind bereit“, teilte Eva Ems Harry Kane mit.", "Eva Ems"),
        ("„Wir sind bereit“, teilte Eva Ems Olaf Kern mit.", "Eva Ems"),
    ],
)
def test_the_second_full_name_is_told(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir sind bereit“, sagte Thomas Tuchel.", "Thomas Tuchel"),
        ("„Wir sind bereit“, sagte Hans Dieter Roth.", "Hans Dieter Roth"),
        ("„Wir sind bereit“, sagte Thomas Müller Westernhagen.", "Thomas Müller Westernhagen"),
    ],
)
def test_one_long_name_stays_whole(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text)] == [speaker]
