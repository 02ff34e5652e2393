"""The fast HTML path takes only pages whose article is clear; trafilatura reads the rest."""

from __future__ import annotations

from pathlib import Path

from trafilatura.utils import load_html

from summarizer.source.dense import article_text
from summarizer.source.encoding import decode
from summarizer.source.read import _extract_html

DATA = Path(__file__).resolve().parent / "data"
PROSE = (
    "The council met on Tuesday evening and spent three hours on the budget for the coming "
    "year, which sets aside money for the bridge, the library and two new bus routes"
)


def paragraphs(n: int, prefix: str = "") -> str:
    return "".join(f"<p>{prefix}{PROSE}, part {i}.</p>" for i in range(n))


def page(body: str, title: str = "Council passes the budget") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def fast(html: str, title: str = "") -> str | None:
    tree = load_html(html)
    assert tree is not None
    return article_text(tree, title)


def test_a_clear_article_is_taken_without_its_furniture() -> None:
    html = page(
        "<nav><a href='/'>Home</a><a href='/w'>World</a></nav>"
        "<div id='main'><h1>Council passes the budget</h1>"
        "<p class='byline'>By Amy Chen, city reporter for the Riverton Daily newspaper</p>"
        f"{paragraphs(4)}<div class='share-bar'><p>Share this story on Facebook and on "
        "Twitter and by email with your friends</p></div></div>"
        "<footer><p>Copyright Riverton Daily, all rights reserved, 2025 and later</p></footer>"
    )
    text = fast(html, "Council passes the budget")
    assert text is not None
    assert text.splitlines()[0] == "Council passes the budget"
    assert f"{PROSE}, part 3." in text.splitlines()
    assert "By Amy Chen" not in text and "Share this story" not in text
    assert "Copyright" not in text and "Home" not in text


def test_the_lede_before_the_article_block_is_kept() -> None:
    lede = "A lede that sums the story up in one long sentence, before the body of the article."
    html = page(f"<div><div class='intro'><p>{lede}</p></div><div>{paragraphs(4)}</div></div>")
    text = fast(html)
    assert text is not None
    assert text.splitlines()[0] == lede


def test_a_page_of_links_is_left_to_trafilatura() -> None:
    teasers = "".join(
        f"<li><a href='/{i}'>Another headline about the city budget, number {i}</a></li>"
        for i in range(40)
    )
    html = page(f"<div><ul>{teasers}</ul><div>{paragraphs(1)}</div></div>")
    assert fast(html) is None


def test_comments_longer_than_the_article_are_left_to_trafilatura() -> None:
    comments = "".join(f"<div class='c'><p>{PROSE}, said reader {i}.</p></div>" for i in range(30))
    html = page(f"<article>{paragraphs(2)}</article><section id='comments'>{comments}</section>")
    assert fast(html) is None
    html = html.replace("id='comments'", "class='leserkommentare'")
    assert fast(html) is None


def test_an_article_beside_as_much_other_prose_is_left_to_trafilatura() -> None:
    html = page(f"<div id='a'>{paragraphs(4)}</div><div id='b'>{paragraphs(2, 'Also: ')}</div>")
    assert fast(html) is None


def test_an_article_laid_out_in_a_table_is_left_to_trafilatura() -> None:
    html = page(f"<table><tr><td>menu</td><td>{paragraphs(5)}</td></tr></table>")
    assert fast(html) is None
    real = DATA / "articles" / "html-10-hebei-xinhuanet-drama-tour-gb2312-zh" / "article.html"
    assert fast(decode(real.read_bytes(), None)) is None


def test_an_article_holding_a_table_is_left_to_trafilatura() -> None:
    """trafilatura's first pass leaves tables out; the fast path would keep their cells."""
    table = "<table><tr><td>Bridge</td><td>30 million</td></tr></table>"
    assert fast(page(f"<div>{paragraphs(5)}{table}</div>")) is None


def test_text_between_the_paragraphs_is_left_to_trafilatura() -> None:
    """Loose text (lines split by <br> beside real paragraphs) would be lost by the fast path."""
    html = page(f"<div>{paragraphs(3)}Loose line one of the story.<br>Loose line two.</div>")
    assert fast(html) is None
    _, body = _extract_html(html, "loose.html")
    assert "Loose line one of the story." in body


def test_a_declined_page_still_gets_trafilaturas_text() -> None:
    """The fast path changes the tree it looks at; the fallback reads the page afresh."""
    html = page(f"<table><tr><td>menu</td><td>{paragraphs(5)}</td></tr></table>")
    title, body = _extract_html(html, "table.html")
    assert title == "Council passes the budget"
    assert f"{PROSE}, part 4." in body


def test_characters_xml_forbids_are_dropped_as_trafilatura_drops_them() -> None:
    """The fast path parses without trafilatura's repair pass; its text and title still lack
    the control characters that pass removes."""
    html = page(paragraphs(4).replace("evening", "even\x01ing"), title="Council\x02 passes")
    title, body = _extract_html(html, "controls.html")
    assert (title, "evening" in body) == ("Council passes", True)
    assert "\x01" not in body


def test_a_page_whose_first_line_closes_html_is_read_by_trafilatura() -> None:
    """`<html/>` on the first line leaves lxml with no body; trafilatura's repair reads it."""
    html = f'<html lang="en"/>\n<head><title>T</title></head><body>{paragraphs(4)}</body></html>'
    _, body = _extract_html(html, "selfclosing.html")
    assert f"{PROSE}, part 3." in body
