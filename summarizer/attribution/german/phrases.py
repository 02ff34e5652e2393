"""German noun phrases, read as the mention a reporting cue points to."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer import _data
from summarizer.attribution.german import roles
from summarizer.attribution.german.apposed_name import past_apposed
from summarizer.attribution.german.apposed_role import role_words
from summarizer.attribution.german.casing import written_lower
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.joined import joined, two_named
from summarizer.attribution.german.kin_owner import kin_owner
from summarizer.attribution.german.noun_runs import (
    bare_name,
    closes_clause,
    generation,
    modifier,
    outlet_told,
    past_adjectives,
    past_attribute,
    past_capitals,
    past_party,
    plural_agent,
    proper_body,
)
from summarizer.attribution.german.particled import (
    capitalised,
    foreign_particle,
    honorific_role,
    past_front_particles,
    person_title,
    preposition_first,
)
from summarizer.attribution.german.placed_attribute import without_place
from summarizer.attribution.german.plural_tail import without_plural
from summarizer.attribution.german.quoted_title import closed_title
from summarizer.attribution.german.rank_surname import past_rank
from summarizer.attribution.german.roles import GENITIVE_ARTICLES, role_word, titled
from summarizer.attribution.lexicon.compounds import body_noun, long_titles
from summarizer.attribution.lexicon.cues import Cues, Mention

TOKEN = re.compile(r"\w+(?:[-'’/]\w+|\.(?![A-ZÄÖÜ][a-zäöüß])\w+)*|[,()]")
"""Words (a slash joins "Bündnis 90/Die Grünen", "CDU/CSU"), commas and parentheses."""
_PHRASES = _data.load_toml("german.toml")["phrases"]
_ARTICLES = frozenset(_PHRASES["articles"])
_INDEFINITE_HEAD = frozenset(_PHRASES["indefinite_heads"])
_GENITIVE = frozenset(_PHRASES["genitives"])  # "des", "von", "v" (older print's "von")
_PLACED = _GENITIVE | frozenset(_PHRASES["placed"])  # "im", "beim"
_ATTRIBUTED = _PLACED | frozenset(_PHRASES["attributed"])  # "zu": only before an apposed name
# A genitive article and a person noun's ending ("des Angeklagten", "des Klägers", "der
# Klägerin"): the name after is theirs
_OWNERS = {
    article: tuple(endings)
    for article, endings in _data.load_toml("german.toml")["owner_nouns"].items()
}
_NAME_WORDS = 4
_PARTIAL = _data.load_toml("german.toml")["partial"]
_OBJECTS = frozenset(_PARTIAL["objects"] + _PARTIAL["prepositions"])  # "dem", "aus"
_AGED = re.compile(r"\d+-[Jj]ährige[nr]?")  # an age noun takes no genitive: "der Zeitung" a dative


# The name is apposed or after a role word; "einer der Helfer" is indefinite; the head is the last
# capitalised word before any genitive ("Sprecher" in "der Sprecher der Stadt").
@dataclass(frozen=True)
class Phrase:
    """A subject noun phrase: its token span, its name, whether indefinite, and its head noun."""

    start: int
    end: int
    name: tuple[int, int] | None
    anonymous: bool
    head: int


# An article, adjectives, capitalised words, genitives ("des Verbandes"), a party in parentheses
# and an apposed name: "der Leiter des Verbandes, Jan Roth, (SPD)".
# Before the verb (`first`) the whole field is one phrase ("Ein Sprecher im Ministerium sagte";
# "die Minister Jan Roth und Eva Ems": joint, no one name). Capitals after an article name a person
# after a role ("der SPD-Vorsitzende Franz Roth"); a proper adjective opens one ("Deutsche Bahn").
def read_phrase(
    tokens: list[re.Match[str]], index: int, cues: Cues, *, first: bool = False
) -> Phrase | None:
    """The noun phrase starting at `index`."""
    words = [t.group() for t in tokens]
    start = index
    opened = _opening(words, index, cues)
    if opened is None:
        return None
    index, article, anonymous = opened
    caps = past_capitals(words, index, cues, told=not first)
    if caps == index:
        return None
    caps = index + 1 if article and roles.told_body(words, (index, caps), cues) else caps
    if not first and roles.told_pair(words, (index, caps), cues):  # "teilte Bayern München X"
        if closes_clause(tokens, caps):  # "sagte Deutsche Fußball Liga Marc Lenz.": apposed
            return Phrase(start, caps, (caps - 2, caps), anonymous, caps - 1)
        return Phrase(start, caps - 2, None, anonymous, caps - 3)
    joins = frozenset() if _AGED.fullmatch(words[caps - 1]) else _PLACED if first else _GENITIVE
    end = past_party(words, _genitives(words, caps, cues, joins))  # "die 41-Jährige der Zeitung"
    owner = roles.past_owner(words, (index, caps, end), cues) and not article
    index += owner
    article = article or owner or titled(words, (index, caps, end), cues)  # "Kapitän der Elf"
    run = (index, caps)
    name = _apposed(words, end, cues)
    if name is None:
        end, name = _named_past_place(words, (caps, end), article, cues)
    if name:
        end, name = past_apposed(words, run, end, name, article, cues)  # "Olli Rehn, EU-Kommissar,"
    elif caps - index >= 2 and (article or capitalised(words, run) >= 3):
        if honorific_role(words, run, cues):  # "der Herr Minister": a role
            return Phrase(start, end, None, anonymous, caps - 1)
        shared = first and joined(words, caps, _NAME_WORDS)
        opens = roles.run_name_start(words, run, proper_body(words, run, cues), cues)
        name = None if shared or roles.owner_only(words, opens, caps, cues) else (opens, caps)
    elif not article and caps - index <= _NAME_WORDS and not plural_agent(words, run):
        end, name = bare_name(tokens, words, (index, caps, end), cues)
    elif article and end > caps:
        name = _genitive_name(words, caps - 1, end, cues)
    return Phrase(start, end, name, anonymous, caps - 1)


def _opening(words: list[str], index: int, cues: Cues) -> tuple[int, bool, bool] | None:
    """Past the article (or indefinite head) and adjectives of a phrase at `index`: where its
    capitals start, whether it has an article, whether indefinite; None for a pronoun."""
    lower = words[index].lower() if index < len(words) else ""
    if lower in cues.pronouns or preposition_first(words, index):
        return None
    if past_front_particles(words, index) > index:
        return index, False, False  # "sagte van Oordt": the surname's particle, no adjective
    anonymous = lower in _INDEFINITE_HEAD
    article = lower in _ARTICLES or lower in cues.determiners or anonymous
    owner = 0 if article else roles.owner_article(words, index, cues) - index
    article, index = article or bool(owner), index + (article or owner)
    if anonymous and index < len(words) and words[index].lower() in _ARTICLES:
        index += 1  # "einer der Feuerwehrmänner"
    index = past_adjectives(words, past_attribute(words, index, cues) if article else index, cues)
    return index, article, anonymous


# "die Leiterin beim Gipfel, Eva Roth," and "die Leiterin beim Gipfel Eva Roth": a name after the
# adverbial is still the role's; with no name, the phrase ends before it.
def _named_past_place(
    words: list[str], span: tuple[int, int], article: bool, cues: Cues
) -> tuple[int, tuple[int, int] | None]:
    """The phrase's end past an adverbial and a name apposed after it, else as it was."""
    caps, end = span
    wide = past_party(words, _genitives(words, caps, cues, _PLACED))
    if wide == end:
        wide = past_party(words, _genitives(words, caps, cues, _ATTRIBUTED))
        apposed = _apposed(words, wide, cues) if wide != end else None
        return (wide, apposed) if apposed else (end, None)
    if _apposed(words, wide, cues):
        return wide, _apposed(words, wide, cues)
    if article and _genitive_name(words, caps - 1, wide, cues):
        return wide, None  # read as a genitive's name below
    return end, None


# The genitive's noun, then two capitals: a plural ("Deutscher Ingenieure") or a body is no name.
def _genitive_name(words: list[str], head: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """The name that closes a role's genitive: "der Chefin der Firma Eva Roth" -> "Eva Roth"."""
    role = words[head].lower().endswith(long_titles(cues)) or role_word(words[head], cues)
    if not role or words[end - 2] not in FORENAMES:
        return None  # a known first name opens it: "der Stadt Bad Homburg" is a town's name
    tail, placed = words[end - 3 : end], end - 4 - roles.adjectival(words, end - 4)
    if len(tail) < 3 or not all(w[0].isupper() for w in tail) or words[placed] not in _PLACED:
        return None  # "der Russischen Föderation Sergei Lawrow": an adjective opens the body
    plural = tail[-1].endswith(("e", "en")) and placed == end - 4  # not "Ursula Weyden" there
    if plural or tail[0].isupper() or person_title(tail[0], cues):
        return None  # "des FC Bayern München"; "die Frau des Ministers Jan Roth": his name
    if tail[0].endswith(_OWNERS.get(words[placed].lower(), ())):
        return None  # "der Anwalt des Angeklagten Paul Weber": the client's name
    # "der Firma X Bank": a body's name
    return None if any(body_noun(w, cues) for w in tail[1:]) else (end - 2, end)


# "der" before an adjective in -en: "der englischsprachigen Zeitung sagte X" is a dative, so is
# one that opens a name ("der Süddeutschen Zeitung") and a weak noun ("der Präsidenten Putin").
def oblique(tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    """Whether the phrase is in a case no subject takes: "dem/einen …", "der/einer" + "-en"."""
    words = [t.group() for t in tokens[phrase.start : phrase.end]]
    head, named = words[0].lower(), len(words) > 2 and words[2][0].isupper()
    dative = len(words) > 1 and (words[1].islower() or named) and words[1][-2:] == "en"
    noun = len(words) > 1 and words[1][0].isupper()  # "einer Zeitung"; "einer der Helfer" is one
    return head in _OBJECTS or (head == "der" and dative) or (head == "einer" and (dative or noun))


# "Die tibetischen Mönche, …, beschrieb die Agentur als „…“": "die" and an adjective in -en
# make a plural, which a verb in the singular does not agree with; its subject follows it.
def plural(tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    """Whether a phrase is plural by its form: "die", then an adjective ending in -en."""
    words = [t.group() for t in tokens[phrase.start : phrase.end]]
    article = len(words) > 2 and words[0].lower() == "die"
    return article and modifier(words[1]) and words[1][-2:] == "en"


def mention_of(
    text: str, tokens: list[re.Match[str]], phrase: Phrase, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The mention a subject phrase makes at `cue`: anonymous, its name, or the role as written."""
    found = past_rank(text, _mention(text, tokens, phrase, cue, cues))  # "Frhr. v. Stumm"
    return None if found is None else closed_title(text, without_plural(text, found, cues))


def _mention(
    text: str, tokens: list[re.Match[str]], phrase: Phrase, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The mention of `mention_of` as the phrase's words read it."""
    first, last = tokens[phrase.start], tokens[phrase.end - 1]
    if phrase.anonymous and not _apposed_name(tokens, phrase):  # not "ein Sprecher, Jan Roth,"
        words = text[first.start() : _last_word(tokens, phrase).end()]
        return Mention(words, "anonymous", cue.group(), first.start(), cue.start())
    if phrase.name:
        one, two, kind = tokens[phrase.name[0]], tokens[phrase.name[1] - 1], "name"
        lowered = written_lower(one.group().lower(), text) and not foreign_particle(one.group())
        if lowered or ":" in text[one.start() : two.end()]:
            return None  # "Ähnlich äußerte sich …", and a label before "Sie" ("Frage: Sie …")
        if (kin := kin_owner(tokens, phrase.start, phrase.name)) is not None:  # "Tochter Ida Ems"
            one, kind = tokens[kin], "description"
        return Mention(text[one.start() : two.end()], kind, cue.group(), one.start(), cue.start())
    if tokens[phrase.start].group().lower() in _ARTICLES:
        first = tokens[phrase.start + 1]  # "der Sprecher der Stadt" -> "Sprecher der Stadt"
    kind = "org" if body_noun(last.group(), cues) else "role"
    if two_named(spanned := [t.group() for t in tokens[phrase.start : phrase.end]]):
        kind = "description"  # "die Minister Jan Roth und Eva Ems": as written, by no one title
    kind = "description" if generation(spanned) else kind  # "Keller senior"
    return Mention(text[first.start() : last.end()], kind, cue.group(), first.start(), cue.start())


# Plain: an article, adjectives or a number, nouns, genitives ("ein Sprecher der Bahn", "einer der
# drei Helfer"); not one that reaches past a preposition to someone else ("eine Quelle aus dem
# Umfeld von X", "ein Vertrauter von X"), nor a body ("eine Behörde").
def plain_indefinite(words: str, cues: Cues) -> bool:
    """Whether an indefinite subject is a plain description that names whom the article means."""
    tokens = TOKEN.findall(words)
    if len(tokens) < 2 or tokens[0].lower() not in _INDEFINITE_HEAD:
        return False
    nouns = [t for t in tokens[1:] if t[0].isupper()]
    rest = [t for t in without_place(tokens[1:]) if not t[0].isupper()]  # "aus dem Amt"
    genitive = all(t in GENITIVE_ARTICLES or t.isdigit() or _adjective(t, cues) for t in rest)
    return bool(nouns) and genitive and not body_noun(nouns[0], cues)


def _adjective(word: str, cues: Cues) -> bool:
    return word.islower() and word not in cues.stop and not cues.verbs.fullmatch(word)


def _apposed_name(tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    name = phrase.name
    return name is not None and name[0] > phrase.start and tokens[name[0] - 1].group() == ","


def _last_word(tokens: list[re.Match[str]], phrase: Phrase) -> re.Match[str]:
    """The phrase's last token that is no comma (an aside may follow it)."""
    end = phrase.end - 1
    while end > phrase.start and tokens[end].group() == ",":
        end -= 1
    return tokens[end]


# "am Abend", "im Interview", "in Berlin", "beim Parteitag" say when or where one spoke: an
# adverbial, no part of who speaks ("der Sprecher des Ministeriums am Abend"), unless a name is
# apposed after it (`_PLACED`).
def _genitives(words: list[str], index: int, cues: Cues, joins: frozenset[str]) -> int:
    """Past "des Influenza-Programms der WHO", "von der Universität Bonn"."""
    while index < len(words) and words[index].lower() in joins:
        probe = index + 1
        if probe < len(words) and words[probe].lower() in _ARTICLES:
            probe += 1
        probe = past_adjectives(words, probe, cues)
        caps = past_capitals(words, probe, cues)
        if caps == probe or (joins is _GENITIVE and outlet_told(words, index, probe, cues)):
            break
        index = caps
    return index


def _apposed(words: list[str], index: int, cues: Cues) -> tuple[int, int] | None:
    """ ", Jan Roth," after a description: up to four capitalised words, or a role's and a name."""
    if index >= len(words) or words[index] != ",":
        return None
    first = index + 1 + role_words(words, index + 1, cues)  # ", der Ökonom Jan Roth,"
    caps = past_capitals(words, first, cues)
    size = caps - first
    if size < 1 or size > _NAME_WORDS or (size == 1 and words[first].isupper()):
        return None  # "Jan Roth, CDU, sagte": a party's acronym is no name
    if roles.owner_only(words, first, caps, cues):
        return None  # "Keller, Bayerns Trainer, sagte": an owner and a role describe, no name
    if (
        caps < len(words)
        and words[caps] not in (",", "(")
        and not cues.verbs.fullmatch(words[caps])
    ):
        return None
    return first, caps
