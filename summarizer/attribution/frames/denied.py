"""A cue negated in its own clause ("Jan Roth sagte nicht", "没有说"): words nobody said."""
# Read per language from data/cues.toml: `negations` and where they stand (`cues.negation`).

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.attribution.german.open_question import open_question
from summarizer.attribution.lexicon.cues import Cues, Mention

# What ends a clause: punctuation, a quotation mark, a dash (never an apostrophe: "n’a")
_BOUNDARY = re.compile(r"[,;:.!?，。；：！？、،؛„“”«»\"「」『』—–()\n]")
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?")
_KANA_RUN = re.compile(r"[\u3041-\u309f]*")
_STOPS = re.compile(r"[.!?。！？]")
_MARKS = re.compile(r"[„“”«»\"「『]")
_REACH = 80  # characters of a clause read on either side of its cue


# "نفى X أن „…“": the words quoted in the clause he denies are not his.
def _denies(text: str, end: int, cue: str, cues: Cues) -> bool:
    """Whether `cue` denies and a reported clause opens between it and the next quotation."""
    if cue not in cues.negation.denials:
        return False
    mark = _MARKS.search(text, end, end + _REACH)
    words = _WORD.finditer(text, end, mark.start() if mark else end)
    return any(word.group() in cues.complementizers for word in words)


def unsaid(text: str, mentions: Sequence[Mention], cues: Cues, closed: int) -> tuple[Mention, ...]:
    """`mentions`, one whose cue is negated in its clause made a mention of nobody."""
    return tuple(
        Mention(m.cue, "anonymous", m.cue, -1, m.cue_at) if denied(text, m, cues, closed) else m
        for m in mentions
    )


def denied(text: str, mention: Mention, cues: Cues, closed: int) -> bool:
    """Whether the cue of `mention` is negated where its language negates a verb."""
    negation = cues.negation
    scope, undoing = negation.scope, negation.unnegating
    at, cue = mention.cue_at, mention.cue
    if not scope or at < 0 or mention.kind == "anonymous" or text[at : at + len(cue)] != cue:
        return False
    if not mention.words:  # "Aber das heiße nicht, »…«": reported speech, its negation is content
        return False
    if cue.lower().startswith(negation.stances):  # "не согласился: «…»": he disagreed, and said so
        return False
    if cue.lower() in cues.hearsay:  # "Laut X kann die Stadt das nicht": no verb of X's to negate
        return False
    end = at + len(cue)
    if _denies(text, end, cue, cues):
        return True
    if _asked(text, max(end, closed)):  # "Hat er gesagt: …?" asks; "Hat er nicht gesagt, …?" not
        return open_question(text, at, closed, cues)
    if _corrected(text, max(end, closed), negation.correcting):  # "sagt nicht irgendwer, sondern X"
        return False
    if scope == "suffix":  # "没有说", "并未表示": the negation right before the verb
        return any(text.endswith(word, 0, at) for word in cues.negations)
    if scope == "okurigana":  # "と述べていない": the kana after the verb's stem negate it
        run = _KANA_RUN.match(text, end).group()  # type: ignore[union-attr]
        return any(word in run for word in cues.negations)
    before, after = _clause_words(text, at, end, cues)
    if scope == "clause":  # V2: "hat nie gesagt", or the clause's last word: "sagte X nicht"
        right_before = before[-2:-1] if before[-1].lower() not in undoing else []
        subject = mention.words.split()[:1]  # "Kein Politiker nannte": a subject that is no one
        # a bracket the cue opens ("so hat es X nicht gesagt"): the word before its participle
        closing = after[-2:-1] if after[-1:] and after[-1] in cues.participles else []
        words = {*right_before, *after[-1:], *closing, *(w.lower() for w in subject)}
        return bool(words & cues.negations)
    return any(  # "no dijo", "никогда не говорил", not "no solo dijo"
        word in cues.negations and next_word not in undoing
        for word, next_word in zip(before, [*before[1:], ""], strict=True)
    )


def _clause_words(text: str, at: int, end: int, cues: Cues) -> tuple[list[str], list[str]]:
    """The words of the cue's clause: the two before it and itself, and those after it."""
    reach = max(0, at - _REACH)  # never the whole text before: each cue reads a fixed reach
    start = max((m.end() for m in _BOUNDARY.finditer(text, reach, at)), default=reach)
    before = [w.group().lower() for w in _WORD.finditer(text, start, at)]
    links = [i + 1 for i, word in enumerate(before) if word in cues.coordinating]
    before = [*before[links[-1] if links else 0 :][-2:], text[at:end]]  # "zögerte nicht und sagte"
    stop = _BOUNDARY.search(text, end, end + _REACH)
    after = [w.group().lower() for w in _WORD.finditer(text, end, stop.start() if stop else end)]
    links = [i for i, word in enumerate(after) if word in cues.coordinating]
    return before, after[: links[0] if links else None]  # "sagte X und lachte nicht"


def _asked(text: str, start: int) -> bool:
    """Whether the sentence that goes on at `start` ends in a question mark."""
    stop = _STOPS.search(text, start, start + 400)
    return stop is not None and stop.group() in "?？"


def _corrected(text: str, end: int, correcting: frozenset[str]) -> bool:
    """Whether the sentence from `end` (past the quotation) goes on with a correcting word."""
    stop = _STOPS.search(text, end, end + 200)
    words = _WORD.finditer(text, end, stop.start() if stop else min(len(text), end + 200))
    return any(word.group().lower() in correcting for word in words)
