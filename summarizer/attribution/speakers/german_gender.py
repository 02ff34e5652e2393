"""Whom a German "er" or "sie" stands for: the one person in view of no other gender, or nobody."""
# "Angela Merkel sprach in Berlin. „…“, sagte er." names nobody: the article marks her a woman by
# her first name, her title ("Bundeskanzlerin", "SPD-Chefin") or "Frau"; a plural verb ("sagten
# sie") stands for several people, never one.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.frames.groups import group_mention
from summarizer.attribution.german.casing import two_words
from summarizer.attribution.german.german_bracket import title_gender
from summarizer.attribution.german.german_inverted import mentions
from summarizer.attribution.german.particled import RANK_WORDS, ranked
from summarizer.attribution.german.role_opened import (
    ARTICLE_GENDERS,
    NOMINALISED_PERSON,
    person_genitive,
)
from summarizer.attribution.german.roles import role_word
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.agreement import name_gender
from summarizer.attribution.speakers.described_gender import other_gender

_LEAD = 40  # how far before a name its title may stand
_REACH = 2000  # where the last person named before is looked for: bounded, linear
# A lone noun for a person is named as a subject, in the nominative, where its article tells its
# gender (`ARTICLE_GENDERS`; a plural, "die Bauern", is never one "er").
_ROLE_SURNAME = _data.load_toml("german.toml")["role_surname"]
_EPITHETS = frozenset(_ROLE_SURNAME["epithets"])
_KIN = tuple(_ROLE_SURNAME["kin"])
_KIN_WORDS = frozenset(_KIN)
_OWNERS = tuple(_ROLE_SURNAME["owners"])  # "seine Ehefrau", "dessen Frau": an owner's kin
_APPOSED_REACH = 120  # the role phrase before an apposed name: bounded
_GENITIVE_WORDS = 8  # an article, its noun and genitives before an apposed name
# an article, lower-case adjectives, the role's noun, its genitive complement, then the comma
_APPOSED = re.compile(
    r"(?<!\w)([Dd]er|[Dd]ie) (?:[a-zäöüß]+e[nr]? )*([A-ZÄÖÜ][\w-]*)"
    r"(?: (?:des|der) [^,.;:!?()„“\n]{1,80})?, $"
)
_KIN_APPOSED = re.compile(r"(?i:" + "|".join(_KIN) + r"), $")


def person_gender(text: str, at: int, name: str, cues: Cues) -> str | None:
    """The gender the article marks for `name` standing at `at`: first name, title, "Frau"."""
    before = list(TOKEN.finditer(text, max(0, at - _LEAD), at))[-1:]
    lead = [t.group() for t in before if not text[t.end() : at].strip()]  # "Ministerin Eva Roth"
    own = TOKEN.findall(text, at, at + len(name) + _LEAD)
    own = own[: own.index(name.split()[0])] if name.split()[0] in own else own[:1]
    titles = [title_gender(w, cues) for w in (*lead, *own) if w[0].isupper()]  # "Die SPD-Chefin"
    titles = [marked for marked in titles if marked]
    if not titles and " " not in name and lead:  # "versetzte der Graf", "rief die Räthin"
        titles = [ARTICLE_GENDERS.get(lead[-1].lower())]
    titles = titles or [apposed_gender(text, at, cues)]
    marks = {titles[-1] if titles else None, given_gender(name)}
    written = next((w for w in (name, name.split()[-1]) if text.startswith(w, at)), "")
    if marks == {None} and written:  # "Boemi" where the article names "Salvatore Boemi"
        marks.add(name_gender(text, at, written, cues))
    if marks == {None} and " " in name:  # "Talvo Merunek … Frau Merunek"
        marks.add(addressed_gender(text, at, name, cues))
    marks.discard(None)
    return marks.pop() if len(marks) == 1 else None


# "der Vorsitzende des Ausschusses, Talvo Merunek (SPD),": a role set off before the name marks
# its gender though no list knows the first name: by the role's own ending ("Sprecherin"), or by
# a nominative's article before a nominalised participle or adjective in -nde/-te ("der
# Vorsitzende" a man, "die Abgeordnete" a woman; the dative and genitive "der Vorsitzenden" tell
# nothing). A noun that is feminine only in grammar ("die Spitze", "die Ikone") marks no woman.
def apposed_gender(text: str, at: int, cues: Cues) -> str | None:
    """The gender a role apposed right before the name at `at` marks, or None."""
    found = _APPOSED.search(text, max(0, at - _APPOSED_REACH), at)
    if found is None or person_genitive(TOKEN.findall(found.group()), cues):
        return None  # "die Tochter des Vorsitzenden, X": the name is his, the role hers
    article, role = found.group(1).lower(), found.group(2)
    marked = title_gender(role, cues)
    return marked or (ARTICLE_GENDERS[article] if role.endswith(NOMINALISED_PERSON) else None)


# "Gestern lobte Talvo Merunek den Plan. … Frau Merunek": an address or a title right before the
# lone surname near the name marks the gender its unknown first name does not. An address in a
# sentence that names kin or an owner ("Frau Merunek, seine Ehefrau,") is another person's.
def addressed_gender(text: str, at: int, name: str, cues: Cues) -> str | None:
    """The one gender the titles before `name`'s lone surname within `_REACH` mark, or None."""
    first, surname = name.split()[0], name.split()[-1]
    marks = set()
    for found in mentions(text, surname, max(0, at - _REACH), min(len(text), at + _REACH)):
        before = TOKEN.findall(text, max(0, found - _LEAD), found)[-1:]
        if before and before[0] != first and text.endswith(before[0] + " ", 0, found):
            own = before[0][:1].isupper() and not _kin_sentence(text, found)
            marks.add(title_gender(before[0], cues) if own else None)
    marks.discard(None)
    return marks.pop() if len(marks) == 1 else None


def _kin_sentence(text: str, at: int) -> bool:
    """Whether the sentence around `at` (within `_LEAD`) names kin or has a possessive."""
    low, high = max(0, at - _LEAD), min(len(text), at + _LEAD)
    start = max(text.rfind(stop, low, at) for stop in ".!?")
    ends = [end for end in (text.find(stop, at, high) for stop in ".!?") if end >= 0]
    words = TOKEN.findall(text, max(low, start + 1), min(ends, default=high))
    return any(w.lower() in _KIN_WORDS or w.lower().startswith(_OWNERS) for w in words)


def _gender(text: str, at: int, name: str, cues: Cues) -> str | None:
    """The gender of `name` at `at`, or by its first name alone where it was not found."""
    return person_gender(text, at, name, cues) if at >= 0 else given_gender(name)


# "Gemeinderat Josef Eder", "Matchwinner Jonas Keller": a sentence that opens with a role and no
# article runs the role into the name; the first known given name before the surname marks it.
def given_gender(name: str) -> str | None:
    """The gender of the first word of `name` before its surname that is a known first name."""
    words = name.split()
    return next(filter(None, (first_name(word, "de") for word in words[:-1])), None)


# "Stürmer Jonas Keller traf. Matchwinner Keller jubelte.": a role and a surname are the one
# person the article names in full with that surname (two with it, "Jana"/"Hanna Reichert", a
# gender that differs, "Trainerin Keller", or a word of address, "Frau Keller", stay apart).
def _merged(named: dict[str, int], text: str, cues: Cues) -> dict[str, int]:
    """`named` with each role-and-surname folded into the one full name that ends the same."""
    merged = dict(named)
    for name, at in named.items():
        if given_gender(name) or ranked(name.split()[0], name.split()[-1]):
            continue  # "Frau Keller", "Graf Keller": a word of address may mark another person
        full = [n for n in named if n != name and n.split()[-1] == name.split()[-1]]
        if len(full) != 1 or not given_gender(full[0]) or _another(text, at, name, full[0]):
            continue
        own = {title_gender(w, cues) for w in name.split()[:-1]} | {_gender(text, at, name, cues)}
        if own - {None} <= {_gender(text, named[full[0]], full[0], cues)}:
            merged.pop(name, None)
            merged[full[0]] = max(at, named[full[0]])
    return merged


def _another(text: str, at: int, name: str, full: str) -> bool:
    """Whether a role and a surname may be a person other than the full name with it."""
    role = name.split()[0].lower()
    if role.endswith(_KIN) or _KIN_APPOSED.search(text, max(0, at - _LEAD), max(0, at)):
        return True  # "Großvater Keller", "Sein Vater, Trainer Keller": a relative
    return role not in _EPITHETS and role != full.split()[0].lower()


# "Gemeinderat Josef Eder", "Kapitänin Lea Roth": a role run into the name at a sentence's start
# is no part of it; only a role noun the lexicon knows goes before a known given name, never an
# unknown word that may be a first name itself ("Tamara Anna Roth", "Kjell Peter Sommer").
def without_role(name: str, cues: Cues) -> str:
    """`name` without a leading role word run into it."""
    words = name.split()
    if len(words) < 3 or first_name(words[0], "de") or not first_name(words[1], "de"):
        return name
    return " ".join(words[1:]) if role_word(words[0], cues) else name


def pronoun_speaker(
    text: str, mention: Mention, people: list[tuple[str, int]], last: str | None, cues: Cues
) -> str | None:
    """The person `mention` ("er", "sie") stands for among `people` (name, where), else `last`."""
    # a Konjunktiv's subject stands right before it, unread ("Er habe", "das heiße": no gender)
    pronoun = mention.words or "".join(TOKEN.findall(text, max(0, mention.at - 5), mention.at)[-1:])
    wanted = gender_of(pronoun, cues)
    verb = TOKEN.findall(mention.cue.lower())
    if wanted and verb and verb[0].endswith("en"):  # "sagten sie", "sie seien": several people
        return None
    if wanted and group_mention(last, cues):  # „…“, sagten Anwälte. „…“, sagte sie: not them
        last = None
    named = _merged({name: at for name, at in people if two_words(name, text)}, text, cues)
    if not named and last and cues.coordinating.isdisjoint(last.split()):  # not "Lenz und Marx"
        named = {last: text.rfind(last, max(0, mention.at - _REACH), mention.at)}
    named = {n: at for n, at in named.items() if not other_gender(text, n, mention, wanted, cues)}
    marked = {name: _gender(text, at, name, cues) for name, at in named.items()}
    fits = [name for name, gender in marked.items() if None in (gender, wanted) or gender == wanted]
    if len(fits) != 1 or (not mention.words and len(named) > 1):
        return None  # "Ems kritisierte Jan Roth. Er habe „…“": the one reported on, or hers
    if wanted and older_print(text) and _another_subject(text, fits[0], mention.at, wanted):
        return None
    if wanted and _another_named(text, fits[0], mention.at, wanted, cues):
        return None  # "Anna Lenz traf Petra Pau. Sie hob …": either woman
    fit = fits[0] if len(named) == 1 or (wanted and marked[fits[0]] == wanted) else None
    return without_role(fit, cues) if fit else None


# Older narrative brings in its people as "Der König", "Die Alte" or a first name opening a
# sentence: "Der Bauer sprach: … Der König, der es hörte, ritt näher. „…“ fragte er." An "er"
# after a sentence whose subject is another person of its gender may be either: nobody, rather
# than the one named before.
# A rank before the name ("Abg. Bebel (Soc.) erklärt, …") marks no gender: another person too.
_RANKS = "|".join(re.escape(r) for r in RANK_WORDS)
_SUBJECT = re.compile(
    rf"(?:(?<=[.!?] )|(?<=\n))(?:(Der|Die|(?:{_RANKS})\.?) )?([A-ZÄÖÜ]\w+)(?=[ ,])"
)


def _another_subject(text: str, name: str, at: int, wanted: str) -> bool:
    """Whether a sentence after `name`'s last mention before `at` opens with another such one."""
    head = name.split()[-1]
    start = text.rfind(head, max(0, at - _REACH), at)
    if start < 0:
        return False
    for found in _SUBJECT.finditer(text, start, at):
        article, noun = found.groups()
        marked = ARTICLE_GENDERS.get(article.lower(), wanted) if article else first_name(noun, "de")
        if noun != head and marked == wanted:
            return True
    return False


# "Anna Lenz traf Petra Pau in Berlin. Sie wurde … zitiert": the object is named in full too, by
# a first name of the pronoun's gender, so "sie" may be either woman.
_FULL = re.compile(r"(?<![\w-])([A-ZÄÖÜ]\w+) [A-ZÄÖÜ]\w+")
_CAPITAL = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")  # each word's start: a role before a name too
_QUOTES = frozenset("„“\"»«‚'")
_NEXT = re.compile(r"[ -]([A-ZÄÖÜ]\w+)")  # "Maria Montessori Schule", "Maria Montessori-Schule"
_PLACE_NOUNS = tuple(_data.load_toml("german.toml")["named_things"]["nouns"])


def _another_named(text: str, name: str, at: int, wanted: str, cues: Cues) -> bool:
    """Whether a full name of the pronoun's gender follows `name`'s last mention before `at`."""
    start = text.rfind(name, max(0, at - _REACH), at)
    if start < 0:
        return False
    # "Ali … Alice Schwarzer … Ali bekannte sich": from the last mention of the surname
    start = max(mentions(text, name.split()[-1], start, at), default=start)
    for capital in _CAPITAL.finditer(text, start + 1, at):  # "Landrat Jörg Weidner" too
        found = _FULL.match(text, capital.start(), at)
        if found is None:
            continue
        other = found.group() != name and not _named_thing(text, found)
        given = first_name(found.group(1), "de")
        if other and (given == wanted or (given is None and _genitive_person(text, found, cues))):
            return True
    return False


# "verteidigte die Tochter des Vorsitzenden, Talvo Merunek, den Plan": the chairman, named in
# apposition to a genitive, is a person of no known gender, so either "er" or "sie" may be his.
def _genitive_person(text: str, found: re.Match[str], cues: Cues) -> bool:
    """Whether a name is set off by a comma after a phrase whose genitive names a person."""
    head = text[max(0, found.start() - _APPOSED_REACH) : found.start()]
    if not head.endswith(", "):
        return False
    phrase = re.split(r"[,.;:!?\n]", head[:-2])[-1]
    return person_genitive(TOKEN.findall(phrase)[-_GENITIVE_WORDS:], cues)


# "die Klinik „Maria Hilf“", "die Maria Montessori Schule": a person's name inside quotation
# marks, or before a noun for a building, street or body, names that thing, not a second person.
def _named_thing(text: str, found: re.Match[str]) -> bool:
    """Whether a first name and a capital stand quoted or before a named place's noun."""
    if text[found.start() - 1 : found.start()] in _QUOTES:
        return True
    after = _NEXT.match(text, found.end())
    return after is not None and after.group(1).lower().endswith(_PLACE_NOUNS)
