"""The speed shortcuts of the speakers pass give exactly what the plain code gave."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cues import Mention
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.marks.marks import Span

_RECORDS = (
    Attribution("Ann Roe", "said", "she", "pronoun", 12, False, True, 9),
    Mention("Ann Roe", "name", "said", 3, 12),
    Span(1, 2, 0, 3, 0, 9, frame=5),
)


# Every field, changed alone: a field `recast` passed over would keep its old value.
@pytest.mark.parametrize("record", _RECORDS, ids=lambda r: type(r).__name__)
def test_recast_changes_each_field_as_replace_does_and_keeps_the_others(record: object) -> None:
    for field in fields(record):
        change = {field.name: "changed"}
        assert recast(record, **change) == replace(record, **change)
    assert recast(record) == record


def test_recast_refuses_a_field_the_record_has_not() -> None:
    with pytest.raises(TypeError):
        recast(_RECORDS[0], speker="Ann Roe")


# `Exchange` reads a turn's gender only when a pronoun asks: every turn before it still counts.
def test_turn_taking_reads_the_genders_of_every_turn_recorded_before_it() -> None:
    text = (
        "“Is it done?” asked Peter Grant.\n\n“It is,” said Maria Lopez.\n\n"
        "“Then we go,” he said.\n\n“Go,” she said."
    )
    found = [(q.speaker, q.basis) for q in find_quotes(text, "en")]
    assert found[2:] == [("Peter Grant", "turn_taking"), ("Maria Lopez", "turn_taking")]
