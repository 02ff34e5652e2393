"""The speaker a German quotation with no cue of its own takes from the sentence after it."""
# "„Wir haben alles versucht.“ Davon ist Trainer Jan Roth überzeugt.", "„…“ Mit dieser
# Einschätzung steht Ökonomin Eva Lechner allein", "„…“ Ärztin Eva Lechner zeigt sich besorgt.":
# a quotation making a whole sentence (no words before it in its sentence, a stop inside its
# marks) is given to the subject of the next sentence when that sentence points back at the words
# (an adverb or a demonstrative with a noun for one's own words, before the finite verb) or opens
# with that subject and a verb of stance with "sich" ("zeigt sich", "gibt sich", "ist sich").
# Never when the sentence holds a negation ("Das lässt X nicht gelten") or a verb that takes in
# or counters another's words ("Das musste sich X anhören"), names two people, or when a verb of
# saying stands before the quotation in its paragraph (its speaker, not the one who reacts). The
# name is a guess (low confidence): no cue governs the quotation.

from __future__ import annotations

import re
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.german.adverbials import adverbials
from summarizer.attribution.german.german import finite
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.german.pointed_subject import Reading, read_subject
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")
_WORDS = _DATA["next_sentence"]
_POINTERS = frozenset(_WORDS["pointers"])
_DEMONSTRATIVES = frozenset(_WORDS["demonstratives"])
_PREPOSITIONS = frozenset(_WORDS["prepositions"])
_NOUNS = frozenset(_WORDS["nouns"])
_RECEIVED = frozenset(_WORDS["received"])
_STANCE = frozenset(_WORDS["stance"])
_OWNED = frozenset(pair.split()[0] for pair in _WORDS["owned"])
_PARTICLES = dict(pair.split() for pair in _WORDS["owned"] if " " in pair)  # "teilte": "mit"
_HELD = frozenset(_WORDS["held"])
_VIEWING = frozenset(_WORDS["viewing"])
_CONVINCED = frozenset(_WORDS["convinced"])
_CONVINCING = frozenset({"davon", "dessen", "da"})
_PREDICATING = ("für", "als")
_NEGATIONS = frozenset(_DATA["closing"]["negations"])
_REFLEXIVE = "sich"
_STOPS = ".!…"  # the quotation's own sentence ends inside its marks; not a question
_CLOSERS = '“”"»«'
_REACH = 300
_BACK = 400  # how far back a cue before the quotation is looked for


def next_sentence(text: str, before: Window, start: int, cues: Cues) -> Mention | None:
    """The subject of the sentence at `start` that points back at the quotation before it."""
    if not _whole_sentence(text, before, start, cues):
        return None
    line = text.find("\n", start, start + _REACH)
    stop = cues.sentence_end.search(text, start, start + _REACH if line < 0 else line)
    if stop is None:
        return None
    tokens = read_tokens(text, start, stop.start())
    words = [t.group().lower() for t in tokens]
    if not words or not (_NEGATIONS.isdisjoint(words) and _RECEIVED.isdisjoint(words)):
        return None
    if len(words) > 2 and words[-2] in _PREDICATING:
        return None  # "Das erklärte X für beendet": the verb with a predicate, no saying
    verb = _pointing(words, cues)
    if verb is not None:
        return _subject_after(text, tokens, verb, cues) if _particled(words, verb) else None
    return _stance_subject(text, tokens, cues)


# "„…“ Das sagte X.": the quotation opens its sentence (or paragraph), its stop inside the marks,
# and nothing before it in its paragraph reports words ("X sagte am Montag: „…“ „…“").
def _whole_sentence(text: str, before: Window, start: int, cues: Cues) -> bool:
    """Whether the quotation ending before `start` makes a sentence of its own, uncued."""
    closed = text[max(0, start - _BACK) : start].rstrip()
    if len(closed) < 2 or closed[-1] not in _CLOSERS or closed[-2] not in _STOPS:
        return False
    lead = text[before[0] : before[1]].rstrip()
    if lead and lead[-1] not in _STOPS + _CLOSERS + "?":
        return False  # "Er nannte es „…“.": words before it in its sentence
    paragraph = text.rfind("\n", max(0, before[1] - _BACK), before[1]) + 1  # within reach
    paragraph = max(paragraph, before[1] - _BACK)
    return cues.verbs.search(text, paragraph, before[1]) is None and ":" not in lead


# "Davon ist X überzeugt" (verb 1), "Diese Ansicht vertritt X" (2), "Mit diesem Satz eröffnete X"
# (3): the index of the finite verb after the words pointing back, if that verb fits the pointer.
def _pointing(words: list[str], cues: Cues) -> int | None:
    """Where the finite verb stands after a pointer opening the sentence, if it fits it."""
    first, verb = words[0], words[1] if len(words) > 1 else ""
    if first == "so":
        return 1 if verb in _VIEWING or cues.verbs.fullmatch(verb) else None
    if first in _POINTERS:  # "das", "dies"; "davon", "dessen", "da": "… ist X überzeugt"
        convinced = verb in _HELD and words[-1] in _CONVINCED
        return 1 if verb in _OWNED or (first in _CONVINCING and convinced) else None
    if first in _DEMONSTRATIVES and len(words) > 2 and verb in _NOUNS:
        return 2 if words[2] in _OWNED or words[2] in _HELD else None
    pointed = first in _PREPOSITIONS and verb in _DEMONSTRATIVES
    return 3 if pointed and len(words) > 3 and words[2] in _NOUNS else None


# "So teilte X die Meinung": "teilte" says only with its particle closing the clause ("teilte mit").
def _particled(words: list[str], verb: int) -> bool:
    """Whether the verb at `verb`, if it says only with a particle, has that particle last."""
    particle = _PARTICLES.get(words[verb])
    return particle is None or words[-1] == particle


def _subject_after(text: str, tokens: list[re.Match[str]], verb: int, cues: Cues) -> Mention | None:
    """The person after the finite verb at `verb` (past "sich", "es" and adverbials)."""
    if verb >= len(tokens) or not finite(tokens[verb].group(), cues):
        return None
    index = verb + 1
    while index < len(tokens) and tokens[index].group().lower() in (_REFLEXIVE, "es"):
        index += 1
    index = adverbials(tokens, index, cues)
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    return _person(text, tokens, phrase, tokens[verb], cues)


# "„…“ Ärztin Eva Lechner zeigt sich besorgt.", "„…“ Jan Roth ist sich sicher.", "„…“ Landrat Jan
# Roth fand deutliche Worte." (the words the object, no article before them: not "Jan Roth las die
# Worte", another's).
def _stance_subject(text: str, tokens: list[re.Match[str]], cues: Cues) -> Mention | None:
    """The person opening the sentence before a verb of stance and "sich", or "… Worte"."""
    phrase = read_phrase(tokens, 0, cues, first=True)
    if phrase is None or phrase.end + 1 >= len(tokens):
        return None
    verb, then = tokens[phrase.end], tokens[phrase.end + 1].group()
    rest = [t.group().lower() for t in tokens[adverbials(tokens, phrase.end + 1, cues) :]]
    worded = rest[-1:] == ["worte"] and cues.determiners.isdisjoint(rest)
    worded = worded and finite(verb.group(), cues)
    if not worded and (verb.group() not in _STANCE or then != _REFLEXIVE):
        return None
    return _person(text, tokens, phrase, verb, cues)


def _person(
    text: str, tokens: list[re.Match[str]], phrase: Phrase | None, verb: re.Match[str], cues: Cues
) -> Mention | None:
    """The low-confidence mention of `phrase` if it is one person's or body's subject."""
    if phrase is None or oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    strict = read_subject(tokens, phrase, cues, Reading.POINTED)
    found = None if strict is None else mention_of(text, tokens, strict, verb, cues)
    return None if found is None else replace(found, sure=False)
