"""A sentence after a quotation that points back at it: «…». Об этом заявил X."""

# Russian news often opens with the words alone and names their speaker in the next sentence:
# "«Россия не будет участвовать». Об этом заявил глава МИД Сергей Лавров." The pointer ("об
# этом") stands for the quotation only where the quotation is a sentence of its own, so a
# quotation inside someone's sentence ("Он сказал, что «…». Об этом заявил X") points nowhere.

from __future__ import annotations

import dataclasses
import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_SPACES = re.compile(r"[ \t]*")
_SENTENCE_OPENED = (".", "!", "?", "…", "\n")
_WORD = re.compile(r"[\w-]+")
_ADVERBIAL_REACH = 60  # "во вторник на пресс-конференции в Москве": a few words, bounded
_REACH = 200  # the rest of the pointing sentence: a cue and its subject
_DATIVE_SURNAMES = tuple(_data.load_toml("particles.toml")["ru"]["dative_surnames"])
_DATIVE_FORENAME = "е"  # "Никите", "Ирине"; nominative first names in -и are many ("Ники")


def pointed_window(text: str, before: Window, after: Window, cues: Cues) -> Window | None:
    """The cue and the rest of the sentence after a pointer that follows a quotation's stop."""
    if not cues.pointers or text[after[0] : after[1]].strip(" \t") not in (".", "!", "?"):
        return None
    head = text[before[0] : before[1]].rstrip(" \t")
    if head and not head.endswith(_SENTENCE_OPENED):
        return None  # "Он сказал, что «…»." : the quotation is part of a sentence
    start = _SPACES.match(text, after[1]).end()  # type: ignore[union-attr]
    lead = text[start : start + 40].lower()
    pointer = next((p for p in cues.pointers if lead.startswith(p + " ")), None)
    if pointer is None:
        return None
    verb = _SPACES.match(text, start + len(pointer) + 1).end()  # type: ignore[union-attr]
    cue = _cue_past_adverbials(text, verb, cues)
    if cue is None:
        return None
    verb = cue.start()
    reach = min(len(text), cue.end() + _REACH)  # bounded: each quotation reads a sentence
    stop = cues.sentence_end.search(text, cue.end(), reach)
    line = text.find("\n", cue.end(), reach)
    ends = [e for e in (stop.start() if stop else -1, line) if e >= 0]
    return verb, min(ends) if ends else reach


# "Об этом в интервью РБК заявил X", "Об этом в среду сообщил X": adverbials of time, place or
# medium may stand between the pointer and the verb; they open lower-case, and no word in
# between is a subject's: a capitalised word right before the verb ("Об этом в среду Лавров
# заявил") is one unless it is an abbreviation (an outlet, "РБК"), and a comma or a mark ends
# the search.
def _cue_past_adverbials(text: str, at: int, cues: Cues) -> re.Match[str] | None:
    """The cue at `at`, or past up to a few adverbial words that open lower-case."""
    cue = cues.verbs.match(text, at)
    if cue or not text[at : at + 1].islower():
        return cue
    words = ["", ""]  # the two words before the one read
    for word in _WORD.finditer(text, at, min(len(text), at + _ADVERBIAL_REACH)):
        if text[word.start() - 1 : word.start()] not in (" ", "\t"):
            return None  # a comma, a mark or a stop between the words: no adverbial run
        cue = cues.verbs.match(text, word.start())
        if cue:
            # "в Москве": a preposition's object, no subject
            governed = words[0].lower() in cues.governing
            subject = words[1][:1].isupper() and not words[1].isupper() and not governed
            return None if subject else cue
        words = [words[1], word.group()]
    return None


# The speaker stands a sentence away from the words: named, never sure (low).
def pointed_back(found: Mention | None, cues: Cues) -> Mention | None:
    """The subject a pointing-back sentence names, as an unsure mention."""
    if found is None or _told_alone(found.words.split(), cues):
        return None
    return dataclasses.replace(found, sure=False)


# "Об этом в среду сообщил Путину.", "… рассказал Никите Белых.", "… Алексею Миллеру.": the verb's
# subject is left out and only the one told, in the dative, follows it: a surname only the dative
# ends so, a first name in -е, or two words in -у/-ю (no Russian nominative pair ends so).
def _told_alone(words: list[str], cues: Cues) -> bool:
    """Whether the words after a pointing-back verb are a dative, the one told."""
    if not words or not words[0][:1].isupper() or not cues.object_endings:
        return False
    if len(words) == 1:
        return words[0].endswith(_DATIVE_SURNAMES)
    both = all(w.endswith(cues.object_endings) for w in words[:2])
    return both or words[0].endswith(_DATIVE_FORENAME)
