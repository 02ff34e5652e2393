"""Summaries as text, Markdown, JSON or standalone HTML, labelled in the reader's language."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from summarizer import _data
from summarizer.errors import InputError

if TYPE_CHECKING:
    import jinja2

    from summarizer.attribution.find import Quote
    from summarizer.labels import Labels
    from summarizer.summary import Failure, QuoteRef, Summary, Verification
# the summary types, their codec and the labels load with the first summary rendered: `summarize
# quotes` renders none, and imports are a large part of its time (bench/quotes_speed.py)

WIDTH = 80
RTL = ("ar", "fa", "he", "ur")
_SCALARS = frozenset({str, int, float, bool, type(None)})
"""Types the quotes' JSON writes on one line each."""
_WIDE = (
    "\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
"""East Asian Wide and Fullwidth characters (two columns): wider than lang.CJK, which is letters."""
_NO_LINE_START = "、。，．！？：；）」』】〉》"
_TOKEN = re.compile(
    rf"([ \t\n]*)([{_WIDE}][{_NO_LINE_START}]*|[^ \t\n{_WIDE}]+[{_NO_LINE_START}]*)"
)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


@dataclass(frozen=True)
class PointView:
    """A point as shown: its text, an attribution when the text lacks one, and originals."""

    text: str
    attribution: str | None
    translations: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Section:
    """A block of verification findings: its heading line and one line per finding."""

    heading: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Page:
    """Everything a format shows, already labelled in the reader's language."""

    lang: str
    direction: str
    source_lang: str
    headline: str
    points: tuple[PointView, ...]
    source: str
    engine: str
    checks: tuple[Section, ...]
    failed: bool
    notice: str | None
    labels: Labels


def render(summary: Summary, fmt: str) -> str:
    """`summary` in format `fmt`: text, markdown, json or html."""
    formats: dict[str, Callable[[Page], str]] = {
        "text": _text,
        "markdown": _markdown,
        "html": _html,
    }
    if fmt == "json":
        from summarizer.summary import dumps

        return dumps(summary)
    if fmt not in formats:
        raise InputError(f"unknown format {fmt!r}; expected one of text, markdown, json, html")
    return formats[fmt](page(summary))


def page(summary: Summary) -> Page:
    """The labelled view of `summary` that every format renders."""
    from summarizer.labels import labels

    words = labels(summary.lang)
    src, eng, ver = summary.source, summary.engine, summary.verification
    return Page(
        lang=summary.lang,
        direction="rtl" if summary.lang.split("-")[0].lower() in RTL else "ltr",
        source_lang=src.lang,
        headline=summary.headline,
        points=tuple(_point_view(p.text, p.speaker, p.quotes, words) for p in summary.points),
        source=words.field(
            words.source, " — ".join(x for x in (src.title, f"{src.origin} ({src.lang})") if x)
        ),
        engine=words.field(words.engine, " · ".join(x for x in (eng.name, eng.model) if x)),
        checks=_checks(ver, words),
        failed=ver is not None and not ver.ok,
        notice=summary.notice,
        labels=words,
    )


def _point_view(
    text: str, speaker: str | None, quotes: Sequence[QuoteRef], words: Labels
) -> PointView:
    """A point as the templates show it: text, attribution, translated quotes."""
    name = words.according_to if speaker is None else speaker
    attribution = None if name.casefold() in text.casefold() else name
    pairs = tuple(
        (q.text, q.source_text)
        for q in quotes
        if q.text is not None and q.text.strip() != q.source_text.strip()
    )
    return PointView(text, attribution, pairs)


def _checks(v: Verification | None, words: Labels) -> tuple[Section, ...]:
    """The verification sections: status with errors, warnings, removed points."""
    if v is None:
        return ()
    errors = tuple(_failure(f, words) for f in v.errors)
    status = words.verified(v.checked) if v.ok else words.verified_failed.format(checked=v.checked)
    warnings = tuple(_failure(f, words) for f in v.failures if f.severity != "error")
    removed = tuple(_failure(f, words) for f in v.removed)
    sections = [Section(status, errors)]
    if warnings:
        sections.append(Section(words.heading(words.warnings), warnings))
    if removed:
        sections.append(Section(words.heading(words.removed), removed))
    return tuple(sections)


def _failure(f: Failure, words: Labels) -> str:
    """One finding as a reader sees it: kind, detail, where, closest source span."""
    quote = "" if f.quote is None else f".{f.quote + 1}"
    where = "" if f.point is None else f" (#{f.point + 1}{quote})"
    line = f"{f.kind}{words.colon}{f.detail}{where}" if f.detail else f"{f.kind}{where}"
    if f.closest:
        score = "" if f.similarity is None else f" ({f.similarity:.2f})"
        line += f"; {words.field(words.closest, words.quote(f.closest) or f.closest)}{score}"
    return line


def display_width(text: str) -> int:
    """Terminal columns `text` takes: CJK and full-width characters count double."""
    return len(text) if text.isascii() else sum(map(_width, text))


@cache
def _width(ch: str) -> int:
    """Columns of one character: 0 for a combining mark, 2 for a wide one, else 1."""
    return 0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(text: str, width: int = WIDTH, first: str = "", rest: str = "") -> list[str]:
    """`text` in lines of at most `width` columns, broken at spaces or between CJK characters."""
    lines: list[str] = []
    line, used, fresh = first, display_width(first), True
    for paragraph in text.split("\n"):
        for space, token in _TOKEN.findall(paragraph):
            piece = token if fresh or not space else " " + token
            size = display_width(piece)
            if not fresh and used + size > width:
                lines.append(line)
                line, used, piece = rest, display_width(rest), token
                size = display_width(token)
            line, used, fresh = line + piece, used + size, False
        lines.append(line)
        line, used, fresh = rest, display_width(rest), True
    return lines


def _text(p: Page) -> str:
    """The plain-text page, wrapped for an 80-column terminal."""
    words = p.labels
    out = [*wrap(p.headline), "=" * min(WIDTH, display_width(p.headline)), "", words.key_points]
    for i, point in enumerate(p.points, 1):
        body = point.text + (f" — {point.attribution}" if point.attribution else "")
        out += wrap(body, first=f"{i:>2}. ", rest="    ")
        for _, original in point.translations:
            shown = words.field(words.original, words.quote(original) or original)
            out += wrap(shown, first="    ", rest="      ")
    out += ["", *wrap(p.source), *wrap(p.engine), *_text_checks(p.checks)]
    if p.notice:
        out += ["", *wrap(words.field(words.notice, p.notice))]
    return "\n".join(out) + "\n"


def _text_checks(checks: Sequence[Section]) -> list[str]:
    """The verification sections as wrapped text lines."""
    out: list[str] = []
    for section in checks:
        out += wrap(section.heading)
        for item in section.items:
            out += wrap(item, first="  - ", rest="    ")
    return out


def _md(text: str) -> str:
    """`text` with Markdown markup escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _markdown(p: Page) -> str:
    """The Markdown page."""
    words = p.labels
    out = [f"# {_md(p.headline)}", "", f"## {_md(words.key_points)}", ""]
    for i, point in enumerate(p.points, 1):
        by = f" — *{_md(point.attribution)}*" if point.attribution else ""
        out.append(f"{i}. {_md(point.text)}{by}")
        for _, original in point.translations:
            label = f"**{_md(words.original)}**{words.colon}"
            out.append(f"   > {label}{_md(words.quote(original) or original)}")
    out += ["", "---", "", f"{_md(p.source)}  ", _md(p.engine)]
    for section in p.checks:
        out += ["", _md(section.heading)]
        out += [f"- {_md(item)}" for item in section.items]
    if p.notice:
        out += ["", f"> **{_md(words.notice)}**{words.colon}{_md(p.notice)}"]
    return "\n".join(out) + "\n"


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the HTML templates (autoescaped)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_data.folder("templates")),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _html(p: Page) -> str:
    """The standalone HTML page."""
    return environment().get_template("summary.html").render(page=p)


def render_quotes(quotes: Sequence[Quote], fmt: str) -> str:
    """The quotations `summarize quotes` lists: JSON objects, or one line per quote."""
    if fmt == "json":
        return _quotes_json([vars(q) for q in quotes])
    lines = [f"{q.start}-{q.end}\t{_who(q)}\t{' '.join(q.text.split())}" for q in quotes]
    return "".join(line + "\n" for line in lines)


def _who(quote: Quote) -> str:
    """The speaker column: "?" for nobody, a guessed (low-confidence) name with a "?" after it."""
    if quote.speaker is None:
        return "?"
    return quote.speaker if quote.confidence == "high" else f"{quote.speaker}?"


def _quotes_json(rows: list[dict[str, object]]) -> str:
    """`json.dumps(rows, ensure_ascii=False, indent=2)`, several times faster for flat rows."""
    # With `indent` the json module encodes in Python; without it, in C. Every separator is then
    # written as a line break and the field indentation, and only the separators between rows (the
    # one place a `}` stands outside a string, which never holds a raw line break) are re-indented.
    if not rows or not all(rows) or any(type(v) not in _SCALARS for r in rows for v in r.values()):
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    flat = json.JSONEncoder(ensure_ascii=False, separators=(",\n    ", ": ")).encode(rows)
    body = flat[2:-2].replace("},\n    {", "\n  },\n  {\n    ")
    return f"[\n  {{\n    {body}\n  }}\n]\n"


def render_verification(summary: Summary, fmt: str) -> str:
    """The outcome of `summarize verify`: the checked summary as JSON, or its findings as text."""
    if fmt == "json":
        from summarizer.summary import dumps

        return dumps(summary)
    shown = page(summary)
    voices = voice_section(summary.verification, shown.labels)
    return "\n".join(_text_checks([*shown.checks, *voices])) + "\n"


def voice_section(v: Verification | None, words: Labels) -> tuple[Section, ...]:
    """The balance of voices as one section (none when nobody is quoted or credited)."""
    if v is None or not v.balance:
        return ()
    items = tuple(
        words.voice.format(speaker=b.speaker, share=f"{b.article_share:.0%}", points=b.points)
        for b in v.balance
    )
    return (Section(words.heading(words.voices), items),)
