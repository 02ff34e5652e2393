"""English: a message that is the cue's object and someone else's ("posted a message from his
wife:", "quoted Mia Ford's message:") is relayed or answered: the cue names nobody (review 25b)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _last(text: str) -> tuple[str | None, str]:
    found = find_quotes(text, "en")[-1]
    return found.speaker, found.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Carl Dunne, R-Ohio, posted a message from his wife: “Step aside now.”",
        "Carl Dunne posted a message from his wife: “Step aside now.”",
        "Carl Dunne, R-Ohio, quoted Mia Ford's message: “Step aside now.”",
        "Carl Dunne, R-Ohio, read aloud a message from Mia Ford: “Step aside now.”",
        "Carl Dunne read aloud a message from Mia Ford: “Step aside now.”",
    ],
)
def test_a_relayed_message_is_not_the_relayer_s(text: str) -> None:
    assert _last(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker", "confidence"),
    [
        ("Carl Dunne, R-Ohio, posted a message: “Step aside now.”", "Carl Dunne", "high"),
        ("Carl Dunne posted a message to his wife: “Step aside now.”", "Carl Dunne", "high"),
        # a reply to someone's message may be one's own: unsure, as before
        ("Carl Dunne responded to Mia Ford's message: “Never.”", "Carl Dunne", "low"),
    ],
)
def test_one_s_own_message_or_a_reply_stays(text: str, speaker: str, confidence: str) -> None:
    assert _last(text) == (speaker, confidence)
