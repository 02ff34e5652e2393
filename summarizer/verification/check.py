"""The verifier: every quote proven verbatim, credited to its speaker, in the reader's language."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from summarizer import _data, lang
from summarizer.article import Article
from summarizer.attribution.find import Quote, find_quotes
from summarizer.summary import Failure, Point, QuoteRef, Summary, Verification
from summarizer.verification.balance import balance, missing
from summarizer.verification.credit import as_written, judge
from summarizer.verification.grounding import Source, ground
from summarizer.verification.match import fold, index, pieces, quoted

_PLACEHOLDER = re.compile(r"\s*<[^<>]{1,200}>\s*")
_READER_FAMILIES = frozenset(lang.family(code) for code in lang.SUPPORTED)


@dataclass(frozen=True)
class _Text:
    """A summary text to check: the headline (point None) or a point's text."""

    text: str
    point: int | None
    speaker: str | None
    translations: tuple[str, ...]

    @property
    def where(self) -> str:
        """How the detail names this text."""
        return "the headline" if self.point is None else "the point text"


def verify(summary: Summary, article: Article) -> Summary:
    """A copy of `summary` with quote offsets filled in and its `verification` set."""
    src = Source(article, index(article), _attributed(article))
    failures: list[Failure] = []
    if summary.source.sha256 != article.sha256:
        detail = f"summary is of source {summary.source.sha256}, article is {article.sha256}"
        failures.append(Failure("source_mismatch", detail))
    translations = tuple(q.text for p in summary.points for q in p.quotes if q.text)
    headline = _Text(summary.headline, None, None, translations)
    failures.extend(_placeholder(headline))
    if not _headline_from_source(summary, article, src):
        failures.extend(_language(headline, summary.lang, src))
        failures.extend(_wording(headline, summary.lang, src))
    points, spoken = [], []
    for i, point in enumerate(summary.points):
        done, found = _check_point(as_written(point, src), i, src, summary.lang)
        spoken.append(done)
        points.append(replace(done, speaker=point.speaker))
        failures.extend(found)
    voices = balance(src.quotes, spoken)
    failures.extend(missing(voices))
    ok = not any(f.severity == "error" for f in failures)
    checked = sum(len(p.quotes) for p in points)
    verification = Verification(ok, checked, tuple(failures), balance=voices)
    return replace(summary, points=tuple(points), verification=verification)


def _check_point(point: Point, i: int, src: Source, reader: str) -> tuple[Point, list[Failure]]:
    """The point with its quotes located and evidence snapped, and all its failures."""
    refs, failures = [], []
    for j, ref in enumerate(point.quotes):
        fixed, found = _check_quote(ref, point, (i, j), src)
        refs.append(fixed)
        failures.extend(found)
    grounded, found = ground(replace(point, quotes=tuple(refs)), i, src, reader)
    failures.extend(found)
    mine = tuple(q.text for q in point.quotes if q.text)
    text = _Text(point.text, i, point.speaker, mine)
    failures.extend(_placeholder(text))
    failures.extend(_language(text, reader, src))
    failures.extend(_wording(text, reader, src))
    return grounded, failures


def _placeholder(text: _Text) -> Iterator[Failure]:
    """A text that is only a `<...>` slot of the prompt's JSON example, echoed by a weak model."""
    if _PLACEHOLDER.fullmatch(text.text):
        yield Failure("placeholder", f"{text.where} is a template slot, not a summary", text.point)


def _headline_from_source(summary: Summary, article: Article, src: Source) -> bool:
    """True for a headline in the article's own words: its title, or a passage of its text."""
    # a passage may be cut short with an ellipsis; it stays in the article's language
    head = fold(summary.headline).strip()
    if head in (fold(article.title).strip(), fold(summary.source.title).strip()):
        return True
    passage = summary.headline.strip().removesuffix("…").strip()
    return bool(passage) and src.index.find(passage) is not None


def _check_quote(
    ref: QuoteRef, point: Point, where: tuple[int, int], src: Source
) -> tuple[QuoteRef, list[Failure]]:
    """The quote with its found offsets, and its offset, not-found and speaker failures."""
    given = [n for n in (ref.start, ref.end) if n is not None]
    size = len(src.article.text)
    if any(n > size for n in given):
        detail = f"quote offsets {given} lie outside the source ({size} characters)"
        return replace(ref, start=None, end=None), [Failure("bad_offsets", detail, *where)]
    judged = judge(ref, point, where, src)
    if not judged:
        near, score = src.index.closest(ref.source_text)
        detail = f"quote not in the source: searched for {_searched(ref.source_text)}"
        miss = Failure("not_found", detail, *where, near, score)
        return replace(ref, start=None, end=None), [miss]
    span, failures, _ = min(judged, key=lambda j: j[2])
    return replace(ref, start=span[0], end=span[1]), failures


def _searched(source_text: str) -> str:
    """How a finding describes what was searched for: the quote, or its elided pieces."""
    parts = pieces(source_text)
    if len(parts) > 1:
        listed = " … ".join(f'"{p}"' for p in parts)
        return f"{listed} in order within one paragraph"
    return f'"{parts[0]}"' if parts else "an empty quote"


# the checks of an article's summaries in two reader languages run at once in worker threads, and
# the second then takes the first one's quotes
_ATTRIBUTING = threading.Lock()
"""Held while an article's quotes are found."""


def _attributed(article: Article) -> tuple[Quote, ...]:
    """The article's attributed quotations (the attribution pass is not thread-safe)."""
    with _ATTRIBUTING:
        return find_quotes(article.text, article.lang, article.title)


def _language(text: _Text, target: str, src: Source) -> Iterator[Failure]:
    """wrong_language when the text, quotes and speaker names removed, is not in `target`."""
    # a name alone, "Jens Stoltenberg said:", reads as any language
    rest = _unquoted(text.text)
    for name in (text.speaker, *_speakers(src)):
        if name:
            rest = rest.replace(name, " ")
    if lang.matches(rest, target):
        return
    found = lang.detect(rest)
    if lang.family(found) in _READER_FAMILIES:  # other guesses come from too little text
        detail = f"{text.where} reads as {found}, not {target}"
        yield Failure("wrong_language", detail, text.point)


def _speakers(src: Source) -> list[str]:
    """The speakers the article credits, longest first (so a full name goes before a part)."""
    return sorted({q.speaker for q in src.quotes if q.speaker}, key=len, reverse=True)


def _unquoted(text: str) -> str:
    """`text` without its quotations."""
    spans = quoted(text)
    parts, last = [], 0
    for a, b in spans:
        parts.append(text[last:a])
        last = b
    parts.append(text[last:])
    return " ".join(parts)


def _wording(text: _Text, target: str, src: Source) -> Iterator[Failure]:
    """unquoted_quote for made-up quotations, loaded_word warnings for editorial wording."""
    for a, b in quoted(text.text):
        passage = text.text[a:b]
        folded = fold(passage).strip(' "')
        if not folded or any(folded in fold(t) for t in text.translations):
            continue
        if src.index.find(passage) is None:
            near, score = src.index.closest(passage)
            detail = f'"{passage}" in {text.where} is neither in the source nor a quote translation'
            yield Failure("unquoted_quote", detail, text.point, None, near, score)
    own = fold(_unquoted(text.text)).casefold()
    for word in _loaded_words(lang.family(target)):
        if _uses(word, own) and not _uses(word, src.casefolded):
            detail = f'loaded word "{word}" in {text.where}; the source does not use it'
            yield Failure("loaded_word", detail, text.point, severity="warning")


@cache
def _loaded_words(family: str) -> tuple[str, ...]:
    """The loaded words of a language family, folded and casefolded."""
    data = _data.load_toml("loaded_words.toml")
    return tuple(fold(w).casefold() for w in data.get(family, ()))


def _uses(word: str, text: str) -> bool:
    """Whether folded, casefolded `text` uses `word` (whole words outside CJK)."""
    if lang.CJK_CHAR.search(word):
        return word in text
    return _word_pattern(word).search(text) is not None


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """A pattern matching `word` as a whole word."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
