"""Who said what on the patterns that news in every supported language uses (own sentences in
tests/data/attribution/patterns.toml), and bad input that must neither crash nor slow down."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from summarizer._data import parse_toml
from summarizer.quotes.find import find_quotes

CASES = parse_toml(
    (Path(__file__).parent / "data" / "attribution" / "patterns.toml").read_text("utf-8")
)["case"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_pattern(case: dict[str, Any]) -> None:
    text = case["text"]
    quotes = find_quotes(text, case["lang"])
    assert all(text[q.start : q.end] == q.text for q in quotes)
    got = [[q.text, q.speaker or "", q.confidence] for q in quotes]
    assert got == case["quotes"]
    for field in ("basis", "kind", "mood"):
        if field in case:
            assert [getattr(q, field) for q in quotes] == case[field]


def test_high_confidence_always_names_someone() -> None:
    for case in CASES:
        for quote in find_quotes(case["text"], case["lang"]):
            assert quote.confidence == "low" or quote.speaker is not None
            assert quote.kind != "title" or quote.speaker is None


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("unbalanced marks", "“One ”two” three “four. „Fünf“ »sechs« «sept 「九」』十\n\n" * 50),
        ("a quote that never closes", "He said: “We will go on and on " + "and on " * 20000),
        ("10,000 quotation marks in one paragraph", "“" * 5000 + "a" + "”" * 5000),
        ("mixed marks, 10,000 in one paragraph", '“a" ' * 2500 + "«b» " * 2500),
        ("a paragraph of only dashes", "—" * 20000 + "\n\n" + "- – — " * 5000),
    ],
)
def test_bad_input_neither_crashes_nor_slows_down(name: str, text: str) -> None:
    started = time.perf_counter()
    quotes = find_quotes(text, "en")
    assert time.perf_counter() - started < 2.0, name
    assert all(text[q.start : q.end] == q.text for q in quotes)
