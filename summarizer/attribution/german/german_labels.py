"""A German name and role as a label before a colon: "Jan Roth, Präsident des Verbands: „…“"."""
# No verb: the name that opens the line, a comma, then a role (a title noun, its genitives and
# prepositions); the quotation is the name's, as after a bare "Jan Roth:".

from __future__ import annotations

from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.phrases import mention_of, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 160  # a label is short


def labelled_name(text: str, window: Window, cues: Cues) -> Mention | None:
    """The full name that a verbless "Name, role:" label at the start of a line gives, or None."""
    head = text[window[0] : window[1]].rstrip()
    start = max(window[0], text.rfind("\n", 0, window[1]) + 1)
    if (
        not head.endswith(":")
        or window[1] - start > _REACH
        or text[start : window[1]].count(":") > 1
    ):
        return None
    tokens = read_tokens(text, start, window[1])
    words = [t.group() for t in tokens]
    if any(w.islower() and w not in cues.governing for w in words):
        return None  # a verb or an adverb: a sentence, read elsewhere
    phrase = read_phrase(tokens, 0, cues, first=True) if tokens else None
    if phrase is None or phrase.name is None or phrase.name[0] != 0:
        return None
    after = phrase.name[1]
    if after >= len(words) - 1 or words[after] != "," or phrase.name[1] - phrase.name[0] < 2:
        return None
    role = after + 1 + (words[after + 1].lower() in cues.determiners)
    if role >= len(words) or not person_noun(words[role].lower(), cues):
        return None
    return mention_of(text, tokens, phrase, tokens[after], cues)
