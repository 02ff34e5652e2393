"""A German name and role as a label before a colon: "Jan Roth, Präsident des Verbands: „…“"."""
# No verb: the name that opens the line, a comma, then a role (a title noun, its genitives and
# prepositions); the quotation is the name's, as after a bare "Jan Roth:". So is it after the
# name and prepositional phrases when one of them names the talk or the listener ("Jan Roth im
# Interview:", "Jan Roth gegenüber der Zeitung:"): the verb of saying is left out. Other phrases
# may head a section ("Neue Studie im Überblick:", "Bad Ems am Montag:"), so they name nobody, and
# so does a name after a word that is no title ("Mordfall Jan Roth im Interview:").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.casing import surnames
from summarizer.attribution.german.german_person import person_noun, person_then_adverbials
from summarizer.attribution.german.label_roles import role_before
from summarizer.attribution.german.phrases import mention_of, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_REACH = 160  # a label is short
_LISTENERS = frozenset(_data.load_toml("german.toml")["postpositions"]["words"])  # "gegenüber"
_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # not the colon of a score or a time ("nach dem 0:4:")


def labelled_name(text: str, window: Window, cues: Cues) -> Mention | None:
    """The full name that a verbless "Name, role:" label at the start of a line gives, or None."""
    head = text[window[0] : window[1]].rstrip()
    start = max(window[0], text.rfind("\n", 0, window[1]) + 1)
    if (
        not head.endswith(":")
        or window[1] - start > _REACH
        or len(_COLON.findall(text, start, window[1])) > 1
    ):
        return None
    tokens = read_tokens(text, start, window[1])
    words = [t.group() for t in tokens]
    placed = _placed_name(text, tokens, cues)
    if placed is not None:
        return placed
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


def _placed_name(text: str, tokens: list[re.Match[str]], cues: Cues) -> Mention | None:
    """The full name of a person that opens a label, followed only by prepositional phrases."""
    phrase = read_phrase(tokens, 0, cues, first=True) if tokens else None
    if phrase is None or phrase.name is None or not _named(text, tokens, phrase.name):
        return None
    titled = phrase.name[0] > 0 and role_before(tokens[phrase.name[0] - 1].group(), cues)
    if phrase.name[0] > 0 and not titled:
        return None  # "Mordfall Jan Roth im Interview:": a case, no person, heads the section
    after = phrase.name[1]
    if after >= len(tokens) or tokens[after].group() == ",":
        return None
    if not person_then_adverbials(text, tokens, phrase, after, cues):
        return None
    words = {t.group().lower() for t in tokens[after:]}
    if words.isdisjoint(cues.utterances) and words.isdisjoint(_LISTENERS) and not titled:
        return None  # "Jan Roth am Montag:" says when, not that he spoke
    return mention_of(text, tokens, phrase, tokens[after], cues)


# "Jan Roth …": a first name and a surname; "Roth gegenüber Reportern:" a surname the article
# writes in full elsewhere, then only before the words of the talk or the listener.
def _named(text: str, tokens: list[re.Match[str]], name: tuple[int, int]) -> bool:
    """Whether the name that opens a label is a full name or a surname given in full before."""
    if name[1] - name[0] > 1:
        return True
    words = {t.group().lower() for t in tokens[name[1] :]}
    return tokens[name[0]].group() in surnames(text) and not words.isdisjoint(_LISTENERS)
