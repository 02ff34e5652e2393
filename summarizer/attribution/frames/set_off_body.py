"""A club, a place or a firm set off by a comma after a role names no speaker: the role does."""
# "“…,” said the manager of the league leaders, Aston Villa"; "a déclaré le capitaine, le Stade
# Toulousain restant sur trois défaites"; "dijo el portavoz del comprador, el fondo Granito
# Capital". The part after the comma is read as a name by several readers (an apposed name, a
# described name, a run after a role); here, once, a name that no person bears is given back to
# the role before the comma. A name is no person's when an article stands right before it in a
# language whose names take none ("le Stade Toulousain", "el Real Betis"), when the description
# before it ends in a body's noun ("le fonds Granit Capital"), or when one of its words is a word
# that forms the names of clubs, places and firms ("United", "Nueva", "Bank": `name_words` in
# appositions.toml, with the cue lexicon's `orgs`, `outlets`, `bodies` and `place_heads`) and a
# known given name opens no person's name before it ("Martín" in "San Martín del Río" is none).

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.frames.elision import elision
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.lexicon.cues import Cues, Mention

_APPOSITIONS = _data.load_toml("appositions.toml")
_PLACE_HEADS = {
    family: frozenset(table.get("place_heads", ()))
    for family, table in _data.load_toml("cues.toml").items()
    if isinstance(table, dict)
}
_REACH = 80
# the comma after a lower-case word, then up to four words (an article, a description) to the name
_SET_OFF = re.compile(r"(?<=[^\W\d_A-Z]),[ \t]*((?:[^\W\d_]+['’]|[^\W\d_][\w'’-]*[ \t]+){0,4})$")
_POSSESSIVE = re.compile(r"['’]s\s+")
_HEAD = re.compile(r"[^\W\d_][\w'’ -]*$")  # the head's words before the comma, back to a mark


@functools.cache
def _name_words(cues: Cues) -> frozenset[str]:
    """The words that form names of clubs, places and firms in `cues`' language."""
    table = _APPOSITIONS.get(cues.family, {})
    words = set(table.get("name_words", ())) | set(cues.orgs) | set(cues.outlets)
    return frozenset(words | set(cues.bodies) | _PLACE_HEADS.get(cues.family, frozenset()))


def set_off_body(text: str, mention: Mention, cues: Cues) -> Mention:
    """`mention`, or the role before its comma when it names a club, a place or a firm."""
    if mention.kind != "name" or cues.family not in _APPOSITIONS or mention.at <= 0:
        return mention
    set_off = _SET_OFF.search(text, max(0, mention.at - _REACH), mention.at)
    if set_off is None or not _no_person(set_off.group(1), mention.words, cues):
        return mention
    cue_end = mention.cue_at + len(mention.cue) if 0 <= mention.cue_at < mention.at else 0
    head = _HEAD.search(text, max(0, cue_end, set_off.start() - _REACH), set_off.start())
    if head is None:
        return mention
    words = head.group().strip()
    at = head.start() + head.group().index(words)
    return Mention(words, "description", mention.cue, at, mention.cue_at)


def _no_person(lead: str, name: str, cues: Cues) -> bool:
    """Whether `name`, after the lower-case `lead` words, is no person's name."""
    words = lead.split()
    if any(not word.islower() for word in words):
        return False
    table = _APPOSITIONS[cues.family]
    last = elision(words[-1])[0] or words[-1] if words else ""
    if last and last.rstrip("'’").lower() in table["articles"]:
        return True  # "le Stade Toulousain", "l'Olympique de Valence"
    nouns = _name_words(cues)
    if words and words[-1].lower() in nouns:
        return True  # "le fonds Granit Capital": a body's noun heads the description
    name = _POSSESSIVE.split(name)[-1]  # "Leeds United's Tom Varley": the person after it
    parts = [part.lower() for part in re.findall(r"[^\W\d_]+", name)]
    return not first_name(name, cues.family) and any(part in nouns for part in parts)
