"""French and Spanish: a verb-first cue, an adverbial, then its subject and the subject's name
("« … », a déclaré lors d'une conférence de presse le préfet de police, Laurent Garnier.")."""

# The adverbial opens with a preposition right after the cue ("lors de", "à l'issue de", "al
# término de"); the subject is the last noun phrase with a singular definite article that no
# preposition governs ("la réunion" after "de" is the adverbial's; "l'AFP" after "à" is the one
# told), holding only its head, adjectives and complements in "de" ("la maire de la commune");
# its name closes the sentence, set off by a comma or right after a phrase with no complement (a
# name right after "del ministro" is the minister's). A listener or a further preposition inside
# that phrase ("le ministre à son homologue, X") leaves it unread.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention

_PARTICLES = _data.load_toml("particles.toml")
_OPENERS = {lang: frozenset(_PARTICLES[lang]["adverbial_openers"]) for lang in ("fr", "es")}
_ARTICLES = {lang: frozenset(_PARTICLES[lang]["subject_articles"]) for lang in ("fr", "es")}
_RELATIVES = {lang: frozenset(_PARTICLES[lang]["relatives"]) for lang in ("fr", "es")}
_TOLD = {lang: frozenset(_PARTICLES[lang]["told_articles"]) for lang in ("fr", "es")}
_WORD = re.compile(r"[^\W\d_]+['’]|[^\W\d_]+(?:-[^\W\d_]+)*")  # "l'", "d'" apart
_END = re.compile(r"[.!?;:\n«»\"“”()]")
_REACH = 160  # characters of the sentence after the cue
_NAME = (2, 4)  # words of the closing name


def adverbial_subject(text: str, cue: re.Match[str], end: int, cues: Cues) -> Mention | None:
    """The name closing "cue, adverbial, subject[,] Name", else None."""
    openers = _OPENERS.get(cues.family)
    stop = _END.search(text, cue.end(), min(end, cue.end() + _REACH))
    if openers is None or stop is None or text[stop.start()] not in ".!?\n":
        return None
    words = list(_WORD.finditer(text, cue.end(), stop.start()))
    lowers = [_bare(w.group()) for w in words]
    if not words or lowers[0] not in openers or _RELATIVES[cues.family] & set(lowers):
        return None  # "…, qui accompagnait le ministre X": a clause of its own
    name = _closing_name(words)
    if name is None or _owned(lowers, len(name), cues):
        return None
    head = _subject_article(words[: len(words) - len(name)], lowers, cues)
    if head is None or "," in text[cue.end() : words[-len(name) - 1].end()]:
        return None  # a comma only right before the name
    # "la esposa del ministro Tomás Ibarra": a name right after a complement is the complement's
    set_off = "," in text[words[-len(name) - 1].end() : name[0].start()]
    if not set_off and cues.complements & set(lowers[head : len(words) - len(name)]):
        return None
    start = name[0].start()
    return Mention(text[start : name[-1].end()], "name", cue.group(), start, cue.start())


def _bare(word: str) -> str:
    """A word lower-cased, its elision mark dropped ("l'" -> "l", "d'" -> "de")."""
    bare = word.lower().rstrip("'’")
    return "de" if bare == "d" else bare


def _closing_name(words: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The capitalised words (two to four) that end the sentence, else None."""
    size = 0
    while size < len(words) and words[-1 - size].group()[:1].isupper():
        size += 1
    low, high = _NAME
    return words[-size:] if low <= size <= high and size < len(words) else None


def _owned(lowers: list[str], size: int, cues: Cues) -> bool:
    """Whether a preposition governs the closing name ("le parti de Marine X"): whose, not who."""
    return lowers[-size - 1] in cues.governing


def _subject_article(before: list[re.Match[str]], lowers: list[str], cues: Cues) -> int | None:
    """The index of the subject's article in `before`: the last one no preposition governs,
    its phrase made of lower-case words and complements in "de" only."""
    articles = _ARTICLES[cues.family]
    for at in range(len(before) - 1, 0, -1):
        if lowers[at] not in articles or lowers[at - 1] in cues.governing:
            continue
        phrase = lowers[at + 1 : len(before)]
        return at if phrase and _plain(before[at + 1 :], phrase, cues) else None
    return None


def _plain(words: list[re.Match[str]], lowers: list[str], cues: Cues) -> bool:
    """Whether a subject's words are its head, adjectives and complements in "de", no more."""
    if not words[0].group()[:1].islower() or lowers[0] in cues.indefinite:
        return False
    if _TOLD[cues.family] & set(lowers):
        return False  # "la reunión al ministro": "al" opens the one told
    for index, word in enumerate(lowers):
        before = lowers[index - 1] if index else ""
        capital = words[index].group()[:1].isupper()
        if capital and before not in cues.complements and before not in cues.articles:
            return False  # a capital only in a complement ("du ministère de l'Intérieur")
        if word in cues.governing and word not in cues.complements and word not in cues.articles:
            return False  # "le ministre à son homologue": a listener, no subject alone
    return True
