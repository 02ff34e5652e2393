"""Which quotations the extract engine shows, and whose: a sure speaker or an unnamed one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from summarizer import lang
from summarizer.attribution.find import Quote
from summarizer.engines.facts import size

TRIM = " \t\n,，、;；:："
"""Spaces and clause marks a quotation is shown without."""
QUOTE_MIN_WORDS = 5
QUOTE_MIN_CJK = 8
QUOTE_CAP_WORDS = 40
_NAMED = frozenset({"cue", "cue_after", "colon_intro"})
"""How a planned statement's speaker must have been found for it to be shown."""
REAL_SHARE = 0.25
"""A speaker with this share of the quotes worth showing gets a point before the others."""
_SPOKEN_CJK = re.compile(r"[\u3040-\u309f\u3400-\u9fff\uf900-\ufaff]")
"""Han and hiragana: a run of katakana in marks is a name ("「ボコ・ハラム」"), not speech."""
_TITLE_WORD = 4
"""Words this long all capitalised make a title ("“Once Upon A Time in Hollywood”")."""
_CASED_WORDS = 2 * QUOTE_MIN_WORDS
"""Words a quotation in a script without capitals needs to tell it from a name in marks."""
UNNAMED = ""
"""The group of quotations shown as an unnamed speaker's."""
UNNAMED_MAX = 2
"""Unnamed speakers' quotations in one summary at most: who said what is about the named."""


def speech(text: str) -> bool:
    """True for a quotation long enough to be what someone said, not a name or title in marks."""
    cjk, words = size(text)
    if len(_SPOKEN_CJK.findall(text)) >= QUOTE_MIN_CJK:
        return True
    if cjk >= QUOTE_MIN_CJK or words < QUOTE_MIN_WORDS:
        return False
    found = lang.WORD.findall(text)
    long = [w for w in found if len(w) >= _TITLE_WORD]
    if not any(w[:1].isupper() or w[:1].islower() for w in found):  # Arabic: no title case
        return words >= _CASED_WORDS or any(m in text for m in ".,!?;،؛؟…")
    return not long or not all(w[:1].isupper() for w in long)


def _weight(text: str) -> int:
    """Length in words (two CJK characters count as one), capped so long quotes do not win."""
    cjk, words = size(text)
    return min(max(words, cjk // 2), QUOTE_CAP_WORDS)


def _trimmed(quote: Quote) -> Quote:
    """`quote` without surrounding spaces and trailing commas or colons (still verbatim)."""
    lead = len(quote.text) - len(quote.text.lstrip(TRIM))
    body = quote.text.strip(TRIM)
    start = quote.start + lead
    return replace(quote, text=body, start=start, end=start + len(body))


# A guessed name is never shown (its quote is left out); speech in marks that no one is credited
# with, or only a description as written ("the moderator", low), is an unnamed speaker's, unless
# it is a fragment or only announced. A statement only announced counts when a cue names its
# speaker.
def _group(quote: Quote) -> str | None:
    """The speaker `quote` is shown under, UNNAMED, or None when it is not shown."""
    if quote.speaker is not None and (
        quote.confidence == "high" or (quote.mood == "planned" and quote.basis in _NAMED)
    ):
        return quote.speaker
    whole = not quote.text[:1].islower()
    unnamed = quote.speaker is None or quote.speaker[:1].islower()
    unheard = unnamed and quote.marked and quote.mood != "planned"
    if unheard and whole and speech(quote.text):
        return UNNAMED
    return None


# Ranked: distinct speakers first, those with a real share of the quotes leading; whole sentences,
# quotations in marks before sentences of a speech transcript, length. Unnamed speakers only fill
# the places the named leave, the first said (nearest the lead) first.
def pick_quotes(quotes: Sequence[Quote], limit: int) -> list[Quote]:
    """Telling quotes, best first: a sure speaker's, or an unnamed one's without a name."""
    by_speaker: dict[str, list[Quote]] = {}
    seen: set[str] = set()
    for quote in map(_trimmed, quotes):
        cjk, words = size(quote.text)
        who = _group(quote)
        long_enough = cjk >= QUOTE_MIN_CJK or words >= QUOTE_MIN_WORDS
        if who is None or quote.text in seen or not long_enough:
            continue
        seen.add(quote.text)
        by_speaker.setdefault(who, []).append(quote if who else replace(quote, speaker=None))
    for group in by_speaker.values():
        group.sort(key=lambda q: (q.text[:1].islower(), not q.marked, -_weight(q.text), q.start))
    unnamed = sorted(by_speaker.pop(UNNAMED, []), key=lambda q: q.start)[:UNNAMED_MAX]
    groups = _by_share(by_speaker, Counter(q.speaker for q in quotes if q.speaker))
    rounds = max((len(g) for g in groups), default=0)
    ranked = [g[i] for i in range(rounds) for g in groups if i < len(g)] + unnamed
    return sorted(ranked[:limit], key=lambda q: q.start)


# No side with one in four of the article's attributed quotes goes unheard; the rest follow by
# first appearance.
def _by_share(by_speaker: dict[str, list[Quote]], said: Counter[str]) -> list[list[Quote]]:
    """Each speaker's quotes, the speakers with a real share of the attributed quotes first."""
    total = sum(said.values())
    ordered = sorted(by_speaker, key=lambda speaker: said[speaker] < REAL_SHARE * total)
    return [by_speaker[speaker] for speaker in ordered]
