"""The words between a reporting cue and its subject after it: adverbs, and a listener or
a place with the words after it ("сказал РИА Новости источник", "dijo a Efe X", "заявил
«Вестнику» глава комиссии X")."""

from __future__ import annotations

import re

from summarizer.attribution.clauses import TOKEN
from summarizer.attribution.cues import Cues, Mention
from summarizer.attribution.roles import listener, opened
from summarizer.attribution.runs import adjacent, preposition

_CLOSERS = '»"”'
_PHRASE_WORDS = 4


def listened(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, lenient: bool
) -> int:
    """Drops the adverbs, then a listener or a place and the words after it, between a cue
    and its subject from the front of `tokens` ("сказал РИА Новости источник", "написала в
    Instagram певица X", "заявил «Вестнику» глава"); where they end."""
    limit = _skip(text, tokens, cue.end(), cues, lenient)
    heard = listener(text, tokens, cue.end(), cues)
    if not heard:
        # "Как сообщает «Интерфакс», «…»": a quoted name that ends the clause is its subject
        quoted = cues.patronymics and tokens and opened(text, tokens[0].start())
        return (
            tokens[0].start() if quoted and adjacent(text, limit, tokens[0].start() - 1) else limit
        )
    closed = tokens[heard - 1].end()
    closed += (text[closed : closed + 1] or " ") in _CLOSERS  # past a quoted listener's mark
    rest = tokens[heard:]
    limit = _skip(text, tokens, closed, cues, True, drop=heard)
    if any(preposition(t.group().lower(), cues) for t in rest[: len(rest) - len(tokens)]):
        tokens.clear()  # "сообщает «Вестник» со ссылкой на X": a source cited, no subject
    return limit


def _skip(
    text: str, tokens: list[re.Match[str]], limit: int, cues: Cues, lenient: bool, drop: int = 0
) -> int:
    """Drops `drop` tokens, then the adverbs (and with `lenient` the lower-case words) that
    may stand between a cue and its subject, from the front of `tokens`; where they end."""
    del tokens[:drop]
    governed = False  # "en un comunicado": an indefinite after a preposition is no subject
    while (
        tokens
        and (governed or tokens[0].group().lower() not in cues.indefinite)
        and _skippable(tokens[0].group(), cues, lenient)
        and adjacent(text, limit, tokens[0].start())
    ):
        word = tokens.pop(0)
        limit, governed = word.end(), preposition(word.group().lower(), cues)
    return limit


def adverb(word: str, cues: Cues) -> bool:
    """An adverb between a subject and its cue ("Trump jokingly said")."""
    lower = word.lower()
    return lower in cues.skip or (word.islower() and lower.endswith(cues.adverb_endings))


def _skippable(word: str, cues: Cues, lenient: bool) -> bool:
    lower = word.lower()
    if lower in cues.skip:
        return True
    plain = lower not in cues.titles or lower in cues.articles  # "a lancé la syndicaliste X"
    return lenient and word.islower() and plain and lower not in cues.pronouns


def dropped(text: str, cue: re.Match[str], end: int, cues: Cues) -> Mention | None:
    """Where a subject pronoun may be left out (Spanish): a singular cue after a quotation with
    no capitalised word after it in its clause ("“…”, ha explicado a los periodistas.")
    stands for "él" or "ella", resolved like a pronoun; not a plural one ("señalaron")."""
    head = cue.group().split()[0].lower()
    if not cues.null_subject or head.endswith(cues.plural_endings) or head in cues.hearsay:
        return None
    if any(word[0].isupper() for word in TOKEN.findall(text, cue.end(), end)):
        return None
    return Mention("", "pronoun", cue.group(), cue.start(), cue.start())


def phrase_start(text: str, start: int, cue: re.Match[str], cues: Cues) -> int | None:
    """Russian, where adverbials stand between a subject and its cue: where a short
    prepositional phrase right before `cue` begins ("X на заседании правительства заявил:",
    "X в своем блоге сообщил, что"), when a capitalised word ends right before it and no
    mark stands inside it; None otherwise."""
    if not cues.patronymics:
        return None
    tokens = list(TOKEN.finditer(text, start, cue.start()))[-(_PHRASE_WORDS + 2) :]
    ends = [*(t.start() for t in tokens[1:]), cue.start()]
    for index in range(len(tokens) - 1, 0, -1):
        if not adjacent(text, tokens[index].end(), ends[index]):
            return None
        word = tokens[index].group()
        if word.islower() and preposition(word, cues):
            before = tokens[index - 1]
            touching = adjacent(text, before.end(), ends[index - 1])
            return tokens[index].start() if touching and before.group()[0].isupper() else None
    return None
