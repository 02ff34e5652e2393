"""Verbs that are as often a noun ("tweets", "posts") are cues between a quotation and a name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes

_LEAD = "The council met on Monday.\n\n"


def _last(text: str) -> Quote:
    return find_quotes(_LEAD + text, "en")[-1]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("“We will win this seat,” tweets Marla Quence.", "Marla Quence", "writing"),
        ("“The plan is dead,” posts Dorian Felk on his blog.", "Dorian Felk", "writing"),
        ("“We need more time,” comments Leena Varsk.", "Leena Varsk", "speech"),
        ("“Is that all?” retorts Leena Varsk.", "Leena Varsk", "speech"),
    ],
)
def test_a_noun_like_verb_after_the_quotation_names_who_follows(
    text: str, speaker: str, kind: str
) -> None:
    found = _last(text)
    assert (found.speaker, found.confidence, found.kind) == (speaker, "high", kind)


@pytest.mark.parametrize(
    "text",
    [
        # a noun after the quotation's close: nobody is named
        "Voters read “We will win this seat,” tweets that the office sent out.",
        # no comma inside the close: the word is no verb of the quotation
        "Her “thank you” posts Monday drew scorn.",
    ],
)
def test_the_noun_names_nobody(text: str) -> None:
    assert all(q.speaker is None for q in find_quotes(_LEAD + text, "en"))
