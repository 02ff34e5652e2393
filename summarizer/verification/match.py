"""Proving quotes verbatim: a folded copy of the source with offsets back to the original."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from summarizer import lang
from summarizer.article import Article
from summarizer.concurrency import UNDER_WAY

_QUOTES = "\"'“”‘’«»„‚「」『』‹›〝〞〟＂＇"
_DASHES = "‐-‒–—―－﹣⁃"
_CJK = "\u2e80-\u2fff\u3001-\u303f" + lang.CJK
"""CJK letters, radicals and punctuation: folding drops a space beside any of them."""
_CJK_CHAR = re.compile(f"[{_CJK}]")
_ELISION = re.compile(r" ?(?:\[ ?\.{3,} ?\]|\( ?\.{3,} ?\)|\.(?: ?\.){2,}) ?")
_PAIRS = tuple(
    (p[0], p[1]) for p in ("“”", "„“", "«»", "»«", "「」", "『』", "‹›", '""', "‘’", "‚‘", "＂＂")
)
_QUOTED = re.compile("|".join(f"{o}([^{o}{c}\n]+){c}" for o, c in _PAIRS))


@dataclass(frozen=True)
class Folded:
    """Folded text plus segments mapping each folded position back to original offsets."""

    text: str
    starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    orig_ends: tuple[int, ...]
    copied: tuple[bool, ...]

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded span [start, end), end > start."""
        i = bisect_right(self.starts, start) - 1
        j = bisect_right(self.starts, end - 1) - 1
        o_start = self.orig_starts[i] + (start - self.starts[i] if self.copied[i] else 0)
        o_end = self.orig_starts[j] + (end - self.starts[j] if self.copied[j] else 0)
        return o_start, o_end if self.copied[j] else self.orig_ends[j]

    def to_folded(self, offset: int) -> int:
        """Folded position of the original offset `offset`."""
        i = bisect_right(self.orig_starts, offset) - 1
        if i < 0:
            return 0
        if offset >= self.orig_ends[i]:
            return self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i] + (offset - self.orig_starts[i] if self.copied[i] else 0)


class _Table(dict[int, str]):
    """str.translate table folding one character at a time, filled in on first sight."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) != 1 or unicodedata.category(ch) == "Cf" or unicodedata.combining(ch):
            out = ch  # length-changing: handled segment by segment in fold_text
        elif folded.isspace():
            out = " "
        elif folded in _QUOTES:
            out = '"'
        elif folded in _DASHES:
            out = "-"
        else:
            out = _t2s().get(folded, folded)
        self[code] = out
        return out


@cache
def _table() -> _Table:
    """The folding table, built once."""
    return _Table()


@cache
def _t2s() -> dict[str, str]:
    """Traditional → Simplified, character level, from opencc's TSCharacters dictionary."""
    spec = find_spec("opencc")
    assert spec is not None and spec.origin is not None
    path = Path(spec.origin).parent / "dictionary" / "TSCharacters.txt"
    mapping = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0]
        if len(trad) == 1 and len(first) == 1:
            mapping[trad] = first
    return mapping


@cache
def _special(ch: str) -> bool:
    """Whether the table keeps `ch` though NFKC changes it or it is a format or combining mark."""
    return _table()[ord(ch)] == ch and (
        unicodedata.normalize("NFKC", ch) != ch
        or unicodedata.category(ch) == "Cf"
        or unicodedata.combining(ch) > 0
    )


def _pattern(text: str) -> re.Pattern[str]:
    """Regex for the length-changing spots of `text`: space runs, CJK-adjacent spaces, specials."""
    specials = sorted(ch for ch in set(text) if _special(ch))
    marks = "".join(re.escape(ch) for ch in specials if unicodedata.combining(ch))
    others = "".join(re.escape(ch) for ch in specials if not unicodedata.combining(ch))
    parts = [f"(?<=[{_CJK}]) +", f" +(?=[{_CJK}])", " {2,}"]
    if marks:
        parts.append(f"[^ {marks}]?[{marks}]+")
    if others:
        parts.append(f"[{others}]")
    return re.compile("|".join(parts), re.DOTALL)


def fold_text(text: str) -> Folded:
    """Fold `text` (NFKC, width, quote marks, dashes, whitespace, Traditional → Simplified)."""
    table = _table()
    translated = text.translate(table)
    pieces: list[str] = []
    starts: list[int] = []
    o_starts: list[int] = []
    o_ends: list[int] = []
    copied: list[bool] = []
    size = last = 0
    for m in _pattern(text).finditer(translated):
        a, b = m.span()
        spots = [(last, a, translated[last:a], True)]
        spots.append((a, b, _replacement(text, translated, a, b), False))
        for o_start, o_end, piece, copy in spots:
            if piece:
                starts.append(size)
                o_starts.append(o_start)
                o_ends.append(o_end)
                copied.append(copy)
                pieces.append(piece)
                size += len(piece)
        last = b
    if last < len(text) or not starts:
        starts.append(size)
        o_starts.append(last)
        o_ends.append(len(text))
        copied.append(True)
        pieces.append(translated[last:])
    return Folded("".join(pieces), tuple(starts), tuple(o_starts), tuple(o_ends), tuple(copied))


def _replacement(text: str, translated: str, a: int, b: int) -> str:
    """What text[a:b] folds to: its folded characters, or for white space " " (or "" by CJK)."""
    if translated[a:b].strip(" "):
        composed = unicodedata.normalize("NFKC", text[a:b]).translate(_table())
        return "".join(ch for ch in composed if unicodedata.category(ch) != "Cf")
    before = a > 0 and _CJK_CHAR.match(translated[a - 1])
    after = b < len(text) and _CJK_CHAR.match(translated[b])
    return "" if before or after else " "


@lru_cache(maxsize=2048)
def fold(text: str) -> str:
    """The folded form of `text`, as compared against the folded source."""
    # cached: a point's text, names and evidence are folded by several checks each
    return fold_text(text).text


def pieces(source_text: str) -> tuple[str, ...]:
    """Folded non-empty pieces of a quote, split at elisions, surrounding marks trimmed."""
    cleaned = fold(source_text).strip(' "')
    return tuple(p for p in (s.strip(' "') for s in _ELISION.split(cleaned)) if p)


@dataclass(frozen=True)
class Index:
    """An article folded once, with its paragraphs' folded bounds."""

    article: Article
    folded: Folded
    paragraphs: tuple[tuple[int, int], ...]

    def find(self, source_text: str, hint: int | None = None) -> tuple[int, int] | None:
        """Original offsets of `source_text`, verbatim or elided; first match from `hint` on."""
        whole = fold(source_text).strip(' "')
        if not whole:
            return None
        parts = pieces(source_text)
        begins = [0] if hint is None else [self.folded.to_folded(hint), 0]
        for begin in begins:
            span = self._search(whole, parts, begin)
            if span is not None:
                return self._with_marks(*self.folded.to_orig(*span), source_text)
        return None

    def places(self, source_text: str) -> Iterator[tuple[int, int]]:
        """Original offsets of every place `source_text` stands, verbatim or elided, in order."""
        whole = fold(source_text).strip(' "')
        parts = pieces(source_text)
        begin = 0
        while whole:
            span = self._search(whole, parts, begin)
            if span is None:
                return
            yield self._with_marks(*self.folded.to_orig(*span), source_text)
            begin = span[0] + 1

    def _with_marks(self, start: int, end: int, source_text: str) -> tuple[int, int]:
        """The span grown over a nested quotation's mark kept at one edge of `source_text`."""
        # when the article has it there too (a quote ending in a nested one: "…the other side,'");
        # marks around the whole quote stay outside the offsets
        text, given = self.article.text, source_text.strip()
        lead = len(given) - len(given.lstrip(_QUOTES))
        tail = len(given) - len(given.rstrip(_QUOTES))
        if lead and tail:
            return start, end
        while lead and start > 0 and text[start - 1] in _QUOTES:
            start, lead = start - 1, lead - 1
        while tail and end < len(text) and text[end] in _QUOTES:
            end, tail = end + 1, tail - 1
        return start, end

    def _search(self, whole: str, parts: tuple[str, ...], begin: int) -> tuple[int, int] | None:
        """Folded span of the first occurrence at or after `begin`: verbatim, else elided."""
        pos = self.folded.text.find(whole, begin)
        if pos >= 0:
            return pos, pos + len(whole)
        return self._elided(parts, begin) if len(parts) > 1 else None

    def _elided(self, parts: tuple[str, ...], begin: int) -> tuple[int, int] | None:
        """Folded span of `parts` found in order within one paragraph."""
        text = self.folded.text
        pos = text.find(parts[0], begin)
        while pos >= 0:
            bounds = self._paragraph_at(pos)
            end = pos + len(parts[0])
            if bounds is not None and end <= bounds[1]:
                for part in parts[1:]:
                    found = text.find(part, end, bounds[1])
                    end = -1 if found < 0 else found + len(part)
                    if end < 0:
                        break
                if end >= 0:
                    return pos, end
            pos = text.find(parts[0], pos + 1)
        return None

    def _paragraph_at(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the folded paragraph holding `pos`, if any."""
        i = bisect_right(self.paragraphs, (pos, len(self.folded.text) + 1)) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos < self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None

    def closest(self, source_text: str) -> tuple[str, float]:
        """The source span most like `source_text` (searched per paragraph), similarity 0..1."""
        from rapidfuzz import fuzz, process

        query = " ".join(pieces(source_text))
        texts = [self.folded.text[a:b] for a, b in self.paragraphs]
        best = process.extractOne(query, texts, scorer=fuzz.partial_ratio) if query else None
        if best is None:
            return "", 0.0
        lo = self.paragraphs[best[2]][0]
        align = fuzz.partial_ratio_alignment(query, texts[best[2]])
        if align is None or align.dest_end <= align.dest_start:
            return "", 0.0
        start, end = self.folded.to_orig(lo + align.dest_start, lo + align.dest_end)
        return self.article.text[start:end], round(align.score / 100, 3)


@lru_cache(maxsize=UNDER_WAY)
def index(article: Article) -> Index:
    """The folded index of `article`, built once per article."""
    folded = fold_text(article.text)
    spans = [(p.start, p.end) for p in article.paragraphs] or [(0, len(article.text))]
    bounds = tuple((folded.to_folded(a), folded.to_folded(b)) for a, b in spans)
    return Index(article, folded, bounds)


def quoted(text: str) -> tuple[tuple[int, int], ...]:
    """Spans (inside the marks) of the quoted passages in a summary text."""
    spans = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g) is not None)
        spans.append(m.span(group))
    return tuple(spans)
