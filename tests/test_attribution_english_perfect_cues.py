"""English cues in the perfect ("had written") and named subjects parted from their cue by an
aside (own sentences, modelled on shapes of the development sets; no corpus text)."""

from __future__ import annotations

from tests.quoted import english_quotes as quotes
from tests.quoted import english_speakers as speakers


def test_a_cue_in_the_past_perfect_before_the_quotation() -> None:
    text = (
        "The mill closed in May. As the columnist Edna Vole had written years earlier, "
        '"We could never have a town without its mill."'
    )
    found = quotes(text)[0]
    assert (found.speaker, found.confidence, found.basis) == ("Edna Vole", "high", "cue")
    assert found.kind == "writing"


def test_a_cue_in_the_present_perfect_after_the_quotation() -> None:
    text = 'The mill closed. "We could never have a town without its mill," Edna Vole has written.'
    found = quotes(text)[0]
    assert (found.speaker, found.basis) == ("Edna Vole", "cue_after")


def test_a_passive_perfect_names_no_writer() -> None:
    text = 'The mill closed. A note had been written: "We could never have a town without it."'
    assert speakers(text) == [None]
