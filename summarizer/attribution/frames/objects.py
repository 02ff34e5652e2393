"""Speakers a cue holds as its object or inside it, and names that only look like a subject."""
# Russian: "цитирует Сечкину агентство", "приводит слова министра X", "по его словам"; "в ответ на
# слова Павла Рудина заявил" (a noun's complement).

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.listeners import opened
from summarizer.attribution.frames.runs import adjacent
from summarizer.attribution.lexicon.cues import Cues, Mention

_SOURCE_WORDS = 4
_BACK_WORDS = 3
_FULL_NAME = 2  # a first name and a surname


# "Глава МИД Сергей Ларин в ответ на слова Павла Рудина заявил": lower-case words that are no
# title lead back from it to a preposition, and a capitalised word stands before that, past the
# first.
def complement(tokens: list[re.Match[str]], run: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the name `run` before a Russian cue is a noun's complement, not the subject."""
    if not cues.patronymics:
        return False
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)
    for at in range(index - 1, max(-1, index - 1 - _BACK_WORDS), -1):
        word = tokens[at].group()
        if word.lower() in cues.governing:
            named = any(t.group()[0].isupper() for t in tokens[1:at])
            return index - at > 1 and named
        if not word.islower() or word in cues.titles:
            return False
    return False


# In the genitive after "слова" ("— приводит РИА Новости слова министра Игоря Сомова"), else the
# accusative: the first capitalised run that is no acronym, no agency named after one and no
# quoted name; nobody named when there is none. None for other cues.
def quoted_person(text: str, cue: re.Match[str], end: int, cues: Cues) -> Mention | None:
    """The person a Russian cue quotes as its object ("«…», — цитирует Сечкину агентство")."""
    if not cues.patronymics or cue.group().lower() not in cues.quoting:
        return None
    tokens = list(TOKEN.finditer(text, cue.end(), end))
    words = [t.group().lower() for t in tokens[:_SOURCE_WORDS]]
    if "слова" in words:
        at = words.index("слова")
        owner = dict(cues.possessives).get(words[at - 1]) if at else None
        if owner:  # "приводит его слова «Интерфакс»": his, to be resolved like "он"
            return Mention(owner, "pronoun", cue.group(), cue.start(), cue.start())
        tokens = tokens[at + 1 :]
    run: list[re.Match[str]] = []
    for index, token in enumerate(tokens):
        word = token.group()
        following = tokens[index + 1].group() if index + 1 < len(tokens) else "."
        # "РИА Новости слова X": an agency's second word after its acronym, not a name
        agency = index and tokens[index - 1].group().isupper() and not following[0].isupper()
        quoted = opened(text, token.start())
        if word[0].isupper() and not word.isupper() and not agency and not quoted:
            if run and not adjacent(text, run[-1].end(), token.start()):
                break
            run.append(token)
        elif run:
            break
    if not run:
        return Mention(cue.group(), "anonymous", cue.group(), cue.start(), cue.start())
    run = _object_only(run, cues)
    words_at = text[run[0].start() : run[-1].end()]
    return Mention(words_at, "name", cue.group(), run[0].start(), cue.start())


# "«…», — цитирует Ольгу Смирнову Иван Петров": two full names in a row, no patronymic among
# them, are the one quoted and then the quoting subject; the first is the speaker.
def _object_only(run: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The quoted person's words of a capitalised run after a quoting cue."""
    patronymic = any(t.group().endswith(cues.patronymics) for t in run)
    return run[:_FULL_NAME] if len(run) == 2 * _FULL_NAME and not patronymic else run


# "Газета цитирует Ольгу Смирнову: «…»": the paper only quotes; she speaks, not its subject.
def names_quoted(text: str, cue: re.Match[str], end: int, cues: Cues) -> bool:
    """Whether a Russian quoting cue has a named person as its object before `end`."""
    found = quoted_person(text, cue, end, cues)
    return found is not None and found.kind == "name"


def possessed(cue: re.Match[str], cues: Cues) -> Mention | None:
    """The pronoun inside hearsay with a possessive ("по его словам"), to be resolved like one."""
    words = cue.group().lower().split()
    for possessive, pronoun in cues.possessives:
        if possessive in words:
            return Mention(pronoun, "pronoun", cue.group(), cue.start(), cue.start())
    return None
