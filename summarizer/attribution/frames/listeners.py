"""Who a cue's words address or where they were said: the listener or place before its subject."""
# "сказал РИА Новости источник", "dijo a Efe Marta Solís", "заявила в Совете Федерации X": the
# words between a verb-first cue and its subject that are never the speaker.

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from itertools import pairwise, takewhile

from summarizer import _data
from summarizer.attribution.frames.accusative import asked_first
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.elision import elided
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.frames.place_case import place_words
from summarizer.attribution.frames.runs import adjacent
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import PARTICLES

NAME_WORDS = 2
"""The words of a name at the end of a longer capitalised run ("a Efe Marta Solís")."""
_LISTENER_WORDS = 3
_DESCRIBING = 2
_CLOSERS = ' \t»"”'
_OPENERS = '«"“„'
_CLOSING = re.compile('[»"”“]')
_OWNER = re.compile(r"['’]s\s+[a-z]")
_CITED_WORDS = 4  # a source's name: a first name, initials and a surname
_CITED_REACH = 30  # the cue's words right before it
_TOLD_WORDS = 2  # a first name and a surname in the dative before the speaker's name
_DATIVES = {
    family: tuple(grammar.get("dative_surnames", ()))
    for family, grammar in _data.load_toml("particles.toml").items()
}
_CITING = {
    family: tuple(grammar.get("citing", ()))
    for family, grammar in _data.load_toml("particles.toml").items()
}
_PERSONAL = defaultdict(
    tuple,
    {
        family: tuple(e for ends in grammar["gender"]["verb_endings"].values() for e in ends)
        for family, grammar in _data.load_toml("particles.toml").items()
        if "gender" in grammar
    },
)
_TOLD_NAMES = {
    family: (tuple(grammar.get("told_forenames", ())), tuple(grammar.get("told_surnames", ())))
    for family, grammar in _data.load_toml("particles.toml").items()
}


# `tokens` come after a cue ending at `start`. A capitalised word after a preposition and the
# words in an oblique case after it ("написала в Instagram певица X", "заявила в Совете Федерации
# X"), or a capitalised run right before a lower-case role or anonymous word ("сказал РИА Новости
# источник", "заявил Интерфаксу глава ведомства"); 0 when there is none.
def listener(text: str, tokens: list[re.Match[str]], start: int, cues: Cues) -> int:
    """How many words at the front of `tokens` name a listener or a place, not the subject."""
    if cues.contractions:
        return _romance_listener(text, tokens, start, cues)
    if not cues.patronymics:
        return 0
    if tokens and opened(text, tokens[0].start()):  # "рассказала «Вестнику» Зоя Малкина"
        close = _CLOSING.search(text, tokens[0].end())
        end = close.start() if close else len(text)
        quoted = sum(1 for t in tokens if t.end() <= end)
        return quoted if quoted < len(tokens) else 0  # "Как сообщает «Интерфакс», «…»"
    index = 0
    while index < min(len(tokens), _LISTENER_WORDS) and tokens[index].group()[0].isupper():
        index += 1
    lead = TOKEN.findall(text, start, tokens[0].start()) if index else []
    if lead and lead[-1].lower() in cues.governing:  # "в Совете Федерации", not the name after
        return place_words([t.group() for t in tokens[:index]], cues)
    if index == 0 or index == len(tokens):
        return 0
    word = tokens[index].group()
    # a word or two may describe the role: "сообщила РИА Новости официальный представитель"
    lead = [t.group() for t in tokens[index : index + _DESCRIBING + 1]]
    heads = [w for w in lead if w in cues.indefinite or w in cues.titles][:1]
    described = heads and all(w.islower() for w in lead[: lead.index(heads[0])])
    subject = word in cues.indefinite or word in cues.titles or bool(described)
    # a quoted paper is a listener too: "заявил «Вестнику» глава комиссии"
    touching = not text[tokens[index - 1].end() : tokens[index].start()].strip(_CLOSERS)
    return index if subject and touching else 0


# "«…», dijo a Efe.": the agency told, no subject after the cue (its dropped "él" speaks); "dijo a
# Efe Carmen Ortiz" keeps her name.
def unheard(text: str, start: int, end: int, cues: Cues) -> list[re.Match[str]]:
    """The words from `start` to `end` past a listener that opens them ("a Efe", "à l'AFP")."""
    tokens = list(TOKEN.finditer(text, start, end))
    first = next((i for i, t in enumerate(tokens) if t.group()[0].isupper()), len(tokens))
    told = listener(text, tokens[first:], start, cues) if first < len(tokens) else 0
    return tokens[:first] + tokens[first + told :]


# "— сказал Путину Лукашенко": a surname in a form only the dative has ("Путину", "Петрову"),
# maybe after a first name in an oblique case ("Ивану Петрову"), then another name: the one told.
# After a verb of quoting the same form is a woman's accusative, the one quoted ("цитирует
# Петрову ТАСС"), so those cues keep it.
def told_first(text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> int:
    """How many words open the capitalised run after a Russian cue as the one told: 0 to 2."""
    if (
        not _DATIVES.get(cues.family)
        or not tokens
        or cue.group().split()[0].lower() in cues.quoting
    ):
        return 0
    run = [tokens[0]]
    for token in tokens[1 : _TOLD_WORDS + 1]:
        if not token.group()[:1].isupper() or not adjacent(text, run[-1].end(), token.start()):
            break
        run.append(token)
    if not run[0].group()[:1].isupper():
        return 0
    words = [t.group() for t in run]
    return _told_words(words, cues) or asked_first(text, words, cue.group().split()[0], cues)


def _told_words(words: list[str], cues: Cues) -> int:
    """How many of a capitalised run's first words name the one told in the dative."""
    dative = _DATIVES.get(cues.family, ())
    if not dative or len(words) < 2:
        return 0
    if objects := object_run(words, cues):
        return objects  # "— заявил Алексею Миллеру Иван Петров"
    if len(words) > 2 and words[1].endswith(dative) and words[0].endswith(cues.oblique_endings):
        return 2  # "— сказала Ивану Петрову Смирнова"
    return int(words[0].endswith(dative))


# No word of a Russian name in the nominative ends so ("Шойгу" alone is a surname, never after
# another word so ending): two words in -у or -ю after a cue are the one told or the one addressed
# ("— заявил Алексею Миллеру", "— сказал министр Алексею Миллеру"), not the speaker.
def object_run(words: list[str], cues: Cues) -> int:
    """How many of a capitalised run's first words end as an object does, when two or more."""
    ends = cues.object_endings
    count = len(list(takewhile(lambda word: bool(ends) and word.endswith(ends), words)))
    return count if count >= 2 else 0


# A first name in an oblique case ("Ирине", "Никите", "Марии") and a surname in one only the
# dative or a woman's oblique cases have ("Петровой", "Михалкову"): no name in the nominative
# so ends, so after a cue the two are the one told ("— сказал министр Ирине Петровой").
def told_pair(words: list[str], cues: Cues) -> bool:
    """Whether the first two words of a run are a first name and surname in an oblique case."""
    forenames, surnames = _TOLD_NAMES.get(cues.family, ((), ()))
    if len(words) < 2 or not surnames or not forenames:
        return False
    first, second = words[:2]
    capitalised = first[:1].isupper() and second[:1].isupper()
    return capitalised and first.endswith(forenames) and second.endswith(surnames)


# "“…,” said Obama's strategist": a possessive before a lower-case noun is no subject, its owner
# no speaker; "— сказал министр Алексею Миллеру": the one told; "— сказал Путин Никите
# Михалкову": the name before the one told. After "по словам" the same words are its genitive.
def past_object(text: str, found: Mention, cues: Cues) -> Mention | None:
    """The capitalised run read after a cue without the one told after it; none if it is one."""
    if _OWNER.match(text, found.at + len(found.words) - 2):
        return None
    words = found.words.split(" ")
    if object_run([w for w in words if w[:1].isupper()], cues):
        return None
    if found.cue.lower() in cues.genitive_cues:
        return found
    if _citing(text, found.at + len(found.words), cues):
        return None  # "сообщает ТАСС со ссылкой на X": X's words, the medium passes them on
    if _agency(words, found.cue, cues):
        return replace(found, kind="org")  # "— сообщает РИА Новости": a body's name, whole
    cut = next((i for i in range(len(words)) if told_pair(words[i : i + 2], cues)), len(words))
    if cut == len(words) or (cut == 0 and len(words) > 2):  # "Ирине Петровой Иван Петров"
        return found
    return replace(found, words=" ".join(words[:cut])) if cut else None


# The article's names are read without the one told: "Путину Лукашенко" is no one's name.
def past_told(run: str, lead: list[str], cues: Cues, text: str = "") -> str:
    """A capitalised run, without the surname in the dative that opens it, unless quoted."""
    if not _DATIVES.get(cues.family) or (lead and lead[-1].lower() in cues.quoting):
        return run
    words = run.split(" ")
    cued = bool(lead) and bool(cues.verbs.fullmatch(lead[-1].lower()))
    asked = asked_first(text, words, lead[-1], cues) if cued else 0  # "— попросил Путина Лавров"
    if asked < 0:  # "— попросила Котова Орлова": one of the two is asked, neither named in full
        return words[-1]
    words = words[_told_words(words, cues) or asked :]
    cut = next((i for i in range(1, len(words)) if told_pair(words[i : i + 2], cues)), len(words))
    return " ".join(words[:cut])  # "Путин Никите Михалкову": the one told after the name


# After a verb whose ending is no person's past ("сообщает", "сообщило"), an acronym and one
# capitalised word are a body's name ("РИА Новости"); after one ("заявил CNN Иванов"), the
# medium told and the speaker.
def _agency(words: list[str], cue: str, cues: Cues) -> bool:
    """Whether a Russian run of two words after `cue` is a body's name of an acronym and a word."""
    if not cues.patronymics or len(words) != 2 or cue.lower().endswith(_PERSONAL[cues.family]):
        return False
    acronym = len(words[0]) > 1 and words[0].isalpha() and words[0].isupper()
    return acronym and words[1][:1].isupper() and not words[1].isupper()


def _citing(text: str, at: int, cues: Cues) -> bool:
    """Whether the words at `at` cite a source ("со ссылкой на"), after a cue's subject."""
    lead = text[at : at + _CITED_REACH].lstrip(" ").lower()  # not ", со ссылкой на которого"
    return lead.startswith(tuple(f"{words} " for words in _CITING.get(cues.family, ())))


def antecedent(text: str, tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The name a relative after `tokens` stands for: the one told, the source cited, or []."""
    return told_head(tokens, cues) or cited_head(text, tokens, cues)


def told_head(tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The capitalised words after the last reporting verb in `tokens` (the one told), or []."""
    told = [i for i, t in enumerate(tokens) if cues.verbs.fullmatch(t.group().lower())][-1:]
    named = told and all(t.group()[0].isupper() for t in tokens[told[0] + 1 :])
    return tokens[told[0] + 1 :] if named else []


# "The plan is bold, according to Tom Hale, who said": the source the cue names, not the clause.
def cited_head(text: str, tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The name that ends `tokens` right after a `cited` cue ("according to"), or []."""
    last = reversed(tokens[-_CITED_WORDS:])
    head = list(takewhile(lambda token: token.group()[0].isupper(), last))[::-1]
    if not head or not all(adjacent(text, one.end(), two.start()) for one, two in pairwise(head)):
        return []
    lead = " " + text[max(0, head[0].start() - _CITED_REACH) : head[0].start()].lower().rstrip()
    return head if lead.endswith(tuple(" " + cue for cue in cues.cited)) else []


def opened(text: str, at: int) -> bool:
    """Whether an opening quotation mark stands right before offset `at`."""
    return at > 0 and text[at - 1] in _OPENERS


# "dijo a Efe", "han señalado desde el Ministerio de Fomento"; of three capitalised words
# or more the last two are the name ("dijo a Efe Marta Solís").
def _romance_listener(text: str, tokens: list[re.Match[str]], start: int, cues: Cues) -> int:
    """French or Spanish: how many words of the run are a listener or place after a preposition."""
    lead = [w.lower() for w in TOKEN.findall(text, start, tokens[0].start())] if tokens else []
    nouned = len(lead) >= 2 and lead[-2] in cues.articles  # "a la agencia Efe", "al diario X"
    if nouned:
        lead.pop()
    if lead and lead[-1] in cues.articles and lead[-1] not in cues.contractions:
        lead.pop()
    preposition = lead and lead[-1] in cues.governing
    if not preposition or (lead[-1] in cues.articles and lead[-1] not in cues.contractions):
        return 0
    words = [elided(t.group()) or t.group() for t in tokens]  # "à l'AFP"
    index = int(bool(words) and words[0] in cues.titles)  # "a la ministra X": the one told
    while index < len(words) and words[index][0].isupper():
        index += 1
        linked = index  # "Ministerio de Economía", "Luis de Guindos", "Ursula von der Leyen"
        while linked < len(words) and (
            words[linked] in cues.complements or _particle(words[linked])
        ):
            linked += 1
        index = linked if linked < len(words) and words[linked][0].isupper() else index
    plain = all(w[0].isupper() or _particle(w) for w in words[:index])
    size = _name_size(words[:index])
    if plain and index > size:  # "sobre Alberto Núñez Feijóo": a given name opens one name, told
        return index if index - size == 1 and first_name(words[0], cues.family) else index - size
    # after a noun the name is the listener's only before the subject's article ("a la agencia
    # Efe la directora"); alone it is the subject ("a la prensa Clara Montes")
    article = index < len(words) and words[index].lower() in cues.articles
    return index if article or not nouned else 0


def _particle(word: str) -> bool:
    """Whether a lower-case word is a particle inside a name ("de", "von", "der")."""
    return word.islower() and word in PARTICLES


# "à l'AFP Bruno Le Maire", "a Efe Luis de Guindos": the particles before the last word and the
# word before them.
def _name_size(words: list[str]) -> int:
    """How many words at the end of a capitalised run make the name: two, with its particles."""
    at = len(words) - 2
    while at > 0 and words[at].lower() in PARTICLES:
        at -= 1
    return max(NAME_WORDS, len(words) - at)


# Where names decline: "Москве Песков" -> "Песков", "Совете Федерации Зоя Лукина" -> "Зоя Лукина".
def past_place(run: str, cues: Cues) -> str:
    """A capitalised run after a preposition, without the place it starts with."""
    words = run.split()
    return " ".join(words[place_words(words, cues) :]) if cues.oblique_endings else run
