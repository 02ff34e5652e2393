"""An adverb of manner before the participle ("habe X falsch zitiert") leaves X the one quoted."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "Jan Roth sagte, die Zeitung habe Anna Lenz falsch zitiert: „Wir gehen.“",
        "Jan Roth sagte, die Zeitung habe Anna Lenz wörtlich zitiert: „Wir gehen.“",
        "Die Zeitung hat Anna Lenz falsch zitiert: „Wir gehen.“",
    ],
)
def test_the_object_before_an_adverb_is_the_one_quoted(text: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Anna Lenz", "low")


def test_a_pronoun_object_still_leaves_the_speaker() -> None:
    text = "Anna Lenz sagte, die Zeitung habe sie falsch zitiert: „Das habe ich nie gesagt.“"
    assert only_quote(text, "de").speaker == "Anna Lenz"


def test_a_negation_names_no_one_quoted() -> None:
    text = "Jan Roth sagte, die Zeitung habe Anna Lenz nicht zitiert: „Wir gehen.“"
    assert only_quote(text, "de").speaker != "Anna Lenz"
