"""Where a role's capitalised complement ends and the name after it begins (French, Spanish)."""

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.frames.abbreviations import forenames
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.english_words import CLAUSE_OPENERS, opens_clause
from summarizer.attribution.frames.forenames import honorifics
from summarizer.attribution.lexicon.cues import Cues, Mention

_BODY_LINKS = {
    family: frozenset(words.get("body_links", ()))
    for family, words in _data.load_toml("particles.toml").items()
}
_WORD = re.compile(r"(?:[ldLD]['’])?([^\W\d_][\w'’-]*)")
_NAME_WORDS = 2  # a given name and a surname
_OPENERS = CLAUSE_OPENERS + "-"  # a mark before a clause's first word (`subjects`)
_BODY_WORDS = 4  # capitalised words of a body's name read back to its particle
_APPOSED = re.compile(r"\s*,\s*(\w)")
_LEAD = 40  # how far before a run the role and particle before it are read
_BODY_ARTICLES = {
    family: dict(words.get("body_articles", {}))
    for family, words in _data.load_toml("particles.toml").items()
}
_CLAUSE = re.compile(r"[^,.;:!?\n«»\"“”()—–]*")  # the rest of a clause
_LOWER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")  # the next word, after spaces only


# "du Sénat Gérard Larcher" and "du New York Times" are both three capitalised words after "de":
# an acronym is a whole complement ("de l'ONU Jean Martin"), a linking word is a body's ("Médicos
# Sin Fronteras"); else only the name or its surname written elsewhere without the complement
# tells where the complement ends: without it the name is a guess, never sure.
def name_split(text: str, complement: str, name: str, cues: Cues) -> bool:
    """Whether the two words after a one-word complement are surely a name, not its rest."""
    if _linked(name.split(), cues):
        return False
    given, surname = name.split(maxsplit=1)
    written = _elsewhere(text, surname, given) or _elsewhere(text, name, complement)
    return written or (len(complement) > 1 and complement.isupper())


def _elsewhere(text: str, word: str, before: str) -> bool:
    """Whether `word` stands in `text` other than right after `before`."""
    return text.count(word) > text.count(f"{before} {word}")


def _linked(words: list[str], cues: Cues) -> bool:
    """Whether a word that links a body's name ("Sin", "y") stands among `words`."""
    return any(word.lower() in _BODY_LINKS.get(cues.family, ()) for word in words)


# The roster's side of the same grammar: after a role and its particle ("ministre des", "président
# de la", "ministro de", "del") the first capitalised word is the complement and the words after
# it the name: "des Finances Pierre Dupont" names Pierre Dupont; one word after it is a surname
# ("des Finances Dupont"). A longer run, or one holding a body's linking word ("du New York Times
# Pierre Dupont", "de Médicos Sin Fronteras Juan Pérez"), has no sure end: no name is kept. After
# a bare "de" the run may name whom the role speaks for ("l'avocat de Pierre Dupont", "el abogado
# de José Luis Martínez"): it is cut only after a first word that is no known first name, and
# only before two more ("le maire de Lyon Grégory Doucet").
def past_complement(run: str, lead: list[str], cues: Cues) -> str:
    """A capitalised run after a role and its particle without the complement ("" if unsure)."""
    lowers = [w.lower() for w in lead[-3:]]
    back = _role_back(lowers, cues)
    if not back:
        return run
    bare = back == 2 and lowers[-1] not in cues.contractions  # "de", no article
    words = [w for w in _WORD.finditer(run) if w.group(1)[0].isupper()]
    if len(words) == _NAME_WORDS and not bare:  # "des Finances Dupont": the surname alone
        return run[words[-1].start(1) :]
    owner = bare and words[0].group(1) in forenames(cues.family) if words else True
    linked = back == 3 or lowers[-1] in cues.complements  # "de", "des", "du", "del": no "au"
    if len(words) <= _NAME_WORDS or owner or not linked:
        return run
    if len(words) > _NAME_WORDS + 1 or _linked([w.group(1) for w in words], cues):
        return ""
    return run[words[1].start(1) :]


def _role_back(lowers: list[str], cues: Cues) -> int:
    """How far back from the end of `lowers` a role stands before its particle, else 0."""
    articled = len(lowers) > 2 and lowers[-2] in cues.complements and lowers[-1] in cues.articles
    particle = len(lowers) > 1 and lowers[-1] in cues.complements | cues.contractions
    back = 3 if articled else 2 if particle else 0
    role = lowers[-back] if back else ""
    return back if role in cues.titles and role not in cues.stop else 0


# "Le ministre des Finances Pierre Dupont a défendu …": the name after a role's complement holds
# the role, and is the clause's subject where the role (or its article) opens the clause, as a
# titled name is; never after a verb or a preposition ("a reçu le ministre des Finances X").
def holds_role(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether the name in `run` follows a role that opens its clause and the role's complement."""
    if not cues.complements:
        return False
    lead = list(TOKEN.finditer(text, max(0, run.start() - _LEAD), run.start()))[-4:]
    back = _role_back([w.group().lower() for w in lead[-3:]], cues)
    cut = past_complement(run.group(), [w.group() for w in lead], cues) if back else ""
    if cut in ("", run.group()):
        return False
    opener = lead[-back - 1] if len(lead) > back else None
    article = opener and opener.group().lower() in set(cues.articles) - set(cues.contractions)
    start = opener.start() if opener and article else lead[-back].start()
    return opens_clause(text, start, _OPENERS)


# A run that opens after a body's capitalised linking word ("de Médicos Sin | Fronteras Juan
# Pérez") began inside that body's name: its particle stands before the body's first word.
def particle_before(words: list[str], cues: Cues) -> int:
    """Where the particle that ends `words` starts ("des", "de la", "de l'"), else -1."""
    end = len(words)
    if words and words[-1][:1].isupper() and _linked(words[-1:], cues):
        while end > max(0, len(words) - _BODY_WORDS) and words[end - 1][:1].isupper():
            end -= 1
    lowers = [w.lower() for w in words[max(0, end - 2) : end]]
    if lowers and lowers[-1] in cues.complements | cues.contractions:
        return end - 1
    articled = len(lowers) > 1 and lowers[0] in cues.complements and lowers[1] in cues.articles
    return end - 2 if articled else -1


# "el abogado de José Luis Martínez": after a bare "de", a first name opens the name of whom the
# role speaks for, no complement ("de Hacienda Juan Pérez").
def owned_after(lowers: list[str], first: str, cues: Cues) -> bool:
    """Whether `first`, the capitalised word after a particle (`lowers` from it), opens a name."""
    articled = lowers[0] in cues.contractions or (lowers[1:2] and lowers[1] in cues.articles)
    return not articled and first in forenames(cues.family)


def name_after(text: str, start: int, run: str, cues: Cues) -> str:
    """`past_complement` for the run at `start`, reading the role and particle before it."""
    if not cues.complements:
        return run
    return past_complement(run, TOKEN.findall(text, max(0, start - _LEAD), start)[-3:], cues)


# "dijo en la rueda de prensa": an occasion, nobody told, and the dropped subject goes on; but
# a name set off after its complement ("dijo sobre el líder del PP, Alberto Núñez Feijóo") is the
# complement's, which must not be read as the subject: as after the one told, nobody speaks in it.
def apposed_complement(text: str, words: list[re.Match[str]], most: int) -> bool:
    """Whether a comma and a capitalised word follow `words` after a preposition (under `most`)."""
    lone = _APPOSED.match(text, words[-1].end()) if len(words) < most else None
    return lone is not None and lone.group(1).isupper()


# "dijo a los periodistas de Efe", "a répondu au ministre de l'Intérieur, X, le maire": the role
# after a preposition of the one told is the listener; "dijo en nombre de la ministra de Sanidad,
# X": the complement's name set off after it (`apposed_complement`) is hers, for whom one speaks.
def told_before(text: str, words: list[re.Match[str]], word: str, cues: Cues, most: int) -> bool:
    """Whether `word` before the role is a preposition of the one told, or a name is apposed."""
    return word in cues.told or apposed_complement(text, words, most)


# "Le successeur de M. Poulain, l'actuel maire X, a déclaré": a role whose complement is a person
# by an honorific's abbreviation ("M.", "Sr.") is someone of that person's, named nowhere
# (the abbreviation's point cut the words the role was read from, so no apposition was seen).
# French writes a body's noun in lower case before its capitalised complement ("a indiqué le
# ministère des Armées"): a body that speaks for itself, no role a person holds ("el policía").
def complement_role(
    text: str, begin: int, rest: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention:
    """The role from `begin` to its complement's first word, someone (an honorific), or a body."""
    first = rest[0]
    person = text.startswith(".", first.end()) and first.group(1).lower() in honorifics(cues.family)
    head = text[begin : first.start()].split()[0].lower()
    body = head in cues.orgs and head not in cues.titles and not _member(text, begin, head, cues)
    if body and not person:
        return _body(text, begin, rest, cue, cues)
    kind = "anonymous" if person else "role"
    return Mention(text[begin : first.end()], kind, cue.group(), begin, cue.start())


def _member(text: str, begin: int, head: str, cues: Cues) -> bool:
    """Whether `head` names one of a body's people by its article ("el policía")."""
    article = _BODY_ARTICLES.get(cues.family, {}).get(head)
    before = text[max(0, begin - _LEAD) : begin].split()[-1:]
    return article is not None and before != [article] and bool(before)


# "le ministère des Armées", "el ministerio de Asuntos Exteriores": the body's name runs to its
# complement's last capitalised word. After a bare "de" a first name opens a person's name ("le
# parti de Jean-Luc Mélenchon", "le conseil de Jean Roux": the party, or his lawyer): nobody
# surely. Several words after a bare "de" may be a name too ("de Greta Thunberg"), and a
# capitalised word further in the clause may still be the body's ("de Nouvelle Zélande à Paris",
# "de Pointe à Pitre"): the body's whole name then, not sure.
def _body(
    text: str, begin: int, rest: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention:
    """The body a lower-case noun and its whole capitalised complement name, sure or not."""
    run = _complement(text, rest, cues)
    words = text[begin : rest[0].start(1)].lower().split()[1:]
    bare = bool(words) and words[-1] in cues.complements and words[-1] not in cues.contractions
    end = _adjectives(text, run[-1].end(), cues)
    named = text[begin:end]
    if bare and rest[0].group(1).split("-")[0] in forenames(cues.family):
        return Mention(named, "role", cue.group(), begin, cue.start())
    later = _CLAUSE.match(text, end)
    further = later is not None and any(w[:1].isupper() for w in later.group().split())
    runs_on = end > run[-1].end() and later is not None and bool(later.group().strip())
    sure = not further and not runs_on and not (bare and len(run) > 1)
    return Mention(named, "org", cue.group(), begin, cue.start(), sure=sure)


# French writes a body's adjective in lower case ("ministère des Affaires étrangères", "de la
# Transition écologique"): the words after the complement up to a function word, a day or a verb
# are the body's; where the clause goes on past them ("étrangères dans un communiqué") their end
# is a guess, never sure (`_body`).
def _adjectives(text: str, at: int, cues: Cues) -> int:
    """Where the lower-case words right after a complement at `at` end (`at` if none)."""
    ends = _function_words(cues)
    while (word := _LOWER.match(text, at)) and word.group(1).islower():
        if word.group(1) in ends or cues.verbs.fullmatch(word.group(1)):
            break
        at = word.end()
    return at


@functools.cache  # once per family (Cues hashes by its family), not once per word
def _function_words(cues: Cues) -> frozenset[str]:
    """The words that end a body's lower-case adjectives: stops, articles, particles."""
    return (
        frozenset((*cues.stop, *cues.skip, *cues.governing, *cues.complements, *cues.contractions))
        | cues.articles
    )


def _complement(text: str, rest: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The capitalised words of a complement, with the particles between them ("de la")."""
    joins = cues.complements | cues.contractions | set(cues.articles)
    run = rest[:1]
    for word in rest[1:]:
        gap = text[run[-1].end() : word.start(1)].lower().replace("'", " ").replace("’", " ")
        if not word.group(1)[0].isupper() or not set(gap.split()) <= joins:
            break
        run.append(word)
    return run
