"""The one a group asks, named right after the verb of asking: the one who answers next."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.english_words import plain_word
from summarizer.attribution.frames.groups import group_nouns
from summarizer.attribution.lexicon.cues import Cues

_ROLE_WORDS = 3  # lower-case words of a role between the verb of asking and the name
_ROLE_REACH = 30  # characters those words may take
_AGENTS = ("ers", "ists")  # a plural noun of people who ask: "Reporters", "Journalists"


# "Reporters asked Ann Roe about the plan.", "Everyone pressed Ann Roe on whether …": where a
# group asks, the one asked answers next, though the question's topic goes on after the name. A
# person who asks ("Tom Reyes pressed Ann Roe on the budget. “…?” he asked") may speak next too.
def asked(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a group of people and a verb of asking stand right before the name."""
    if text[max(0, run.start() - 1) : run.start()] != " ":
        return False  # a name right after a mark or a line's start: nothing to tokenise
    before = list(TOKEN.finditer(text, max(0, run.start() - 40 - _ROLE_REACH), run.start()))
    before = before[: len(before) - _role_words(text, before, cues)]  # "asked campaign manager X"
    if len(before) < 2 or before[-1].group().lower() not in cues.questioning:
        return False
    asker = before[-2].group()
    group = asker.lower() in group_nouns(cues.family) or asker.endswith(_AGENTS)
    opens = asker.islower() or _opens_sentence(text, before[-2].start())
    return group and opens and not text[before[-2].end() : before[-1].start()].strip()


# "Reporters asked campaign manager Tom Hale": a role's lower-case words between the verb and the
# name, single-spaced, none of them a function word or a verb (fixE25).
def _role_words(text: str, before: list[re.Match[str]], cues: Cues) -> int:
    """How many role words end `before`, right before the name."""
    count, end = 0, len(before)
    while count < _ROLE_WORDS and end > count + 1:
        word, nxt = before[end - count - 1], before[end - count] if count else None
        lower = word.group()
        if nxt is not None and text[word.end() : nxt.start()] != " ":
            break
        if not plain_word(lower, cues):
            break
        count += 1
    return count


def _opens_sentence(text: str, at: int) -> bool:
    """Whether nothing but a sentence's end or a paragraph stands before `at`."""
    return text[max(0, at - 3) : at].rstrip()[-1:] in ("", ".", "!", "?", "\n")
