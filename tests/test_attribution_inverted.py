"""A reporting verb that opens the sentence before the name is no part of the name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "The vote was close. Said Smith: “We go.”", "Smith"),
        ("en", "Says Ann Lee: “We go.”", "Ann Lee"),
        ("de", "Die Wahl war knapp. Sagte Merkel: „Wir gehen.“", "Merkel"),
        ("fr", "Déclare Macron : « Nous partons. »", "Macron"),
        ("es", "Dijo Sánchez: «Nos vamos.»", "Sánchez"),
        ("ru", "Заявил Песков: «Мы уходим».", "Песков"),
        # a name that starts as a verb does keeps it
        ("en", "Said Jalili said: “We go.”", "Said Jalili"),
    ],
)
def test_a_verb_before_the_name_and_its_colon_is_not_named(
    lang: str, text: str, speaker: str
) -> None:
    [quote] = find_quotes(text, lang)
    assert (quote.speaker, quote.confidence) == (speaker, "high")
