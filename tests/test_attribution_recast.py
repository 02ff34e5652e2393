"""The speed shortcuts of the speakers pass give exactly what the plain code gave."""

from __future__ import annotations

from dataclasses import fields, replace

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.find import find_quotes
from summarizer.attribution.speakers.speakers import _recast


def test_recast_keeps_every_other_field_as_replace_does() -> None:
    found = Attribution("Ann Roe", "said", "she", "pronoun", 12, False, True, 9)
    assert {f.name for f in fields(Attribution)} == {
        "speaker",
        "cue",
        "mention",
        "basis",
        "cue_at",
        "named",
        "sure",
        "mention_at",
    }  # a new field must be copied by `_recast` too
    assert _recast(found, None, "carried", False) == replace(
        found, speaker=None, basis="carried", sure=False
    )


# `Exchange` reads a turn's gender only when a pronoun asks: every turn before it still counts.
def test_turn_taking_reads_the_genders_of_every_turn_recorded_before_it() -> None:
    text = (
        "“Is it done?” asked Peter Grant.\n\n“It is,” said Maria Lopez.\n\n"
        "“Then we go,” he said.\n\n“Go,” she said."
    )
    found = [(q.speaker, q.basis) for q in find_quotes(text, "en")]
    assert found[2:] == [("Peter Grant", "turn_taking"), ("Maria Lopez", "turn_taking")]
