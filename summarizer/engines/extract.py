"""The embedded `extract` engine: a who-said-what summary quoted verbatim from the article."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from summarizer import lang
from summarizer.article import Article
from summarizer.attribution.find import Quote, find_quotes
from summarizer.engines.base import Request
from summarizer.engines.facts import first_person, informative, planned
from summarizer.engines.picking import TRIM, pick_quotes, speech
from summarizer.labels import Labels, labels
from summarizer.source.cleaning import shorten
from summarizer.source.sentences import Sentence, covering, numbered, sentences
from summarizer.summary import EngineInfo, Point, QuoteRef, SourceInfo, Span, Summary

_OPENING = '"“«„「『‘'
_CLOSING = '"”»“」』’'
_STOPS = (".", "!", "?", "…", "。", "！", "？")
_NOT_ALNUM = re.compile(r"[\W_]+")
"""Characters other than letters and digits (`str.isalnum` is \\w without the underscore)."""


class ExtractEngine:
    """Summarizes without a model: lead facts and attributed quotes, all verbatim."""

    name = "extract"

    async def summarize(self, article: Article, request: Request) -> Summary:
        """The Engine interface: `build`, which needs no I/O."""
        return self.build(article, request)

    # The lead first, then who said what, each passage once.
    def build(self, article: Article, request: Request) -> Summary:
        """A deterministic summary of `article` whose every quoted passage is a source span."""
        words = labels(request.lang)
        quotes = find_quotes(article.text, article.lang, article.title)
        total = request.max_points
        found = lead_sentences(article, quotes, total + 1, words)
        headline = article.title or _headline(article, found)
        if found and found[0].text == headline:  # a short lead is the headline, not a point too
            found = found[1:]
        leads = [_lead_point(s, words) for s in found[:total]]
        first = min(1 if total <= 3 else 2, len(leads))
        whole = [_through_apostrophes(article, q) for q in quotes]
        quotable = [q for q in whole if words.quote(q.text.strip(TRIM)) is not None]
        numbered_sentences = numbered(article)
        said = [
            _quote_point(q, words, numbered_sentences, _announced(article, q))
            if not _fragment(q)
            else _fragment_point(article, q, words, numbered_sentences, whole)
            for q in pick_quotes(quotable, total - first)
        ]
        points = _distinct([*leads[:first], *said, *leads[first:]])[:total]
        return Summary(
            lang=request.lang,
            source=SourceInfo(article.title, article.lang, article.sha256, article.origin),
            engine=EngineInfo(self.name),
            headline=headline,
            points=tuple(points),
            notice=_notice(article.lang, request.lang, words),
        )


def title_or_lead(article: Article) -> str:
    """The article's title; without one, its lead sentence cut to headline width."""
    if article.title:
        return article.title
    return _headline(
        article, lead_sentences(article, find_quotes(article.text, article.lang, article.title), 1)
    )


# Either the quote finder's mood says so, or the reporting clause read with this engine's
# per-language patterns.
def _announced(article: Article, quote: Quote) -> bool:
    """True for a statement announced or expected, not made."""
    return quote.mood == "planned" or planned(article, quote.start, quote.end)


def _headline(article: Article, leads: Sequence[Sentence]) -> str:
    """For an article without a title: its lead sentence, cut to headline width."""
    lead = leads[0] if leads else next(sentences(article), None)
    return shorten(lead.text) if lead else ""


def _distinct(points: Sequence[Point]) -> list[Point]:
    """`points` without any whose passage overlaps or repeats an earlier one's."""
    kept: list[Point] = []
    spans: list[tuple[int, int]] = []
    texts: set[str] = set()
    for point in points:
        (ref,) = point.quotes
        start, end = ref.start or 0, ref.end or 0
        squashed = _NOT_ALNUM.sub("", ref.source_text.casefold())
        if squashed in texts or any(start < b and a < end for a, b in spans):
            continue
        kept.append(point)
        spans.append((start, end))
        texts.add(squashed)
    return kept


# "only taxpayers’ money’": the same mark comes again later in the paragraph, before any new
# quotation opens.
def _through_apostrophes(article: Article, quote: Quote) -> Quote:
    """`quote` running on to its real closing mark when it stops at an apostrophe."""
    text = article.text
    mark = text[quote.end : quote.end + 1]
    if mark not in "’'" or not quote.text[-1:].isalpha():
        return quote
    stop = text.find("\n", quote.end)
    rest = text[quote.end + 1 : stop if stop >= 0 else len(text)]
    again = re.search(rf"(?<=\S){mark}(?!\w)", rest)
    opens = re.search(rf"(?<!\w){'‘' if mark == '’' else mark}(?=\w)", rest)
    if again is None or (opens is not None and opens.start() < again.start()):
        return quote
    end = quote.end + 1 + again.start()
    return replace(quote, text=text[quote.start : end], end=end)


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


def _quote_point(quote: Quote, words: Labels, found: Sequence[Sentence], announced: bool) -> Point:
    """`quote` credited to its speaker, as said or, when `announced`, as expected to be said."""
    quoted = words.quote(quote.text) or quote.text
    ref = QuoteRef(source_text=quote.text, start=quote.start, end=quote.end)
    if quote.speaker is None:  # never the article's own voice
        text = _fill(words.unnamed, quote=quoted)
    else:
        template = words.planned if announced else words.said
        text = _fill(template, speaker=words.speaker(quote.speaker), quote=quoted)
    evidence = tuple(Span(s.start, s.end) for s in covering(found, quote.start, quote.end))
    return Point(text, quote.speaker, (ref,), evidence)


def _fragment(quote: Quote) -> bool:
    """A partial quotation: lower case first, no stop of its own ("pretty minimal, so far")."""
    # shown alone under "X said:" it reads as all that X said
    body = quote.text.strip(TRIM)
    return body[:1].islower() and not body.endswith(_STOPS)


# The reporting sentence is shown only when every other quotation in it has a sure speaker.
def _fragment_point(
    article: Article,
    quote: Quote,
    words: Labels,
    found: Sequence[Sentence],
    quotes: Sequence[Quote],
) -> Point:
    """A partial quotation in the article's sentence that reports it, credited to its speaker."""
    around = covering(found, quote.start, quote.end)
    if not around or _voices_others(quote, quotes, around[0].start, around[-1].end):
        return _quote_point(quote, words, found, _announced(article, quote))
    start, end = around[0].start, around[-1].end
    lead = _lead_point(Sentence(start, end, article.text[start:end], True), words)
    return replace(lead, speaker=quote.speaker)


def _voices_others(quote: Quote, quotes: Sequence[Quote], start: int, end: int) -> bool:
    """True when text from `start` to `end` quotes other speech whose speaker is unsure."""
    return any(
        start < q.end
        and q.start < end
        and (q.end <= quote.start or q.start >= quote.end)
        and q.confidence != "high"
        and speech(q.text)
        for q in quotes
    )


# With `words`, only sentences that it can put in quotation marks.
def lead_sentences(
    article: Article, quotes: Sequence[Quote], limit: int, words: Labels | None = None
) -> list[Sentence]:
    """The first `limit` informative sentences with no speech and no cut quotation."""
    ordered = sorted(quotes, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    reach = max((q.end - q.start for q in ordered), default=0)
    title = article.title.strip()
    found: list[Sentence] = []
    for sentence in numbered(article):
        if len(found) == limit:
            break
        nearby = ordered[
            bisect_left(starts, sentence.start - reach) : bisect_left(starts, sentence.end)
        ]
        if (
            sentence.text != title
            and not _wholly_quoted(sentence.text)
            and informative(sentence)
            and not first_person(sentence.text, article.lang)
            and (words is None or words.quote(sentence.text) is not None)
            and all(_harmless(q, sentence) for q in nearby)
        ):
            found.append(sentence)
    return found


def _wholly_quoted(text: str) -> bool:
    """True for a sentence that is all quotation (an epigraph): speech, not the news."""
    return text[:1] in _OPENING and text.rstrip(".!?。！？")[-1:] in _CLOSING


# A direct quotation, whoever said it, is never the article's own voice ("According to the article:
# “"…", - отметил глава МИД.”"); a term or title in marks ("“Parasite” won") is.
def _harmless(quote: Quote, sentence: Sentence) -> bool:
    """True unless `quote` is speech in `sentence` or crosses its edge."""
    if quote.end <= sentence.start or quote.start >= sentence.end:
        return True
    inside = sentence.start < quote.start and quote.end < sentence.end
    return quote.speaker is None and inside and not speech(quote.text)
