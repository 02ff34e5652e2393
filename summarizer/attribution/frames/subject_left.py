"""The subject of a cue that ends right before it: past adverbs, an appositive, a passive
agent, a shared subject ("smiled and said"), then a pronoun, an anonymous source or a run."""

from __future__ import annotations

import re

from summarizer.attribution.frames.appositives import before_appositive
from summarizer.attribution.frames.arabic import arabic_run
from summarizer.attribution.frames.between import verb_gap
from summarizer.attribution.frames.clauses import TOKEN, anonymous, apposed, past_opener
from summarizer.attribution.frames.coordinated import shared_subject
from summarizer.attribution.frames.cueword import negated
from summarizer.attribution.frames.elision import elided
from summarizer.attribution.frames.inner_titles import TITLE_MARKS
from summarizer.attribution.frames.participial import participle_subject
from summarizer.attribution.frames.quoting import passive_end
from summarizer.attribution.frames.run_before import run_before
from summarizer.attribution.frames.runs import initial
from summarizer.attribution.frames.written_words import WrittenWords
from summarizer.attribution.lexicon.cues import Cues, Mention


def subject_left(
    text: str,
    start: int,
    cue: re.Match[str],
    cues: Cues,
    written: WrittenWords,
    end: int | None = None,
) -> Mention | None:
    """The subject that ends right before `cue` (or `end`), skipping adverbs and an appositive."""
    if cue.group().lower() in cues.participles:
        return participle_subject(text, start, cue, cues)
    limit = cue.start() if end is None else end
    tokens = list(TOKEN.finditer(text, start, limit))
    limit = verb_gap(text, tokens, limit, cues)
    if not tokens:
        return None
    if negated(tokens[-1], cues):  # "“…,” the coach never said": words nobody is said to say
        return Mention(cue.group(), "anonymous", cue.group(), -1, cue.start())
    if tokens[-1].group().lower() in cues.passive and not cues.nouns_capitalized:
        return None  # "the mayor was asked": the one asked, not the speaker
    subject_end = passive_end(cue, tokens, start, cues)
    if subject_end is not None:  # "Hale was quoted by the Courier as saying": never the agent
        return subject_left(text, start, cue, cues, written, subject_end)
    taken, joined = shared_subject(text, start, tokens, limit, cue, cues)  # "smiled and said"
    if taken:
        return joined
    gap = "" if initial(text, tokens[-1], limit) else text[tokens[-1].end() : limit].strip()
    gap = "," if gap.strip(TITLE_MARKS) == "," else gap  # "author of “Dry Years,” said"
    if gap == "," and cues.family != "ar":
        tokens = before_appositive(text, tokens, cues)
    elif gap and not (gap in ",،" and cues.family == "ar"):
        return None
    if not tokens:
        return None
    if cues.family == "ar":
        return arabic_run(text, tokens[::-1][:4], cue, cues, reverse=True)
    return _last_subject(text, start, tokens, cue, cues, written)


def _last_subject(
    text: str,
    start: int,
    tokens: list[re.Match[str]],
    cue: re.Match[str],
    cues: Cues,
    written: WrittenWords,
) -> Mention | None:
    """The pronoun, anonymous source or name run that ends with the last of `tokens`."""
    last = tokens[-1]
    word = elided(last.group())  # "c'est ainsi qu'il a qualifié": "il"
    if word.lower() in cues.pronouns or word.lower() in cues.neuter:  # "it": speakers/neuter.py
        kind = "pronoun" if word.lower() in cues.pronouns else "neuter"
        return Mention(word, kind, cue.group(), last.end() - len(word), cue.start())
    clause = max(start, text.rfind(",", start, last.start()) + 1)
    clause = past_opener(text, clause, last.end(), cues)
    if anonymous(text, clause, last.end(), cues):
        words = text[clause : last.end()].strip()
        return Mention(words, "anonymous", cue.group(), clause, cue.start())
    return run_before(text, tokens, cue, cues, written)


def apposed_before(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """A name apposed to a role right before its cue ("Lee's aide, Jo Ruiz, said:")."""
    set_off = not cues.nouns_capitalized and text[start : cue.start()].rstrip().endswith(",")
    return apposed(text, start, cue, cues) if set_off else None
