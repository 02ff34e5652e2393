"""After "der" only a noun with a masculine ending is surely the subject ("Der Experte sagte X:");
any other ("Der Zeit", "Der Mutter") may be a feminine dative: the name after the verb speaks."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _seen(text: str) -> tuple[str | None, str]:
    """The one quotation's speaker and confidence."""
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "noun", ["Zeit", "Welt", "Bahn", "Post", "Stadt", "Bild", "Mutter", "Zeitung", "ARD"]
)
def test_a_noun_without_a_masculine_ending_is_a_dative(noun: str) -> None:
    """'Der Zeit sagte Jan Roth: „…“' is Jan Roth's."""
    assert _seen(f"Der {noun} sagte Jan Roth: „Wir prüfen das.“") == ("Jan Roth", "high")


@pytest.mark.parametrize(
    "noun",
    ["Experte", "Kollege", "Vorsitzende", "Abgeordnete", "Sprecher", "Präsident", "Betriebsrat"],
)
def test_a_masculine_noun_is_the_subject(noun: str) -> None:
    """'Der Experte widersprach Jan Roth: „…“' is never Jan Roth's: he is the one contradicted."""
    assert _seen(f"Der {noun} widersprach Jan Roth: „Das ist falsch.“")[0] in (noun, None)
