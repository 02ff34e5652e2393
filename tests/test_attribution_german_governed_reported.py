"""German: a governed short quotation in a clause with its own subject is not a later cue's."""
# fixW23: "Peter Lenz warnte vor den „unabsehbaren“ Folgen, sagte Anna Roth." gave Anna Roth at
# high (departial22 made the quotation speech; the cue after it took it). The words are Lenz's,
# the sentence is Roth's report: nobody surely.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str) -> tuple[str | None, str]:
    (quote,) = find_quotes(text, "de", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Peter Lenz warnte vor den „unabsehbaren“ Folgen, sagte Anna Roth.",
        "Peter Lenz kritisierte die „überzogenen“ Forderungen, sagte Anna Roth.",
        "Die Regierung warnte vor den „unabsehbaren“ Folgen, erklärte die Ministerin Anna Roth.",
    ],
)
def test_the_later_cue_names_nobody_at_high(text: str) -> None:
    speaker, confidence = _said(text)
    assert speaker is None or (speaker != "Anna Roth" and confidence == "low")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Peter Lenz warnte vor den „unabsehbaren“ Folgen.", "Peter Lenz"),
        ("Peter Lenz kritisierte die „überzogenen“ Forderungen, sagte er.", "Peter Lenz"),
        ("Es gebe „unabsehbare“ Folgen, sagte Anna Roth.", "Anna Roth"),
    ],
)
def test_the_clause_or_the_cue_still_names_its_speaker(text: str, speaker: str) -> None:
    assert _said(text)[0] == speaker
