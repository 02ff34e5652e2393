"""A description as the subject after a verb-first cue, and the name apposed to it."""
# "said the head of the union, Tom Hale": the name; "said on Tuesday the moderator": the
# description past the day.

from __future__ import annotations

import functools
import re
from itertools import pairwise

from summarizer.attribution.frames.apposed_role import apposed_to_article
from summarizer.attribution.frames.clauses import description_mention
from summarizer.attribution.frames.forenames import address_word, person_shaped
from summarizer.attribution.frames.groups import group_links, group_nouns
from summarizer.attribution.frames.leads import apposed_described
from summarizer.attribution.frames.linked import apposed_name
from summarizer.attribution.frames.possessed import owner
from summarizer.attribution.frames.runs import adjacent
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import ABBREVIATED_PARTICLES

_GROUP_REACH = 5  # a modifier, the group noun, a link of two words, the complement
_OWNER_WORDS = 3  # a name of up to three words before its possessive ending
_POSSESSIVE = re.compile(r"[A-Z][\w-]*['’]s$")


# the complement of a description before its comma ("the head of the union", "the mayor of
# Boston", "the chairman of Acme Corp.")
@functools.lru_cache(maxsize=8)
def _complement(links: frozenset[str]) -> re.Pattern[str]:
    """A description's optional complement, joined by one of `links`, up to its comma."""
    joined = "|".join(sorted(map(re.escape, links))) or "(?!)"
    return re.compile(rf"(?:\s+(?:{joined})(?:\s+[^\W\d_][\w'’-]*\.?){{1,4}})?(?=\s*,)")


# "said the candidate could win": what was said, whose subject is no speaker; none after it is.
def description_after(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> tuple[Mention | None, bool]:
    """The description (or its apposed name) that opens the words after `cue`, past a day; and
    whether that description runs on into a clause instead (a noun, then a modal)."""
    rest, start = past_when(text, tokens, cue.end(), cues)
    if not rest or not adjacent(text, start, rest[0].start()):
        return None, False
    described = description_mention(text, rest, cue, cues, forward=True)
    words = described.words.split()[2:] if described else []
    if any(word.lower() in cues.clause_auxiliaries for word in words):
        return None, True
    found = described or owner(text, rest, cue, cues)  # "la esposa del ministro X"
    found = found or _possessed_name(text, rest, cue, cues)
    if found and not cues.nouns_capitalized:
        found = (
            _described_name(text, found, cue, cues) or _role_name(text, found, cue, cues) or found
        )
    return found, False


# "said the 49ers coach Kyle Shanahan": a lower-case title right before a name of two or more
# capitalised words that ends the description names its holder, as "coach Kyle Shanahan said"
# does; one word after it ("said the team's coach Shanahan"), or a run that holds a title or a
# body's word ("said the former White House"), stays as written.
_ROLE_NAME = re.compile(r"(?:^|\s)([a-z][\w-]*)\s+((?:[A-Z][\w'’-]*\s+){1,2}[A-Z][\w'’-]*)$")
_RUNS_ON = re.compile(r"(\.?) [A-Z]")  # "Gov. Tom", "Kyle Shanahan Monday"; not ". The team"


def _role_name(text: str, found: Mention, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The full name a description ends in right after a lower-case title, else None."""
    if found.kind != "description":
        return None
    named = _ROLE_NAME.search(found.words)
    if named is None or named.group(1) not in cues.titles:
        return None
    if _runs_on(text, found.at + len(found.words), named.group(2), cues):
        return None  # a name runs on past the description's last word or title ("Gov. Tom")
    words = named.group(2).lower().split()
    kinds = (cues.skip, cues.titles, cues.orgs, cues.outlets)  # a day, a title, a body's word
    if any(w in kind for w in words for kind in kinds) or " ".join(words) in cues.orgs:
        return None  # "… Shanahan Monday", "the acting Attorney General", "the former White House"
    if _POSSESSIVE.search(named.group(2)):
        return None
    return person_shaped(named.group(2), found.at + named.start(2), cue, cues.family)


def _runs_on(text: str, end: int, name: str, cues: Cues) -> bool:
    """Whether a capital goes on the name at `end`: past a full stop, only after an abbreviation."""
    going = _RUNS_ON.match(text, end)
    last = name.rsplit(" ", 1)[-1]
    abbreviated = len(last) == 1 or last.lower() in cues.titles or address_word(last, cues.family)
    abbreviated = abbreviated or last.lower() in ABBREVIATED_PARTICLES  # "Tom St. Pierre"
    return going is not None and (not going.group(1) or abbreviated)


# "said the “plan” was ready": a lone article before the quotation is no subject. Every step after
# the cue reads only its words (`description_after`, `listened`, `unnamed_after`, `described`,
# `run_of`, `subject`); for one such word, none of them finds anyone. Left out: the words they
# read as a pronoun, determiner, group, title or organisation, and Russian, Romance or Arabic.
@functools.cache
def _lone_articles(cues: Cues) -> frozenset[str]:
    """The definite articles that alone after a cue name nobody, read from `cues`' lists."""
    if cues.patronymics or cues.contractions or cues.family == "ar":
        return frozenset()
    # one word in `governing` ("the" in English) only turns which way a step returns nothing
    named = cues.pronouns | cues.possessive_determiners | cues.indefinite
    named |= group_nouns(cues.family) | set(cues.titles) | set(cues.orgs)
    # an organisation word may stand in the plural (`runs.classify`)
    return frozenset(
        w for w in cues.definite if w.islower() and w not in named and w[:-1] not in cues.orgs
    )


# A shortcut: the full reading of a lone article takes most of the time on a text of many.
def described_or_lone(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, lenient: bool
) -> tuple[Mention | None, bool]:
    """`description_after`, or (None, True) where only a lone article follows the cue: nobody."""
    if not lenient and len(tokens) == 1 and tokens[0].group() in _lone_articles(cues):
        return None, True
    if _group_of(text, tokens, cues):  # "said critics of Gov. Tom Wolf": the critics, not him
        group = tokens[0]
        return Mention(group.group(), "anonymous", cue.group(), group.start(), cue.start()), False
    if named := apposed_to_article(text, tokens, cue, cues):  # "selon l'entraîneur, X,"
        return named, False
    return _genitive_role(text, tokens, cue, cues) or description_after(text, tokens, cue, cues)


# A plural noun for people with no determiner (one lower-case word may stand before it: "family
# members"), then a link and its complement ("said critics of X", "said lawyers for X", "said
# aides to X", "said people close to X"): the group speaks; the name is whom they are of.
def _group_of(text: str, tokens: list[re.Match[str]], cues: Cues) -> bool:
    """Whether `tokens` open with a bare plural noun of people and a description link."""
    words = [t.group() for t in tokens[:_GROUP_REACH]]
    groups = group_nouns(cues.family)
    at = 1 if len(words) > 1 and words[1] in groups and _modifier(words[0], cues) else 0
    if not words or words[at] not in groups:
        return False
    links = [(w,) for w in cues.description_links] + list(group_links(cues.family))
    size = next((len(k) for k in links if tuple(words[at + 1 : at + 1 + len(k)]) == k), 0)
    spaced = all(text[a.end() : b.start()] == " " for a, b in pairwise(tokens[: at + size + 1]))
    return size > 0 and spaced and len(tokens) > at + size + 1


def _modifier(word: str, cues: Cues) -> bool:
    """Whether `word` is a plain lower-case word that may stand before a group noun."""
    return (
        word.isalpha() and word.islower() and word not in cues.stop and word not in cues.governing
    )


# "По словам министра, «…»": a title in the genitive alone after a genitive cue, its clause ended,
# is the role, named in the nominative so that its holder named before is found ("Министр
# финансов Антон Силуанов"); with words after it ("министра обороны X") the run is read as ever.
def _genitive_role(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> tuple[Mention | None, bool] | None:
    """The role a lone title in the genitive after "по словам" makes, else None."""
    if not tokens or cue.group().lower() not in cues.genitive_cues:
        return None
    title = cues.nominative(tokens[0].group())
    if title == tokens[0].group() or title not in cues.titles or title in cues.stop:
        return None
    if text[tokens[0].end() : tokens[0].end() + 1] != ",":
        return None
    return Mention(title, "role", cue.group(), tokens[0].start(), cue.start()), False


def _described_name(text: str, found: Mention, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The name apposed to a description, past its complement."""
    if found.kind != "description":
        return None
    complement = _complement(cues.description_links).match(text, found.at + len(found.words))
    if complement is None:
        return None
    end = complement.end()
    return (
        apposed_name(text, end, cue)
        or _titled(text, end, cue, cues)
        or _described(text, end, cue, cues)
    )


# "said Tom Hale's introducer, actress Nora Vale": a name's possessive determines the noun after
# it, and the name apposed to that noun speaks; without one, nothing here.
def _possessed_name(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The name apposed to a noun that a capitalised possessive determines, after a cue."""
    owned = next(
        (i for i, t in enumerate(tokens[:_OWNER_WORDS]) if _POSSESSIVE.search(t.group())), -1
    )
    if owned < 0 or len(tokens) <= owned + 1 or cues.nouns_capitalized:
        return None
    near = tokens[: owned + 2]
    if not all(t.group()[0].isupper() for t in near[:-1]) or not near[-1].group().islower():
        return None
    if not all(adjacent(text, a.end(), b.start()) for a, b in pairwise(near)):
        return None
    end = near[-1].end()
    return (
        apposed_name(text, end, cue)
        or _titled(text, end, cue, cues)
        or _described(text, end, cue, cues)
    )


# "said the host, actress Ann Roe": lower-case titles before the apposed name are no part of it.
_TITLED = re.compile(
    r"\s*,\s*((?:[a-z][\w.-]*\s+){1,2})((?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*)\s*(?=[,.;]|$)"
)


def _titled(text: str, end: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The capitalised name apposed after a comma at `end` past its lower-case titles."""
    apposed = _TITLED.match(text, end)
    if apposed is None or any(w not in cues.titles for w in apposed.group(1).split()):
        return None
    return Mention(apposed.group(2), "name", cue.group(), apposed.start(2), cue.start())


def _described(text: str, end: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The name set off at `end` after a description ("her opponent, Green lawmaker Jo Roe")."""
    return apposed_described(text, end, cue, cues)


# "said on Tuesday the head of the union, Tom Hale": the words after the day are the subject.
def past_when(
    text: str, tokens: list[re.Match[str]], at: int, cues: Cues
) -> tuple[list[re.Match[str]], int]:
    """The tokens after a day right after a cue (with its preposition), and where they start."""
    words = [t.group().lower() for t in tokens[:2]]
    dropped = 1 if words[:1] and words[0] in cues.skip else 0
    determiner = words[:1] and (words[0] in cues.definite or words[0] in cues.indefinite)
    if len(words) == 2 and words[0] in cues.governing and not determiner and words[1] in cues.skip:
        dropped = 2
    spaced = all(adjacent(text, a.end(), b.start()) for a, b in pairwise(tokens[: dropped + 1]))
    if not dropped or not spaced:
        return tokens, at
    return tokens[dropped:], tokens[dropped - 1].end()
