"""German verbless labels before a colon: "Dazu die Ministerin: „…“", "Peter Lang (SPD): „…“"."""
# A sentence that is nothing but a person, perhaps after an adverb that ties it to the text before
# ("Dazu", "Darauf"), and a colon leaves the verb of saying out: the quotation is that person's. A
# statement noun after a possessive ("Seine Begründung:", "Ihr Fazit:") is the words of the one
# the possessive stands for, as a pronoun before a verb of saying is. Headings of things ("Das
# Motto:", "Die Kernfrage:") and statement nouns with no owner name nobody.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import mention_of, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_TABLE = _data.load_toml("german.toml")["colon_labels"]
_ADVERBS = frozenset(_TABLE["adverbs"])
_POSSESSIVES: dict[str, str] = _TABLE["possessives"]
_JOINS = frozenset(_TABLE["joins"])
_REACH = 100  # a label is short


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
    index = int(bool(tokens) and tokens[0].group() in _ADVERBS)
    if index >= len(tokens) or any(t.group() in _JOINS for t in tokens):
        return None  # "Die Lehrerin und der Schüler:": no one person
    pronoun = _possessed(tokens[index:])
    if pronoun is not None:
        return Mention(pronoun, "pronoun", tokens[-1].group(), tokens[index].start(), end)
    phrase = read_phrase(tokens, index, cues, first=True)
    if phrase is None or phrase.end != len(tokens) or not person(text, tokens, phrase, cues):
        return None
    if statement_noun(tokens[phrase.head].group()):
        return None  # "Die Antwort der Ministerin:" is german_sources'
    return mention_of(text, tokens, phrase, tokens[-1], cues)


def _possessed(tokens: list) -> str | None:  # type: ignore[type-arg]
    """The pronoun a lone "Seine Begründung" stands for, else None."""
    if len(tokens) != 2 or not statement_noun(tokens[1].group()):
        return None
    return _POSSESSIVES.get(tokens[0].group())
