"""Quoted work titles and standing labels, told by the words around them, not by capitals."""

from __future__ import annotations

import itertools
import re

from summarizer import _data
from summarizer.attribution.kinds.german_titles import WORD
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_DATA = _data.load_toml("terms.toml")
_AUTHORS: dict[str, list[str]] = _DATA["authors"]
_AS: dict[str, str] = _DATA["regarded_as"]
_REGARDED: dict[str, list[str]] = _DATA["regarded"]
_AGENTS: dict[str, list[str]] = _DATA["regarded_by"]
_STOP = re.compile(r"[.!?…:;]")
_CLAUSE = re.compile(r"[,;:.!?()\n–—„“”\"«»]")
_CLAUSE_END = re.compile(r"[,;:.!?()\n–—]")  # the marks of further titles in the clause stay
_LATE_REACH = 120
_WORK_WORDS = 8
_LABEL_WORDS = 6
_REACH = 80
# a place or a publisher and a year in brackets right after it: "(Leipzig 1894, S. 59)", "(1901)"
_CITED = re.compile(r" ?\([^()\n]{0,40}?\b1[5-9]\d\d\b[^()\n]{0,30}\)")


def is_work(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether the quotation is a work before its author ("„…“ von J. Lind") or a label held."""
    if _authored(text, span, inner, cues) or _regarded(text, span, inner, cues):
        return True
    return cues.nouns_capitalized and _cited(text, span, inner)


# A book cited with its place and year: "schrieb in seiner „Technik des Dramas“ (Leipzig 1894)".
# Words someone said are not dated in brackets before the 20th century's end of print.
def _cited(text: str, span: Span, inner: str) -> bool:
    """Whether a short quotation without a stop inside has a bracketed year right after it."""
    if _STOP.search(inner.rstrip(".!?")) or len(WORD.findall(inner)) > _WORK_WORDS:
        return False
    return _CITED.match(text, span.close_at + 1) is not None


# A book, film or song with its author after it, no comma between: "„Die Insel“ von Ada Wolf".
# Speech is set off from its speaker by a comma or a verb. Not English "by": a passive credits
# words to their speaker ("called “reckless” by Ann Cole").
def _authored(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether a preposition of authorship and a capitalised word follow the closing mark."""
    words = _AUTHORS.get(cues.family, [])
    if not words or text[span.close_at + 1 : span.close_at + 2] != " ":
        return False
    after = WORD.findall(text, span.close_at + 1, span.close_at + 30)
    if len(after) < 2 or after[0] not in words or not after[1][:1].isupper():
        return False
    return len(WORD.findall(inner)) <= _WORK_WORDS and not _STOP.search(inner.rstrip(".!?"))


# What a thing is held to be, in a clause that reports no one's words: "galt als „…“", "wurde
# als „…“ bekannt"; not "bezeichnete es als „…“" (someone's word for it).
def _regarded(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether a short quotation right after "als" stands in a clause of being regarded."""
    marker = _AS.get(cues.family)
    if marker is None:
        return False
    lead = WORD.findall(text, max(0, span.open_at - 12), span.open_at)
    if not lead or lead[-1] != marker:
        return False
    if _STOP.search(inner) or len(WORD.findall(inner)) > _LABEL_WORDS:
        return False
    before = _CLAUSE.split(text[max(0, span.open_at - _REACH) : span.open_at - 1])[-1]
    # "als „A“ und später als „B“ publicirt": the verb may close the clause past other titles
    after = _CLAUSE_END.split(text[span.close_at + 1 : span.close_at + 1 + _LATE_REACH])[0]
    words = [w for w in WORD.findall(f"{before} {after}") if w != marker]
    held = any(w.lower() in _REGARDED.get(cues.family, []) for w in words)
    # "so" is a cue only before its source ("so der Minister"); "gilt so als „…“" is an adverb
    cued = [w for w in words if w.lower() not in cues.particles]
    said = any(cues.verbs.fullmatch(w) or cues.framing.fullmatch(w) for w in cued)
    return held and not said and not _agent(WORD.findall(before), cues)


# "wird vom Wetterdienst als „sehr hoch“ eingestuft": a passive with its agent is that agent's
# label for the thing, someone's words.
def _agent(words: list[str], cues: Cues) -> bool:
    """Whether a preposition of the agent and a name or an article stand in the clause."""
    agents = _AGENTS.get(cues.family, [])
    pairs = itertools.pairwise(words)
    return any(w in agents and (n[0].isupper() or n in cues.determiners) for w, n in pairs)
