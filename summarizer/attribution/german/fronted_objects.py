"""German objects put first: "Die Festnahme bestätigte ein Sprecher: „…“" (`dewrong29`).

A sentence that opens with "Die", "Das", "Den" or "Dem" and a noun, then the cue verb, and right
after the verb a nominative that is surely one ("er", "ein Sprecher", "der Anwalt": a masculine
person noun; "der Zeitung" and "der Kanzlerin" are datives), has its subject after the verb: the
opening phrase is the object and names nobody. With a noun plural by form before a singular verb
("Die Spieler lobte Trainer Uwe Brenner"), a name or a role and a name after it is the subject too.
"""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Mention

_OPENED = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[“”]\s+)(?:Die|Das|Den|Dem)\s+$")
_REACH = 12
_AFTER = re.compile(r" (er|ein|der)\s+([A-ZÄÖÜ][\w-]*)?")
# person nouns end so ("Sprecher", "Anwalt", "Präsident", "Hotelier"); feminine ones in "-in" are
# datives after "der", and kin in "-er" ("der Mutter") too
_PERSON = re.compile(r"(?:er|ier|ent|ant|ist|eur|or|alt|ann|ohn|ef|at|oge|loge|ege|ose|ar)$")
_FEMININE_IN_ER = frozenset({"mutter", "tochter", "schwester", "kammer", "oper", "leiter"})
_NAMED_AFTER = re.compile(r" (?:die )?[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+")


def fronted_object(text: str, before: Mention, cue: re.Match[str]) -> bool:
    """Whether the phrase opening the sentence is the cue's object, its subject after the verb."""
    if before.kind == "name" or not _OPENED.search(text, max(0, before.at - _REACH), before.at):
        return False
    verb = cue.group().split()[0].lower()
    if not (verb.endswith("t") or (verb.endswith("te") and not verb.endswith("ten"))):
        return False  # a plural verb may have the opening noun as its subject
    after = _AFTER.match(text, cue.end())
    if after is None:
        return False
    if after.group(1) == "er":
        return True
    noun = (after.group(2) or "").lower()
    return bool(noun) and _PERSON.search(noun) is not None and noun not in _FEMININE_IN_ER


def named_after(text: str, cue: re.Match[str]) -> bool:
    """Whether two capitalised words follow the verb: a role and a name, or a full name."""
    return _NAMED_AFTER.match(text, cue.end()) is not None
