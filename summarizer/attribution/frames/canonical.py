"""The canonical form of a name mention: titles, stop words, possessives and suffixes off."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable

from summarizer import _data
from summarizer.attribution.frames.acronyms import labelled
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import forenamed, honorifics
from summarizer.attribution.frames.front_particle import front_particle
from summarizer.attribution.frames.initials import lone_initial
from summarizer.attribution.frames.name_parts import particle, surname
from summarizer.attribution.frames.regnal import regnal
from summarizer.attribution.frames.role_genitive import genitive_complement
from summarizer.attribution.frames.russian_run import russian_name
from summarizer.attribution.frames.subjects import POSSESSIVE
from summarizer.attribution.german.particled import foreign_particle
from summarizer.attribution.german.roles import name_title, past_body
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES, glued

NAME_SUFFIXES = frozenset(_data.load_toml("names.toml")["suffixes"])
_INNER = PARTICLES | frozenset(_data.load_toml("names.toml")["prepositional_particles"])
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")


def canonical(words: str, cues: Cues) -> str:
    """The name without leading stop words, titles and a trailing possessive."""
    tokens, regnal = _unowned(words)
    while len(tokens) > 1 and tokens[-1].lower() in NAME_SUFFIXES:
        tokens.pop()  # first: "King" before "Jr" ends the name, no title ("Martin Luther King Jr")
    for index in range(len(tokens) - 1, -1, -1):
        lower = tokens[index].lower().rstrip(".")
        # "Le Pen": a capitalised particle opening it is the surname's, no article (the three
        # asked in turn: no generator resumed for each word of each name)
        if surname(tokens, index, cues) or particle(tokens, index, cues) or _opens(tokens, index):
            continue
        if front_particle(tokens, index, cues):
            continue
        if forenamed(tokens, index, cues):
            continue  # "Eugen Richter": a title word after a first name is the surname
        if lone_initial(tokens, index, words, honorifics(cues.family)):
            continue  # an initial inside a name ("Tom A. Lee", "А. Петров"), no article
        titled = lower in cues.titles or name_title(tokens, index, cues)
        titled = titled or _post(tokens, index, cues)
        if titled or lower in cues.stop or _addressing(tokens, index, cues.family):
            body = lower in cues.determiners  # "der Bank Julius Bär": past the body's noun
            opens = past_body(tokens, index, cues.nouns_capitalized) if body else index + 1
            tokens = tokens[opens:]
            tokens = tokens[genitive_complement(tokens, cues) if titled else 0 :]
            break
    while len(tokens) > 1 and tokens[0].lower() in cues.time_adverbs | cues.subordinating:
        tokens.pop(0)  # "Ayer Sánchez dijo", "Since Smith left": an adverb or a subordinator
    tokens += [regnal] if regnal else []  # "Pope John Paul II": after a regnal title's names
    tokens = russian_name(tokens, "." in words, cues) if cues.patronymics and tokens else tokens
    tokens = tokens[0 if cues.patronymics else labelled(tokens) :]  # "LFI Éric Coquerel"
    # An initial keeps its period ("Joseph T. Harlow"), never ends a name ("Joseph R").
    while tokens and len(tokens[-1]) == 1:
        tokens.pop()
    kept = (
        f"{t}." if t.isupper() and _INITIALS.fullmatch(t) else t
        for i, t in enumerate(tokens)
        if t[0].isupper()
        or glued(t)
        or (t in _INNER and 0 < i < len(tokens) - 1)
        or _opens(tokens, i)
    )
    return " ".join(kept)


# "van Oordt", "de la Cruz": particles that are no article open the surname they stand before
def _opens(tokens: list[str], index: int) -> bool:
    """Whether the particles from the name's first word on open a capitalised surname."""
    ahead = 0
    while ahead < len(tokens) and tokens[ahead] in _INNER:
        ahead += 1
    front = index < ahead < len(tokens) and foreign_particle(tokens[0])
    return front and tokens[ahead][:1].isupper()


# Articles of a story share names, and the roster and the surnames' bearers read the same ones.
canonical_once = functools.lru_cache(maxsize=8192)(canonical)


def _unowned(words: str) -> tuple[list[str], str]:
    """The tokens of `words` after any possessive owner, a trailing possessive dropped, and
    apart from them the regnal numeral they end with ("Pope Leo XIV": "Leo"; "XIV", or "")."""
    tokens, possessive = TOKEN.findall(words), False
    numeral = regnal(tokens)  # read before a possessive is cut: the words are tokenized once
    if "'" in words or "’" in words:  # most names have no apostrophe, so no possessive
        owners = [i for i, t in enumerate(tokens[:-1]) if POSSESSIVE.search(t)]
        if owners:  # "Labour's Ed Balls", "Germany's Angela Merkel": the owner is no part of it
            tokens = tokens[owners[-1] + 1 :]
        possessive = bool(tokens) and POSSESSIVE.search(tokens[-1]) is not None  # "Charles III’s"
        tokens[-1:] = [POSSESSIVE.sub("", t) for t in tokens[-1:]]
    numeral = "" if possessive else numeral
    return (tokens[:-1] if numeral and tokens[-1:] == [numeral] else tokens), numeral


# "House Speaker Tom Hale", "Speaker Hale": a post's capitalised word before a name is its title,
# never one of its words; at the end it is the body's ("House Speaker", "the Senate Leader").
def _post(tokens: list[str], index: int, cues: Cues) -> bool:
    """Whether a capitalised word of a post (`name_titles`) stands before a name's words."""
    word = tokens[index]
    return index < len(tokens) - 1 and word[0].isupper() and word.lower() in cues.name_titles


def _addressing(tokens: list[str], index: int, family: str) -> bool:
    """Whether a word is an honorific of a gender ("M."), or any before two words ("Me", "Dr.")."""
    gender, word = honorifics(family).get(tokens[index].lower().rstrip(".")), tokens[index]
    full = len(tokens) - index > 2 and word[0].isupper()
    return gender is not None and (gender != "any" or full)


def one_name_each(names: Iterable[str]) -> dict[str, str]:
    """Each speaker name that is a shorter form of one person's name, mapped to its fullest form."""
    unique = set(names)
    # a description opening a sentence ("A former aide") is the one in running text
    running = {name.lower(): name for name in sorted(unique) if name[:1].islower()}
    cased = {name: running.get(name.lower(), name) for name in unique}
    kin = {name: max(group, key=fullness) for group in _kin(set(cased.values())) for name in group}
    fuller = _longer({kin.get(name, name) for name in cased.values()})
    found = {name: name for name in unique}
    for table in (cased, kin, fuller):
        found = {name: table.get(form, form) for name, form in found.items()}
    return {name: form for name, form in found.items() if form != name}


# Looked for among the names with its rarest word: no scan of all names for each.
def _longer(forms: set[str]) -> dict[str, str]:
    """Each name whose words belong to exactly one longer name ("Cameron", "David Cameron")."""
    by_word: defaultdict[str, set[str]] = defaultdict(set)
    for name in forms:
        for word in name.split():
            by_word[word].add(name)
    fuller = {}
    for name in forms:
        words = set(name.split())
        pool = min((by_word[word] for word in words), key=len, default=set())
        longer = {n for n in pool if len(n) > len(name) and words < set(n.split())}
        longer = {n for n in longer if len(words) < 2 or not _owned(n, name)}
        if len(longer) == 1:
            fuller[name] = longer.pop()
    return fuller


# "Anwalt von Tom Weber", "Frau des Ministers Jan Roth": a description whose full name is another
# person's, who keeps their own name.
def _owned(description: str, name: str) -> bool:
    """Whether `name` stands in `description` after a lower-case word ("von", "des")."""
    at = description.find(name)
    return at > 0 and any(w[:1].islower() for w in description[:at].split())


# Given names that open alike ("Joe Biden", "Joseph R. Biden") and middle names that do not clash.
# Any two that cannot be one ("Joe Biden", "Jill Biden") leave the surname ambiguous: no merge.
def _kin(names: set[str]) -> list[set[str]]:
    """Full names that share a surname where they may all be one person."""
    by_surname: defaultdict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_surname[words[-1]].add(name)
    return [
        kin
        for kin in by_surname.values()
        if len(kin) > 1 and all(same_person(a, b) for a in kin for b in kin if a < b)
    ]


def same_person(first: str, second: str) -> bool:
    """Whether two full names with one surname may be one person's (see `_kin`)."""
    one, other = first.split(), second.split()
    if one[0][:2].lower() != other[0][:2].lower() or len(one[0]) < 2 or len(other[0]) < 2:
        return False
    middle, middles = set(one[1:-1]), set(other[1:-1])
    if middle == middles:  # "Joan Smith", "John Smith": two given names and nothing to join them
        return one[0].lower() == other[0].lower()
    return middle <= middles or middles <= middle


def fullness(name: str) -> tuple[int, int, str]:
    """How full a name is, to pick the fullest: words, then letters (ties: alphabetical)."""
    return len(name.split()), len(name), name
