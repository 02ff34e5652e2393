"""The records built with `quick_init` behave as the frozen dataclasses they are."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.find import Quote, find_quotes
from summarizer.attribution.lexicon.records import quick_init
from summarizer.attribution.marks.marks import Span


def test_defaults_equality_hash_and_replace_are_the_dataclass_ones() -> None:
    found = Attribution("Ann Roe", "said", cue_at=4)
    assert found == Attribution("Ann Roe", "said", None, "none", 4, True, True, -1)
    assert hash(found) == hash(Attribution("Ann Roe", "said", cue_at=4))
    assert dataclasses.replace(found, basis="cue").basis == "cue"
    assert dataclasses.astuple(Span(1, 2, 0, 3, 0, 9)) == (1, 2, 0, 3, 0, 9, False, True, None)


def test_records_stay_frozen_and_pickle() -> None:
    span = Span(1, 2, 0, 3, 0, 9, frame=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(span)) == span
    with pytest.raises(TypeError):
        Attribution("Ann Roe")  # type: ignore[call-arg]


def test_a_quote_keeps_its_fields_in_order_for_the_json_output() -> None:
    quote = find_quotes("“We will go,” Mayor Ann Lee said.", "en")[0]
    assert isinstance(quote, Quote)
    assert vars(quote) == dataclasses.asdict(quote)
    assert list(vars(quote))[:3] == ["text", "start", "end"]
    assert (quote.speaker, quote.basis) == ("Ann Lee", "cue_after")


def test_only_plain_fields_are_supported() -> None:
    @dataclasses.dataclass(frozen=True)
    class Listed:
        items: list[str] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        quick_init(Listed)
