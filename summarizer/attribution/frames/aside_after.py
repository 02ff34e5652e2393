"""A named subject after a quotation parted from its cue by an aside ("Ann Roe, in a hat, said")."""

from __future__ import annotations

import re

from summarizer.attribution.frames.appositives import before_appositive
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues

_HEAD = 5  # words of a role and a name before the aside ("Ohio delegate Ann Roe")


# A long subject with commas is read only when, past one aside, what stays is a short name run
# that opens right after the quotation: a role word or two before a name of two capitalised words
# or more, so that no clause of its own (a verb, a place after "in") is taken for the subject.
def short_head(text: str, start: int, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the words before `cue` are a short named subject, then one comma aside."""
    tokens = list(TOKEN.finditer(text, start, cue.start()))
    if not tokens or text[tokens[-1].end() : cue.start()].strip() != ",":
        return False
    head = before_appositive(text, tokens, cues)
    if not head or len(head) > _HEAD or "," in text[start : head[-1].end()]:
        return False
    words = [t.group() for t in head]
    named = all(w[:1].isupper() for w in words[-2:])
    lower = [w for w in words[:-2] if not w[:1].isupper()]
    return named and len(lower) <= 1 and not any(w.lower() in cues.governing for w in lower)
