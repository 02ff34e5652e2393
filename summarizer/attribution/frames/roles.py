"""The subject after a verb-first cue when a role and its complement come before the name."""
# Russian ("глава МИД Украины", a dative listener first) and French or Spanish ("el ministro").

from __future__ import annotations

import functools
import re
from itertools import pairwise, takewhile

from summarizer.attribution.frames.complement_split import (
    complement_role,
    name_split,
    owned_after,
    particle_before,
    past_complement,
    told_before,
)
from summarizer.attribution.frames.elision import elided
from summarizer.attribution.frames.held_complement import held, holder
from summarizer.attribution.frames.holders import holds
from summarizer.attribution.frames.initials import initials_before
from summarizer.attribution.frames.joint import plural_after
from summarizer.attribution.frames.linked import apposed_name, linked_name, linked_subject
from summarizer.attribution.frames.listeners import NAME_WORDS, object_run, told_pair
from summarizer.attribution.frames.role_genitive import (
    complement_form,
    past_genitive,
    past_place,
    role_leads,
    surname_form,
)
from summarizer.attribution.frames.runs import (
    adjacent,
    capitalised_tail,
    classify,
    preposition,
    run_of,
)
from summarizer.attribution.lexicon.cues import Cues, Mention

_WORD = re.compile(r"\s*(?:[ldLD]['’])?([^\W\d_][\w'’-]*)")
_LONE = re.compile(r"\s*,\s*([^\W\d_][\w'’-]*)")
_CLAUSE_END = re.compile(r"\s*(?:[.;]|$)")
_DOCUMENT = re.compile(
    r"\s+(?:в|во)\s+[^\W\d_]+\s+((?:[^\W\d_][\w-]*|«[^»\n]{1,40}»)(?:\s+[^\W\d_][\w-]*)*)"
)
_ACRONYM = re.compile(r"[^\W\d_a-zа-яё]{2,}(?:\s|$)")
_ROLE_WORDS = 5
_COMPLEMENT = 3
_MAX_WORDS = 8


# In Russian a role's complement is capitalised too ("глава МИД Украины", "пресс-секретарь Кремля
# Мария Иванова"): after a role, one capitalised word or an acronym and one word is the complement
# (the role speaks); a longer run ends in the name (names.Resolver keeps its last 2 or 3 words).
def subject(text: str, run: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> Mention | None:
    """The mention a run of words after a cue makes."""
    if not cues.patronymics:
        return plural_after(run, cue, cues) or classify(text, run, cue, cues)
    if run and cue.group().lower().endswith(cues.plural_endings):
        # "сообщили «Вестнику» в пресс-службе губернатора X": a plural verb names no one
        return Mention(cue.group(), "anonymous", cue.group(), cue.start(), cue.start())
    named = 1 + initials_before(text, run, cues)  # "С. Лавров": one name, the initial no acronym
    capital, words = capitalised_tail(run) - named + 1, len(run) - named + 1
    acronym = capital == 2 and run[-1 - named].group().isupper()
    surname = bool(run) and _surname(run[-1].group(), cue.group(), cues)
    if capital == 1 < words and surname:
        return classify(text, run, cue, cues)  # "заявил министр Петров": the name
    if capital > 1 and surname and complement_form(run[-1 - named].group(), cues):
        return classify(text, run[-named:], cue, cues)  # "сказал глава Минфина Петров": the surname
    if capital < words and (capital == 1 or acronym):
        said = text[run[0].start() : run[-1].end()]
        return Mention(said, "role", cue.group(), run[0].start(), cue.start())
    return classify(text, run, cue, cues)


# A man's surname agrees with the cue's masculine past ("заявил"); a genitive complement does not.
def _surname(word: str, verb: str, cues: Cues) -> bool:
    """Whether `word` after a role is a man's surname in the nominative, the cue agreeing."""
    return verb.lower().endswith(("л", "лся")) and surname_form(word, cues)


# After a role ("глава Минфина Петров", "le ministre des Finances Dupont") the run's last word
# alone is the name, so that "Петров" later stands for no "Минфина Петров"; in French and Spanish
# the words after the complement are (`complement_split.past_complement`).
def complement_dropped(run: str, lead: list[str], cues: Cues) -> str:
    """A capitalised run after a role, without the role's complement before its surname."""
    if not (cues.complement_endings or cues.complements or cues.contractions):
        return run  # a language that marks no complement: the run stays whole
    words = list(_WORD.finditer(run))
    if len(words) < 2 or not lead:
        return run
    if not cues.complement_endings:
        return past_complement(run, lead, cues)
    cut = role_leads(lead, cues.titles) and past_genitive([w.group(1) for w in words], cues)
    return run[words[-1].start(1) :] if cut else run


# "— отметил председатель комитета Олег Панин": up to three lower-case words between role and name.
def role_name(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The name a role's complement leads to after a cue."""
    for index, token in enumerate(tokens[: _COMPLEMENT + 1]):
        linking = token.group().lower()
        if linking in cues.role_links or linking in cues.description_links:  # "mayor of Lyon"
            return linked_name(text, tokens[index + 1 :], cue, cues)
        if token.group()[0].isupper():
            found = subject(text, run_of(text, tokens[index:], cues, forward=True), cue, cues)
            if found is None or found.kind != "name" or held(text, tokens[:index], cues):
                return None
            if object_run(named := found.words.split(), cues) or told_pair(named, cues):
                return None  # "— сказал директор компании Ивану Петрову": the one told
            # one capitalised word is a complement ("глава МИД Украины") but a man's surname
            lone = _surname(found.words, cue.group(), cues) or holds(
                text, found.words, found.at, cues
            )
            return past_place(found, cues) if lone else None  # "… Италии Мелони": Мелони
        gap = index and not adjacent(text, tokens[index - 1].end(), token.start())
        lower = token.group()
        # "le dijo el ministro a Ruiz", "заявил глава МИД в беседе с X": the one told or met
        governed = cues.patronymics or (cues.complements and lower not in cues.complements)
        told = (governed and preposition(lower, cues)) or lower in cues.told
        if not lower.islower() or gap or told:
            return None
    return None


# "le maire de Lyon", "el ministro de Economía": the name is an apposition after a comma or two
# capitalised words after the complement ("du Sénat Gérard Larcher"), else the role speaks.
def complemented(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """French or Spanish: who speaks for a role, "de" and its capitalised complement after a cue."""
    if not cues.complements:
        return None
    words = _words(text, start)
    lowers = [w.group(1).lower() for w in words]
    at = next((i for i, w in enumerate(lowers) if w in cues.complements), 0)
    if not at or at > _ROLE_WORDS or not all(w.group(1).islower() for w in words[:at]):
        return None
    if any(w in cues.indefinite for w in lowers[:at]):
        return None  # "un proche de Pierre Morel", "fuentes del Ministerio": nobody named
    head = max((i + 1 for i in range(at) if lowers[i] in cues.articles), default=0)
    heard = bool(head) and lowers[head - 1] in cues.listener_prepositions  # "le maire au ministre"
    opened = heard or (not head and lowers[0] in cues.governing and lowers[0] not in cues.articles)
    if opened or (head > 1 and lowers[head - 2] in cues.governing):
        told = heard or told_before(text, words, lowers[max(head - 2, 0)], cues, _MAX_WORDS)
        return _after_listener(text, words[at + 1 :], cue, cues) if told else None
    words, at = words[head:], at - head
    rest = [w for w in words[at + 1 :] if w.group(1).lower() not in cues.articles]
    if rest and not rest[0].group(1)[0].isupper():  # "el presidente de la junta, Pablo Ruiz"
        return holder(text, words[-1].end(), rest, cue, cues) if len(words) < _MAX_WORDS else None
    if not rest:
        return None
    tail = _capitalised_head(rest[1:])
    if len(tail) == NAME_WORDS and not owned_after(lowers[at:], rest[0].group(1), cues):
        first = tail[0].start(1)
        name = text[first : tail[-1].end()]
        sure = name_split(text, rest[0].group(1), name, cues)
        return Mention(name, "name", cue.group(), first, cue.start(), sure=sure)
    # "la portavoz de Vox en el Congreso, Pepa Millán": the role phrase ends at the comma
    closed = len(words) < _MAX_WORDS
    end = rest[0].end() if len(rest) == 1 else words[-1].end() if closed else -1
    if end >= 0 and (apposed := apposed_name(text, end, cue)):
        return apposed
    if end >= 0 and (apposed := _lone_name(text, words, rest, cue, cues)):
        return apposed
    return complement_role(text, words[0].start(1), rest, cue, cues)  # or "de M. Poulain"


# "Le président de la République a déclaré", "el ministro de Economía dijo": the role, or two
# capitalised words after the complement; never the complement itself.
def role_before(
    text: str, tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """Who speaks for a role and its complement ending the run before a cue (fr, es; en)."""
    if not cues.complements:  # English: "The chairman at the Fed said"
        return linked_subject(text, tokens, run, cue, cues) if cues.role_links else None
    linking = cues.complements | cues.contractions
    at = next((i for i, t in enumerate(run) if t.group().lower() in linking), -1)
    first = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), -1)
    # "des Finances Pierre Dupont": a particle that is no name's own ends the run before it
    link = first + at if at >= 0 else particle_before([t.group() for t in tokens[:first]], cues)
    if first < 0 or link < 0:
        return None
    begin = link
    while begin > max(0, link - _ROLE_WORDS) and elided(tokens[begin - 1].group()).islower():
        if tokens[begin - 1].group().lower() in cues.articles:
            break
        begin -= 1
        if tokens[begin].group()[:1].isupper():  # "L'épouse de X": the article opens the role
            break
    if begin == link:
        return None
    owned = possessor(text, tokens[begin:], cue, cues)  # "La esposa del ministro X dijo:"
    return owned or complemented(text[: cue.start()], tokens[begin].start(), cue, cues)


# "a los periodistas de Efe el portavoz", "de la cadena el abogado": never the listener.
def _after_listener(
    text: str, words: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """Who speaks after a listener and its complement: the role after it, else nobody named."""
    lowers = [w.group(1).lower() for w in words]
    index = 2 if lowers[:1] and lowers[0] in cues.articles else 1  # past the complement's head
    while index < len(words) and words[index].group(1)[0].isupper():
        index += 1
    elided = index < len(words) and words[index].group().strip() != words[index].group(1)
    if not elided and index < len(words) and lowers[index] in cues.articles:
        index, elided = index + 1, True
    if elided and index < len(words) and words[index].group(1).islower():
        role = words[index]
        return Mention(role.group(1), "role", cue.group(), role.start(1), cue.start())
    if cues.null_subject:  # "«…», afirmó al inicio de su declaración.": él or ella, unsaid
        return None
    return Mention(words[0].group(1) if words else cue.group(), "anonymous", cue.group(), -1)


def _capitalised_head(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The capitalised words that open `words` ("Jorge Salinas en rueda de prensa")."""
    return list(takewhile(lambda word: word.group(1)[0].isupper(), words))


def _words(text: str, start: int) -> list[re.Match[str]]:
    """Up to eight words from `start` on, with only spaces between them."""
    found: list[re.Match[str]] = []
    at = start
    while len(found) < _MAX_WORDS:
        word = _WORD.match(text, at)
        if word is None or "\n" in text[at : word.start(1)]:
            break
        found.append(word)
        at = word.end()
    return found


# The author is the body after the document's noun, named only when it opens with an acronym that
# does not decline ("МИД России", not the genitive "Кремля"); else an anonymous writer.
def documented(text: str, cue: re.Match[str], cues: Cues) -> Mention | None:
    """Russian "«…», — говорится в заявлении МИД России": the author of written words."""
    if cue.group().lower() not in cues.documents:
        return None
    found = _DOCUMENT.match(text, cue.end())
    if found is None:
        return Mention(cue.group(), "anonymous", cue.group(), cue.start(), cue.start())
    author = found.group(1).rstrip()
    kind = "org" if _ACRONYM.match(author) else "anonymous"
    return Mention(author, kind, cue.group(), found.start(1), cue.start())


# A surname alone ends the clause after the complement: "a déclaré le ministre des Finances
# Dupont.", "dijo el ministro de Hacienda, Pérez." Without the comma only after an article ("des
# Finances", "de l'Économie"): "le porte-parole de Pierre Dupont" speaks for Dupont; and only when
# the article writes the word elsewhere too, not after that complement ("la Casa Blanca").
def _lone_name(
    text: str, words: list[re.Match[str]], rest: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The one capitalised word after a role's one-word complement that ends the clause."""
    if len(rest) == 1:
        last = _LONE.match(text, rest[0].end())
    else:
        before = words[words.index(rest[0]) - 1].group(1).lower()
        articled = rest[0].group().strip() != rest[0].group(1) or before in cues.articles
        named = articled and elsewhere(text, rest[-1].group(1), rest[0].group(1))
        last = rest[-1] if len(rest) == NAME_WORDS and rest[-1] == words[-1] and named else None
    if last is None or not last.group(1)[:1].isupper() or not _CLAUSE_END.match(text, last.end()):
        return None
    return Mention(last.group(1), "name", cue.group(), last.start(1), cue.start())


@functools.lru_cache(maxsize=256)
def elsewhere(text: str, word: str, before: str) -> bool:
    """Whether `word` stands in `text` other than right after `before` (once per text)."""
    return text.count(word) > text.count(f"{before} {word}")


# "la esposa del ministro Jorge Salinas": the name is the title's; the wife speaks.
def possessor(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """French or Spanish: the unnamed noun that speaks before "de", a title and a name."""
    if not cues.complements:
        return None
    head = 1 if tokens and tokens[0].group().lower() in cues.articles else 0
    role = head + 2
    if role < len(tokens) and tokens[role].group().lower() in cues.articles:
        role += 1  # "de la", "de los"
    near = tokens[head : role + 2]
    spaced = all(adjacent(text, one.end(), two.start()) for one, two in pairwise(near))
    if len(near) < role - head + 2 or not spaced:
        return None
    noun, link, title, after = near[0].group(), near[1].group(), near[-2].group(), near[-1].group()
    lowered = title.lower().removeprefix("l'").removeprefix("l’")
    if not noun.islower() or link.lower() not in cues.complements or not title.islower():
        return None
    if lowered in cues.articles or lowered not in cues.titles:
        return None
    if not after[0].isupper() and after.lower() not in cues.complements:
        return None  # "la esposa del ministro en funciones"
    words = text[tokens[0].start() : near[-2].end()]
    return Mention(words, "anonymous", cue.group(), -1, cue.start())
