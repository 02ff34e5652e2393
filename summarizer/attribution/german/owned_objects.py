"""German objects put first that an owner marks: a possessive or a genitive (`dewrong31`).

"Deren Haltung bezeichnete er als „…“", "Dessen Schwächen nannte sie „…“", "Ihre Entscheidung
begründete die Richterin Ute Sendler so:", "Die Rede des Präsidenten kommentierte Politologe Ulf
Brandes:": a thing that belongs to someone opens the sentence, and after the singular verb stands
one who speaks (a pronoun, or a name). The owned thing is the verb's object; a noun for a person
or a body keeps its subject ("Deren Sprecher nannte ihn „…“", "Die Regierung des Landes …").
"""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.verb_number import singular_verb
from summarizer.attribution.lexicon.cues import Cues, Mention

_GERMAN = _data.load_toml("german.toml")
# nouns that stand for a body, also as the end of a compound: such a phrase may speak
_BODIES = tuple(
    _GERMAN["role_holder"]["bodies"]
    + _GERMAN["document_sources"]["bodies"]
    + _GERMAN["bodies"]["nouns"]
)
_ADJECTIVE_PEOPLE = tuple(stem.rstrip("enr") for stem in _GERMAN["adjective_people"]["stems"])
_POSSESSIVES = _GERMAN["possessed"]["masculine"] + _GERMAN["possessed"]["feminine"]
_OWNER = "|".join(sorted(w.capitalize() for w in [*_POSSESSIVES, "dessen", "deren"]))
_CAPITAL = r"[A-ZÄÖÜ][\w-]*"
_REACH = 40  # characters from the sentence's start to the mention at most: bounded
_STOPS = ".!?:;“”\n"
# the sentence's opening phrase: a possessive and its noun ("Deren Haltung"), or an article, a
# noun and its genitive owner ("Die Rede des Präsidenten", "Die Rolle des Vereins"); then at most
# a few words of a phrase ("gegenüber der PKK"), no comma, up to the verb
_OPENING = re.compile(
    rf"(?:(?P<owner>{_OWNER}) (?P<owned>{_CAPITAL})"
    rf"|(?:Die|Das|Den) (?P<head>{_CAPITAL}) (?:des|der) (?:[a-zäöüß]+ )?{_CAPITAL})"
    r"(?: [\w-]+){0,4} "
)
# after the verb: a subject pronoun, or a name (a role or an article may stand before it)
_PRONOUN_AFTER = re.compile(r" (?:er|sie)\b")
_NAME_AFTER = re.compile(rf" (?:(?:die|der) )?(?:{_CAPITAL} )?{_CAPITAL} {_CAPITAL}(?=[ ,.:„])")


def owned_object(text: str, before: Mention, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the owned thing that opens the sentence is the cue's object (`before` is in it)."""
    start = _sentence_start(text, before.at)
    opening = _OPENING.fullmatch(text, start, cue.start()) if start is not None else None
    if opening is None or (before.kind == "name" and opening.group("owner") is not None):
        return False
    possessive = opening.group("owner") is not None
    if _speaks(opening.group("owned" if possessive else "head"), cues):
        return False
    verb = cue.group().split()[0]
    if not singular_verb(verb):
        return False  # a plural verb may have the opening phrase as its subject
    end = cue.start() + len(verb)
    pronoun = possessive and _PRONOUN_AFTER.match(text, end) is not None
    return pronoun or _NAME_AFTER.match(text, end) is not None


def _speaks(head: str, cues: Cues) -> bool:
    """Whether a head noun stands for a person or a body, also as a compound's end."""
    word = head.lower()
    if person_noun(word, cues) or word.rstrip("enr").endswith(_ADJECTIVE_PEOPLE):
        return True  # "Sprecher", "Vorsitzende": a person
    return word.endswith(_BODIES) or word.rstrip("s").endswith(_BODIES)


def _sentence_start(text: str, at: int) -> int | None:
    """Where the sentence that holds `at` opens, when it opens at most `_REACH` before it."""
    lead = text[max(0, at - _REACH) : at]
    cut = max(lead.rfind(stop) for stop in _STOPS)
    if cut < 0 and at > _REACH:
        return None
    start = at - len(lead) + cut + 1
    while start < at and text[start] == " ":
        start += 1
    return start
