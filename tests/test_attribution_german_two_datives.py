"""German: a verb of saying takes one listener in the dative; "der" and a noun before "dem" and a
noun ("teilte der Verein dem Spieler Olaf Kern mit") is the subject, no dative, and the name after
"dem" and its noun is the one told, never the speaker (german/adverbials.py `_dative_end`,
`fixS25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "de") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("„Wir sind bereit“, teilte der Verein dem Spieler Olaf Kern mit.", "Olaf Kern"),
        ("„Wir sind bereit“, teilte der Trainer dem Stürmer Harry Kane mit.", "Harry Kane"),
        ("„Wir sind bereit“, sagte der Trainer dem Sender Sky.", "Sky"),
        ("„Wir sind bereit“, sagte der Verein einem Reporter Tom Roe.", "Tom Roe"),
    ],
)
def test_the_name_after_dem_is_told_not_speaking(text: str, told: str) -> None:
    assert all(s is None or told not in s for s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "speaker", "confidence"),
    [
        # a dative "der" before another article stays a dative; the subject follows
        ("„Wir sind bereit“, sagte der Zeitung ein Sprecher.", "ein Sprecher", "low"),
        ("„Wir sind bereit“, sagte der Zeitung Olaf Kern.", "Olaf Kern", "high"),
        ("„Wir sind bereit“, sagte Olaf Kern dem Sender Sky.", "Olaf Kern", "high"),
        ("„Wir sind bereit“, sagte Trainer Olaf Kern dem Sender Sky.", "Olaf Kern", "high"),
        ("„Wir sind bereit“, sagte dem Sender Sky Trainer Olaf Kern.", "Olaf Kern", "high"),
    ],
)
def test_a_subject_around_a_dative_stays(text: str, speaker: str, confidence: str) -> None:
    assert _found(text) == [(speaker, confidence)]


# "der Zeitung" is a feminine dative or genitive; after a verb of saying and its subject it is
# the outlet told, so the subject ends before it (the role stays, low).
@pytest.mark.parametrize(
    "text",
    [
        "„Wir sind bereit“, sagte der Minister der Zeitung Bild.",
        "„Wir sind bereit“, sagte der Minister der Nachrichtenagentur Reuters.",
    ],
)
def test_an_outlet_after_the_subject_is_told(text: str) -> None:
    assert _found(text) == [("Minister", "low")]


@pytest.mark.parametrize(
    ("text", "speaker", "confidence"),
    [
        (
            "Der Sprecher der Zeitung Bild sagte: „Wir sind bereit.“",
            "Sprecher der Zeitung Bild",
            "low",
        ),
        ("„Wir sind bereit“, sagte der Sprecher der Stadt.", "Sprecher der Stadt", "low"),
        ("„Wir sind bereit“, sagte Olaf Kern der Zeitung Bild.", "Olaf Kern", "high"),
    ],
)
def test_a_genitive_before_the_verb_or_no_outlet_stays(
    text: str, speaker: str, confidence: str
) -> None:
    assert _found(text) == [(speaker, confidence)]
