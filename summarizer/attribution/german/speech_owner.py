"""German: a quotation taken from a named person's speech or letter is that person's."""
# "Aus der Rede des Abgeordneten Brenner heben wir hervor: „…“", "In der Rede Bismarcks hieß es:
# „…“", "Wir lassen eine Stelle aus der Rede Lassalle's folgen. „…“": the clause before the colon,
# or the sentence before a quotation that opens its own, takes words out of a speech or letter
# (after "aus" or "in", or as the object of a verb of quoting) whose owner stands in the genitive,
# a name ("Bismarcks") or a title and a name ("des Grafen Waldau"). The owner speaks (low: no verb
# of saying governs the quotation). A speech that is a topic or a time ("Ueber die Rede X", "Nach
# der Rede X") and a clause with no word of quoting ("In der Rede X fehlte jedes Wort über Polen.")
# name nobody; neither does an owner named only by a role ("des Ministers").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.forenames import GIVEN
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")["speech_owner"]
_NOUNS = tuple(_DATA["nouns"])
_SPOKEN = tuple(_DATA["spoken"])
_TITLED = re.compile(rf"(?:{'|'.join(_DATA['titles'])})(?:e?s|e?n)?$")
_INTO = frozenset(_DATA["into"])
_QUOTING = frozenset(_DATA["quoting"])
_PREPOSITIONS = frozenset(_data.load_toml("german.toml")["partial"]["prepositions"])
_TITLES: int = _DATA["titles_before"]
_REACH = 300  # characters back to the clause's start: bounded, linear
_GENITIVE = re.compile(r"(?:['’]s?|s)$")
_STOPS = ".!?:;"


def speech_owner(text: str, before: Window, cues: Cues) -> Mention | None:
    """The owner of the speech or letter the quotation opening at `before[1]` is taken from."""
    end = before[1]
    while end > before[0] and text[end - 1].isspace():  # never a copy of the text before: linear
        end -= 1
    if end > 0 and text[end - 1] == ":":
        clause = (_clause_start(text, end - 1), end - 1)  # "Aus der Rede X heben wir hervor:"
    elif end > 0 and text[end - 1] in ".!" and _opens(text, before, end):
        clause = (_clause_start(text, end - 1), end - 1)  # "… aus der Rede X nachzutragen. „…“"
    else:
        return None
    lowered = text[clause[0] : clause[1]].lower()  # at most _REACH characters
    if not any(noun in lowered for noun in _NOUNS):
        return None  # no speech or letter in the clause: its words are never read
    tokens = list(TOKEN.finditer(text, *clause))
    words = [t.group().lower() for t in tokens]
    for at, word in enumerate(words):
        if word.endswith(_NOUNS) and tokens[at].group()[:1].isupper() and _taken(words, at):
            owner = _owner(tokens, at + 1, word.endswith(_SPOKEN))
            if owner is not None and _quoting(words, at, owner[2]):
                noun = tokens[at]
                return Mention(owner[0], "description", noun.group(), owner[1], noun.start(), False)
    return None


def _clause_start(text: str, end: int) -> int:
    """Where the sentence or clause ending at `end` starts (after the stop before it)."""
    start = max(0, end - _REACH)
    return max(start, *(text.rfind(stop, start, end) + 1 for stop in _STOPS))


def _opens(text: str, before: Window, end: int) -> bool:
    """Whether only spaces stand between the sentence stop at `end` and the quotation."""
    return text[end : before[1]].strip() == "" and end - 1 >= before[0] - _REACH


def _taken(words: list[str], at: int) -> bool:
    """Whether the speech noun is taken words from: after "aus"/"in", or no preposition at all."""
    for word in reversed(words[max(0, at - _TITLES) : at]):
        if word in _INTO:
            return True
        if word in _PREPOSITIONS or word in ("über", "ueber", "von", "vom", "zu", "zur", "zum"):
            return False
    return True


def _owner(tokens: list[re.Match[str]], at: int, spoken: bool) -> tuple[str, int, int] | None:
    """The owner's name after the speech noun, where it starts, and the index past it: a bare
    genitive name after a noun only a person gives, else a title and a name after "des"/"der"."""
    if at >= len(tokens):
        return None
    first = tokens[at].group()
    if spoken and first[:1].isupper() and _GENITIVE.search(first) and len(first) > 3:
        return _GENITIVE.sub("", first), tokens[at].start(), at + 1  # "Bismarcks", "Lassalle's"
    if first not in ("des", "der") or at + 1 >= len(tokens):
        return None
    run = at + 1
    while run < len(tokens) and tokens[run].group()[:1].isupper():
        run += 1
    if run - (at + 1) < 2 or not _TITLED.search(tokens[at + 1].group().lower()):
        return None  # "des Ministers": a role, no name; "der Deutschen Bahn": a body
    last = tokens[run - 1]
    given = run - 2 > at + 1 and tokens[run - 2].group() in GIVEN  # "des Bürgermeisters Karl X"
    first_word = tokens[run - 2] if given else last
    return text_of(tokens, first_word, last), first_word.start(), run  # "des Abg. Brenner": Brenner


def text_of(tokens: list[re.Match[str]], first: re.Match[str], last: re.Match[str]) -> str:
    """The words from `first` to `last` as the text writes them."""
    return first.string[first.start() : last.end()]


def _quoting(words: list[str], noun: int, past: int) -> bool:
    """Whether the clause says a passage follows, or has no verb ("Aus der Rede X:")."""
    if any(word in _QUOTING for word in words):
        return True
    rest = words[past:]
    return noun <= 2 and words[0] in _INTO and (not rest or rest[0] in _PREPOSITIONS)
