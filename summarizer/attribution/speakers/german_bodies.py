"""A German body's description ("die Universität") read as the one body of that noun named."""

# "Die Universität Valdor entzog den Titel. Die Universität erklärte, …": the speaker is the
# Universität Valdor, as the article names it. The noun must be a whole word of the name (a
# compound, "Landgericht", is another noun) with a name after it ("Firma Acme", "Universität zu
# Köln") or an adjective before it ("Freie Universität"). Two such bodies named before the
# quotation: the one named since the previous quotation, if only one is; else nobody.

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterator

from summarizer import _data
from summarizer.attribution.attributed import Attribution, basis_of
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.word_runs import matches_from, occurrences, run_start
from summarizer.attribution.speakers.bodies import fullest
from summarizer.attribution.speakers.compound_bodies import compound_body

_NOUNS = frozenset(_data.load_toml("german.toml")["bodies"]["nouns"])
_ARTICLE = re.compile(r"(?<!\w)(?:der|die|das|den|dem|des)\s+$", re.IGNORECASE)
_CAPITAL = r"[A-ZÄÖÜ][\w&-]*"
_LEAD = 12  # characters before the mention that may hold its article


@functools.lru_cache(maxsize=16)
def _named(text: str, noun: str, stop: frozenset[str]) -> tuple[list[int], list[str]]:
    """Where each name that holds `noun` as a word stands, and the name (one pass)."""
    found = re.compile(
        rf"(?<![\w-])(?:(?P<adjective>{_CAPITAL})[ \t]+)?(?P<noun>{re.escape(noun)})"
        rf"(?P<after>(?:[ \t]+(?:(?:zu|für)[ \t]+)?{_CAPITAL}){{0,3}})(?![\w-])"
    )
    starts: list[int] = []
    names: list[str] = []
    for match in matches_from(text, found, _starts(text, noun)):  # tried where the noun is
        end = match.end("noun")  # on to the last capitalised word after it, short of a stop word
        for index, word in enumerate(re.finditer(_CAPITAL, match.group("after"))):
            if word.group().lower() in stop or (index and not _suffixed(word.group())):
                break
            end = match.start("after") + word.end()
        adjective = match.group("adjective") or ""
        adjective = adjective if adjective.lower() not in stop and adjective[-1:] == "e" else ""
        if end > match.end("noun") or adjective:  # "Firma Acme", "Freie Universität"
            start = match.start("adjective") if adjective else match.start("noun")
            starts.append(start)
            names.append(text[start:end])
    return starts, names


def _starts(text: str, noun: str) -> Iterator[int]:
    """Where a match of `_named`'s pattern may start: at `noun`, or in the word before it."""
    for at in occurrences(text, noun):
        gap = at
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        yield at
        yield from range(run_start(text, gap, "&-") if gap < at else gap, gap)


# "Firma Acme AG", "Firma Acme GmbH": past the name's first word only a legal form or an acronym
# (two capitals) goes on; another capital is the clause's next noun ("die Firma Acme Arbeitsplätze
# abbaut"). A joined word ("Acme-Werke", "Acme&Co") is one word.
def _suffixed(word: str) -> bool:
    """Whether a capitalised word after a body's name still belongs to it."""
    return sum(c.isupper() for c in word) > 1


def german_body(
    mention: Mention,
    speaker: str | None,
    context: tuple[int, int],
    closed: int,
    text: str,
    cues: Cues,
) -> Attribution | None:
    """The body a definite body noun stands for, nobody for several; None where it does not
    apply (no lone body noun after an article, or a holder already found)."""
    words = mention.words
    if not cues.nouns_capitalized or speaker != words or words.lower() not in _NOUNS:
        return None
    if mention.kind not in ("org", "role") or not _ARTICLE.search(
        text, max(0, mention.at - _LEAD), mention.at
    ):
        return None
    starts, names = _named(text, words, frozenset(cues.stop))
    last = bisect_left(starts, context[1])
    if not last:  # "das Gericht" after "Landgericht Oberau": a compound's, if only one
        return compound_body(mention, context[1], closed, text, cues)
    body = fullest(names[:last]) or fullest(names[bisect_left(starts, context[0]) : last])
    if body is None:  # several, none of them alone since the previous quotation: nobody
        return Attribution(None, mention.cue, words, "none", mention.cue_at, False)
    basis = basis_of(mention, closed)
    return Attribution(body, mention.cue, words, basis, mention.cue_at, True, False, mention.at)
