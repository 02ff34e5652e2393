"""German verbless labels before a colon: "Dazu die Ministerin: „…“", "Peter Lang (SPD): „…“"."""
# A sentence that is nothing but a person, perhaps after an adverb that ties it to the text before
# ("Dazu", "Darauf"), and a colon leaves the verb of saying out: the quotation is that person's.
# The person may be followed by an adverb of going on or of manner ("Roth weiter:", "Roth
# lakonisch:"), by a topic ("Roth über den Plan:", "Roth zu den Vorwürfen:") or by a manner set off
# by a comma ("Roth, sichtlich bewegt:"). A statement noun after a name in the genitive ("Roths
# Fazit:", "Die Reaktion Roths:") is the name's words; after a possessive ("Sein Fazit:") it is
# left to speakers/possessed.py ("sein" may be a thing's: "Das Boot lief aus. Sein Fazit:").
# Headings ("Das Motto:", "Die Kernfrage:") and statement nouns with no owner name nobody, and so
# does a label of two people ("Die Lehrerin und der Schüler:").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.german_person import person, person_noun
from summarizer.attribution.german.label_topics import topic_label
from summarizer.attribution.german.particled import person_title
from summarizer.attribution.german.phrases import Phrase, mention_of, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_TABLE = _data.load_toml("german.toml")["colon_labels"]
_ADVERBS = frozenset(_TABLE["adverbs"])
_TAILS = frozenset(_TABLE["tails"])
_TOPICS = frozenset(_TABLE["topics"])
_ASKED = frozenset(_TABLE["asked"])
_MANNER = _TABLE["manner_words"]
_JOINS = frozenset(_TABLE["joins"])
_OWNERS = frozenset(_TABLE["owners"])
_ARTICLES = frozenset(("die", "das", "der"))  # before a statement noun and its genitive name
_REACH = 100  # a label is short
_NAME_WORDS = 3  # the owner's name: "Eva Maria Ems'"
_APOSTROPHES = ("'", "’")
_BACK = 3000  # how far back the name is looked for without its ending: bounded
_TOPIC_WORDS = 6  # "über die Pläne der Regierung"
_ENDINGS = ("e", "en", "er", "em", "es")  # an inflected adjective in a topic ("neuen")


def colon_label(text: str, window: Window, cues: Cues) -> Mention | None:
    """The person a verbless label sentence before the colon ending `window` names, or None."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":"):
        return None
    end = window[0] + len(head) - 1
    start = last_stop(text, cues.sentence_end, window[0], end) or window[0]
    if end - start > _REACH or ":" in text[start:end]:
        return None
    tokens = read_tokens(text, start, end)
    index = int(fronted(tokens[0].group()) if tokens else 0)
    if index >= len(tokens) or any(t.group() in _JOINS for t in tokens):
        return None  # "Die Lehrerin und der Schüler:": no one person
    if all(t.group().lower() in cues.skip or t.group().lower() in cues.stop for t in tokens):
        return None  # "Heute Abend: „Die Räuber.“": a playbill's day (frames/colon_lead.py)
    owner = _owner(text, tokens[index:])
    if owner is not None:
        return owner
    if any(text[t.end() : t.end() + 1] == "." for t in tokens):
        return None  # "Abg. Dr. Halm:": a report's turn label, read as turns
    phrase = read_phrase(tokens, index, cues, first=True)
    if phrase is None or not person(text, tokens, phrase, cues) or _placed(tokens, phrase, cues):
        return None
    if topic_label([t.group() for t in tokens[phrase.start : phrase.end]], cues):
        return None  # "Fall Brenk:": a topic (german/label_topics.py)
    tail = [t.group() for t in tokens[phrase.end :]]
    if not (tail and tail[0] in _TOPICS) and _untitled(tokens, phrase, cues):
        return None  # "Die Affäre Jan Roth:"; but "Punklady Eva Ems zur neuen Heimat:" speaks
    if statement_noun(tokens[phrase.head].group()):
        return None  # "Die Antwort der Ministerin:" is german_sources'
    if not _label_tail(tail, cues):
        return None
    return mention_of(text, tokens, phrase, tokens[-1], cues)


def no_name(words: list[str], cues: Cues) -> bool:
    """Whether a run of capitals before a colon is no name: an adverb opens it ("Dazu der
    Minister:"), a statement noun ends it ("Roths Fazit:") or a case noun opens it ("Der Fall
    Brenk:", german/label_topics.py)."""
    return bool(words) and (
        fronted(words[0]) or statement_noun(words[-1]) or topic_label(words, cues)
    )


def fronted(word: str) -> bool:
    """Whether a word that opens a label is an adverb tying it to the text before ("Dazu")."""
    return word in _ADVERBS


# "Roths Fazit:", "Eva Ems' Antwort darauf:": a name in the genitive owns the statement; the name
# as the article writes it elsewhere without the ending (never "Jona" from "Jonas").
def _owner(text: str, tokens: list[re.Match[str]]) -> Mention | None:
    """The name whose genitive owns a statement noun that the label is, or None."""
    noun = next((i for i, t in enumerate(tokens) if statement_noun(t.group())), None)
    if noun is None or noun > _NAME_WORDS:
        return None
    if noun == 1 and tokens[0].group().lower() in _ARTICLES:  # "Die Reaktion Roths:"
        names = tokens[2:]
    elif noun and all(t.group() in _TAILS for t in tokens[noun + 1 :]):
        names = tokens[:noun]
    else:
        return None
    if not names or len(names) > _NAME_WORDS:
        return None
    last = names[-1]
    if not all(t.group()[:1].isupper() for t in names):
        return None
    stem = last.group()
    if text[last.end() : last.end() + 1] not in _APOSTROPHES:  # "Jonas' Antwort": as written
        if not stem.endswith("s"):
            return None
        stem = stem[:-1]
    back = max(0, names[0].start() - _BACK)
    if re.search(rf"\b{re.escape(stem)}\b", text[back : names[0].start()]) is None:
        return None  # the name is nowhere written without its ending
    words = text[names[0].start() : last.start()] + stem
    return Mention(words, "name", tokens[noun].group(), names[0].start(), tokens[noun].start())


def _label_tail(words: list[str], cues: Cues) -> bool:
    """Whether the words after the person leave the label verbless: nothing, or an adverb of
    going on or manner, a topic after a preposition, or a manner after a comma."""
    if len(words) <= 2 and all(w in _TAILS for w in words):
        return True
    if words[0] == ",":
        manner = words[1:]
        return 0 < len(manner) <= _MANNER and all(_plain(w, cues) for w in manner)
    if words[0] == "auf":  # "auf Nachfrage", "auf die Frage nach dem Plan"
        return any(w in _ASKED for w in words[1:3])
    if words[0] not in _TOPICS or len(words) > _TOPIC_WORDS or not words[-1][:1].isupper():
        return False  # a topic ends in its noun: "zu den Vorwürfen"
    if any(cues.verbs.fullmatch(w) for w in words):
        return False
    return all(not w.islower() or w in cues.determiners or _inflected(w) for w in words[1:])


def _placed(tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether the person's phrase takes in a place or a time ("Jan Roth im Interview"): left to
    german_labels.py."""
    inside = [t.group() for t in tokens[phrase.start : phrase.end]]
    return any(w.islower() and w not in cues.determiners and w not in _OWNERS for w in inside)


def _untitled(tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a noun that is no title of a person stands before the name ("Fall Jan Roth")."""
    if phrase.name is None or phrase.name[0] == phrase.start:
        return False
    before = tokens[phrase.name[0] - 1].group()
    return before[:1].isupper() and not (
        person_title(before, cues) or person_noun(before.lower(), cues)
    )


def _plain(word: str, cues: Cues) -> bool:
    """Whether a word of a manner after a comma is a plain adverb or participle, no verb's
    subject or object ("sichtlich bewegt", not "der lange schwieg")."""
    return word.islower() and word not in cues.determiners and word not in cues.pronouns


def _inflected(word: str) -> bool:
    """Whether a lower-case word in a topic is an inflected adjective or a possessive."""
    return word.endswith(_ENDINGS)
