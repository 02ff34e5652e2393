"""Who is quoted: "Die Zeitung zitiert X mit den Worten: „…“", "X wird so zitiert: „…“"."""
# A quoting verb's subject is a source and its object may be the speaker or not ("zitiert aus dem
# Bericht"); "mit den Worten", "mit folgenden Worten" after the object makes the words the object's.
# In the passive the subject is the one quoted ("Dazu wird X wie folgt zitiert:").

from __future__ import annotations

import re

from summarizer.attribution.german.phrases import TOKEN, Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 200  # the object and "mit den Worten" stand right after the verb
_WITH = "mit"
_WORDS = 3  # "mit den folgenden Worten": the utterance noun within three words of "mit"
_SENTENCE = re.compile(r"[.!?\n]")
_CLOSED = re.compile(r"\s*:?\s*")  # the participle closes the clause right before the quotation


def quoted_person(text: str, window: Window, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The person a quoting verb gives the quotation to: its object or its passive's subject."""
    return quoted_object(text, window[1], cue, cues) or _passive_subject(text, window, cue, cues)


def quoted_object(text: str, end: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The object of a quoting verb that "mit den Worten" gives the quotation to, or None."""
    tokens = list(TOKEN.finditer(text, cue.end(), min(end, cue.end() + _REACH)))
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1  # "zitiert dazu X", "zitierte auch X"
    phrase = read_phrase(tokens, index, cues) if index < len(tokens) else None
    if phrase is None:
        return None
    after = [t.group().lower() for t in tokens[phrase.end : phrase.end + _WORDS + 1]]
    if after[:1] != [_WITH] or not any(w in cues.utterances for w in after[1:]):
        return None
    return mention_of(text, tokens, phrase, cue, cues)


# "X wird auf der Webseite wie folgt zitiert:", "Dazu wird X so zitiert:": the participle ends the
# clause at the quotation; the subject stands before the auxiliary or right after it.
def _passive_subject(text: str, window: Window, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject of a passive quoting clause that ends at the quotation, or None."""
    if cue.group().lower().endswith("en") or not _CLOSED.fullmatch(text, cue.end(), window[1]):
        return None  # "wird X zitieren": a future, its subject quotes
    start = window[0]
    for stop in _SENTENCE.finditer(text, max(window[0], cue.start() - _REACH), cue.start()):
        start = stop.end()
    tokens = list(TOKEN.finditer(text, start, cue.start()))
    words = [t.group().lower() for t in tokens]
    aux = next((i for i, w in enumerate(words) if w in cues.passive), None)
    if aux is None or aux == 0:
        return None
    adverb = words[0] in cues.skip  # "Dazu wird X zitiert"
    first = None if adverb else read_phrase(tokens, 0, cues, first=True)
    if first is not None and first.end == aux and not oblique(tokens, first):
        phrase: Phrase | None = first  # "X wird … zitiert"
    else:
        phrase = read_phrase(tokens, aux + 1, cues) if aux + 1 < len(tokens) else None
    if phrase is None or oblique(tokens, phrase) or not _someone(words, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)


def _someone(words: list[str], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase gives a name or a role ("der Trainer"), not a thing."""
    head = words[phrase.head]
    return phrase.name is not None or any(head.endswith(t) for t in cues.titles if len(t) > 3)
