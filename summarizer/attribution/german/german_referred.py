"""A German colon frame that points back to a document: "Darin steht: „…“"."""
# "Die Behörde gab am Dienstag eine Stellungnahme ab. Darin heißt es unter anderem: „…“": the
# words stand in the document the sentence before names (writing, the document as written, low).

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_DATA = _data.load_toml("german.toml")["referred"]
_BACK = frozenset(_DATA["back"])
_STANDS = frozenset(_DATA["stands"])
_NOUNS = tuple(_DATA["nouns"])
_FILLERS = 4  # "Darin heißt es unter anderem wörtlich:": a few lower-case words at most
_REACH = 300  # the sentence before: bounded, linear


def referred_document(text: str, window: Window, cues: Cues) -> Mention | None:
    """The document the sentence before names, when the window is "Darin steht …:"."""
    if not cues.nouns_capitalized or not text[window[0] : window[1]].rstrip().endswith(":"):
        return None
    tokens = read_tokens(text, *window)
    words = [t.group() for t in tokens]
    if len(words) < 2 or words[0].lower() not in _BACK or words[1].lower() not in _STANDS:
        return None
    if len(words) > 2 + _FILLERS or not all(w.islower() for w in words[2:]):
        return None  # "Darin steht der Satz des Ministers:" names its own words
    begin = max(0, window[0] - _REACH)
    begin = last_stop(text, cues.sentence_end, begin, window[0] - 1) or begin
    before = list(TOKEN.finditer(text, begin, window[0]))
    nouns = [i for i, t in enumerate(before) if _document(t.group())]
    if len(nouns) != 1:
        return None  # none, or two documents: which one is unsure
    noun = nouns[0]
    start = noun - (noun > 0 and before[noun - 1].group().lower() in cues.determiners)
    at = before[start].start()
    cue = tokens[1]
    verb = " ".join(words[1:3]) if words[2:3] == ["es"] else cue.group()  # "heißt es"
    return Mention(text[at : before[noun].end()], "description", verb, at, cue.start())


def _document(word: str) -> bool:
    """A capitalised noun for a document, also as the end of a compound ("Pressemitteilung")."""
    return word[:1].isupper() and word.lower().endswith(_NOUNS)
