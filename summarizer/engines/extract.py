"""The embedded `extract` engine: a who-said-what summary quoted verbatim from the article."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from summarizer import _data, lang
from summarizer.article import Article
from summarizer.engines.base import Request
from summarizer.labels import Labels, labels
from summarizer.quotes.find import Quote, find_quotes
from summarizer.source.sentences import Sentence, covering, numbered, sentences
from summarizer.summary import EngineInfo, Point, QuoteRef, SourceInfo, Span, Summary

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+")
_CLOSERS = "”’」』»)）\"' "
_TRIM = " \t\n,，、;；:："
QUOTE_MIN_WORDS = 5
QUOTE_MIN_CJK = 8
QUOTE_CAP_WORDS = 40


@dataclass(frozen=True)
class _Rules:
    skip: tuple[re.Pattern[str], ...]
    min_words: int
    min_cjk: int
    max_words: int
    max_cjk: int


@cache
def _rules() -> _Rules:
    data = _data.load_toml("sentences.toml")
    return _Rules(
        skip=tuple(re.compile(p) for p in data["skip"]),
        min_words=data["min_words"],
        min_cjk=data["min_cjk"],
        max_words=data["max_words"],
        max_cjk=data["max_cjk"],
    )


class ExtractEngine:
    """Summarizes without a model: lead facts and attributed quotes, all verbatim."""

    name = "extract"

    async def summarize(self, article: Article, request: Request) -> Summary:
        """The Engine interface: `build`, which needs no I/O."""
        return self.build(article, request)

    def build(self, article: Article, request: Request) -> Summary:
        """A deterministic summary of `article` whose every quoted passage is a source span."""
        words = labels(request.lang)
        quotes = find_quotes(article.text, article.lang)
        total = request.max_points
        leads = [_lead_point(s, words) for s in lead_sentences(article, quotes, total, words)]
        first = min(1 if total <= 3 else 2, len(leads))
        quotable = [q for q in quotes if words.quote(q.text.strip(_TRIM)) is not None]
        found = numbered(article)
        said = [_quote_point(q, words, found) for q in pick_quotes(quotable, total - first)]
        points = leads[:first] + said + leads[first : total - len(said)]
        return Summary(
            lang=request.lang,
            source=SourceInfo(article.title, article.lang, article.sha256, article.origin),
            engine=EngineInfo(self.name),
            headline=article.title,
            points=tuple(points),
            notice=_notice(article.lang, request.lang, words),
        )


def _notice(article_lang: str, reader_lang: str, words: Labels) -> str:
    if lang.family(article_lang) == lang.family(reader_lang):
        return words.notice_extractive
    return words.notice_untranslated


def _fill(template: str, **values: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def _lead_point(sentence: Sentence, words: Labels) -> Point:
    quoted = words.quote(sentence.text) or sentence.text
    ref = QuoteRef(source_text=sentence.text, start=sentence.start, end=sentence.end)
    evidence = (Span(sentence.start, sentence.end),)
    return Point(_fill(words.lead, quote=quoted), None, (ref,), evidence)


def _quote_point(quote: Quote, words: Labels, found: Sequence[Sentence]) -> Point:
    assert quote.speaker is not None
    quoted = words.quote(quote.text) or quote.text
    ref = QuoteRef(source_text=quote.text, start=quote.start, end=quote.end)
    text = _fill(words.said, speaker=quote.speaker, quote=quoted)
    evidence = tuple(Span(s.start, s.end) for s in covering(found, quote.start, quote.end))
    return Point(text, quote.speaker, (ref,), evidence)


def _size(text: str) -> tuple[int, int]:
    """(CJK characters, words) of `text`."""
    return len(_CJK.findall(text)), len(_WORD.findall(text))


def _weight(text: str) -> int:
    """Length in words (two CJK characters count as one), capped so long quotes do not win."""
    cjk, words = _size(text)
    return min(max(words, cjk // 2), QUOTE_CAP_WORDS)


def _trimmed(quote: Quote) -> Quote:
    """`quote` without surrounding spaces and trailing commas or colons (still verbatim)."""
    lead = len(quote.text) - len(quote.text.lstrip(_TRIM))
    body = quote.text.strip(_TRIM)
    start = quote.start + lead
    return replace(quote, text=body, start=start, end=start + len(body))


def pick_quotes(quotes: Sequence[Quote], limit: int) -> list[Quote]:
    """Telling quotes whose speaker is sure (a guessed name is never shown): distinct speakers
    first, whole sentences, length; in order."""
    by_speaker: dict[str, list[Quote]] = {}
    seen: set[str] = set()
    for quote in map(_trimmed, quotes):
        cjk, words = _size(quote.text)
        long_enough = cjk >= QUOTE_MIN_CJK or words >= QUOTE_MIN_WORDS
        sure = quote.confidence == "high"
        if quote.speaker is not None and sure and long_enough and quote.text not in seen:
            seen.add(quote.text)
            by_speaker.setdefault(quote.speaker, []).append(quote)
    for group in by_speaker.values():
        group.sort(key=lambda q: (q.text[:1].islower(), -_weight(q.text), q.start))
    rounds = max((len(g) for g in by_speaker.values()), default=0)
    ranked = [g[i] for i in range(rounds) for g in by_speaker.values() if i < len(g)]
    return sorted(ranked[:limit], key=lambda q: q.start)


def lead_sentences(
    article: Article, quotes: Sequence[Quote], limit: int, words: Labels
) -> list[Sentence]:
    """The first `limit` informative, quotable sentences with no speech and no cut quotation."""
    rules = _rules()
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    reach = max((q.end - q.start for q in ordered), default=0)
    title = article.title.strip()
    found: list[Sentence] = []
    for sentence in sentences(article):
        if len(found) == limit:
            break
        nearby = ordered[
            bisect_left(starts, sentence.start - reach) : bisect_left(starts, sentence.end)
        ]
        if (
            sentence.text != title
            and _informative(sentence, rules)
            and words.quote(sentence.text) is not None
            and all(_harmless(q, sentence) for q in nearby)
        ):
            found.append(sentence)
    return found


def _harmless(quote: Quote, sentence: Sentence) -> bool:
    """True unless `quote` is speech in `sentence` or crosses its edge."""
    if quote.end <= sentence.start or quote.start >= sentence.end:
        return True
    return quote.speaker is None and sentence.start < quote.start and quote.end < sentence.end


def _informative(sentence: Sentence, rules: _Rules) -> bool:
    text = sentence.text
    if not sentence.terminated or text.rstrip(_CLOSERS)[-1:] in "?？؟":
        return False
    if any(p.search(text) for p in rules.skip):
        return False
    cjk, words = _size(text)
    if cjk >= rules.min_cjk:
        return cjk <= rules.max_cjk
    return rules.min_words <= words <= rules.max_words
