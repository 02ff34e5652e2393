"""German "er"/"sie" never stands for a group that opens a sentence as a name would."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_SAID = "\n\n„Die Lage ist ernst“, sagte {}."


def _quote(text: str) -> Quote:
    """The one quotation of `text`."""
    [quote] = find_quotes(text, "de")
    return quote


# An adjective in -en and a plural noun for people who act: a group, never one "er".
@pytest.mark.parametrize(
    "opening",
    [
        "Auswärtigen Journalisten war es nicht möglich, in den Ort zu gelangen.",
        "Örtlichen Demonstranten gelang es nicht, zum Platz zu kommen.",
        "Jungen Flüchtlinge warten seit Wochen auf eine Antwort.",  # -linge: people too
    ],
)
def test_a_pronoun_never_stands_for_a_group(opening: str) -> None:
    quote = _quote(opening + _SAID.format("er"))
    assert (quote.speaker, quote.mention) == (None, "er")


# A first name makes the two words a person's name, whatever their endings.
def test_a_first_name_and_a_surname_like_a_group_stay_a_person() -> None:
    quote = _quote("Anne Christen war nicht in der Stadt." + _SAID.format("sie"))
    assert (quote.speaker, quote.confidence, quote.basis) == ("Anne Christen", "low", "pronoun")
