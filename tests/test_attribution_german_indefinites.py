"""German indefinite and negative pronouns are no one's name (`cues.toml` [de] `indefinites`).

"Niemand könne sagen, wie lange …" before a quotation with no cue gave "Niemand" as its speaker,
and "Jemand habe gesagt, …" gave "Jemand": a capital opens the sentence, so the pronoun read as
a name. They name no one, so the quotation is nobody's; a named subject still speaks.
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_LEAD = "Der Vorstandschef Henrik Sandmann sprach am Morgen vor der Belegschaft. "
_QUOTE = "„Wir werden das genau beobachten.“"


@pytest.mark.parametrize(
    "sentence",
    [
        "Niemand könne sagen, wie lange der Zustand noch andauere.",
        "Jemand habe gesagt, es dauere noch Wochen.",
        "Irgendjemand habe behauptet, die Zahlen seien falsch.",
        "Keiner wisse, wie lange es noch dauere.",
        "Niemand habe erklärt, warum der Plan gescheitert sei.",
    ],
)
def test_an_indefinite_subject_names_no_one(sentence: str) -> None:
    [quote] = find_quotes(_LEAD + sentence + " " + _QUOTE, "de")
    assert quote.speaker is None


def test_a_named_subject_still_speaks() -> None:
    text = "Henrik Sandmann habe gesagt, es dauere noch Wochen. " + _QUOTE
    [quote] = find_quotes(text, "de")
    assert quote.speaker == "Henrik Sandmann"


def test_indefinite_subjects_stay_linear() -> None:
    one = _LEAD + "Jemand habe gesagt, es dauere noch Wochen. " + _QUOTE + "\n\n"
    assert_linear(lambda n: find_quotes(one * n, "de"), 20)
