"""A German role, age or nationality at a cue: the one person of its gender in view (derole29)."""

# "Die Präsidentin der Universität, Leonie Falkenrath, … „…“, sagte die Physikerin", "Bahnchef
# Ulrich Stemmer und Verkehrsministerin Corinna Wallner … Der Manager räumte ein", "… gegen den
# früheren Bürgermeister Wilfried Hagemann … erklärte der 61-Jährige", "sagte der 47 Jahre alte
# Tscheche": a definite noun for a person at the cue that no one was introduced with (read after
# `taken_up` and `epithets` linked nobody) stands for the one person of its gender named in the
# cue's paragraph and the one before, when every person named there has a known gender. Never
# when the noun (or any age) is written before the cue: then it may be someone else's ("Jan Ost
# kritisierte den Bürgermeister. „…“, sagte der Bürgermeister"); nor past an unnamed person ("ein
# Anwohner"). An age before a role ("der 47-jährige Trainer") first takes up the role alone.

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from summarizer import _data
from summarizer.attribution.lexicon.word_runs import run_ends
from summarizer.attribution.speakers.german_gender import person_gender
from summarizer.attribution.speakers.unnamed_people import unnamed_in

if TYPE_CHECKING:
    from summarizer.attribution.lexicon.cues import Mention
    from summarizer.attribution.speakers.roster import Roster

_SHAPE = re.compile(
    r"(?:(\d{1,3})(?:-jährige| Jahre alte) )?"
    r"(\d{1,3}-Jährige|[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)"
)
_AGES = re.compile(r"\d{1,3}(?:-[Jj]ährig| Jahre alt)|\(\d{1,3}\)|, \d{1,3},")
_INTRODUCED = re.compile(  # after the noun: a short complement, a comma, then the name
    r"(?: (?:des|der|von|vom|aus|im|am|beim|bei|in) [^,.;:!?()„“\n]{1,60})?,? "
)
_BARE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*[a-zäöüß]) \Z")  # a title right before a name
_COUNTED = re.compile(  # "zwölf Millionen Euro": a count's noun, no person
    r"(?<![\w-])(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zig|"
    r"hundert|tausend) \Z"
)
# the dead, mourned ("nach dem Tod von Feuerwehrmann X", "die verstorbene Y"): never the speaker
_MOURNED = re.compile(
    r"(?:[Vv]erstorbenen?|[Gg]etöteten?|Tod (?:von|des|der)|Trauer um|Gedenken an)"
    r"(?: [\w-]+){0,3} \Z"
)
_FEMININE_NOUNS = ("in", "e", "frau", "tochter", "mutter", "schwester", "person", "dame")
_EPITHETS = _data.load_toml("epithets.toml")["de"]
# a party's or a country's noun -> its names and adjectives ("Franzose": "französisch")
_TABLES: tuple[dict[str, list[str]], ...] = (_EPITHETS["parties"], _EPITHETS["countries"])
_SIGNS: dict[str, list[str]] = {**_EPITHETS["parties"], **_EPITHETS["countries"]}
_RANKS = tuple(_data.load_toml("roles_again.toml")["de"]["rank_prefixes"])
# a body's noun ends so ("der Lehrerverband", "der Stadtrat", "der Wetterdienst")
_BODIES = (*_data.load_toml("german.toml")["bodies"]["nouns"], "rat", "senat", "vorstand")
_BODIES += ("konzern", "tag", "ausschuss", "betrieb", "stab", "kreis", "bund", "dienst", "hof")
_BODIES += ("haus", "markt", "fonds", "amt", "team", "rat", "vorstand", "sender", "verlag")
# a firm's or a club's agent noun ("der Autobauer", "der Hersteller", "der Zweitligist", "der
# Veranstalter"): the body speaks, not its named head (review29)
_BODIES += ("autobauer", "zeugbauer", "anlagenbauer", "hersteller", "händler", "versorger")
_BODIES += ("anbieter", "betreiber", "veranstalter", "zulieferer", "versicherer", "discounter")
_BODIES += ("ligist", "aufsteiger", "absteiger", "gastgeber", "arbeitgeber", "vermieter")
# a role no longer held: "der frühere Trainer", "die ehemalige Ministerin"
_FORMER = re.compile(r"(?i)(?:früher|ehemalig|einstig|damalig|vormalig)e[nmrs]? \Z")
_USES = 8  # earlier uses of the noun read for an introduction
_REACH = 1500  # the paragraph before the cue's, bounded
_WIDE = 4000  # before the paragraph before: another person of the gender there links nobody
_PLURAL_VERB = re.compile(r"[a-zäöüß]+en")  # "sagten die Ärzte", "riefen die Gäste"
_LEAD = 90  # the role phrase before a name ("gegen den früheren Bürgermeister von Ostrau, ")
# an article, adjectives, the role, a short complement, then the name (with or without a comma)
_ROLE_BEFORE = re.compile(
    r"(?<!\w)([Dd]en|[Dd]em|[Dd]es|[Dd]er|[Dd]ie) (?:[a-zäöüß]+e[nmrs]? )*([A-ZÄÖÜ][\w-]*)"
    r"(?: (?:von|aus|des|der) [^,.;:!?()„“\n]{1,60})?,? $"
)

Link = Callable[["Roster", str, int, "Mention | None"], "str | None"]


def gendered(
    roster: Roster, words: str, mention: Mention | None, again: Link, named: list[tuple[int, str]]
) -> str | None:
    """The one person of the mention's gender in view, or None (`again`: the role linker;
    `named`: each person of the article and where first named, in text order)."""
    shape = _SHAPE.fullmatch(words)
    if roster.cues.family != "de" or mention is None or mention.kind != "role" or not shape:
        return None
    text, at = roster.text, mention.at
    age, head = shape.group(1), shape.group(2)
    if age and _first(text, _AGES.pattern) > at:  # "der 47-jährige Trainer": the role alone
        found = again(roster, head, at, replace(mention, words=head))
        if found and found != head:
            return found
    wanted = _wanted(text, at, head)
    if wanted is None or _plural(text, at) or not _personal(head.lower(), roster):
        return None  # "der Lehrerverband", "der Stadtrat": a body
    person: str | None = None
    if _signed_other(text, _paragraph_before(text, at), at, head):
        return None  # "die Sozialdemokratin" after "Die CDU-Abgeordnete Eva Roth"
    if _written_before(text, at, head):
        held = _introduced_as(
            text, at, head, named, _office(head, at, roster)
        )  # "Die neue Präsidentin des Vereins, X,"
        person = held[1] if held and _gender(roster, *held) == wanted else None
    elif not _office(head, at, roster) and not _epicene(head, wanted):  # "der Minister": nobody
        person = _one_of(roster, at, wanted, named)
    if person is not None:
        roster.linked[at] = person  # a guess, never sure (`linked_again`)
    return person


def _plural(text: str, at: int) -> bool:
    """Whether the cue verb right before the mention's article is plural ("sagten die Ärzte")."""
    before = text[max(0, at - 30) : at].split()
    return len(before) >= 2 and _PLURAL_VERB.fullmatch(before[-2]) is not None


# "die Abgeordnete" is a woman, "die Legende", "die Ikone", "die Koryphäe" may be a man: a noun in
# -e (no age's) marks a woman only where it introduced her ("Die Abgeordnete Nadine Vogt")
def _epicene(head: str, wanted: str) -> bool:
    """Whether a woman is read from "die" and an -e alone ("die Legende"; "der Eidgenosse" is a
    man, "die 45-Jährige" a woman)."""
    return wanted == "feminine" and head.endswith("e") and not head[0].isdigit()


def _personal(noun: str, roster: Roster) -> bool:
    """Whether a noun may be a person's ("Physikerin", "Dekan"), no body's ("Lehrerverband")."""
    return not noun.endswith(_BODIES) and not any(noun.endswith(org) for org in roster.orgs)


def _wanted(text: str, at: int, head: str) -> str | None:
    """The gender the nominative article before the mention and its noun mark, or None."""
    article = text[max(0, at - 4) : at].split()[-1:]
    article = [a.lower() for a in article]
    if head.endswith("in") and article == ["die"]:
        return "feminine"
    if article == ["der"] and not head.endswith(("in", "en")):
        return "masculine"
    return "feminine" if article == ["die"] and head.endswith("e") else None


def _written_before(text: str, at: int, head: str) -> bool:
    """Whether the noun, or any age for an age's noun, is written before the cue."""
    if head[0].isdigit() or _first(text, _AGES.pattern) < at:
        return _first(text, _AGES.pattern) < at
    stem = re.escape(_stem(head))
    signs = "|".join(re.escape(sign) for sign in _SIGNS.get(head.lower(), ()))
    signed = bool(signs) and _first(text, rf"(?<![\w-])(?:{signs})") < at  # "französischen"
    return signed or _first(text, rf"(?i){stem}") < at  # "Vizekanzler" for "der Kanzler" too


def _stem(noun: str) -> str:
    """The noun without a feminine or a weak ending ("Physikerin", "Tscheche": "Physiker")."""
    return noun[:-2] if noun.endswith("in") else noun.rstrip("e")


# "der Minister", "die Kanzlerin": an office stands only for one given it (`taken_up`); a compound
# of an office ("Polizeisprecher") only where that office is written for no one before it
def _office(head: str, at: int, roster: Roster) -> bool:
    """Whether `head` is an office of the title list, or a compound of one written before."""
    lower, titles = head.lower(), roster.cues.titles
    if lower in titles or _stem(lower) in titles:
        return True
    if lower.endswith(("sprecher", "sprecherin")):
        return True  # "der Polizeisprecher" speaks for a body, not of its suspect (review29)
    held = [t for t in titles if len(t) > 3 and lower.endswith(t)]
    return any(_first(roster.text, rf"(?i){re.escape(_stem(t))}") < at for t in held)


def _signed_other(text: str, start: int, at: int, head: str) -> bool:
    """Whether another party or country than the noun's is written in view ("CDU-Abgeordnete"
    for "die Sozialdemokratin")."""
    table = next((t for t in _TABLES if head.lower() in t), None)
    if table is None:
        return False
    others = {sign for signs in table.values() for sign in signs} - set(table[head.lower()])
    return any(re.search(rf"(?<![\w-]){re.escape(sign)}", text[start:at]) for sign in others)


# Each pattern's first match read once per article: every cue only compares (linear). Only the
# first is asked for, so the search stops there, not at the text's end (despeed31).
@functools.lru_cache(maxsize=256)
def _first(text: str, pattern: str) -> float:
    """Where the first match of `pattern` in `text` ends, or infinity."""
    found = re.search(pattern, text)
    return found.end() if found else math.inf


# "Die neue Präsidentin des Vereins aus Kornbach, Imke Tessendorf,", "Präsidentin Imke
# Tessendorf": each time the noun is written before the cue it introduces the same person
def _introduced_as(
    text: str, at: int, head: str, named: list[tuple[int, str]], office: bool
) -> tuple[int, str] | None:
    """The one person every earlier use of the noun `head` introduces, or None."""
    uses = run_ends(text, head.lower(), head)  # "[\w-]*head" or "Head" as a whole word
    found = set()
    for end in uses[: bisect_left(uses, at)][:_USES]:  # bounded: a few introductions at most
        begin = text.rfind(" ", 0, end) + 1
        compound = text[begin:end].lower()  # "Gesundheitsdezernent"
        if compound.startswith(_RANKS) or (compound != head.lower() and office):
            return None  # "Vizekanzler" is no "Kanzler", "Staatsanwalt" no "Anwalt"
        if _FORMER.search(text, max(0, begin - 20), begin):
            return None  # "Der frühere Trainer Jan Ost": "der Trainer" is someone else now
        after = _INTRODUCED.match(text, end)
        index = bisect_left(named, (after.end(), "")) if after else len(named)
        person = named[index] if index < len(named) else None
        found.add(person if person and after and person[0] == after.end() else None)
    return found.pop() if len(found) == 1 else None


def _one_of(roster: Roster, at: int, wanted: str, named: list[tuple[int, str]]) -> str | None:
    """The one person of gender `wanted` named in view before `at`, all genders known."""
    text = roster.text
    start = _paragraph_before(text, at)
    people = named[bisect_left(named, (start, "")) : bisect_left(named, (at, ""))]
    people = [(pos, name) for pos, name in people if not _spoken_of(text, pos)]
    if not people or unnamed_in(text[start:at]):
        return None  # "Dort wartete eine Anwohnerin": the noun may be hers
    genders = {name.split()[-1]: _gender(roster, pos, name) for pos, name in people}
    if None in genders.values():
        return None
    fits = [name for _, name in people if genders[name.split()[-1]] == wanted]
    earlier = named[bisect_left(named, (start - _WIDE, "")) : bisect_left(named, (start, ""))]
    fits += [name for pos, name in earlier if _gender(roster, pos, name) == wanted]
    return fits[0] if len({name.split()[-1] for name in fits}) == 1 else None


def _spoken_of(text: str, pos: int) -> bool:
    """Whether the name at `pos` is a count's noun ("zwölf Millionen") or one mourned."""
    return bool(_COUNTED.search(text, max(0, pos - 20), pos)) or bool(
        _MOURNED.search(text, max(0, pos - _LEAD), pos)
    )


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one at `at` starts (a bounded reach)."""
    floor = max(0, at - _REACH)
    own = text.rfind("\n", floor, at)
    if own < 0:
        return floor
    return floor + text[floor:own].rstrip("\n").rfind("\n") + 1


def role_gender(roster: Roster, pos: int, name: str) -> str | None:
    """The gender the German article marks for the person named at `pos` (`_gender`)."""
    return _gender(roster, pos, name) if roster.cues.family == "de" else None


def _gender(roster: Roster, pos: int, name: str) -> str | None:
    """The gender the article marks for the person named at `pos`: its title, first name,
    apposition, or the role phrase before it with any article ("gegen den früheren Richter")."""
    known = person_gender(roster.text, pos, name, roster.cues)
    if known:
        return known
    bare = _BARE.search(roster.text[max(0, pos - _LEAD) : pos])
    if bare and " " in name:  # "und Dekan Edwin Sauerbier": a man's title
        word = bare.group(1).lower()
        opening = roster.text[max(0, pos - len(word) - 3) : pos - len(word) - 1].strip() in ".!?"
        if word.endswith(("in", "innen")) and len(word) > 5:
            return "feminine"  # "Landrätin Wiebke Sandmeier", "Die Schwimmerinnen Lina Koch"
        if word.endswith("en"):
            return None  # "Die Bundestagsabgeordneten Lars Heinrich": a plural tells no gender
        if not word.endswith(_FEMININE_NOUNS) and not opening:
            return "masculine"
    role = _ROLE_BEFORE.search(roster.text, max(0, pos - _LEAD), pos)
    if role is None or role.group(2).endswith(("en", "ern")):
        return None  # "den Bürgermeistern": a plural dative
    article, noun = role.group(1).lower(), role.group(2)
    if noun.endswith("in"):
        return "feminine"  # "die Präsidentin", "der Hochschulchefin"
    if article == "die":
        return "feminine" if noun.endswith("e") else None  # "die Abgeordnete"; "die Trainer"
    return "masculine"  # "Der neue Trainer des HC Lübbenau,", "gegen den früheren Richter"
