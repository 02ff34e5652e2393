"""A fast path for HTML pages whose article sits in one clear block; trafilatura does the rest."""
# The block is the element holding most paragraph text (readability's scoring: a paragraph's length
# counts for its parent, half for its grandparent). It is taken only when nothing about the page is
# unclear; `article_text` returns None otherwise, and the caller asks trafilatura.

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import INVALID_XML_CHARS

_DROP = (
    *("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form"),
    *("iframe", "svg", "figure", "figcaption", "img", "picture", "video", "audio", "canvas"),
    *("object", "embed", "button", "select", "textarea", "input", etree.Comment),
)
"""Never article text in a clear page: scripts, page chrome, media and form controls."""
_PARAGRAPHS = (
    *("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "dd", "pre", "blockquote"),
    *("td", "th"),
)
"""Tags of elements that hold a paragraph when they have no block children."""
_PARAGRAPH_TAGS = frozenset(_PARAGRAPHS)
_BLOCK_TAGS = frozenset(
    (*_PARAGRAPHS, "ul", "ol", "dl", "dt", "section", "article", "main", "address", "center")
).union(("table", "tr", "tbody", "thead", "tfoot"))
"""Tags that make their parent a container rather than a paragraph."""
_RULED = ("div", "p", "section", "span", "ul", "ol", "li", "dl", "details")
_BOTH = (
    r"^shar|social|viral|newsletter|syndication|cookie|tags|sidebar|banner|bread-?crumb|button"
    r"|author|[Tt]easer|caption|^[Cc]omment(?!ary)|hidden|consent"
)
_BY_ID = re.compile(_BOTH + r"|[Ff]ooter|[Ss]hare|[Nn]av|menu|related|premium|^ad-|disqus|comment")
_BY_CLASS = re.compile(
    _BOTH + r"|^(?:nav|post-nav)|subnav|avigation|navbar|navbox|menu|bar|(?:^| )ad(?:-| |$)|-ad-"
    r"|dfp[Aa]d|outbrain|taboola|paid-?content|widget|[Ff]ooter|[Bb]yline|share-|sociable|embed"
    r"|tag-list|modal-content|permission|elated|next-|-stories|most-popular|more-on|meta|rating"
    r"|attachment|timestamp|user-info|user-profile|-icon|article-infos|message|slide|viewport"
    r"|overlay|options|expand|obfuscated|blurred|^hide-|-hide-|hide-print| hide|noprint|-reply-"
    r"|(?:^|\s)bottom|bottom(?:\s|$)|(?:^|\s)link(?:\s|$)|(?:article|post)-comments"
)
_STYLE = re.compile(r"display: ?none|border")
"""trafilatura's boilerplate rules for its first pass, by id, class and style."""
# the first pass is precision, no images, no comments; the rules run in Python over one block
# instead of as XPath over the whole page
_COMMENTS = re.compile(r"comment|disqus|reply|respond|discus|forum|kommentar", re.IGNORECASE)
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


@functools.cache
def _parser() -> etree.HTMLParser:
    """trafilatura's parser settings, with lxml's element classes looked up in C."""
    # lxml.html's own lookup runs Python for every element the code touches: 3% of the fast path's
    # time
    parser = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    lookup = etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
    )
    parser.set_element_class_lookup(lookup)
    return parser


def parse(html: str) -> HtmlElement | None:
    """The page's tree as trafilatura's parser reads it, without `load_html`'s repairs."""
    # The repairs scan the whole page, which took longer than the parse. They drop characters XML
    # forbids (`article_text` drops them from its text) and two forms of the first lines that the
    # parser misreads (their page has no body: declined). None when lxml cannot read the page so.
    try:
        tree = fromstring(html, parser=_parser())
    except (ValueError, etree.ParserError):
        return None
    return tree if len(tree) else None


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

    @property
    def letters(self) -> int:
        """Characters other than whitespace."""
        return len(self.text) - self.text.count(" ")


def article_text(tree: HtmlElement, title: str) -> str | None:
    """The article's text, one paragraph a line, or None when the page is not clearly laid out."""
    # `tree` is changed (scripts, navigation and the like removed): parse again to fall back
    body = tree.find("body")
    if body is None:
        return None
    etree.strip_elements(body, *_DROP, with_tail=False)
    page = _page(body)
    block = _block(page.values())
    if block is None or _unclear(block):
        return None
    ours = [page[e] for e in _before(block) if e in page and _lede(page[e])]
    ours += [page[e] for e in block.iter(*_PARAGRAPHS) if e in page]
    if _prose(ours) < _SHARE * _prose(page.values()):
        return None
    kept = _kept(block, ours)
    if kept is None:
        return None
    lines = [line for p in kept if p.links <= len(p.text) / 2 for line in _lines(p)]
    if len(lines) < _FEWEST_LINES or _links(lines, kept) > _LINK_DENSITY:
        return None
    if title and lines[0] != title and any(_text(h) == title for h in tree.iter("h1")):
        lines.insert(0, title)
    return INVALID_XML_CHARS.sub("", "\n".join(lines))


def _page(body: HtmlElement) -> dict[HtmlElement, _Paragraph]:
    """Every non-empty paragraph of the page, by its element, in document order."""
    blocks = list(body.iter(*_BLOCK_TAGS))
    containers = {element.getparent() for element in blocks}
    found = (_paragraph(e) for e in blocks if e.tag in _PARAGRAPH_TAGS and e not in containers)
    return {p.element: p for p in found if p is not None}


def _paragraph(element: HtmlElement) -> _Paragraph | None:
    """The paragraph `element` holds, or None when it is empty."""
    text = _text(element)
    if not text:
        return None
    return _Paragraph(element, text, sum(len(_text(a)) for a in element.iter("a")))


def _block(page: Iterable[_Paragraph]) -> HtmlElement | None:
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
    """A block in or around a table, or one that looks like comments or a forum thread."""
    # trafilatura's first passes leave tables out, and a page laid out in tables is for its later
    # ones
    if block.tag in _TABLE_TAGS or block.find(".//table") is not None:
        return True
    if next(block.iterancestors(*_TABLE_TAGS), None) is not None:
        return True
    names = (f"{e.get('id', '')} {e.get('class', '')}" for e in (block, *block.iterancestors()))
    return any(_COMMENTS.search(name) for name in names)


def _before(block: HtmlElement) -> list[HtmlElement]:
    """The elements in the siblings that come before `block`, in document order."""
    siblings = reversed(list(block.itersiblings(preceding=True)))
    return [e for sibling in siblings for e in sibling.iter(*_PARAGRAPHS)]


def _lede(paragraph: _Paragraph) -> bool:
    """A paragraph before the block that belongs to the article (a lede or standfirst)."""
    return len(paragraph.text) >= _LEDE and paragraph.prose


def _prose(paragraphs: Iterable[_Paragraph]) -> int:
    """Characters of prose (see `_Paragraph.prose`) in `paragraphs`."""
    return sum(len(p.text) for p in paragraphs if p.prose)


def _kept(block: HtmlElement, ours: list[_Paragraph]) -> list[_Paragraph] | None:
    """`ours` less boilerplate; None when the rules would take most of the block."""
    # or when the block has text outside its paragraphs
    before = _letters(block)
    scope = block.getparent()
    dropped = _boilerplate(block if scope is None else scope)
    if block in dropped:
        return None
    gone = {e for element in dropped for e in element.iter(*_PARAGRAPHS)}
    changed = {e for element in dropped for e in element.iterancestors(*_PARAGRAPHS)}
    for element in dropped:
        element.drop_tree()
    left = (p for p in ours if p.element not in gone)
    fresh = (_paragraph(p.element) if p.element in changed else p for p in left)
    paragraphs = [p for p in fresh if p is not None]
    after = _letters(block)
    inside = set(block.iter(*_PARAGRAPHS))
    if after < before * _KEPT_AFTER_RULES:
        return None
    if after != sum(p.letters for p in paragraphs if p.element in inside):
        return None
    return paragraphs


def _boilerplate(scope: HtmlElement) -> list[HtmlElement]:
    """The elements under `scope` that trafilatura's first pass would discard."""
    found = []
    for element in scope.iterdescendants(*_RULED):
        if not len(element.attrib):
            continue
        if (
            _BY_ID.search(element.get("id", ""))
            or _BY_CLASS.search(element.get("class", ""))
            or _STYLE.search(element.get("style", ""))
            or element.get("aria-hidden") == "true"
            or "nav" in element.get("role", "").lower()
        ):
            found.append(element)
    return found


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
    """The text under `element`, its runs of whitespace as single spaces."""
    return " ".join(element.text_content().split())


def _letters(element: HtmlElement) -> int:
    """Characters other than whitespace under `element`."""
    return len("".join(element.text_content().split()))
