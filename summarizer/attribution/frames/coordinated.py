"""The subject of verbs a subjectless cue is joined to: an indefinite noun, a clause's own."""

# "Pilar recuerda que en 2011 un inspector entró en el aula, contó los pupitres y le dijo: «…»":
# a cue with no subject of its own after "y" (and object clitics) shares the subject of the verbs
# it is joined to. When that clause opens with an indefinite article and a noun ("un inspector"),
# the speaker is that unnamed someone, never the sentence's named subject nor the one before.
# The same when those verbs stand in a clause after "que" with a subject of its own: "Pilar Sanz
# cuenta que Juan Ortega entró y le dijo: «…»" is Juan Ortega's; "… que el director la llamó y le
# dijo" an unnamed someone's; "Marie raconte que le directeur l'a appelée et lui a dit" too.

from __future__ import annotations

import dataclasses
import re
from itertools import pairwise, repeat

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.elision import elision
from summarizer.attribution.frames.runs import adjacent
from summarizer.attribution.frames.subjects import clause_subject
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 200  # characters of the sentence read back from the cue
_NEAR = 40  # ... of which the last words tell most cues apart, read first
_STOPS = ".!?\n:«“"  # where the sentence read back opens


# "Ms. Lund smiled and said": the subject of the clause the verbs share; "que Juan entró y dijo",
# "al juez, que dijo": the clause's own. Whether the cue's subject is found here, and which.
def shared_subject(
    text: str,
    start: int,
    tokens: list[re.Match[str]],
    limit: int,
    cue: re.Match[str],
    cues: Cues,
) -> tuple[bool, Mention | None]:
    """The subject of a cue joined to verbs before it, if it is joined (else False, None)."""
    joined = chained_subject(text, cue, cues)
    if joined is not None:
        return True, joined
    if tokens[-1].group().lower() not in cues.coordinating:
        return False, None
    if not adjacent(text, tokens[-1].end(), limit):
        return False, None
    clause = max(start, text.rfind(",", start, tokens[-1].start()) + 1)
    return True, clause_subject(text, clause, cue, cues)


def chained_subject(text: str, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject of the verbs a subjectless cue is joined to, where not the sentence's own."""
    start = max(0, cue.start() - _REACH)
    near = max(start, cue.start() - _NEAR)
    stop = _last_stop(text, near, cue.start())
    if stop < 0 and near > start:  # the sentence opens before the last words, which decide most
        if _joins_nothing(list(TOKEN.finditer(text, near, cue.start())), cues):
            return None
        stop = _last_stop(text, start, near)
    tokens = list(TOKEN.finditer(text, max(start, stop + 1), cue.start()))
    back = len(tokens) - 1
    while back >= 0 and tokens[back].group().lower() in cues.clitics:
        back -= 1  # "y le dijo", "et lui a dit"
    if back >= 1 and tokens[back].group().lower() in cues.relatives:
        return _relative_head(text, tokens[:back], tokens[back], cue, cues)
    if back < 1 or tokens[back].group().lower() not in cues.coordinating:
        return None
    found = _reported(text, tokens[:back], cue, cues)
    return found or (_indefinite(text, tokens, back, cue, cues) if cues.null_subject else None)


# Each mark looked up in C (`map`, no generator to resume): this runs at most cues.
def _last_stop(text: str, start: int, end: int) -> int:
    """Where the last of `_STOPS` in [start, end) stands, or -1."""
    return max(map(text.rfind, _STOPS, repeat(start), repeat(end)))


# The words of the last `_NEAR` characters are the sentence's last words but the first, which
# may be cut: the word before the cue (past clitics), when it is not that first one, is the
# sentence's, and neither a relative nor a conjunction leaves the cue joined to nothing.
def _joins_nothing(tokens: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the last words before a cue show it joined to no verb before it."""
    back = len(tokens) - 1
    while back >= 0 and tokens[back].group().lower() in cues.clitics:
        back -= 1
    if back < 1:
        return False  # too few words to tell: the whole sentence is read
    word = tokens[back].group().lower()
    return word not in cues.relatives and word not in cues.coordinating


def _indefinite(
    text: str, tokens: list[re.Match[str]], back: int, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The unnamed subject ("un inspector") opening the clause of the verbs before "y"."""
    for index in range(back - 2, -1, -1):
        article, noun = tokens[index], tokens[index + 1]
        indefinite = article.group().lower() in cues.indefinite
        noun_word = noun.group().islower() and noun.group() not in cues.stop
        if indefinite and noun_word and _opens_clause(text, tokens, index, cues):
            words = text[article.start() : noun.end()]
            return Mention(words, "anonymous", cue.group(), article.start(), cue.start())
    return None


# Its subject opens it: a capitalised name, or a determiner before a noun ("el director", "su
# jefe", "varios vecinos"). A verb or a clitic right after "que" leaves the subject unsaid, the
# sentence's own ("Pilar dijo que estaba cansada y añadió:"): nothing is said here then.
def _reported(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The subject of a reported clause ("que Juan Ortega entró") the verbs before "y" end."""
    index = next(
        (
            i
            for i in range(len(tokens) - 2, 0, -1)
            if tokens[i].group().lower() in cues.complementizers
        ),
        None,
    )
    if index is None or not _present(tokens[index - 1].group(), cue.group(), cues):
        return None
    first = tokens[index + 1]
    word = first.group()
    if not word[:1].isupper() and not (
        word.lower() in _determiners(cues) and index + 2 < len(tokens)
    ):
        return None
    named = clause_subject(text, first.start(), cue, cues) or _apposed(text, tokens, index, cue)
    if named is not None and named.kind == "name":
        return named if _full(text, named.words) else _main(text, tokens, cue, cues)
    words = text[first.start() : tokens[min(index + 2, len(tokens) - 1)].end()]
    return Mention(words, "anonymous", cue.group(), first.start(), cue.start())


# "que Correos perdió el paquete y le escribió": one capitalised word may be a company, country
# or city as well as a person; only a full name, or a surname the article writes in full
# elsewhere ("Juan Ortega … que Ortega"), is taken for the one who speaks.
def _full(text: str, words: str) -> bool:
    """Whether a subject name is two words or more, or a surname written in full in `text`."""
    if " " in words.strip():
        return True
    return re.search(r"[A-ZÀ-Þ][\w'-]+ " + re.escape(words) + r"\b", text) is not None


# The one the sentence opens with, but not surely: a lone word after "que" may be who speaks.
def _main(text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues) -> Mention | None:
    """The sentence's own subject, unsure, when a reported clause's subject is one word."""
    found = clause_subject(text, tokens[0].start(), cue, cues)
    return dataclasses.replace(found, sure=False) if found else None


# "que su vecina, Rosa Gil, la vio y le gritó": the name set off by commas after the noun.
def _apposed(
    text: str, tokens: list[re.Match[str]], index: int, cue: re.Match[str]
) -> Mention | None:
    """A capitalised name apposed between commas to the noun opening a reported clause."""
    head, run = tokens[index + 2 : index + 3], []
    for token in tokens[index + 3 : index + 7]:
        if not token.group()[:1].isupper():
            break
        run.append(token)
    if not head or len(run) < 2:
        return None
    gaps = text[head[0].end() : run[0].start()], text[run[-1].end() : tokens[-1].end()]
    inside = all(text[a.end() : b.start()] == " " for a, b in pairwise(run))
    if gaps[0].strip() != "," or not gaps[1].lstrip().startswith(",") or not inside:
        return None
    words = text[run[0].start() : run[-1].end()]
    return Mention(words, "name", cue.group(), run[0].start(), cue.start())


# "escuchó al inspector, que respondió:": the head a relative stands for speaks; a noun right
# after an article (not set off itself) is someone unnamed. A name there, or an apposition, is
# read as before (listeners.antecedent, between.before_appositive).
def _relative_head(
    text: str, tokens: list[re.Match[str]], relative: re.Match[str], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """An unnamed head ("al inspector") set off by a comma before a relative and its cue."""
    noun = tokens[-1]
    article, at, word = _article(tokens, cues)
    if text[noun.end() : relative.start()].strip() != "," or not word.islower():
        return None
    if article not in cues.articles:
        return (
            None  # "Scott Reed, a Republican strategist, who": the name's apposition, read before
        )
    if "," in text[max(0, at - 2) : at]:
        return None  # ", the strategist, who": an apposition to what stands before it
    if relative.group().lower() in cues.complementizers and not _personal(text, article, at, cues):
        return None  # "criticó la reforma, que calificó de «…»": "que" may be the object
    return Mention(word, "anonymous", cue.group(), noun.end() - len(word), cue.start())


# French drops the article's vowel onto its noun ("l'inspecteur"): one token, read as two.
def _article(tokens: list[re.Match[str]], cues: Cues) -> tuple[str, int, str]:
    """The last noun's article (lower case, "" if none), where it starts, and the noun."""
    noun = tokens[-1]
    dropped, rest = elision(noun.group())
    if dropped in cues.articles and rest:
        return dropped, noun.start(), rest
    if len(tokens) < 2:
        return "", noun.start(), noun.group()
    return tokens[-2].group().lower(), tokens[-2].start(), noun.group()


# Spanish "que" is subject or object; a person object ("al inspector", "a la jueza") makes it
# the one who then speaks, a thing ("la reforma, que calificó") the one spoken of.
def _personal(text: str, article: str, at: int, cues: Cues) -> bool:
    """Whether the head's article is, or follows, the preposition that marks a person object."""
    before = text[max(0, at - 3) : at].split()
    return article in cues.told or (bool(before) and before[-1].lower() in cues.told)


# "Sánchez dijo que Feijóo mentía y añadió": a past cue before "que" shares the one after "y";
# only a present one ("cuenta", "asegura") leaves a past cue after it to the reported clause.
def _present(main: str, cue: str, cues: Cues) -> bool:
    """Whether `main` is a present-tense cue and `cue` is not: two clauses, two tenses."""
    present = cues.present_endings
    return bool(cues.verbs.fullmatch(main)) and main.endswith(present) and not cue.endswith(present)


def _determiners(cues: Cues) -> frozenset[str]:
    """Words that open a noun phrase as its subject ("el", "su", "varios")."""
    return cues.articles | cues.indefinite | cues.possessive_determiners


def _opens_clause(text: str, tokens: list[re.Match[str]], index: int, cues: Cues) -> bool:
    """Whether the article at `index` opens a clause: first, after "que", a year, or a comma."""
    if index == 0:
        return True
    before = tokens[index - 1]
    lower = before.group().lower()
    comma = "," in text[before.end() : tokens[index].start()]
    return comma or lower in cues.complementizers or before.group().isdigit()
