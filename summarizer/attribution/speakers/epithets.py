"""A party's, a country's or an age's noun at a cue: the one person named (deroles28)."""

# German takes a person up by what it tells of them: "Die SPD-Abgeordnete Renate Okafor … rief die
# Sozialdemokratin", "Der kroatische Torhüter Milan Kovačević … sagte der Kroate", "Die
# Schriftstellerin Ilka Marquardt … Die 52-Jährige sagte", "Velmar-Chef Jonas Riedl … Der
# Konzernchef sprach". Read after `taken_up` found nobody introduced with the noun itself:
# - a party or a country: the one person the article writes with that party or country ("SPD-",
#   "(SPD)", "kroatische", "aus Kroatien"); a second such person anywhere links nobody;
# - a firm's role by its kind ("Konzernchef"): the one person with a named body's role of that
#   head ("Velmar-Chef");
# - with nobody so marked, the lone person named before the cue, when no one named has another
#   party, country or age, no age or the noun is written before, and no unnamed person ("ein
#   Zeuge") stands between them.
# A gender the noun marks must agree. Per-language data: summarizer/data/epithets.toml.

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from summarizer import _data
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.frames.genders import gender
from summarizer.attribution.lexicon.overlap import Overlap
from summarizer.attribution.speakers.gendered_roles import gendered
from summarizer.attribution.speakers.german_issuers import issued_by
from summarizer.attribution.speakers.persons import not_person
from summarizer.attribution.speakers.taken_up import DATA, introduced
from summarizer.attribution.speakers.taken_up import described as described_again
from summarizer.attribution.speakers.taken_up import taken_up as again
from summarizer.attribution.speakers.unnamed_people import unnamed_in

if TYPE_CHECKING:
    from summarizer.attribution.lexicon.cues import Mention
    from summarizer.attribution.speakers.roster import Roster

_DATA: dict[str, dict[str, Any]] = _data.load_toml("epithets.toml")
_LEAD, _TAIL = 40, 30  # how far before and after a name its party or country stands
_END = re.compile(r"[.!?]\s")
_BODIES = frozenset(_data.load_toml("german.toml")["bodies"]["nouns"])
_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des"))


def taken_up(roster: Roster, words: str, at: int, mention: Mention | None) -> str | None:
    """The one person introduced with the role or age of `mention` (`again`), else the one an
    age's, party's, country's or kind's role noun at the cue stands for (`epithet`)."""
    data = _DATA.get(roster.cues.family)
    if data and words.lower() in data["countries"] and _first(roster.text, data["fellows"]) < at:
        return None  # "der Pole Jan Ostrowski und sein Landsmann Piotr Nowak": two of one country
    found = again(roster, words, at, mention) or epithet(roster, words, mention)
    return found or unheld(roster, words, mention)


# "sagte der Physiker": a role no title list holds (two holders of a title: its noun is written)
def unheld(roster: Roster, words: str, mention: Mention | None) -> str | None:
    """The one person of the mention's gender in view (`gendered`, German), or None."""
    if roster.cues.family != "de":
        return None
    return gendered(roster, words, mention, taken_up, _named(roster))


# "hieß es in der Warnung" after "Der Deutsche Wetterdienst warnte": the body that gave it out
def described(
    roster: Roster, words: str | None, mention: Mention, context: tuple[int, int]
) -> str | None:
    """A description as written or what it stands for (`described_again`), or the body that
    gave out the German document it names (`issued_by`)."""
    found = described_again(roster, words, mention, context)
    issued = issued_by(roster.text, words, mention.at, roster.cues) if found == words else None
    return issued or found


def epithet(roster: Roster, words: str, mention: Mention | None) -> str | None:
    """The one person an age, party, country or kind's role noun at `mention` stands for."""
    data = _DATA.get(roster.cues.family)
    if data is None or mention is None or mention.kind != "role" or " " in words:
        return None
    word, at = words.lower(), mention.at
    people, strict = _people(roster, at), True
    if word in data["parties"] or word in data["countries"]:
        table = data["parties"] if word in data["parties"] else data["countries"]
        found = _marked(roster, word, table, at, people)
    elif re.search(DATA[roster.cues.family]["age_noun"], words):
        aged = _first(roster.text, data["aged"]) < at - 4 or _aged(roster)  # "Jan Ost (58)"
        found = None if aged or _unnamed(roster, people, at) else _lone(roster, people)
    else:  # "Konzernchef" after "Velmar-Chef": the head's own gender ("-chef", "-chefin") tells
        found, strict = _kind_role(roster, word, data, at), False
    if found is None or not _same_gender(roster, mention, found, strict):
        return None
    roster.linked[mention.at] = found[1]  # a guess, never sure (`linked_again`)
    return found[1]


# A bisection and two names at most, so that each cue of a long article only compares (linear).
def _people(roster: Roster, at: int) -> tuple[list[tuple[int, str]], int]:
    """The first two people named before `at` (no body's word), and where the last one is."""
    named = _named(roster)
    end = bisect_left(named, (at, ""))
    return named[: min(end, 2)], named[end - 1][0] if end else 0


@functools.lru_cache(maxsize=4)
def _aged(roster: Roster) -> bool:
    """Whether the article gives any name an age ("Jan Ost (58)"), once per article."""
    return any(age for _, _, _, age in introduced(roster))


@functools.lru_cache(maxsize=4)
def _roled(roster: Roster) -> frozenset[str]:
    """The names introduced with a role ("Die Schriftstellerin Ilka Marquardt"), once."""
    return frozenset(name for _, name, held, _ in introduced(roster) if held - _ARTICLES)


@functools.lru_cache(maxsize=64)
def _first(text: str, pattern: str) -> float:
    """Where `pattern` first matches in `text` (case-insensitive when flagged), or inf."""
    found = re.search(pattern, text)
    return found.start() if found else math.inf


@functools.lru_cache(maxsize=8)
def _all(text: str, pattern: str) -> list[int]:
    """Where each match of `pattern` in `text` starts, in text order."""
    return [m.start() for m in re.finditer(pattern, text)]


# The roster leaves out a name after a determiner and a role ("die SPD-Abgeordnete Jutta Brenner")
# and keeps a role before a name in a run ("Stürmer Ante Vuković"): the name introduced with its
# role goes first, a run that holds it adds nobody.
@functools.lru_cache(maxsize=4)
def _named(roster: Roster) -> list[tuple[int, str]]:
    """Each name of the article that may be a person's, where first named, once per article."""
    seen = {name: start for start, name, _, _ in reversed(introduced(roster))}
    overlaps = Overlap(seen)  # any(n in name or name in n for n in seen), as it stands here
    for placed in roster.by_word().values():
        for pos, name in placed:
            if name not in seen and not overlaps(name):
                seen[name] = pos
    return sorted((pos, name) for name, pos in seen.items() if _personal(name, roster))


# "Stadt Kornbach", "SV Ahlbach", "Deutsche Bank": a body's word or an acronym makes no person
@functools.lru_cache(maxsize=1024)
def _personal(name: str, roster: Roster) -> bool:
    """Whether the multi-word `name` may be a person's."""
    words = name.split()
    bodies = any(w.lower() in _BODIES or w.lower() in roster.orgs for w in words)
    acronym = any(sum(c.isupper() for c in w) > 1 for w in words)
    return len(words) > 1 and not bodies and not acronym and not not_person(name, roster.cues)


def _lone(roster: Roster, people: tuple[list[tuple[int, str]], int]) -> tuple[int, str] | None:
    """The one person named, known as one by a first name or a role written with it, or None."""
    if len(people[0]) != 1:
        return None
    person = people[0][0]
    known = first_name(person[1], roster.cues.family) or person[1] in _roled(roster)
    return person if known else None


# "die Sozialdemokratin": the one person written with "SPD"; nobody so written, the lone person
# named, if written with no other party (no country for a nationality) and no unnamed one between.
def _marked(
    roster: Roster,
    word: str,
    table: dict[str, list[str]],
    at: int,
    people: tuple[list[tuple[int, str]], int],
) -> tuple[int, str] | None:
    """The person the party's or country's noun `word` stands for, or None."""
    holders = _holders(roster, tuple(table[word]))
    if holders:
        return holders[0] if len(holders) == 1 and holders[0][0] < at else None
    others = tuple(sorted({sign for value in table.values() for sign in value}))
    stem = re.escape(word[:-2] if word.endswith("in") else word.rstrip("e"))
    written = _first(roster.text, rf"(?i)(?<![\w-]){stem}") < at
    signs = "|".join(re.escape(sign) for sign in table[word])  # "den französischen Präsidenten"
    written = written or _first(roster.text, rf"(?<![\w-])(?:{signs})") < at
    if written or _unnamed(roster, people, at):
        return None  # "ein Kroate wurde verletzt": the noun someone else's
    lone = _lone(roster, people)
    return None if lone is None or _signed(roster.text, lone, others) else lone


@functools.lru_cache(maxsize=64)
def _holders(roster: Roster, signs: tuple[str, ...]) -> list[tuple[int, str]]:
    """Every person of the article written with a party or a country of `signs`, once."""
    return [p for p in _named(roster) if _signed(roster.text, p, signs)]


@functools.lru_cache(maxsize=256)
def _signed(text: str, person: tuple[int, str], signs: tuple[str, ...]) -> bool:
    """Whether a party or a country of `signs` is written with the person's name."""
    start, name = person
    lead = _END.split(text[max(0, start - _LEAD) : start])[-1]
    tail = text[start + len(name) : start + len(name) + _TAIL]
    alternatives = "|".join(re.escape(s) for s in signs)
    before = re.search(rf"(?<![\w-])(?:{alternatives})(?:-|e[nmrs]?\s)", lead)
    before = before or re.search(rf"(?<![\w-])aus (?:der |den )?(?:{alternatives})\s", lead)
    after = re.match(rf"\s(?:\((?:{alternatives})\)|aus (?:der |den )?(?:{alternatives}))", tail)
    return bool(before or after)


def _unnamed(roster: Roster, people: tuple[list[tuple[int, str]], int], at: int) -> bool:
    """Whether an unnamed person ("ein Zeuge") is written between the last person and `at`, or
    before that person in their sentence ("Eine Nachbarin fand Erika Holm", derole29)."""
    if unnamed_in(_END.split(roster.text[max(0, people[1] - _LEAD * 4) : people[1]])[-1]):
        return True
    between = roster.text[max(people[1], at - _LEAD * 40) : at]  # bounded: linear
    if unnamed_in(between):  # "Ihre Tochter kam", "Der Sportdirektor verteidigte …"
        return True
    starts = _all(roster.text, _DATA[roster.cues.family]["unnamed"])
    after = bisect_left(starts, people[1])
    return after < len(starts) and starts[after] < at


# "Der Konzernchef" after "Velmar-Chef Jonas Riedl": the role's head after a body's kind, the one
# person given a role of that head after a body's own name ("Velmar-", "SPD-").
def _kind_role(roster: Roster, word: str, data: dict[str, Any], at: int) -> tuple[int, str] | None:
    """The one person whose named body's role has the head of `word`'s kind's role, or None."""
    kind = next((k for k in data["kinds"] if word.startswith(k) and len(word) > len(k) + 2), "")
    if not kind or _first(roster.text, rf"(?i)(?<![\w-]){re.escape(word)}") < at:
        return None
    first, names = _headed(roster, word[len(kind) :], tuple(data["kinds"]))
    return first if names == 1 and first and first[0] < at else None


@functools.lru_cache(maxsize=64)
def _headed(
    roster: Roster, head: str, kinds: tuple[str, ...]
) -> tuple[tuple[int, str] | None, int]:
    """The first person given a named body's role of `head`, and how many such people, once."""
    holders = {
        (start, name)
        for start, name, roles, _ in introduced(roster)
        if any(r.endswith(f"-{head}") and r[: -len(head) - 1] not in kinds for r in roles)
    }
    return min(holders, default=None), len({name for _, name in holders})


_OPENING = re.compile(
    r"(?<![\w-])([Dd]er|[Dd]ie|[Ee]ine?)\s+(?:[a-zäöü][\w-]*\s+)?([A-ZÄÖÜ][\w-]*)"
)


# A guess must agree in gender, both known: "der 58-Jährige" is never "Die Architektin Berit …".
def _same_gender(roster: Roster, mention: Mention, person: tuple[int, str], known: bool) -> bool:
    """Whether the mention's gender and the person's are the same, both `known`."""
    text, (start, name) = roster.text, person
    before = re.findall(r"[\w-]+", text[max(0, mention.at - 12) : mention.at])[-1:]
    own = mention.words.split()[0].lower()
    wanted = "feminine" if own.endswith("in") else _article(before[0] if before else "", own)
    have = gender(text, (start, start + len(name)), roster.cues, start + len(name) + 30, True)
    if have is None:
        lead = _END.split(text[max(0, start - _LEAD) : start])[-1]
        opening = list(_OPENING.finditer(lead))[-1:]
        have = _article(opening[0][1], opening[0][2].lower()) if opening else None
    if known:
        return wanted is not None and wanted == have
    return have is None or wanted in (None, have)


def _article(article: str, noun: str) -> str | None:
    """The gender a nominative article before a noun marks ("der", "die", "ein", "eine")."""
    if noun.endswith("in"):
        return "feminine"
    if noun.endswith("en"):
        return None  # "der Abgeordneten": a genitive or a dative, of either
    return {"der": "masculine", "ein": "masculine", "die": "feminine", "eine": "feminine"}.get(
        article.lower()
    )
