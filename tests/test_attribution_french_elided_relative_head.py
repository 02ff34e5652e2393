"""An elided article ("l'inspecteur, qui a répondu") heads a relative like "le" or "la" does."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Marie Leroy a interrogé l'inspecteur, qui a répondu : « Rien à signaler. »",
        "Marie Leroy a interrogé l'agent, qui a répondu : « Rien à signaler. »",
        "Marie Leroy a interrogé le voisin, qui a répondu : « Rien à signaler. »",
    ],
)
def test_the_unnamed_head_speaks_not_the_subject(text: str) -> None:
    assert only_quote(text, "fr").speaker is None


def test_a_named_head_still_speaks() -> None:
    text = "Marie Leroy a interrogé Jean Dupont, qui a répondu : « Rien à signaler. »"
    assert only_quote(text, "fr").speaker == "Jean Dupont"
