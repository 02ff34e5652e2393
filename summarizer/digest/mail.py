"""The digest email: multipart/alternative text and HTML, CSS inlined, under a size limit."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from email import policy
from email.message import EmailMessage
from functools import cache
from urllib.parse import urlsplit

import css_inline
import jinja2

from summarizer import _data
from summarizer.digest import fit
from summarizer.digest.headers import CONTROL, Envelope, Header, fields, one_line
from summarizer.errors import ConfigurationError
from summarizer.labels import DEFAULT, Labels, labels
from summarizer.render import RTL, WIDTH, PointView, display_width, page, wrap
from summarizer.summary import Summary

_POLICY = policy.SMTP.clone(cte_type="7bit")
_SUBJECT_HEADLINE = 120


@dataclass(frozen=True)
class Entry:
    """One article in a digest: summarized (summary set) or failed (error set)."""

    title: str
    outlet: str
    link: str
    summary: Summary | None = None
    error: str | None = None


@dataclass(frozen=True)
class Letter:
    """What one language's digest says; `extra` are listed as links only (past the limit)."""

    title: str
    lang: str
    date: datetime
    entries: tuple[Entry, ...]
    extra: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class _Words:
    """Digest-only wording for one reader language, from data/digest_labels.toml."""

    date: str
    subject: str
    subject_more: str
    more_articles: str
    and_more: str
    removed_one: str
    removed_many: str
    failed: str
    read: str
    footer: str


@dataclass(frozen=True)
class _Item:
    """An article as shown; a links-only row uses just title, outlet, link and href."""

    title: str
    outlet: str
    link: str
    href: str | None
    source_lang: str = ""
    points: tuple[PointView, ...] = ()
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class _View:
    """One rendering of a letter: its full articles, its links-only rows and what was cut."""

    lang: str
    direction: str
    title: str
    date: str
    subject: str
    notices: tuple[str, ...]
    items: tuple[_Item, ...]
    links: tuple[_Item, ...]
    more: str | None
    labels: Labels
    words: _Words


def compose(letter: Letter, envelope: Envelope, *, max_bytes: int = 100_000) -> bytes:
    """The complete RFC 5322 message; articles past `max_bytes` are listed as links instead."""
    base, items, links = _layout(letter)
    headers = fields(envelope, base.subject, letter.date)

    def build(full: int, shown: int | None = None) -> bytes:
        return _message(_cut(base, items, links, full, shown), headers)

    fitted = fit.settle(_measure(base, items, links, headers), len(items), build, max_bytes)
    if fitted is None:
        fitted = fit.largest(len(links) - 1, lambda shown: build(0, shown), max_bytes)
    if fitted is None:
        raise ConfigurationError(
            f"email_bytes = {max_bytes} is too small for even an empty digest;"
            " raise [limits] email_bytes in the digest config",
            max_bytes=max_bytes,
        )
    return fitted


def _measure(
    base: _View, items: tuple[_Item, ...], links: tuple[_Item, ...], headers: tuple[Header, ...]
) -> fit.Shares | None:
    """Each article's share of the message, from one render showing all in full and as links."""
    view = replace(base, items=items, links=links, more=None)
    text, html = _text(view), _html(view)
    raw = _assemble(text, html, headers)
    return fit.shares(raw, text, html, len(items), base.words.more_articles)


def html_part(letter: Letter) -> str:
    """The HTML body alone, CSS inlined (for previews and screenshots)."""
    base, items, links = _layout(letter)
    return _html(_cut(base, items, links, len(items), None))


def _cut(
    base: _View, items: tuple[_Item, ...], links: tuple[_Item, ...], full: int, shown: int | None
) -> _View:
    """`base` with the first `full` articles in full and up to `shown` of the rest as links."""
    rest = links[full:]
    kept = rest[: len(rest) if shown is None else shown]
    cut = len(rest) - len(kept)
    more = base.words.and_more.format(count=cut) if cut else None
    return replace(base, items=items[:full], links=kept, more=more)


def _notices(letter: Letter, said: Labels) -> tuple[str, ...]:
    """Each summary's notice once; the untranslated one says all the extractive one does."""
    found = dict.fromkeys(e.summary.notice for e in letter.entries if e.summary)
    if said.notice_untranslated in found:
        found.pop(said.notice_extractive, None)
    return tuple(n for n in found if n)


def _layout(letter: Letter) -> tuple[_View, tuple[_Item, ...], tuple[_Item, ...]]:
    """The letter's fixed parts, every article in full, and every article as a link row."""
    words, said = _words(letter.lang), labels(letter.lang)
    items = tuple(_item(e, words) for e in letter.entries)
    links = tuple(_link(e) for e in (*letter.entries, *letter.extra))
    date = words.date.format(year=letter.date.year, month=letter.date.month, day=letter.date.day)
    base = _View(
        lang=letter.lang,
        direction="rtl" if letter.lang.split("-")[0].lower() in RTL else "ltr",
        title=one_line(letter.title),
        date=date,
        subject=_subject(one_line(letter.title), date, links, words),
        notices=_notices(letter, said),
        items=(),
        links=(),
        more=None,
        labels=said,
        words=words,
    )
    return base, items, links


def _subject(title: str, date: str, links: tuple[_Item, ...], words: _Words) -> str:
    """The subject: title, date, first headline and how many more, in the reader's language."""
    if not links:
        return f"{title} · {date}"
    headline = links[0].title
    if len(headline) > _SUBJECT_HEADLINE:
        headline = headline[: _SUBJECT_HEADLINE - 1].rstrip() + "…"
    more = len(links) - 1
    wording = words.subject_more if more else words.subject
    return wording.format(title=title, date=date, headline=headline, more=more)


def _item(entry: Entry, words: _Words) -> _Item:
    """An entry in full: headline, outlet, link, points and any warning marks."""
    base = _link(replace(entry, summary=None))
    summary = entry.summary
    if summary is None:
        failed = () if entry.error is None else (words.failed.format(reason=one_line(entry.error)),)
        return replace(base, marks=failed)
    shown = page(summary)
    removed = 0 if summary.verification is None else len(summary.verification.removed)
    marks = () if not removed else (words.removed_many.format(count=removed),)
    return replace(
        base,
        title=one_line(summary.headline) or base.title,
        source_lang=shown.source_lang,
        points=shown.points,
        marks=(words.removed_one,) if removed == 1 else marks,
    )


def _link(entry: Entry) -> _Item:
    title = entry.title if entry.summary is None else entry.summary.headline or entry.title
    link = entry.link.strip()
    return _Item(one_line(title), one_line(entry.outlet), link, _href(link))


def _message(view: _View, headers: tuple[Header, ...]) -> bytes:
    """The message for `view`: headers, text/plain then text/html, a boundary from the content."""
    return _assemble(_text(view), _html(view), headers)


def _assemble(text: str, html: str, headers: tuple[Header, ...]) -> bytes:
    """The message with these bodies."""
    msg = EmailMessage(policy=_POLICY)
    for name, value in headers:
        msg[name] = value
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    msg.set_boundary("=_digest_" + hashlib.sha256((text + html).encode()).hexdigest()[:32])
    return msg.as_bytes()


def _href(link: str) -> str | None:
    """`link` when it is an http(s) URL safe to put in an href, else None."""
    if not link or any(ch.isspace() or CONTROL.match(ch) for ch in link):
        return None
    parts = urlsplit(link)
    return link if parts.scheme.lower() in ("http", "https") and parts.netloc else None


@cache
def _words(lang: str) -> _Words:
    """Digest wording for `lang`, resolved as labels() resolves it; English when unknown."""
    table = _data.load_toml("digest_labels.toml")
    return _Words(**table.get(labels(lang).lang, table[DEFAULT]))


@cache
def _environment() -> jinja2.Environment:
    """Templates from summarizer/templates: HTML autoescaped, text not, undefined names fatal."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_data.folder("templates")),
        autoescape=jinja2.select_autoescape(disabled_extensions=("txt.j2",), default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = _wrapped
    env.filters["width"] = display_width
    return env


def _wrapped(text: str, first: str = "", rest: str = "") -> str:
    return "\n".join(wrap(text, WIDTH, first, rest))


def _html(view: _View) -> str:
    """The HTML part of `view`, its <style> block inlined into style attributes."""
    html = _environment().get_template("digest.html.j2").render(view=view)
    return css_inline.inline(html, load_remote_stylesheets=False)


def _text(view: _View) -> str:
    return _environment().get_template("digest.txt.j2").render(view=view)
