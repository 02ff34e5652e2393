"""A German object put first before a cue, its subject after the finite verb."""
# "Die Kritik der Datenschützer nannte Kernbach „überzogen“": "die"/"das" mark no case, so the
# phrase that opens the sentence may be the object; it is when the verb is followed by a
# nominative ("nannte der Angeklagte Sven Ritter"), or when its head names a thing judged or a
# statement and a person's name follows the verb ("nannte Konzernchef Tobias Ahrens", "nannte
# Kernbach" after "Matthias Kernbach"). "Die Opposition nannte Minister Jan Roth „…“" keeps its
# subject: a body may speak.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.lexicon.cues import Cues, Mention

_THINGS = tuple(_data.load_toml("german.toml")["fronted_object"]["things"])
_AMBIGUOUS = frozenset({"die", "das"})  # nominative or accusative alike
_KINDS = frozenset({"role", "org"})  # "Die Kritik der Datenschützer", "… der Kommission"
_NOMINATIVE = re.compile(r" der [A-ZÄÖÜ]")  # "nannte der Angeklagte": a subject
_NAMED = re.compile(r" (?:[A-ZÄÖÜ][\w-]* )?([A-ZÄÖÜ][\w-]+)(?: ([A-ZÄÖÜ][\w-]+))?(?=[ ,.„])")
_REACH = 8
_BACK = 2000  # how far back the surname's full name is looked for: bounded


def fronted_object(text: str, before: Mention, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the role phrase before `cue` is its object put first, the subject after it."""
    article = text[max(0, before.at - _REACH) : before.at].split()[-1:]
    if before.kind not in _KINDS or not article or article[0].lower() not in _AMBIGUOUS:
        return False
    if not _opens(text, before.at - len(article[0]) - 1):
        return False
    verb_end = cue.start() + len(cue.group().split()[0])
    if _NOMINATIVE.match(text, verb_end):
        return True
    head = before.words.split()[0]
    thing = statement_noun(head) or head.lower().endswith(_THINGS)
    return thing and _person_after(text, verb_end)


def _opens(text: str, at: int) -> bool:
    """Whether `at` starts a sentence: the text's start or after a stop."""
    before = text[max(0, at - 3) : at].rstrip()
    return not before or before[-1] in ".!?\n“"


def _person_after(text: str, at: int) -> bool:
    """Whether a name stands right after the verb: two capitalised words, or a surname the
    article gives with a first name elsewhere ("nannte Kernbach" after "Matthias Kernbach")."""
    found = _NAMED.match(text, at)
    if found is None:
        return False
    if found.group(2):
        return True
    full = re.compile(rf"[A-ZÄÖÜ][\w-]+ {re.escape(found.group(1))}\b")
    return full.search(text, max(0, at - _BACK), at) is not None
