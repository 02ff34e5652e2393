"""German asides: ", wie Graf Roth sagte," closes a clause whose subject is the aside's."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_bracket import adverbials
from summarizer.attribution.german.german_labelling import own_saying
from summarizer.attribution.german.german_person import person_then_adverbials
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention

_ASIDE_REACH = 80  # ", wie Graf Roth sagte": a short clause before its cue
_ASIDE_OPENERS = frozenset(_data.load_toml("german.toml")["asides"]["openers"])
_OBJECTS = frozenset(_data.load_toml("german.toml")["asides"]["objects"])
_SUBORDINATORS = frozenset(_data.load_toml("german.toml")["asides"]["subordinators"])
_AUXILIARIES = frozenset(_data.load_toml("german.toml")["asides"]["auxiliaries"])
_SENTENCE_REACH = 300  # the rest of the sentence after a "Wie" clause: bounded
_QUOTED = re.compile(r"„[^„“”]*[“”]")
_STOP = re.compile(r"[.!?:\n]")
_SPACES = re.compile(r"[ \t]*")


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
        if words[index] == ",":
            break  # the aside's words hold no comma: none before this one opens it
        opened = words[index - 1] == "," or words[max(0, index - 2) : index] == [",", "oder"]
        if words[index] in _ASIDE_OPENERS and opened:
            return tokens[index + 1 :]
    return tokens


# "Wie Jan Roth am Montag im Rathaus sagte, werde …": a clause "Wie" opens puts its verb last, so
# the adverbials of its middle field stand between its subject and the cue, and so may an object
# ("Wie ihm Jan Roth dem Minister Tom Weber sagte"). The cue must close the clause: "Wie X
# berichtet wurde" (X was told) or "Wie X gesagt haben soll" (hearsay) names no speaker; nor does
# one a later verb of saying or calling in the sentence has its own subject ("…, habe Eva Ems den
# Plan als „…“ bezeichnet"), as for the plain "Wie X sagte," (german_partial._as_said).
def verb_last_subject(
    text: str, found: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The person subject of a clause "Wie" (or a conjunction before a colon) opens, with
    adverbials before the cue closing it."""
    wie = len(found) > 2 and found[0].group() == "Wie"  # a plain "Wie X sagte,": german_partial
    opened = 1 if wie else _subordinate(text, found, cue)
    if opened is None:
        return None
    tokens = found[opened + (found[opened].group().lower() in _OBJECTS) :]
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or (wie and phrase.end == len(tokens)) or oblique(tokens, phrase):
        return None
    index = adverbials(tokens, phrase.end, cues)
    while phrase.end < index < len(tokens) and tokens[index].group()[0].isupper():
        index += 1  # "dem Minister Tom Weber", "gegenüber Eva Ems": the object's name
    if not person_then_adverbials(text, tokens, phrase, index, cues):
        return None
    if _continued(text, cue) or _said_later(text, cue, cues):
        return None
    return mention_of(text, tokens, phrase, cue, cues)


# "Die Stimmung kippte, als X sagte: „…“", "Nachdem X erklärt hatte: „…“": a conjunction that
# opens the sentence or follows its last comma, the cue (and an auxiliary) closing it at a colon.
def _subordinate(text: str, found: list[re.Match[str]], cue: re.Match[str]) -> int | None:
    """The index after a conjunction that opens the cue's clause before a colon, or None."""
    if text[_closed(text, cue) : _closed(text, cue) + 1] != ":":
        return None
    words = [t.group() for t in found]
    commas = [i + 1 for i, w in enumerate(words) if w == ","]
    at = commas[-1] if commas else 0
    if at + 2 >= len(words) or words[at].lower() not in _SUBORDINATORS:
        return None
    opens = at or text[max(0, found[0].start() - 3) : found[0].start()].strip()[-1:] in ",.!?:"
    return at + 1 if opens else None  # "…, als X sagte:", not "mehr als X sagte:"


def _closed(text: str, cue: re.Match[str]) -> int:
    """Where the cue's clause goes on: past spaces and a perfect's auxiliary ("gesagt hat")."""
    at = _SPACES.match(text, cue.end()).end()  # type: ignore[union-attr]
    word = TOKEN.match(text, at)
    if word and word.group() in _AUXILIARIES:
        at = _SPACES.match(text, word.end()).end()  # type: ignore[union-attr]
    return at


def _continued(text: str, cue: re.Match[str]) -> bool:
    """Whether a word follows the cue in its clause ("berichtet wurde", "sagen soll")."""
    return text[_closed(text, cue) : _closed(text, cue) + 1].isalnum()


def _said_later(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the rest of the sentence, quotations left out, has a verb of saying or calling."""
    rest = _QUOTED.sub(" ", text[cue.end() : cue.end() + _SENTENCE_REACH])
    stop = _STOP.search(rest)
    words = TOKEN.findall(rest, 0, stop.start() if stop else len(rest))
    return any(own_saying(w, cues) for w in words)


# "Abg. Bennigsen (nat.-lib.) führte aus:": a party or a place in parentheses after the name
# is no word between the subject and its verb; nor are the brackets themselves.
def unbracketed(tokens: list[re.Match[str]]) -> list[str]:
    """The words of `tokens` outside parentheses."""
    words, depth = [], 0
    for token in tokens:
        word = token.group()
        depth += (word == "(") - (word == ")" and depth > 0)
        if depth == 0 and word not in "()":
            words.append(word)
    return words
