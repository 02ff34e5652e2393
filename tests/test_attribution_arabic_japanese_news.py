"""Arabic and Japanese news: the named speaker, or nobody for the unnamed (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer._data import parse_toml
from summarizer.attribution.find import Quote, find_quotes

_ROWS = parse_toml(
    (Path(__file__).parent / "data" / "attribution" / "arabic_japanese_news.toml").read_text(
        "utf-8"
    )
)


def _quote(text: str, lang: str, part: str) -> Quote:
    """The quotation that is `part`, else the first that holds it."""
    found = find_quotes(text, lang, "")
    return next(q for q in (*[q for q in found if q.text == part], *found) if part in q.text)


def _rows(kind: str) -> list[tuple[str, str, str, str]]:
    return [(lang, *row) for lang in ("ar", "ja") for row in _ROWS[lang][kind]]


@pytest.mark.parametrize(("lang", "text", "part", "who"), _rows("named"))
def test_the_named_speaker_is_found(lang: str, text: str, part: str, who: str) -> None:
    assert _quote(text, lang, part).speaker == who


@pytest.mark.parametrize(("lang", "text", "part", "who"), _rows("nobody"))
def test_an_unnamed_source_or_a_title_names_nobody(
    lang: str, text: str, part: str, who: str
) -> None:
    assert _quote(text, lang, part).speaker is None
