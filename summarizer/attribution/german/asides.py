"""German asides: ", wie Graf Roth sagte," closes a clause whose subject is the aside's."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_bracket import adverbials
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention

_ASIDE_REACH = 80  # ", wie Graf Roth sagte": a short clause before its cue
_ASIDE_OPENERS = frozenset(_data.load_toml("german.toml")["asides"]["openers"])


# Its speaker speaks only the quotation it introduces: the next one is not carried over to it.
def aside_cue(text: str, cue_at: int) -> bool:
    """Whether the cue at `cue_at` closes a ", wie X sagte" aside."""
    tokens = list(TOKEN.finditer(text, max(0, cue_at - _ASIDE_REACH), max(0, cue_at)))
    return len(past_aside_opener(tokens)) < len(tokens)


# "Die Schwierigkeiten, wie Graf Roth sagte, „…“": the cue's subject is the aside's, after "wie".
def past_aside_opener(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens after a ", wie" (or ", oder wie") that the cue closes, else all of them."""
    words = [t.group().lower() for t in tokens]
    for index in range(len(words) - 1, 0, -1):
        opened = words[index - 1] == "," or words[max(0, index - 2) : index] == [",", "oder"]
        if words[index] in _ASIDE_OPENERS and opened and "," not in words[index:]:
            return tokens[index + 1 :]
    return tokens


# "Wie Jan Roth am Montag im Rathaus sagte, werde …": a clause "Wie" opens puts its verb last, so
# the adverbials of its middle field stand between its subject and the cue.
def verb_last_subject(
    text: str, found: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The person subject of a clause "Wie" opens, with adverbials before the cue closing it."""
    if len(found) < 3 or found[0].group() != "Wie":
        return None
    tokens = found[1:]
    phrase = read_phrase(tokens, 0, cues)
    if phrase is None or phrase.end == len(tokens) or oblique(tokens, phrase):
        return None
    if adverbials(tokens, phrase.end, cues) < len(tokens) or not person(text, tokens, phrase, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)
