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
from summarizer.attribution.lexicon.name_particles import PARTICLES

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
def _name_words(cues: Cues, *, openers: bool = True) -> frozenset[str]:
    """The words that form names of clubs, places and firms in `cues`' language; with
    `openers`, also those that only open one ("Port", "North", "Nueva")."""
    table = _APPOSITIONS.get(cues.family, {})
    words = set(table.get("name_words", ())) | set(cues.orgs) | set(cues.outlets)
    words |= set(table.get("name_openers", ())) if openers else set()
    return frozenset(words | set(cues.bodies) | _PLACE_HEADS.get(cues.family, frozenset()))


def set_off_body(text: str, mention: Mention, cues: Cues) -> Mention:
    """`mention`, or the role before its comma when it names a club, a place or a firm."""
    if mention.kind != "name" or cues.family not in _APPOSITIONS or mention.at <= 0:
        return mention
    set_off = _SET_OFF.search(text, max(0, mention.at - _REACH), mention.at)
    if set_off is None:
        return mention
    cue_end = mention.cue_at + len(mention.cue) if 0 <= mention.cue_at < mention.at else 0
    head = _HEAD.search(text, max(0, cue_end, set_off.start() - _REACH), set_off.start())
    words = head.group().strip() if head else ""
    if head is None or not _role_phrase(words, cues):
        return mention
    # "the member for the seat, Leeds North": after a complement the name may be its place's
    linked = bool(_lowers(words) & _links(cues))
    if not no_person(set_off.group(1), mention.words, cues, strict=linked):
        return mention
    at = head.start() + head.group().index(words)
    return Mention(words, "description", mention.cue, at, mention.cue_at)


# "the coach of the visiting side", "l'entraîneur du club": a determiner, then no word of a clause
# ("Before the convention, Chief X said": an adverbial, no role, before the comma).
def _role_phrase(words: str, cues: Cues) -> bool:
    """Whether `words` make a noun phrase that a determiner opens, its complements linked."""
    lowers = _words(words)
    determiners = cues.definite | cues.indefinite | cues.articles | cues.possessive_determiners
    links = _links(cues)
    if not lowers or lowers[0] not in determiners:
        return False
    inner = [w for w in lowers[1:] if w not in determiners and w not in links]
    return all(w not in cues.stop and w not in cues.governing for w in inner)


def _words(words: str) -> list[str]:
    """The lower-case words of `words`, an elided article as its own word ("l'")."""
    tokens = [elision(token)[0] or token for token in re.findall(r"[^\W\d_][\w'’-]*", words)]
    return [token.lower().rstrip("'’") for token in tokens]


def _lowers(words: str) -> set[str]:
    """The set of `_words`."""
    return set(_words(words))


def _links(cues: Cues) -> set[str]:
    """The words that link a role to its complement ("of", "de", "du")."""
    return set(cues.description_links) | set(cues.complements) | set(cues.contractions)


def _own_role(name: str) -> bool:
    """Whether `name` holds a lower-case word other than a name's particle ("campaign")."""
    return any(word.islower() and word not in PARTICLES for word in name.split())


def no_person(lead: str, name: str, cues: Cues, *, strict: bool = False) -> bool:
    """Whether `name`, after the lower-case `lead` words, is no person's name; `strict`: an
    opener counts anywhere ("Central Park West"), where no role stands to give the name back."""
    words = lead.split()
    if any(not word.islower() for word in words) or _own_role(name):
        return False  # "Clinton campaign chairman John Podesta": a role of its own
    table = _APPOSITIONS[cues.family]
    dropped, rest = elision(words[-1]) if words else ("", "")
    last = (dropped if not rest else "") or (words[-1] if words and not dropped else "")
    if last and last.lower() in table["articles"]:
        return True  # "le Stade Toulousain", "l'Olympique de Valence"
    nouns = _name_words(cues)
    if words and words[-1].lower() in nouns:
        return True  # "le fonds Granit Capital": a body's noun heads the description
    name = _POSSESSIVE.split(name)[-1]  # "Leeds United's Tom Varley": the person after it
    parts = [part.lower() for part in re.findall(r"[^\W\d_]+", name)]
    heads = _name_words(cues, openers=False)
    # an opener opens a name only with a word after it: "Port Vale", but "Hugo Port" a surname
    end = len(parts) - 1
    formed = any(w in heads or (w in nouns and (strict or i < end)) for i, w in enumerate(parts))
    return formed and not first_name(name, cues.family)
