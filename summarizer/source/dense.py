"""A fast path for HTML pages whose article sits in one clear block; trafilatura does the rest.

The block is the element holding most paragraph text (readability's scoring: a paragraph's
length counts for its parent, half for its grandparent). It is taken only when nothing about
the page is unclear; `article_text` returns None otherwise, and the caller asks trafilatura.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree
from lxml.html import HtmlElement

_DROP = (
    *("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"),
    *("iframe", "svg", "figure", "figcaption", "img", "picture", "video", "audio", "canvas", "object"),
    *("embed", "button", "select", "textarea", "input", etree.Comment),
)
"""Never article text in a clear page."""
_PARAGRAPHS = (
    *("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "dd", "pre", "blockquote", "td"),
    "th",
)
_BLOCK_TAGS = frozenset(
    (*_PARAGRAPHS, "ul", "ol", "dl", "dt", "section", "article", "main", "address", "center")
    + ("table", "tr", "tbody", "thead", "tfoot")
)
"""Tags that make their parent a container rather than a paragraph."""
_RULED = ("div", "p", "section", "span", "ul", "ol", "li", "dl", "details")
_BOTH = re.compile(
    r"^shar|social|viral|newsletter|syndication|cookie|tags|sidebar|banner|bread-?crumb|button"
    r"|author|[Tt]easer|caption|^[Cc]omment(?!ary)|hidden|consent"
)
_ID = re.compile(r"[Ff]ooter|[Ss]hare|[Nn]av|menu|related|premium|^ad-|disqus|comment")
_CLASS = re.compile(
    r"^(?:nav|post-nav)|subnav|avigation|navbar|navbox|menu|bar|(?:^| )ad(?:-| |$)|-ad-|dfp[Aa]d"
    r"|outbrain|taboola|paid-?content|widget|[Ff]ooter|[Bb]yline|share-|sociable|embed|tag-list"
    r"|modal-content|permission|elated|next-|-stories|most-popular|more-on|meta|rating"
    r"|attachment|timestamp|user-info|user-profile|-icon|article-infos|message|slide|viewport"
    r"|overlay|options|expand|obfuscated|blurred|^hide-|-hide-|hide-print| hide|noprint|-reply-"
    r"|(?:^|\s)bottom|bottom(?:\s|$)|(?:^|\s)link(?:\s|$)|(?:article|post)-comments"
)
_STYLE = re.compile(r"display: ?none|border")
"""trafilatura's boilerplate rules for its first pass (precision, no images, no comments), by
id, class and style, run in Python over one block instead of as XPath over the whole page."""
_COMMENTS = re.compile(r"comment|disqus|reply|respon|discus|forum|kommentar", re.IGNORECASE)
_TABLE_TAGS = ("table", "tbody", "tr", "td", "th")
_COUNTED = 25
"""Shortest paragraph, in characters, that counts towards a block's score."""
_SHARE = 0.9
"""Least part of the page's paragraph text that the article must hold."""
_LEDE = 80
"""Shortest paragraph before the block that joins it (a lede or standfirst)."""
_LINK_DENSITY = 0.25
"""Most part of a paragraph's text in links for it to count as prose."""
_KEPT_AFTER_RULES = 0.5
"""Least part of the block's text that trafilatura's boilerplate rules may leave."""
_FEWEST_LINES = 3
_BREAK = "\u2028"


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph of the page: an element without block children, its text and link text."""

    element: HtmlElement
    text: str
    links: int

    @property
    def prose(self) -> bool:
        """Long enough to count and not mostly links."""
        return len(self.text) >= _COUNTED and self.links <= len(self.text) * _LINK_DENSITY


def article_text(tree: HtmlElement, title: str) -> str | None:
    """The article's text, one paragraph a line, or None when the page is not clearly laid out.

    `tree` is changed (scripts, navigation and the like removed): parse again to fall back.
    """
    body = tree.find("body")
    if body is None:
        return None
    etree.strip_elements(body, *_DROP, with_tail=False)
    page = list(_paragraphs(body))
    block = _block(page)
    if block is None or _unclear(block) or _share(block, page) < _SHARE:
        return None
    kept = _kept(block)
    if kept is None:
        return None
    lines = [line for p in kept if p.links <= len(p.text) / 2 for line in _lines(p)]
    if len(lines) < _FEWEST_LINES or _links(lines, kept) > _LINK_DENSITY:
        return None
    if title and lines[0] != title and any(_text(h) == title for h in tree.iter("h1")):
        lines.insert(0, title)
    return "\n".join(lines)


def _paragraphs(root: HtmlElement) -> Iterator[_Paragraph]:
    """Every non-empty paragraph under `root` (itself included), in document order."""
    for element in root.iter(*_PARAGRAPHS):
        if any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in element):
            continue
        text = _text(element)
        if text:
            links = sum(len(_text(a)) for a in element.iter("a"))
            yield _Paragraph(element, text, links)


def _block(page: list[_Paragraph]) -> HtmlElement | None:
    """The element whose paragraphs score highest, or None for a page without prose."""
    scores: dict[HtmlElement, float] = {}
    for paragraph in page:
        if not paragraph.prose:
            continue
        parent = paragraph.element.getparent()
        grandparent = parent.getparent() if parent is not None else None
        if parent is not None:
            scores[parent] = scores.get(parent, 0) + len(paragraph.text)
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + len(paragraph.text) / 2
    return max(scores, key=scores.__getitem__) if scores else None


def _unclear(block: HtmlElement) -> bool:
    """A block in or around a table (trafilatura's first passes leave tables out, and a page laid
    out in tables is for its later ones), or one that looks like comments or a forum thread."""
    if block.tag in _TABLE_TAGS or block.find(".//table") is not None:
        return True
    if next(block.iterancestors(*_TABLE_TAGS), None) is not None:
        return True
    names = (f"{e.get('id', '')} {e.get('class', '')}" for e in (block, *block.iterancestors()))
    return any(_COMMENTS.search(name) for name in names)


def _share(block: HtmlElement, page: list[_Paragraph]) -> float:
    """The part of the page's prose that lies in `block` or in a lede before it."""
    inside = set(block.iter(*_PARAGRAPHS))
    ours = sum(len(p.text) for p in _before(block) if len(p.text) >= _LEDE and p.prose)
    ours += sum(len(p.text) for p in page if p.prose and p.element in inside)
    return ours / max(1, sum(len(p.text) for p in page if p.prose))


def _kept(block: HtmlElement) -> list[_Paragraph] | None:
    """The paragraphs of any lede and of the block, less boilerplate; None when the rules
    would take the block or most of it, or it has text outside its paragraphs."""
    scope = block.getparent()
    before = _letters(block)
    for element in _boilerplate(block if scope is None else scope):
        if element is block:
            return None
        element.drop_tree()
    paragraphs = list(_paragraphs(block))
    after = _letters(block)
    if after < before * _KEPT_AFTER_RULES or after != sum(_letters(p.element) for p in paragraphs):
        return None
    return [*(p for p in _before(block) if len(p.text) >= _LEDE and p.prose), *paragraphs]


def _boilerplate(scope: HtmlElement) -> list[HtmlElement]:
    """The elements under `scope` that trafilatura's first pass would discard."""
    found = []
    for element in scope.iterdescendants(*_RULED):
        ident, kind = element.get("id", ""), element.get("class", "")
        if (
            _BOTH.search(ident)
            or _BOTH.search(kind)
            or _ID.search(ident)
            or _CLASS.search(kind)
            or _STYLE.search(element.get("style", ""))
            or element.get("aria-hidden") == "true"
            or "nav" in element.get("role", "").lower()
        ):
            found.append(element)
    return found


def _before(block: HtmlElement) -> Iterable[_Paragraph]:
    """The paragraphs in the siblings that come before `block`, in document order."""
    siblings = list(block.itersiblings(preceding=True))
    for sibling in reversed(siblings):
        if isinstance(sibling.tag, str):
            yield from _paragraphs(sibling)


def _lines(paragraph: _Paragraph) -> list[str]:
    """The paragraph's lines: one, or one per `<br>` break; list items begin with a dash."""
    if paragraph.element.find(".//br") is None:
        lines = [paragraph.text]
    else:
        for br in paragraph.element.iter("br"):
            br.tail = _BREAK + (br.tail or "")
        lines = [" ".join(part.split()) for part in paragraph.element.text_content().split(_BREAK)]
    dash = "- " if paragraph.element.tag == "li" else ""
    return [dash + line for line in lines if line]


def _links(lines: list[str], kept: list[_Paragraph]) -> float:
    """The part of the kept text that is link text."""
    return sum(p.links for p in kept) / max(1, sum(map(len, lines)))


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _letters(element: HtmlElement) -> int:
    """Characters other than whitespace under `element`."""
    return len("".join(element.text_content().split()))
