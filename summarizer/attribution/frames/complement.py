"""A cue before a clause that names a subject of its own: never sure of the quotation in it."""
# "Juan Pérez aseguró que Ana Ruiz tachó el plan de «absurdo»", "Иван Петров рассказал, что Анна
# Берг охарактеризовала план как «абсурдный»": the quotation stands in what Ana Ruiz did, so it may
# be her words, whatever verb she did it with. The cue's subject stays, never surely. German reads
# the clause's own verb instead (german/german_embedded.py).

from __future__ import annotations

import dataclasses
import functools
import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_NAME_WORDS = 2  # a full name: two capitalised words at least
# A comma or a stop before the quotation ends the clause; a colon does not: "said that Ann Roe was
# right: “…”" may give her words or his, so his cue is no surer than before "“absurd”".
_BREAKS = ",.;!?\n"
_LEAD = 3  # titles and articles that may stand between the conjunction and the name
_POSSESSIVE = ("'s", "’s")
_ELISION = ("’", "'")


def unsure_before(
    text: str, open_at: int, mentions: tuple[Mention, ...], cues: Cues
) -> tuple[Mention, ...]:
    """`mentions`, those whose cue stands before a clause with a named subject made unsure."""
    words = cues.complementizers
    before = [m for m in mentions if 0 <= m.cue_at < open_at and m.sure]
    if not words or not before or cues.nouns_capitalized:
        return mentions
    start = max(m.cue_at for m in before)
    lead = text[start:open_at].lower()
    if not any(word in lead for word in _forms(cues)):
        return mentions  # a substring test before the tokens: most leads have no "that"
    found = [e for t in TOKEN.finditer(text, start, open_at) if (e := _after(t, words)) >= 0]
    if not found or any(c in text[found[-1] : open_at] for c in _BREAKS):
        return mentions  # "that the senator, Ann Roe, called": set off, read elsewhere
    clause = found[-1]
    if not _named_subject(TOKEN.findall(text, found[-1], open_at), cues):
        return mentions
    return tuple(
        dataclasses.replace(m, sure=False) if 0 <= m.cue_at < clause else m for m in mentions
    )


@functools.cache
def _forms(cues: Cues) -> tuple[str, ...]:
    """The conjunctions as written, also elided before a vowel ("que": "qu’", "qu'")."""
    words = cues.complementizers
    elided = [w[:-1] + mark for w in words if w.endswith("e") for mark in _ELISION]
    return (*words, *elided)


# French drops the conjunction's "e" before a vowel and writes it with the next word: "qu’Anne".
def _after(token: re.Match[str], words: frozenset[str]) -> int:
    """Where the clause after a conjunction token starts, or -1 when the token is none."""
    word = token.group().lower()
    if word in words:
        return token.end()
    cut = max(word.find(mark) for mark in _ELISION)
    return token.start() + cut + 1 if cut > 0 and word[:cut] + "e" in words else -1


# "that Senator Ann Roe had", "que la ministra Ana Ruiz tachó": titles or articles, a full name,
# then a lower-case word (its verb).
def _named_subject(tokens: list[str], cues: Cues) -> bool:
    """Whether the clause opens with a full name as its subject and goes on with a verb."""
    if tokens and not tokens[0][:1].isupper() and not tokens[0][:1].islower():
        return _uncased_name(tokens, cues)
    index = 0
    while index < min(_LEAD, len(tokens)) and (
        tokens[index].lower() in cues.titles or tokens[index].lower() in cues.articles
    ):
        index += 1
    run = index
    while run < len(tokens) and tokens[run][:1].isupper():
        run += 1
    owned = any(t.endswith(_POSSESSIVE) for t in tokens[index:run])  # "that Ann Roe's team"
    return (
        run - index >= _NAME_WORDS and run < len(tokens) and tokens[run][:1].islower() and not owned
    )


# A script without capitals (Arabic): two words that are neither definite nouns (the article
# "ال") nor cue words open the clause, and a word (its verb) follows before the quotation:
# "وأكد أحمد خليل أن سارة منصور وصفت الخطة بأنها «…»"; "أن الخطة الجديدة «…»" names nobody.
def _uncased_name(tokens: list[str], cues: Cues) -> bool:
    """Whether a clause in a script without case opens with a name-shaped pair and a verb."""
    pair = tokens[:_NAME_WORDS]
    definite = tuple(p for p in cues.proclitics if len(p) > 1)  # the article, alone or fused
    plain = all(not t.startswith(definite) and t not in cues.stop for t in pair)
    titled = any(t in cues.titles for t in pair)
    return len(tokens) > _NAME_WORDS and plain and not titled
