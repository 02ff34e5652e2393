"""Russian subjects after a verb-first cue: a listener in the dative before the subject, and
the person's name at the end of a run of capitalised words."""

from __future__ import annotations

import re

from summarizer.attribution.cues import Cues, Mention
from summarizer.attribution.runs import adjacent, classify

_LISTENER_WORDS = 3


def listener(text: str, tokens: list[re.Match[str]], cues: Cues) -> int:
    """How many words after a cue name its listener, not its subject: a capitalised run right
    before a lower-case role or anonymous word ("сказал РИА Новости источник", "заявил
    Интерфаксу глава ведомства"); 0 when there is none."""
    if not cues.patronymics:
        return 0
    index = 0
    while index < min(len(tokens), _LISTENER_WORDS) and tokens[index].group()[0].isupper():
        index += 1
    if index == 0 or index == len(tokens):
        return 0
    word = tokens[index].group()
    subject = word in cues.indefinite or word in cues.titles
    return index if subject and adjacent(text, tokens[index - 1].end(), tokens[index].start()) else 0


def subject(text: str, run: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> Mention | None:
    """The mention a run of words after a cue makes. In Russian a role's complement is
    capitalised too ("глава МИД Украины", "пресс-секретарь Кремля Мария Иванова"): after a
    role, one capitalised word or an acronym and one word is the complement (the role speaks),
    and a longer run ends in the name - its last two words, three with a patronymic."""
    if not cues.patronymics:
        return classify(text, run, cue, cues)
    capital = 0
    while capital < len(run) and run[-1 - capital].group()[0].isupper():
        capital += 1
    tail = run[len(run) - capital :]
    acronym = capital == 2 and tail[0].group().isupper()
    if capital < len(run) and (capital == 1 or acronym):
        words = text[run[0].start() : run[-1].end()]
        return Mention(words, "role", cue.group(), run[0].start(), cue.start())
    if capital > 2:
        run = tail[-3:] if tail[-2].group().endswith(cues.patronymics) else tail[-2:]
    return classify(text, run, cue, cues)
