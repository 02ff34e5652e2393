"""Russian: kin before a name that cannot be genitive, or before the owner and then its own name."""
# "Мать Ивана Орлова Мария Орлова сказала: «…»" and "Мать Мария Ивановна Петрова сказала" gave
# nobody: the kin rule read every word after the kin noun as the owner's genitive. A woman's
# patronymic in the nominative ("Ивановна") is none, and a genitive name is three words at most:
# four that end in a surname hold the speaker's own name after the owner's.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """Speaker and confidence of each quotation that is speech."""
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru", "") if q.kind != "title"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Мать Ивана Орлова Мария Орлова сказала: «Мы готовы».", "Мария Орлова"),
        ("Мать Мария Ивановна Петрова сказала: «Мы готовы».", "Мария Ивановна Петрова"),
        ("Мать Анны Котовой Мария Котова сказала: «Мы готовы».", "Мария Котова"),
        ("«Мы готовы», — сказала мать Ивана Орлова Мария Орлова.", "Мария Орлова"),
        ("«Мы готовы», — сказала мать Мария Ивановна Петрова.", "Мария Ивановна Петрова"),
    ],
)
def test_the_kins_own_name_speaks(text: str, who: str) -> None:
    assert _said(text) == [(who, "high")]


# Negatives: the owner's genitive alone, or with the kin's first name only, names nobody.
@pytest.mark.parametrize(
    "text",
    [
        "Мать Ивана Петрова сказала: «Мы готовы».",
        "Мать Ивана Ивановича Петрова сказала: «Мы готовы».",
        "Мать Ивана Ивановича Петрова Мария сказала: «Мы готовы».",
        "Жена Виктора Смолина Людмила рассказала: «Мы не уедем».",
        "«Мы готовы», — сказала мать Ивана Орлова.",
    ],
)
def test_the_owner_alone_names_nobody(text: str) -> None:
    assert [s for s, _ in _said(text)] == [None]
