"""Whether a plain text's first line names the interviewee: the one person it opens with."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_DATA = _data.load_toml("interviews.toml")
# French sets a space before its colon ("Sophie Lambert : « … »")
_OPENS = re.compile(r"[ \u00a0\u202f]?[:,]")
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \u00a0]+([^\W\d_]+))?[ \u00a0]+$")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[^\W\d_]")
_AGENT_REACH = 40
_AGENT_WORDS = 6
_REACH = 30


# A phrase ("she spoke to") as well as a word ("par"): the name after it is the interviewer's.
def after_agent(text: str, at: int, cues: Cues) -> bool:
    """Whether the words right before `at` are an agent word or phrase."""
    words = _LOWER_WORD.findall(text[max(0, at - _AGENT_REACH) : at].casefold())
    before = " ".join(words[-_AGENT_WORDS:])
    phrases = (" ".join(_LOWER_WORD.findall(agent)) for agent in cues.agents)
    return any(before == a or before.endswith(f" {a}") for a in phrases)


# The headline's words are the speaker's when it opens with a name and a colon or comma ("Elena
# Vidal: «…»"), names no other person ("Marta Gil, sobre Elena Vidal:" may be either), and
# the body names that person as one who answers: not only as a place ("in New York", "Festival
# de San Sebastián"), a complement ("hija de Juan Vidal"), a byline, or the one who asks ("Jim
# Park talks to Ann Roe").
def speaks(text: str, head: str, name: str, names: set[str], before: int, cues: Cues) -> bool:
    """Whether the headline opens with `name`, its one person, and the body has it answer."""
    if not head.startswith(name) or not _OPENS.match(head, len(name)):
        return False
    if any(
        other != name and other in head and person(text, other, before, cues) for other in names
    ):
        return False
    uses = _uses(text, name, len(head), before)
    if not uses or not person(text, name, before, cues):
        return False
    if any(after_agent(text, at, cues) or _asks(text, at + len(name), cues) for at in uses):
        return False
    return any(not _governed(text, at, cues) for at in uses)


# A plain search for the name with a letter test at each end, not a pattern built for every name:
# each name of the introduction is looked for once per other name (`speaks`).
def _uses(text: str, name: str, start: int, before: int) -> list[int]:
    """Where `text[start:before]` names `name` as whole words."""
    window, found = text[start:before], []
    at = window.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and _LETTER.match(window, at - 1)) and not _LETTER.match(window, end):
            found.append(start + at)
            at = window.find(name, max(end, at + 1))  # uses never overlap, as matches do
        else:
            at = window.find(name, at + 1)
    return found


def person(text: str, name: str, before: int, cues: Cues) -> bool:
    """Whether no use of `name` before `before` is a place or inside a body's name."""
    return not any(_place(text, at, len(name), cues) for at in _uses(text, name, 0, before))


# "in New York", "Festival de San Sebastián", "New York Times": a place, or a body's name
def _place(text: str, at: int, size: int, cues: Cues) -> bool:
    """Whether the name at `at` follows a preposition of place or stands inside a longer name."""
    if _CAPITAL_AFTER.match(text, at + size) and text[at + size + 1 : at + size + 2].isupper():
        return True
    words = _WORD_BEFORE.search(text, max(0, at - _REACH), at)
    if not words:
        return False
    last, first = (words.group(2) or words.group(1)), words.group(1)
    linked = words.group(2) is not None and last.lower() in cues.name_links
    return last.lower() in _DATA.get(cues.family, {}).get("places", ()) or (
        linked and first[0].isupper()
    )


def _governed(text: str, at: int, cues: Cues) -> bool:
    """Whether the word right before `at` makes the name an object or a complement."""
    words = _WORD_BEFORE.search(text, max(0, at - _REACH), at)
    last = (words.group(2) or words.group(1)).lower() if words else ""
    return last in cues.governing or last in cues.contractions


def _asks(text: str, end: int, cues: Cues) -> bool:
    """Whether an asking phrase ("talks to", "conversa con") follows the name ending at `end`."""
    rest = text[end : end + _AGENT_REACH].casefold().lstrip()
    return any(rest.startswith(f"{phrase} ") for phrase in asking(cues))


def asking(cues: Cues) -> tuple[str, ...]:
    """The language's phrases an interviewer asks with ("talks to", "conversa con")."""
    return tuple(_DATA.get(cues.family, {}).get("asking", ()))
