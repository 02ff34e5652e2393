"""A cue whose object before the colon is someone else's words: "recalled Tom Hale's words:"."""
# "Ann Roe recalled Tom Hale's words: “…”": the words are his, her cue only brings them up; "Tom
# Hale read out a letter from Ann Roe: “…”": the letter is hers. The cue's subject is then never
# sure of the quotation; the owner of a word for someone's words (`sayings`) is named, low, and so
# is the object of a quoting participle ("responded by quoting Tom Hale:", `quoting_objects`). A
# reply to the words ("responded to Tom Hale's statement:") may be the subject's own, so a
# message (`messages`) owned by someone else after a preposition only makes the cue unsure. A
# message that is the cue's own object and someone else's ("posted a message from his wife:",
# "quoted Ann Roe's message:", "read aloud a note from Ann Roe:") is relayed, or answered
# ("answered Ann Roe's message:"): the verb alone cannot tell, so the cue names nobody.

from __future__ import annotations

import dataclasses
import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.english_words import determiners
from summarizer.attribution.lexicon.cues import Cues, Mention

_POSSESSIVE = re.compile(r"['’]s?$")
_NAME = 3  # capitalised words of the owner's name


def others_words(
    text: str, open_at: int, mentions: tuple[Mention, ...], cues: Cues
) -> tuple[Mention, ...]:
    """`mentions`, unsure when the cue's object is another's words; their owner first."""
    sure = [m for m in mentions if 0 <= m.cue_at < open_at and m.sure]
    if not sure:
        return mentions
    start = max(m.cue_at for m in sure)
    head = text[start:open_at].rstrip()
    if not head.endswith(":"):
        return mentions  # most cues: no colon, so no word lists to join
    nouns = cues.sayings | cues.messages | cues.quoting_objects
    if not nouns or not any(noun in head.lower() for noun in nouns):
        return mentions  # a substring test spares most cues the tokenizing
    tokens = list(TOKEN.finditer(text, start, open_at))
    owner = _owner(tokens, nouns, cues)
    if owner is None:
        return mentions
    if owner.kind == "relayed":
        return tuple(m for m in mentions if not 0 <= m.cue_at < open_at)
    unsure = tuple(
        dataclasses.replace(m, sure=False) if 0 <= m.cue_at < open_at else m for m in mentions
    )
    named = owner.cue.lower() in cues.sayings | cues.quoting_objects
    return (owner, *unsure) if named else unsure


def _owner(tokens: list[re.Match[str]], nouns: frozenset[str], cues: Cues) -> Mention | None:
    """The person whose words the last noun before the colon names: "X's words", "a note from X"."""
    at = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].group().lower() in nouns), 0)
    if not at:
        return None
    noun, after = tokens[at], tokens[at + 1 :]
    owned = not after and _POSSESSIVE.search(tokens[at - 1].group())  # "Tom Hale's words:"
    run = _capitalised(tokens[max(0, at - _NAME) : at]) if owned else _capitalised(after[1:])
    sent_from = bool(after) and after[0].group() in cues.message_from
    sent = sent_from and len(run) == len(after) - 1
    if noun.group().lower() in cues.quoting_objects:  # "by quoting Tom Hale:"
        run = _capitalised(after)
        sent = bool(run) and len(run) == len(after) <= _NAME
    if not run or not (owned or sent):  # "her father's words:": nobody named
        relayed = sent_from and noun.group().lower() in cues.messages  # "a note from his wife"
        return _relayed(tokens[:at], noun, cues) if relayed else None
    name = _POSSESSIVE.sub("", " ".join(t.group() for t in run))  # or "a letter from Ann Roe:"
    if noun.group().lower() in cues.messages and noun.group().lower() not in cues.sayings:
        lead = tokens[: at - len(run)] if owned else tokens[:at]
        return _relayed(lead, noun, cues) or _named(name, run, noun)
    return _named(name, run, noun)


def _named(name: str, run: list[re.Match[str]], noun: re.Match[str]) -> Mention:
    """The owner of the words, never sure."""
    return Mention(name, "name", noun.group(), run[0].start(), noun.start(), sure=False)


# "posted a message from his wife:", "read aloud a note from Ann Roe:": no preposition between
# the cue and the message, which is its object; "responded to Tom Hale's statement:" has one.
def _relayed(lead: list[re.Match[str]], noun: re.Match[str], cues: Cues) -> Mention | None:
    """A mark that the message owned by another is the cue's object, else None."""
    closed = determiners(cues)
    words = [t.group() for t in lead[1:]]  # the cue itself first
    if any(w.islower() and w in cues.governing and w not in closed for w in words):
        return None
    return Mention("", "relayed", noun.group(), noun.start(), noun.start(), sure=False)


def _capitalised(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The capitalised words that end `tokens` (the start of a name's run is unmarked)."""
    run: list[re.Match[str]] = []
    for token in reversed(tokens):
        if not token.group()[:1].isupper():
            break
        run.insert(0, token)
    return run
