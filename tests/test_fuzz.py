"""Property-based tests: decoding, cleaning, quote finding and verify's JSON loading never let an
exception other than our one-line errors escape. `make test` runs a few examples each;
`make fuzz` (HYPOTHESIS_PROFILE=fuzz) runs at least 5,000 each."""

from __future__ import annotations

import copy
import io
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import source, summary
from summarizer.article import Article
from summarizer.attribution.find import find_quotes
from summarizer.errors import InputError, SummarizerError
from summarizer.source.cleaning import clean_text, split_title
from summarizer.source.encoding import decode
from summarizer.verification.check import verify

SEED = Path(__file__).resolve().parent.parent / "examples" / "seed-blitz-china-nato.txt"
LANGS = ("en", "zh-Hans", "zh-Hant", "es", "fr", "de", "ja", "ru", "ar")
MARKS = "\"'“”‘’「」『』«»„‚‹›《》〈〉:：,，.。!?！？\n\t —–-…"

# text that looks like news: words, names, quotation marks and cues in several scripts
PIECES = [*"abcdefgh ABCDE xyz", *MARKS, "said", " says ", "表示", "说", "称", "dijo", "a déclaré"]
PIECES += ["Lin Jian", "NATO", "中国", "\u00a0", "\u3000", "\r\n", "\x00", "\ufeff"]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=600), NEWSY)
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@cache
def _seed_article() -> Article:
    return source.load(str(SEED))


@cache
def _valid_summary() -> dict[str, Any]:
    """A real summary of the seed article as JSON (made by the extract engine)."""
    import asyncio

    from summarizer.engines.base import Request
    from summarizer.engines.extract import ExtractEngine

    made = asyncio.run(ExtractEngine().summarize(_seed_article(), Request("en")))
    data: dict[str, Any] = json.loads(summary.dumps(verify(made, _seed_article())))
    return data


@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_an_input_error(raw: bytes) -> None:
    try:
        text = decode(raw)
    except InputError as exc:
        assert "\n" not in exc.message
        return
    assert isinstance(text, str)


@given(st.binary(max_size=2000))
def test_reading_any_bytes_from_stdin_gives_text_or_an_input_error(raw: bytes) -> None:
    try:
        text = source.read_text("-", stdin=io.BytesIO(raw))
    except InputError:
        return
    assert text.strip()


@given(ANY_TEXT)
def test_cleaning_any_text_never_fails(text: str) -> None:
    cleaned = clean_text(text)
    assert "\r" not in cleaned
    title, body = split_title(cleaned)
    assert isinstance(title, str) and isinstance(body, str)


@given(ANY_TEXT, st.sampled_from(LANGS))
def test_quotes_of_any_text_are_spans_of_it(text: str, lang: str) -> None:
    for quote in find_quotes(text, lang):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text


@given(st.one_of(st.text(max_size=300), JSON_VALUE.map(json.dumps)))
def test_loading_any_json_text_gives_a_summary_or_an_input_error(text: str) -> None:
    try:
        summary.loads(text, origin="fuzz.json")
    except InputError as exc:
        assert "\n" not in exc.message


def _mutated(data: dict[str, Any], path: list[Any], value: Any) -> dict[str, Any]:
    """`data` with the value at `path` (followed as far as it exists) replaced by `value`."""
    out = copy.deepcopy(data)
    node: Any = out
    for step in path[:-1]:
        if isinstance(node, dict) and node:
            key = sorted(node)[step % len(node)]
            node = node[key]
        elif isinstance(node, list) and node:
            node = node[step % len(node)]
    if isinstance(node, dict) and node:
        node[sorted(node)[path[-1] % len(node)]] = value
    elif isinstance(node, list) and node:
        node[path[-1] % len(node)] = value
    return out


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 50), min_size=1, max_size=5), JSON_VALUE)
def test_verifying_a_mutated_summary_gives_a_result_or_an_input_error(
    path: list[int], value: Any
) -> None:
    text = json.dumps(_mutated(_valid_summary(), path, value))
    try:
        loaded = summary.loads(text, origin="fuzz.json")
    except InputError:
        return
    checked = verify(loaded, _seed_article())
    assert checked.verification is not None
    assert checked.verification.ok == (not checked.verification.errors)
    assert summary.loads(checked.to_json()).verification == checked.verification


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a": ' + "1" * 6000 + "}", '"\\udfff"'])
def test_the_known_crashers_are_input_errors(text: str) -> None:
    with pytest.raises(SummarizerError):
        summary.loads(text)
