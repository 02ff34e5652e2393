"""The canonical form of a name mention: titles, stop words, possessives and suffixes off."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable

from summarizer import _data
from summarizer.attribution.frames import foreign_dative as foreign
from summarizer.attribution.frames.acronyms import labelled
from summarizer.attribution.frames.clauses import TOKEN, particle, surname
from summarizer.attribution.frames.forenames import forenamed, honorifics
from summarizer.attribution.frames.front_particle import front_particle
from summarizer.attribution.frames.initials import initials_and_surname, lone_initial
from summarizer.attribution.frames.regnal import regnal
from summarizer.attribution.frames.role_genitive import genitive_complement
from summarizer.attribution.frames.runs import PARTICLES
from summarizer.attribution.frames.subjects import POSSESSIVE
from summarizer.attribution.frames.three_words import opens_told, whole_three
from summarizer.attribution.frames.told_women import forename_told_last, womans_dative
from summarizer.attribution.german.roles import name_title, past_body
from summarizer.attribution.lexicon.cues import Cues

NAME_SUFFIXES = frozenset(_data.load_toml("names.toml")["suffixes"])
_INNER = PARTICLES | frozenset(_data.load_toml("names.toml")["prepositional_particles"])
_PARTS = _data.load_toml("particles.toml")
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    part: {family: tuple(grammar.get(part, ())) for family, grammar in _PARTS.items()}
    for part in ("oblique_endings", "indeclinable_surnames", "indeclinable_endings")
}
_OBLIQUE, _FIXED, _INDECLINABLE = _ENDINGS.values()
_TOLD_PARTS = (
    "dative_surnames",
    "lone_surnames",
    "dative_after_consonant",
    "feminine_datives",
    "genitive_forenames",
    "adjectival_datives",
)
_TOLD: dict[str, list[tuple[str, ...]]] = {
    family: [tuple(grammar.get(part, ())) for part in _TOLD_PARTS]
    for family, grammar in _PARTS.items()
}
_SURNAME_LETTERS = 5  # a lone surname so shaped is no short East Asian surname ("Ли Шэнфу")
_TOLD_FORENAME = 2  # "Си", "Ли": a Chinese surname before a given name in the dative
_CYRILLIC = re.compile("[а-яёА-ЯЁ]")
_LATIN = re.compile("[A-Za-z]")
NAME_WORDS = 2
_VOWELS = frozenset("аеёиоуыэюяaeiouy")
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")


def canonical(words: str, cues: Cues) -> str:
    """The name without leading stop words, titles and a trailing possessive."""
    tokens, regnal = _unowned(words)
    while len(tokens) > 1 and tokens[-1].lower() in NAME_SUFFIXES:
        tokens.pop()  # first: "King" before "Jr" ends the name, no title ("Martin Luther King Jr")
    for index in range(len(tokens) - 1, -1, -1):
        lower = tokens[index].lower().rstrip(".")
        if any(part(tokens, index, cues) for part in (surname, particle, front_particle)):
            continue  # "Le Pen": a capitalised particle opening it is the surname's, no article
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
    tokens = _russian(tokens, "." in words, cues) if cues.patronymics and tokens else tokens
    tokens = tokens[0 if cues.patronymics else labelled(tokens) :]  # "LFI Éric Coquerel"
    # An initial keeps its period ("Joseph T. Harlow"), never ends a name ("Joseph R").
    while tokens and len(tokens[-1]) == 1:
        tokens.pop()
    kept = (
        f"{t}." if t.isupper() and _INITIALS.fullmatch(t) else t
        for i, t in enumerate(tokens)
        if t[0].isupper() or (t in _INNER and 0 < i < len(tokens) - 1)
    )
    return " ".join(kept)


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


# "МИД Украины Павел Климкин": past the one told and the media, the last two or three words.
def _russian(tokens: list[str], dotted: bool, cues: Cues) -> list[str]:
    """A Russian run's name: initials and surname as written, else the speaker's last words."""
    if initialled := initials_and_surname(tokens, dotted, cues.complement_endings):
        return initialled
    if told := opens_told(tokens):
        tokens = tokens[:-told]  # "Лавров Сергею Шойгу", "Волкова Петра (Смирнова)": the one told
    tokens = _speaker_words(tokens, cues)
    return _last_two(tokens, cues) if len(tokens) > 2 else tokens


# A particle inside the name is no word of its own: "Франции Шарль де Голль" -> "Шарль де Голль".
def _last_two(tokens: list[str], cues: Cues) -> list[str]:
    """A Russian name's last two words, three with a patronymic or an initial ("Игорь В.")."""
    words = [i for i in range(len(tokens)) if not particle(tokens, i, cues)]
    if len(words) < 3 or foreign.syllabic([tokens[i] for i in words]):
        return tokens  # "Ким Чен Ын": three syllables of one name
    if _told(tokens, words, cues):  # "Иван Петров Анне Смирновой": the subject, then the one told
        words, tokens = words[:-2], tokens[: words[-2]]
        if len(words) < NAME_WORDS:
            return tokens  # "Лукашенко Ксении Собчак": a lone surname speaks
    if whole_three([tokens[i] for i in words[-3:]]):  # "Реджеп Тайип Эрдоган": one name
        return tokens[words[-3] :]
    middle = tokens[words[-2]].endswith(cues.patronymics) or len(tokens[words[-2]]) == 1
    return tokens[words[-3] :] if middle else tokens[words[-2] :]


# A name in the nominative ends in none of the short oblique endings; one in the dative
# or another oblique case ends in one of the longer list ("Смирновой", "Орлову"), its first
# name perhaps in none ("Джо Байдену").
def _told(tokens: list[str], words: list[int], cues: Cues) -> bool:
    """Whether the last two of four name words (three: `womans_dative`) are another's, oblique."""
    subject, told = [tokens[i] for i in words[-4:-2]], [tokens[i] for i in words[-2:]]
    hers = cues.family == "ru" and len(words) >= 3 and womans_dative(told, len(words) == 3)
    if len(words) < 4 and not hers:
        return False
    oblique = _OBLIQUE.get(cues.family, ())
    # "Сергей", "Андрей": a man's first name in -ей is nominative (a woman's oblique is "Марией")
    masculine = subject[0].endswith("ей") and not subject[0].endswith(cues.feminine_oblique)
    plain = masculine or not any(w.endswith(cues.oblique_endings) for w in subject)
    forename = told[0].endswith((*oblique, *_INDECLINABLE.get(cues.family, ())))
    # an undeclined surname takes its case from the first name's ending ("Никите Белых")
    fixed = told[0].endswith(oblique) and told[1].endswith(_FIXED.get(cues.family, ()))
    return bool(oblique) and plain and (hers or (forename and (told[1].endswith(oblique) or fixed)))


# An acronym, a word in Latin letters or one with lower-case parts is no word of a Russian name:
# the medium told or quoting ("цитирует Пескова ТАСС", "заявил Лавров Reuters", "Би-би-си").
def _speaker_words(tokens: list[str], cues: Cues) -> list[str]:
    """A Russian name run without the one told in the dative and without media's names."""
    cyrillic = any(_CYRILLIC.match(t) for t in tokens)
    named = foreign.untold_syllables([t for t in tokens if not _medium(t, cyrillic)] or tokens)
    adjectival = _TOLD.get(cues.family, [()] * len(_TOLD_PARTS))[-1]
    if all(t.endswith(adjectival) for t in named):
        return []  # "— сказал в интервью Первому каналу": the one told alone
    first = 1 if named[0].endswith(adjectival) else foreign.told_before(named)
    if len(named) > 1 and named[0][:1].isupper() and first:
        named = named[first:]  # "— сказал Жириновскому Лукашенко", "Блинкену Лавров": told first
    if len(named) > 1 and (_told_last(named, cues) or _undeclined(named, cues)):
        named = named[:-1]  # "Шойгу Путину": the one told last
        short = len(named) == NAME_WORDS and len(named[-1]) <= _TOLD_FORENAME
        named = named[:-1] if short else named  # "Путин Си Цзиньпину": his surname is told too
    return named


def _undeclined(named: list[str], cues: Cues) -> bool:
    """Whether a Russian run is a surname and the undeclined one of the one told after it."""
    return cues.family == "ru" and len(named) == NAME_WORDS and foreign.undeclined_told(*named)


def _medium(word: str, cyrillic: bool) -> bool:
    """Whether a word of a Russian name run names a medium, not a person."""
    lowered = any(part[:1].islower() for part in word.split("-")[1:])
    latin = cyrillic and _LATIN.match(word) is not None
    return (len(word) > 1 and word.isupper()) or lowered or latin


# A surname in the dative ends a name run after a cue ("— заявил Шойгу Путину"); so does a
# foreign surname in a consonant and -у after a word that can only be a surname ("Лавров
# Блинкену"); after a first name that ending is the surname's own ("Сергей Шойгу").
def _told_last(tokens: list[str], cues: Cues) -> bool:
    """Whether the last word of a Russian name run is a listener's surname in the dative."""
    dative, lone, after_consonant, feminine, forenames, _ = _TOLD.get(cues.family) or [()] * 6
    if _told(tokens, [i for i in range(len(tokens)) if not particle(tokens, i, cues)], cues):
        return False  # "Олег Зуев Вере Климовой": a full name told, cut off as a pair
    if cues.family == "ru" and forename_told_last(tokens):
        return True  # "Ирина Роднина Марии"
    last, before = tokens[-1], tokens[-2]
    if not (last[:1].isupper() and before[:1].isupper()) or len(last) <= 3:
        return False
    if last.endswith(dative):
        return True
    consonant = last[-2].lower() not in _VOWELS and last.endswith(after_consonant)
    # a woman's dative ends in no Chinese given name: a shorter surname will do ("Моро Климовой")
    letters = _SURNAME_LETTERS - (not consonant)
    alone = len(before) >= letters and before.endswith(lone) and not before.endswith(forenames)
    # a first name may end in a vowel too ("Николае Чаушеску", "Паулу Рангелу"): before a
    # consonant and -у only a surname's own ending makes the word a lone surname
    slavic = before[-1].lower() not in _VOWELS or before.endswith(("ова", "ева", "ёва", "ская"))
    # "Биньямин Нетаньяху" as "Путин Шойгу": -ин ends first names too, and a velar's -у a
    # surname's nominative; `told_pairs` reads the pair by the article
    consonant = consonant and not (before.endswith(("ин", "ын")) and last[-2].lower() in "гкх")
    return alone and ((consonant and slavic) or last.endswith(feminine))


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
