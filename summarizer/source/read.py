"""The input stage: read a file, stdin or URL, decode it, extract and clean the article."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from summarizer import lang
from summarizer.article import Article
from summarizer.errors import InputError
from summarizer.source.cleaning import (
    CJK_WEIGHT,
    clean_text,
    drop_leading_title,
    letter_count,
    split_title,
)
from summarizer.source.encoding import decode
from summarizer.source.limits import check_limit, check_size, read_limited
from summarizer.source.policy import Policy, is_url

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MIN_LETTERS = 180
"""Shortest summarizable text, in letters; a CJK/kana/hangul character counts as CJK_WEIGHT."""

ANY_LETTERS = 1
"""The least a reader that summarizes nothing (`summarize quotes`) needs: one letter."""

_EXTRACTION_PASSES = ((True, False), (False, False), (True, True))
"""(favor_precision, include_tables) tried in turn until trafilatura finds enough text."""
# Images (captions, alt text), links and comments are always left out. What trafilatura keeps is
# then cleaned like plain text (share bars, credits, section labels: source.furniture).


@dataclass(frozen=True)
class _Raw:
    """Bytes read from an input, with what its transport said about them."""

    data: bytes
    name: str
    charset: str | None = None
    html: bool = False


def load(
    spec: str,
    *,
    max_bytes: int = 20_000_000,
    stdin: BinaryIO | None = None,
    policy: Policy | None = None,
    min_letters: int = MIN_LETTERS,
) -> Article:
    """Read and clean the article at `spec` (path, `-` for stdin, or http(s) URL)."""
    # a URL is fetched under `policy` (its deadline and address rules); fewer than `min_letters`
    # letters after cleaning is an InputError
    raw = _read(spec, check_limit(max_bytes), stdin, policy or Policy())
    return _clean(raw, spec, min_letters)


def load_bytes(
    data: bytes, *, name: str, max_bytes: int = 20_000_000, min_letters: int = MIN_LETTERS
) -> Article:
    """Clean an article held in memory; errors and the article's origin call it `name`."""
    check_size(len(data), check_limit(max_bytes), name)
    return _clean(_Raw(data, name), name, min_letters)


def _clean(raw: _Raw, spec: str, least: int) -> Article:
    """Decode, extract (HTML) and clean the bytes of one input."""
    text = _decode_named(raw)
    html = _looks_like_html(text, raw.html)
    if html:
        title, body = _extract_html(text, raw.name, least)
        body = drop_leading_title(title, clean_text(body.replace("\n", "\n\n")))
    else:
        title, body = split_title(clean_text(text))
    _check_length(body, raw.name, least)
    language = _language(body, text if html else None)
    return Article.from_text(body, title=title, lang=language, origin=spec)


def read_text(spec: str, *, max_bytes: int = 20_000_000, stdin: BinaryIO | None = None) -> str:
    """The decoded text of a file or stdin (`-`), with the same checks as `load` but no cleaning."""
    return _decode_named(_read(spec, check_limit(max_bytes), stdin, Policy()))


def _read(spec: str, max_bytes: int, stdin: BinaryIO | None, policy: Policy) -> _Raw:
    if is_url(spec):
        return _fetch(spec, max_bytes, policy)
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _Raw(read_limited(stream, max_bytes, "standard input"), "standard input")
    return _read_file(spec, max_bytes)


def _read_file(spec: str, max_bytes: int) -> _Raw:
    try:
        info = os.stat(spec)
    except FileNotFoundError:
        raise InputError(_missing(spec)) from None
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{spec} is a directory, not an article file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"{spec} is not a regular file (a pipe, device or socket); "
            "to read a stream, pipe it in and pass - for standard input"
        )
    check_size(info.st_size, max_bytes, spec)
    try:
        with open(spec, "rb") as fh:
            data = read_limited(fh, max_bytes, spec)
    except PermissionError:
        raise InputError(f"cannot read {spec}: permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read {spec}: {exc.strerror or exc}") from None
    return _Raw(data, spec, html=spec.lower().endswith((".html", ".htm", ".xhtml")))


def _missing(spec: str) -> str:
    """Why `spec` cannot be read: a broken link, a URL of a scheme we do not fetch, or absent."""
    if os.path.islink(spec):
        return f"broken symbolic link: {spec}"
    scheme, sep, _ = spec.partition("://")
    if sep and scheme.isalpha():
        return f"{spec}: only http:// and https:// URLs are fetched; give a local file as a path"
    return f"no such file: {spec}"


def _fetch(url: str, max_bytes: int, policy: Policy) -> _Raw:
    from summarizer.source.fetch import fetch  # only URLs need it (and the email module it loads)

    try:
        got = fetch(url, max_bytes=max_bytes, policy=policy)
    except InputError as exc:
        if exc.message.startswith(url):
            raise
        raise InputError(f"could not fetch URL {url}: {exc.message}") from None
    return _Raw(got.body, url, charset=got.charset, html="html" in got.media_type)


def _decode_named(raw: _Raw) -> str:
    if not raw.data:
        raise InputError(f"{raw.name} is empty")
    try:
        text = decode(raw.data, raw.charset)
    except InputError as exc:
        raise InputError(f"{raw.name}: {exc}") from None
    if not text.strip():
        raise InputError(f"{raw.name} contains only whitespace")
    return text


def _looks_like_html(text: str, hinted: bool) -> bool:
    """True for markup: a page that says it is HTML, or any markup its transport calls HTML."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith("<") and (hinted or "<html" in head or "<!doctype html" in head)


def _extract_html(html: str, name: str, least: int = MIN_LETTERS) -> tuple[str, str]:
    """Title and body text (one paragraph a line) of the article in an HTML page."""
    # from the fast path when the page's article is clear (source.dense), otherwise from trafilatura
    from trafilatura.utils import INVALID_XML_CHARS, load_html

    from summarizer.source.dense import article_text, parse

    tree = parse(html)
    if tree is not None:
        title = INVALID_XML_CHARS.sub("", _page_title(tree)).strip()
        fast = article_text(tree, title)
        if fast is not None and _enough(fast, least):
            return title, fast
    tree = load_html(html)  # trafilatura's own reading: the fast path changed the tree
    title = _page_title(tree).strip() if tree is not None else ""
    body = _trafilatura_text(tree, least)
    if not _enough(body, least):
        raise InputError(
            f"{name}: no article text found in the HTML page ({letter_count(body)} letters "
            f"outside menus and scripts; need at least {least})"
        )
    return title, body


def _trafilatura_text(tree: HtmlElement | None, least: int) -> str:
    """The text of trafilatura's first pass that finds enough, else of its last one."""
    import trafilatura

    body = ""
    for precision, tables in _EXTRACTION_PASSES if tree is not None else ():
        doc = trafilatura.bare_extraction(
            tree,
            include_comments=False,
            include_tables=tables,
            include_images=False,
            include_links=False,
            favor_precision=precision,
        )
        data = doc if isinstance(doc, dict) or doc is None else doc.as_dict()
        if data:
            body = data.get("text") or ""
        if _enough(body, least):
            break
    return body


def _enough(text: str, least: int = MIN_LETTERS) -> bool:
    """At least `least` letters; the count of a prefix settles most texts, at less cost."""
    return letter_count(text[: 4 * least]) >= least or letter_count(text) >= least


def _page_title(tree: HtmlElement) -> str:
    """The title trafilatura's metadata gives the page, without its author, date and tag search."""
    # Those searches took a quarter of the extraction time (bench/html_speed.py) and only the title
    # is used; this is the same sequence trafilatura's `extract_metadata` runs for it. A page that
    # trips it has no title, as trafilatura's own guard (TypeError, ValueError) gives.
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title

    try:
        found = examine_meta(tree)
        with contextlib.suppress(Exception):  # trafilatura guards its JSON-LD reader so too
            found = extract_meta_json(tree, found)
        if not found.title:
            found.title = extract_title(tree)
        found.clean_and_trim()
    except (TypeError, ValueError):
        return ""
    return found.title or ""


def _check_length(body: str, name: str, least: int) -> None:
    if _enough(body, least):
        return
    if least == ANY_LETTERS:
        raise InputError(f"{name} has no text to read: no letters after cleaning")
    raise InputError(
        f"{name} is too short to summarize: {letter_count(body)} letters after cleaning, "
        f"need at least {least} (a Chinese, Japanese or Korean character counts as "
        f"{CJK_WEIGHT})"
    )


def _language(body: str, html: str | None) -> str:
    """The detected language, or the page's declared one when detection finds none we support."""
    found = lang.detect(body)
    if html is None or lang.family(found) in {lang.family(c) for c in lang.SUPPORTED}:
        return found
    from trafilatura.utils import load_html

    tree = load_html(html)
    declared = tree.get("lang") if tree is not None else None
    return str(declared).strip().replace("_", "-") if declared else found
