"""Summaries from anywhere: plain-text lines aligned to the article sentences they rest on."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from summarizer import lang
from summarizer.article import Article
from summarizer.errors import InputError
from summarizer.source.sentences import Sentence, numbered
from summarizer.summary import EngineInfo, Point, SourceInfo, Span, Summary
from summarizer.verification.match import fold

_NOISE = re.compile(r"[\W_]+")
ENGINE = "text"
MIN_SHARE = 0.3
"""Share of a line's n-grams a sentence must hold to count as its evidence."""
MIN_GAIN = 0.15
"""Share of a line's n-grams a further sentence must add to count too."""
MAX_SENTENCES = 3


def grams(text: str) -> frozenset[str]:
    """Character n-grams of folded `text`: bigrams of CJK, 4-grams of other scripts per word."""
    folded = fold(text).casefold()
    if len(lang.CJK_CHAR.findall(folded)) * 2 > len(_NOISE.sub("", folded)):
        chars = _NOISE.sub("", folded)
        return frozenset(chars[i : i + 2] for i in range(len(chars) - 1))
    out: set[str] = set()
    for word in _NOISE.split(folded):
        padded = f" {word} "
        out.update(padded[i : i + 4] for i in range(max(1, len(padded) - 3)))
    out.discard("")
    return frozenset(out)


@dataclass(frozen=True)
class Aligner:
    """The article's sentences indexed by n-gram, for finding the few a line rests on."""

    sentences: tuple[Sentence, ...]
    postings: dict[str, tuple[int, ...]]

    def weight(self, gram: str) -> float:
        """Rarer n-grams say more: log inverse sentence frequency (unseen ones the most)."""
        return math.log(1 + len(self.sentences) / (len(self.postings.get(gram, ())) or 0.5))

    def evidence(self, line: str) -> tuple[Span, ...]:
        """The sentences holding most of `line`'s n-gram weight (greedy cover), in article order."""
        wanted = {g: self.weight(g) for g in grams(line)}
        total = sum(wanted.values())
        chosen: list[int] = []
        while total and len(chosen) < MAX_SENTENCES:
            hits: dict[int, float] = {}
            for gram, weight in wanted.items():
                for i in self.postings.get(gram, ()):
                    hits[i] = hits.get(i, 0.0) + weight
            if not hits:
                break
            best, score = max(hits.items(), key=lambda hit: hit[1])
            if score / total < (MIN_GAIN if chosen else MIN_SHARE):
                break
            chosen.append(best)
            for gram in grams(self.sentences[best].text):
                wanted.pop(gram, None)
        return tuple(Span(self.sentences[i].start, self.sentences[i].end) for i in sorted(chosen))


@lru_cache(maxsize=4)
def aligner(article: Article) -> Aligner:
    """The n-gram index of `article`'s sentences, built once per article."""
    found = numbered(article)
    postings: dict[str, list[int]] = {}
    for i, sentence in enumerate(found):
        for gram in grams(sentence.text):
            postings.setdefault(gram, []).append(i)
    return Aligner(found, {g: tuple(ids) for g, ids in postings.items()})


def from_text(text: str, article: Article, origin: str) -> Summary:
    """A summary whose points are the non-empty lines of `text`, evidence found by alignment."""
    lines = tuple(line.strip() for line in text.splitlines() if line.strip())
    if not lines:
        raise InputError(f"{origin} has no summary lines")
    _same_language(lines, article, origin)
    found = aligner(article)
    return Summary(
        lang=article.lang,
        source=SourceInfo(article.title, article.lang, article.sha256, article.origin),
        engine=EngineInfo(ENGINE),
        headline=article.title,
        points=tuple(Point(line, evidence=found.evidence(line)) for line in lines),
    )


def _same_language(lines: Sequence[str], article: Article, origin: str) -> None:
    """Alignment compares wording, so the summary must be in the article's language."""
    joined = " ".join(lines)
    if not lang.matches(joined, article.lang):
        said = lang.detect(joined)
        raise InputError(
            f"{origin} reads as {said} but the article is {article.lang}: "
            "--text checks a summary in the article's own language"
        )
