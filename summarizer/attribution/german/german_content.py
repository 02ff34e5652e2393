"""Whose words a German statement noun's content clause holds: "der Vorwurf der CDU, es sei „…“"."""
# A noun of saying with the person it comes from, then a comma and its content clause in indirect
# speech ("Auf den Vorwurf der CDU, es handele sich um einen „…“, …", "Die Forderung der
# Gewerkschaft, dass die Löhne „…“ steigen, …"): the quotation inside is that person's words.

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import Phrase, mention_of, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_GENITIVES = frozenset(_data.load_toml("german.toml")["statement_sources"]["genitives"])
_REACH = 200  # a noun phrase and the start of its content clause
_THAT = frozenset(_data.load_toml("german.toml")["partial"]["that"])
_AGENTS = frozenset(_data.load_toml("german.toml")["partial"]["agents"])
_SUBJECTS = frozenset(_data.load_toml("german.toml")["partial"]["content_subjects"])


# "X sagte: „…“, betont sie": the colon's subject, not a guess for the pronoun. "Auf den Vorwurf
# der CDU, es handele sich um einen „…“, entgegnete X": the word is the owner's, whom X answers.
def set_aside(text: str, before: Window, found: Mention, cues: Cues) -> bool:
    """Whether the subject of a cue after a German quotation gives way to a reading before it."""
    if found.kind == "pronoun" and text[before[0] : before[1]].rstrip().endswith(":"):
        return True
    return content_source(text, before, cues) is not None


# Asked twice of most German quotations with a cue after them: by `set_aside`, then as one of the
# readers of the subject before the quotation, over the same window.
@functools.lru_cache(maxsize=4)
def content_source(text: str, window: Window, cues: Cues) -> Mention | None:
    """The person whose statement noun's content clause holds the quotation, or None."""
    start = max(window[0], window[1] - _REACH)
    if text.count(",", start, window[1]) != 1:
        return None  # each comma is a token of its own: most windows tokenized no further
    tokens = read_tokens(text, start, window[1])
    commas = [i for i, t in enumerate(tokens) if t.group() == ","]
    if not _content(tokens[commas[0] + 1 :], cues):
        return None
    owners = ((i, _owner_at(tokens, i, commas[0], cues)) for i in range(commas[0]))
    noun, phrase = next(((i, found) for i, found in owners if found), (0, None))
    if phrase is None or not (person(text, tokens, phrase, cues) or _acronym(tokens, phrase, cues)):
        return None
    return mention_of(text, tokens, phrase, tokens[noun], cues)


# "der CDU", "der UNO": an article before a word in capitals alone names a body.
def _acronym(tokens: list[re.Match[str]], phrase: Phrase, cues: Cues) -> bool:
    """Whether a phrase is an article and one word in capitals."""
    if (
        phrase.end - phrase.start != 2
        or tokens[phrase.start].group().lower() not in cues.determiners
    ):
        return False
    word = tokens[phrase.start + 1].group()
    return len(word) > 1 and word.isupper() and word.isalpha()


# "der Vorwurf der CDU," "die Forderung von Eva Ems,": the noun, its genitive, then the comma.
def _owner_at(tokens: list[re.Match[str]], index: int, comma: int, cues: Cues) -> Phrase | None:
    """The genitive phrase after a statement noun at `index` that ends at the comma, or None."""
    word = tokens[index].group()
    if not word[0].isupper() or not statement_noun(word) or index + 1 >= comma:
        return None
    if tokens[index + 1].group().lower() not in _GENITIVES:
        return None
    skip = tokens[index + 1].group().lower() in _AGENTS
    phrase = read_phrase(tokens, index + 1 + skip, cues)
    return phrase if phrase is not None and phrase.end == comma else None


# "dass …", "es sei …", "man müsse …", "es handele sich …": Konjunktiv I after a pronoun ends in
# -e where the indicative ends in -t; a past "-te" may be either, so it is left out.
def _content(clause: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the words after the comma open a content clause in indirect speech, no cue in it."""
    words = [t.group() for t in clause]
    if not words or any(cues.verbs.fullmatch(w) and w not in cues.reported for w in words):
        return False
    if words[0].lower() in _THAT:
        return True
    if words[0].lower() not in _SUBJECTS or len(words) < 2:
        return False
    verb = words[1].lower()
    konjunktiv = verb.endswith("e") and not verb.endswith("te") and verb.islower()
    return verb in cues.reported or verb in cues.subjunctive or konjunktiv
