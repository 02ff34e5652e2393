"""The hand-annotated who-said-what gold is sound, and find_quotes scores well against it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from summarizer.attribution.find import Quote
from tests import benchscript

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold"
ARTICLES = ROOT / "tests" / "data" / "articles"
GOLD_FILES = sorted(GOLD.glob("*.json"))


bench = benchscript.load("attribution_gold")


def visible_text(path: Path) -> str:
    """The article's raw text; for HTML its visible text; whitespace runs collapsed."""
    if path.suffix == ".html":
        from lxml import html  # type: ignore[import-untyped]

        tree = html.fromstring(path.read_bytes())
        for element in tree.xpath("//script|//style|//noscript"):
            element.drop_tree()
        raw = tree.text_content()
    else:
        raw = path.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", raw)


def load(path: Path) -> dict[str, Any]:
    """The parsed gold file."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_gold_covers_ten_articles_in_six_languages() -> None:
    langs = {load(p)["lang"] for p in GOLD_FILES}
    assert len(GOLD_FILES) >= 10
    assert len(langs) >= 6


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path: Path) -> None:
    data = load(path)
    assert set(data) == {"article", "lang", "notes", "quotes"}
    assert data["article"] == path.stem
    meta = ARTICLES / path.stem / "source.json"
    expected = json.loads(meta.read_text(encoding="utf-8"))["language"] if meta.exists() else "en"
    assert data["lang"] == expected
    assert data["notes"].strip()
    assert data["quotes"]
    for quote in data["quotes"]:
        assert set(quote) == {"text", "speaker", "kind"}
        assert quote["kind"] in ("speech", "scare")
        assert quote["text"] and quote["text"] == quote["text"].strip()
        assert quote["speaker"] is None or (quote["speaker"].strip() == quote["speaker"] != "")


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_gold_quote_occurs_verbatim_in_its_article(path: Path) -> None:
    data = load(path)
    source = visible_text(next((ARTICLES / data["article"]).glob("article.*")))
    missing = [q["text"] for q in data["quotes"] if re.sub(r"\s+", " ", q["text"]) not in source]
    assert missing == []


def gold(text: str, speaker: str | None = "Lin Jian", kind: str = "speech") -> Any:
    """A gold quote for the scorer tests."""
    return bench.GoldQuote(text, speaker, kind)


def found(text: str, speaker: str | None = None) -> Quote:
    """A predicted quote for the scorer tests (offsets are irrelevant to scoring)."""
    return Quote(text=text, start=0, end=len(text), speaker=speaker, cue=None)


def test_scorer_matches_quotes_by_text_with_80_percent_overlap() -> None:
    full = "What NATO should do is self-reflection, not arbitrary smear and attack China,"
    assert bench.matches(full, "What NATO should do is self-reflection, not arbitrary smear and")
    assert bench.matches("“constructive role.”", "constructive role")
    assert not bench.matches(full, "What NATO should do is self-reflection")
    assert not bench.matches("strong concern", "concern")


def test_scorer_matches_each_prediction_at_most_once() -> None:
    golds = [gold("special relationship", None, "scare")] * 2
    assert bench.align(golds, [found("special relationship")]).count(None) == 1


def test_scorer_speaker_rules() -> None:
    assert bench.same_speaker("Stoltenberg", "Jens Stoltenberg")
    assert bench.same_speaker("Lin", "Lin Jian")
    assert bench.same_speaker("民兵指導者", "地元の民兵指導者")
    assert bench.same_speaker(None, None)
    assert not bench.same_speaker(None, "Samuel Alito")
    assert not bench.same_speaker("Elizabeth Prelogar", "Samuel Alito")


def test_scorer_counts_recall_and_speaker_accuracy() -> None:
    article = bench.GoldArticle(
        "x", "en", "en", "", (gold("We urge the NATO side to stop"), gold("At some point"))
    )
    result = bench.score(article, [found("We urge the NATO side to stop", "Stoltenberg")])
    assert (result.gold, result.found, result.speech_matched, result.speech_correct) == (2, 1, 1, 0)
    assert result.recall == 0.5


def test_find_quotes_recovers_gold_quotes_and_their_speakers() -> None:
    tables = bench.report()
    total = tables["languages"]["all"]
    assert total.recall >= 0.85, bench.markdown(tables)
    # 0.90 before issue 13: guessed speakers are now left out (null) rather than enforced.
    assert total.speech_accuracy >= 0.85, bench.markdown(tables)
