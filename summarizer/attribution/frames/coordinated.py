"""A dropped subject shared with verbs before "y": an indefinite noun opening their clause."""

# "Pilar recuerda que en 2011 un inspector entró en el aula, contó los pupitres y le dijo: «…»":
# a cue with no subject of its own after "y" (and object clitics) shares the subject of the verbs
# it is joined to. When that clause opens with an indefinite article and a noun ("un inspector"),
# the speaker is that unnamed someone, never the sentence's named subject nor the one before.

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 200  # characters of the sentence read back from the cue


def chained_indefinite(text: str, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The unnamed subject ("un inspector") of verbs a subjectless cue is joined to by "y"."""
    if not cues.null_subject:
        return None
    start = max(0, cue.start() - _REACH)
    stop = max(text.rfind(m, start, cue.start()) for m in ".!?\n")
    tokens = list(TOKEN.finditer(text, max(start, stop + 1), cue.start()))
    back = len(tokens) - 1
    while back >= 0 and tokens[back].group().lower() in cues.clitics:
        back -= 1  # "y le dijo"
    if back < 1 or tokens[back].group().lower() not in cues.coordinating:
        return None
    for index in range(back - 2, -1, -1):
        article, noun = tokens[index], tokens[index + 1]
        indefinite = article.group().lower() in cues.indefinite
        noun_word = noun.group().islower() and noun.group() not in cues.stop
        if indefinite and noun_word and _opens_clause(text, tokens, index, cues):
            words = text[article.start() : noun.end()]
            return Mention(words, "anonymous", cue.group(), article.start(), cue.start())
    return None


def _opens_clause(text: str, tokens: list[re.Match[str]], index: int, cues: Cues) -> bool:
    """Whether the article at `index` opens a clause: first, after "que", a year, or a comma."""
    if index == 0:
        return True
    before = tokens[index - 1]
    lower = before.group().lower()
    comma = "," in text[before.end() : tokens[index].start()]
    return comma or lower in cues.complementizers or before.group().isdigit()
