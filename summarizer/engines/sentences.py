"""Sentences of an article (summarizer/data/sentences.toml): boundaries that respect
quotations, abbreviations and ordinals, datelines cut off, and which ones read as facts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from summarizer import _data, lang
from summarizer.article import Article, Paragraph

_END = re.compile(r"[.!?؟…]+[\"”’»)\]]*(?=\s|$)|[。！？]+[”’」』）)]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_OPENERS = '(（"“‘«„'
_CLOSERS = "”’」』»)）\"' "
_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", "「": "」", "『": "』", '"': '"'}
_CLOSING = frozenset('”“»«」』"')
_CLAUSE_END = re.compile(r"[.!?。！？\n]+\s*")
_CLAUSE_REACH = 160
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
    skip: tuple[re.Pattern[str], ...]
    min_words: int
    min_cjk: int
    max_words: int
    max_cjk: int
    planned: dict[str, re.Pattern[str]]


@cache
def _rules() -> _Rules:
    data = _data.load_toml("sentences.toml")
    return _Rules(
        abbreviations=frozenset(data["abbreviations"]),
        ordinal_dot=frozenset(data["ordinal_dot"]),
        datelines=tuple(re.compile(p) for p in data["datelines"]),
        skip=tuple(re.compile(p) for p in data["skip"]),
        min_words=data["min_words"],
        min_cjk=data["min_cjk"],
        max_words=data["max_words"],
        max_cjk=data["max_cjk"],
        planned={
            family: re.compile("|".join(patterns), re.IGNORECASE)
            for family, patterns in data["planned"].items()
        },
    )


def size(text: str) -> tuple[int, int]:
    """(CJK characters, words) of `text`."""
    return len(_CJK.findall(text)), len(_WORD.findall(text))


def informative(sentence: Sentence) -> bool:
    """True for a finished statement of reporting length that is no byline or prompt."""
    rules = _rules()
    text = sentence.text
    if not sentence.terminated or text.rstrip(_CLOSERS)[-1:] in "?？؟":
        return False
    if any(p.search(text) for p in rules.skip):
        return False
    cjk, words = size(text)
    if cjk >= rules.min_cjk:
        return cjk <= rules.max_cjk
    return rules.min_words <= words <= rules.max_words


def planned(article: Article, start: int, end: int) -> bool:
    """True when the reporting clause around the quotation at [start, end) announces or
    expects the statement ("will say", "dürfte", "将表示") rather than reports it made."""
    pattern = _rules().planned.get(lang.family(article.lang))
    if pattern is None:
        return False
    text = article.text
    before = text[max(0, start - _CLAUSE_REACH) : start]
    ends = [m.end() for m in _CLAUSE_END.finditer(before)]
    after = text[end : end + _CLAUSE_REACH]
    cut = _CLAUSE_END.search(after)
    clause = before[ends[-1] if ends else 0 :] + " " + (after[: cut.start()] if cut else after)
    return pattern.search(clause) is not None


def sentences(article: Article) -> Iterator[Sentence]:
    """Every sentence of every paragraph, datelines cut off the first one."""
    rules = _rules()
    ordinals = lang.family(article.lang) in rules.ordinal_dot
    for paragraph in article.paragraphs:
        yield from _split(paragraph, rules, ordinals)


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
    """True when the punctuation at `m` does not end the sentence: an abbreviation, an
    ordinal ("am 3. März"), a lowercase word next, or a quotation still open."""
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
    for ch in text[begin:end]:
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
