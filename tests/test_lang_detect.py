"""Language detection counts each script's letters exactly, however it finds them."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from summarizer import lang

DATA = Path(__file__).resolve().parent / "data" / "articles"
SCRIPTS = {
    "han": lang.HAN,
    "kana": lang.KANA,
    "hangul": lang.HANGUL,
    "arabic": "\u0600-\u06ff",
    "cyrillic": "\u0400-\u04ff",
    "latin": "\x00-\u024f",
}


def letters_one_by_one(text: str) -> dict[str, int]:
    """Each script's letters counted a character at a time (str.isalpha)."""
    return {
        name: sum(1 for ch in text if ch.isalpha() and re.fullmatch(f"[{ranges}]", ch))
        for name, ranges in SCRIPTS.items()
    }


@given(st.text(alphabet=st.characters(max_codepoint=0xFFFF, exclude_categories=["Cs"])))
def test_script_letters_are_counted_exactly(text: str) -> None:
    assert lang._script_counts(text) == letters_one_by_one(text)


def test_every_article_counts_its_letters_the_same() -> None:
    articles = sorted(DATA.glob("*/article.txt"))
    assert len(articles) >= 10
    for path in articles:
        text = path.read_text(encoding="utf-8")[:3000]
        assert lang._script_counts(text) == letters_one_by_one(text), path.parent.name
