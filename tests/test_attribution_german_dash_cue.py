"""A dash after a German quotation sets off the cue after it as a comma does ("„…“ – so X")."""

from __future__ import annotations

import pytest

from tests.quoted import only_quote


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist absurd“ – so Jan Roth.",
        "„Das ist absurd“ - so Jan Roth.",
        "„Das ist absurd“ — sagte Jan Roth am Montag.",
    ],
)
def test_cue_after_a_dash(text: str) -> None:
    quote = only_quote(text, "de")
    assert (quote.speaker, quote.confidence) == ("Jan Roth", "high")


@pytest.mark.parametrize(
    "text",
    [
        "„Das ist absurd“ – so viel steht fest.",
        "„Das ist absurd“ – und Jan Roth schwieg.",
    ],
)
def test_no_cue_after_a_dash(text: str) -> None:
    assert only_quote(text, "de").speaker is None
