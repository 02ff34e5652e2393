"""HTML extraction's faster settings keep every line and the title of trafilatura's full run."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura

from summarizer.source.cleaning import letter_count
from summarizer.source.encoding import decode
from summarizer.source.read import _EXTRACTION_PASSES, MIN_LETTERS, _extract_html

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "articles"
PAGES = sorted(
    [
        *DATA.glob("articles/*/article.html"),
        *DATA.glob("furniture/*.html"),
        *SHARED.glob("html-*/article.html"),
    ]
)


def full_extraction(html: str) -> tuple[str, str]:
    """Title and text as trafilatura gives them with its metadata search (the old settings)."""
    title, body = "", ""
    for precision, tables in _EXTRACTION_PASSES:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=tables,
            include_images=False,
            include_links=False,
            favor_precision=precision,
            with_metadata=True,
        )
        if doc is not None:
            title, body = doc.title or "", doc.text or ""
        if letter_count(body) >= MIN_LETTERS:
            break
    return title.strip(), body


def test_pages_found() -> None:
    assert len(PAGES) >= 7


def lines(body: str) -> list[str]:
    """The lines of an extracted body as cleaning reads them: stripped, blank ones left out."""
    return [line.strip() for line in body.splitlines() if line.strip()]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_line_of_the_full_extraction_is_lost(page: Path) -> None:
    html = decode(page.read_bytes(), None)
    want_title, want_body = full_extraction(html)
    title, body = _extract_html(html, str(page))
    kept = set(lines(body))
    assert title == want_title
    assert [line for line in lines(want_body) if line not in kept] == []


def test_page_whose_metadata_trips_trafilatura_keeps_its_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """trafilatura's own guard turned a TypeError/ValueError in its metadata into "no text";
    without the metadata search the text is kept and the title is empty."""
    import trafilatura.metadata

    def broken(tree: object) -> None:
        raise ValueError("malformed meta")

    monkeypatch.setattr(trafilatura.metadata, "examine_meta", broken)
    page = DATA / "articles" / "html-04-radio-cz-prymula-resignation-fr" / "article.html"
    title, body = _extract_html(decode(page.read_bytes(), None), str(page))
    assert title == ""
    assert "« impardonnable »" in body
