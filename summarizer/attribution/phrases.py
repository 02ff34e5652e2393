"""Subjects where every noun is capitalised (German): the noun phrase a cue governs, with
its genitives and an apposed name ("sagte der Leiter des Verbandes, Jan Roth")."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from summarizer.attribution.cues import Cues, Mention

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[,()]")
_ARTICLES = frozenset({"der", "die", "das", "dem", "den"})
_INDEFINITE_HEAD = frozenset({"einer", "eine", "ein", "einige", "mehrere", "viele"})
_GENITIVE = frozenset(
    {"des", "der", "von", "vom", "im", "am", "beim", "für", "aus", "in", "bei", "und"}
)
_NAME_WORDS = 4
_REACH = 160
_TAIL = 2
_FULL_NAME = re.compile(r"(?<![\w.])[A-ZÄÖÜ]\w+(?:[ -][A-ZÄÖÜ]\.?\w*)* ([A-ZÄÖÜ][\w-]+)")
_LOWER = re.compile(r"(?<![\w-])[^\W\d_A-ZÄÖÜ]\w*")


@dataclass(frozen=True)
class _Phrase:
    """A subject noun phrase: its token span, the name in it (apposed or after a role word),
    and whether it is indefinite ("einer der Helfer")."""

    start: int
    end: int
    name: tuple[int, int] | None
    anonymous: bool


def subject_after(
    text: str, end: int, cue: re.Match[str], cues: Cues, *, governed: bool = False
) -> Mention | None:
    """The subject right after an inverted cue ("…“, sagte der Sprecher der Polizei."); with
    `governed`, the object of a preposition cue ("laut dem Sprecher"), in any case."""
    tokens = list(_TOKEN.finditer(text, cue.end(), min(end, cue.end() + _REACH)))
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1
    if not governed and index < len(tokens) and tokens[index].group().lower() in cues.pronouns:
        word = tokens[index]  # "schickt sie dem Verlag eine Nachricht:"
        return Mention(word.group(), "pronoun", cue.group(), word.start(), cue.start())
    phrase = _phrase(tokens, index, cues)
    if phrase is None or (not governed and _oblique(tokens, phrase)):
        return None
    return _mention(text, tokens, phrase, cue, cues)


def trailing_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The subject of a cue that closes the quotation's sentence after a comma ("…“, da es
    teurer wurde, so die Behörde.", "…“ verpasst, sagte Jan Roth.")."""
    last = None
    for cue in cues.verbs.finditer(text, *window):
        if text[max(0, cue.start() - 2) : cue.start()].strip() == ",":
            last = cue
    if last is None or last.group().lower() in cues.reported:
        return None
    tokens = list(_TOKEN.finditer(text, last.end(), window[1]))
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1
    phrase = _phrase(tokens, index, cues)
    if phrase is None or _oblique(tokens, phrase) or len(tokens) - phrase.end > _TAIL:
        return None
    return _mention(text, tokens, phrase, last, cues)


def subject_before(
    text: str, start: int, cue: re.Match[str], cues: Cues, *, governed: bool = False
) -> Mention | None:
    """The subject that opens the clause and runs up to the cue, an auxiliary, adverbs or an
    aside apart ("Der Leiter der Behörde, Jan Roth, sagte", "Roth hat auch betont"); with
    `governed`, the object of a postposition ("dem Sprecher zufolge"), in any case."""
    tokens = list(_TOKEN.finditer(text, max(start, cue.start() - _REACH), cue.start()))
    while tokens and (tokens[0].group() in ",()" or tokens[0].group().lower() in cues.skip):
        tokens.pop(0)
    phrase = _phrase(tokens, 0, cues) if tokens else None
    if phrase is None or (not governed and _oblique(tokens, phrase)):
        return None
    rest = [t.group() for t in tokens[phrase.end :] if t.group() not in "()"]
    rest = [w for w in rest if w.lower() not in cues.skip]
    aside = rest[:1] == [","]  # "Jan Roth, ein Sprecher der Stadt, sagte"
    if not aside and (len(rest) > 1 or (rest and not rest[0].islower())):
        return None
    return _mention(text, tokens, phrase, cue, cues)


def sentence_subject(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The subject that opens the sentence of a quotation when it is a person or a body (a
    name, or a noun for a role or an organisation), followed by its verb, whatever the verb
    ("Der Minister, Jan Roth, verteidigte den Begriff „…“", "Roth wörtlich: „…“")."""
    tokens = list(_TOKEN.finditer(text, window[0], min(window[1], window[0] + _REACH)))
    while tokens and tokens[0].group() in ",()":
        tokens.pop(0)
    phrase = _phrase(tokens, 0, cues) if tokens else None
    if phrase is None or phrase.anonymous or _oblique(tokens, phrase):
        return None
    index = phrase.end
    if index < len(tokens) and tokens[index].group() == ",":
        index = next((i + 1 for i in range(index + 1, len(tokens)) if tokens[i].group() == ","), 0)
    verb = tokens[index] if 0 < index < len(tokens) else None
    if verb is None or not verb.group().islower() or verb.group() in cues.stop:
        return None
    if cues.verbs.fullmatch(verb.group()) or _elsewhere(tokens, index, cues):
        return None  # a reporting verb's own frame has been read; a passive or a relative
    if phrase.name is None:
        head = tokens[phrase.end - 1].group().lower()
        return _mention(text, tokens, phrase, verb, cues) if _person_noun(head, cues) else None
    return _mention(text, tokens, phrase, verb, cues) if _known(text, tokens, phrase) else None


def lone(text: str, mention: Mention) -> bool:
    """Whether a subject is one capitalised word the article never gives as part of a full
    name: maybe an adverb that opens the sentence ("Ähnlich äußerte sich X")."""
    one_word = mention.kind == "name" and " " not in mention.words
    return one_word and mention.words not in _surnames(text)


def _known(text: str, tokens: list[re.Match[str]], phrase: _Phrase) -> bool:
    """Whether a lone capitalised word that opens a sentence is a name the article gives in
    full elsewhere ("Roth" after "Jan Roth"), not an adverb ("Ähnlich", "Dazu", "Zwar")."""
    if phrase.name is None or phrase.name[1] - phrase.name[0] > 1:
        return True
    return tokens[phrase.name[0]].group() in _surnames(text)


@functools.lru_cache(maxsize=8)
def _surnames(text: str) -> frozenset[str]:
    """Words that end a run of capitalised words in `text` ("Jan Roth" -> "Roth")."""
    return frozenset(m.group(1) for m in _FULL_NAME.finditer(text))


def _elsewhere(tokens: list[re.Match[str]], verb: int, cues: Cues) -> bool:
    """Whether the quotation belongs to another clause than the subject's: a passive ("wurde
    … als „…“ bezeichnet") or a relative clause (", die „…“ fordern") comes between."""
    words = [t.group().lower() for t in tokens[verb:]]
    relative = any(a == "," and b in cues.relatives for a, b in itertools.pairwise(words))
    return relative or any(w in cues.passive for w in words)


def _person_noun(word: str, cues: Cues) -> bool:
    """A noun for a role or a body, also as the end of a compound ("Polizeisprecher")."""
    return any(word.endswith(t) for t in (*cues.titles, *cues.orgs) if len(t) > 3)


def inverted(text: str, start: int, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the clause before a cue opens with a capitalised word (an adverbial put first:
    "Dazu sagte", "In Berlin erklärte"), so the subject follows the verb; after a lower-case
    opener, or right before the cue ("… und nannte den Plan"), the words after it are its
    object."""
    tokens = [t for t in _TOKEN.findall(text, max(start, cue.start() - _REACH), cue.start())]
    tokens = [t for t in tokens if t.lower() not in cues.skip]
    joined = bool(tokens) and tokens[-1].islower()  # "… und nannte den Plan", not "…, sagte"
    words = [t for t in tokens if t not in ",()"]
    return not words or (words[0][0].isupper() and not joined)


def _oblique(tokens: list[re.Match[str]], phrase: _Phrase) -> bool:
    """Whether the phrase is in a case no subject takes: "dem/den …", or "der" before an
    adjective in -en ("der englischsprachigen Zeitung sagte X")."""
    words = [t.group() for t in tokens[phrase.start : phrase.end]]
    head = words[0].lower()
    if head in ("dem", "den"):
        return True
    return head == "der" and len(words) > 1 and words[1].islower() and words[1].endswith("en")


def _mention(
    text: str, tokens: list[re.Match[str]], phrase: _Phrase, cue: re.Match[str], cues: Cues
) -> Mention | None:
    first, last = tokens[phrase.start], tokens[phrase.end - 1]
    if phrase.anonymous:
        words = text[first.start() : last.end()]
        return Mention(words, "anonymous", cue.group(), first.start(), cue.start())
    if phrase.name:
        one, two = tokens[phrase.name[0]], tokens[phrase.name[1] - 1]
        if one.group().lower() in _lowered(text):
            return None  # "Ähnlich äußerte sich …": an adverb that opens the sentence
        return Mention(text[one.start() : two.end()], "name", cue.group(), one.start(), cue.start())
    if tokens[phrase.start].group().lower() in _ARTICLES:
        first = tokens[phrase.start + 1]  # "der Sprecher der Stadt" -> "Sprecher der Stadt"
    kind = "org" if _org(last.group(), cues) else "role"
    return Mention(text[first.start() : last.end()], kind, cue.group(), first.start(), cue.start())


@functools.lru_cache(maxsize=8)
def _lowered(text: str) -> frozenset[str]:
    """The words `text` writes in lower case somewhere: no name, whatever opens a sentence."""
    return frozenset(_LOWER.findall(text))


def _org(word: str, cues: Cues) -> bool:
    lower = word.lower()
    return any(lower.endswith(org) for org in cues.orgs)


def _phrase(tokens: list[re.Match[str]], index: int, cues: Cues) -> _Phrase | None:
    """The noun phrase starting at `index`: an article, adjectives, capitalised words,
    genitives ("des Verbandes"), a party in parentheses, and an apposed name."""
    words = [t.group() for t in tokens]
    start = index
    lower = words[index].lower() if index < len(words) else ""
    if lower in cues.pronouns:
        return None
    anonymous = lower in _INDEFINITE_HEAD
    article = lower in _ARTICLES or lower in cues.determiners or anonymous
    index += article
    if anonymous and index < len(words) and words[index].lower() in _ARTICLES:
        index += 1  # "einer der Feuerwehrmänner"
    index = _adjectives(words, index, cues)
    caps = _capitals(words, index, cues)
    if caps == index:
        return None
    run = (index, caps)
    end = _party(words, _genitives(words, caps, cues))
    name = _apposed(words, end, cues)
    if name:
        end = _party(words, name[1])
        end += end < len(words) and words[end] == ","
    elif caps - index >= 2 and (article or caps - index >= 3):
        name = (index + 1, caps)  # "der SPD-Vorsitzende Franz Roth"
    elif not article and caps - index <= _NAME_WORDS:
        name = run if end == caps else None
    return _Phrase(start, end, name, anonymous)


def _party(words: list[str], index: int) -> int:
    """Past a party or an office in parentheses ("Renate Schmidt (SPD)")."""
    if index + 2 < len(words) and words[index] == "(" and words[index + 2] == ")":
        return index + 3
    return index


def _adjectives(words: list[str], index: int, cues: Cues) -> int:
    while index < len(words) and words[index].islower() and words[index] not in cues.stop:
        if words[index] in (",", "(", ")") or cues.verbs.fullmatch(words[index]):
            break
        index += 1
    return index


def _capitals(words: list[str], index: int, cues: Cues) -> int:
    while index < len(words) and words[index][0].isupper():
        if words[index].lower() in cues.stop or cues.verbs.fullmatch(words[index]):
            break
        index += 1
    return index


def _genitives(words: list[str], index: int, cues: Cues) -> int:
    """Past "des Influenza-Programms der WHO", "von der Universität Bonn"."""
    while index < len(words) and words[index].lower() in _GENITIVE:
        probe = index + 1
        if probe < len(words) and words[probe].lower() in _ARTICLES:
            probe += 1
        probe = _adjectives(words, probe, cues)
        caps = _capitals(words, probe, cues)
        if caps == probe:
            break
        index = caps
    return index


def _apposed(words: list[str], index: int, cues: Cues) -> tuple[int, int] | None:
    """ ", Jan Roth," after a description: up to four capitalised words, no article."""
    if index >= len(words) or words[index] != ",":
        return None
    caps = _capitals(words, index + 1, cues)
    size = caps - index - 1
    if size < 1 or size > _NAME_WORDS:
        return None
    if (
        caps < len(words)
        and words[caps] not in (",", "(")
        and not cues.verbs.fullmatch(words[caps])
    ):
        return None
    return index + 1, caps
