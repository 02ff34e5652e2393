"""Patterns compiled at first use (lexicon/lazy.py): once, and only when a reader needs them."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.lazy import lazy


def test_a_lazy_pattern_compiles_once_with_its_flags() -> None:
    pattern = lazy("[\u4e00-\u9fff]{2}", re.M)
    assert pattern() is pattern()
    assert pattern().flags & re.M
    assert pattern().fullmatch("王明") is not None
    assert pattern().fullmatch("ab") is None


def test_an_english_article_compiles_no_chinese_or_japanese_pattern() -> None:
    from summarizer.attribution.dialogue import dialogue
    from summarizer.attribution.find import find_quotes
    from summarizer.attribution.han import hanname, hanopen, japanese

    unused = (hanname._han, hanopen._reported, japanese._kanji, dialogue._opening)
    for pattern in unused:
        pattern.cache_clear()  # another test may have read Chinese or Japanese already
    find_quotes("“We will mend the road,” Mayor Ruth Okafor said on Tuesday.", "en")
    assert all(pattern.cache_info().currsize == 0 for pattern in unused)
