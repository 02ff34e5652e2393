"""The article's sentences: one CJK-aware splitter shared by the extract engine and the verifier."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer import _data, lang
from summarizer.article import Article, Paragraph
from summarizer.concurrency import UNDER_WAY, once

_END = re.compile(r"[.!?؟…]+[\"”’»)\]]*(?=\s|$)|[。！？]+[”’」』）)]*")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_OPENERS = '(（"“‘«„'
_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", "「": "」", "『": "』", '"': '"'}
_CLOSING = frozenset('”“»«」』"')
_MARKS = re.compile(
    f"[{re.escape(''.join(sorted({*_PAIRS, *''.join(_PAIRS.values()), *_CLOSING})))}]"
)
"""Every character `_open_quote` acts on."""
_QUOTE_REACH = 600
"""A quotation left open longer than this is a stray mark, not a quotation to keep whole."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str
    terminated: bool


@dataclass(frozen=True)
class _Rules:
    abbreviations: frozenset[str]
    ordinal_dot: frozenset[str]
    datelines: tuple[re.Pattern[str], ...]


@once
def _rules() -> _Rules:
    data = _data.load_toml("sentences.toml")
    return _Rules(
        abbreviations=frozenset(data["abbreviations"]),
        ordinal_dot=frozenset(data["ordinal_dot"]),
        datelines=tuple(re.compile(p) for p in data["datelines"]),
    )


def sentences(article: Article) -> Iterator[Sentence]:
    """Every sentence of every paragraph, datelines cut off the first one."""
    rules = _rules()
    ordinals = lang.family(article.lang) in rules.ordinal_dot
    for paragraph in article.paragraphs:
        yield from _split(paragraph, rules, ordinals)


@lru_cache(maxsize=UNDER_WAY)
def numbered(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences in order; sentence n (1-based) is `numbered(article)[n - 1]`."""
    return tuple(sentences(article))


def covering(found: Sequence[Sentence], start: int, end: int) -> tuple[Sentence, ...]:
    """The sentences of `found` (in order) that overlap the span [start, end)."""
    first = bisect_right(found, start, key=lambda s: s.end)
    last = bisect_left(found, end, key=lambda s: s.start)
    return tuple(found[first:last])


def _split(paragraph: Paragraph, rules: _Rules, ordinals: bool) -> Iterator[Sentence]:
    text = paragraph.text
    begin = _dateline_end(text, rules)
    for m in _END.finditer(text):
        if m.end() <= begin or _continues(text, begin, m, rules, ordinals):
            continue
        yield from _sentence(paragraph, begin, m.end(), terminated=True)
        begin = m.end()
    yield from _sentence(paragraph, begin, len(text), terminated=False)


def _dateline_end(text: str, rules: _Rules) -> int:
    for pattern in rules.datelines:
        m = pattern.match(text)
        if m:
            return m.end()
    return 0


def _continues(text: str, begin: int, m: re.Match[str], rules: _Rules, ordinals: bool) -> bool:
    """True when the punctuation at `m` does not end the sentence."""
    # an abbreviation, an ordinal ("am 3. März"), a lowercase word next, or a quotation still open
    following = _NEXT_CHAR.match(text, m.end())
    if following and following.group(1).islower():
        return True
    if m.end() - begin < _QUOTE_REACH and _open_quote(text, begin, m.end()):
        return True
    if m.group() != ".":
        return False
    cut = max(text.rfind(" ", begin, m.start()), text.rfind("\n", begin, m.start()), begin - 1)
    word = text[cut + 1 : m.start()].lstrip(_OPENERS).lower()
    if ordinals and word.isdigit() and len(word) <= 2:
        return True
    initials = all(len(part) == 1 and part.isalpha() for part in word.split("."))
    return initials or word in rules.abbreviations


def _open_quote(text: str, begin: int, end: int) -> bool:
    """True when a quotation opened in text[begin:end] is not closed by `end`."""
    stack: list[str] = []
    for ch in _MARKS.findall(text, begin, end):  # other characters change nothing
        if stack and ch in _PAIRS[stack[-1]]:
            stack.pop()
        elif ch in _PAIRS:
            stack.append(ch)
        elif ch in _CLOSING:
            return False
    return bool(stack)


def _sentence(
    paragraph: Paragraph, begin: int, end: int, *, terminated: bool
) -> Iterator[Sentence]:
    raw = paragraph.text[begin:end]
    body = raw.strip()
    if body:
        start = paragraph.start + begin + raw.index(body)
        yield Sentence(start, start + len(body), body, terminated)
