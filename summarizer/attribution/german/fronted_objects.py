"""German objects put first: the cue's subject stands after its verb (`dewrong29`, `dealt29`).

"Die Festnahme bestätigte ein Sprecher: „…“", "Die Kritik der Datenschützer nannte Kernbach
„überzogen“": "die" and "das" mark no case, so the phrase that opens the sentence may be the
object. It is when a sure nominative follows the singular verb ("er", "ein Sprecher", "der
Anwalt", "der Angeklagte", "der Bauernverband"; "der Zeitung", "der Presse" and "der Kanzlerin"
are datives), or when the opening head is a thing judged or a statement and a person's name
follows the verb ("nannte Konzernchef Tobias Ahrens", "nannte Kernbach" after "Matthias
Kernbach"). "Die Opposition nannte Minister Jan Roth „…“" keeps its subject: a body may speak.
With a noun plural by form before a singular verb ("Die Spieler lobte Trainer Uwe Brenner"), a
role and a name after the verb is the subject too.
"""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.modified_noun import modified_noun
from summarizer.attribution.german.verb_number import singular_verb
from summarizer.attribution.lexicon.cues import Cues, Mention

_OPENED = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[“”]\s+)(?:Die|Das|Den|Dem)\s+$")
_REACH = 12
_AFTER = re.compile(r" (er|ein|der)\s+([A-ZÄÖÜ][\w-]*)?")
# person nouns end so ("Sprecher", "Anwalt", "Präsident", "Hotelier"); feminine ones in "-in" are
# datives after "der", and kin in "-er" ("der Mutter") too
_PERSON = re.compile(r"(?:er|ier|ent|ant|ist|eur|or|alt|ann|ohn|ef|at|oge|loge|ege|ose|ar|är)$")
# after "ein" the noun may be a neuter object ("nannte ein Argument", "forderte ein Mandat"): only
# endings no neuter noun of speech or law takes mark a person there ("ein Sprecher", "ein Anwalt")
_PERSON_AFTER_EIN = re.compile(r"(?:er|ist|eur|ant|alt|ann|ohn|oge|ege)$")
_FEMININE_IN_ER = frozenset({"mutter", "tochter", "schwester", "kammer", "oper", "leiter"})
# a participle or adjective used as a noun, nominative after "der": "Angeklagte", "Vorsitzende",
# "Beschuldigte", "Abgeordnete"
_ADJECTIVAL = re.compile(r"(?:ge\w*t|\w+end|\w+igt)e$")
# masculine heads of bodies, nominative after "der": "der Bauernverband", "der Stadtrat"
_BODIES = ("verband", "rat", "konzern", "verein", "vorstand", "ausschuss", "bund", "senat", "klub")
_NAMED_AFTER = re.compile(r" (?:die )?[A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+")
_THINGS = tuple(_data.load_toml("german.toml")["fronted_object"]["things"])
_KINDS = frozenset({"role", "org"})  # "Die Kritik der Datenschützer", "… der Kommission"
_NAMED = re.compile(
    r" (?P<article>(?:die|der) )?(?:[A-ZÄÖÜ][\w-]* )?"
    r"([A-ZÄÖÜ][\w-]+)(?: ([A-ZÄÖÜ][\w-]+))?(?=[ ,.„])"
)
_BACK = 2000  # how far back the surname's full name is looked for: bounded


def fronted_object(text: str, before: Mention, cue: re.Match[str], cues: Cues) -> bool:
    """Whether the phrase opening the sentence is the cue's object, its subject after the verb."""
    if before.kind == "name" or not _OPENED.search(text, max(0, before.at - _REACH), before.at):
        return False
    verb = cue.group().split()[0]
    if not singular_verb(verb):
        return False  # a plural verb may have the opening noun as its subject
    verb_end = cue.start() + len(verb)
    if _nominative_after(text, verb_end, cues):
        return True
    head = before.words.split()[0]
    thing = statement_noun(head) or head.lower().endswith(_THINGS)
    return before.kind in _KINDS and thing and _person_after(text, verb_end)


def named_after(text: str, cue: re.Match[str]) -> bool:
    """Whether two capitalised words follow the verb: a role and a name, or a full name."""
    return _NAMED_AFTER.match(text, cue.end()) is not None


def _nominative_after(text: str, at: int, cues: Cues) -> bool:
    """Whether a sure nominative follows the verb ending at `at`: "er", "ein Sprecher",
    "der Anwalt", "der Angeklagte"."""
    after = _AFTER.match(text, at)
    if after is None:
        return False
    if after.group(1) == "er":
        return True
    noun = (after.group(2) or "").lower()
    if not noun or noun in _FEMININE_IN_ER:
        return False
    if after.group(1) == "ein":
        return _PERSON_AFTER_EIN.search(noun) is not None or person_noun(noun, cues)
    if (modified := modified_noun(text, after.end(), noun, cues)) is not None:
        return modified
    adjectival = after.group(1) == "der" and _ADJECTIVAL.search(noun) is not None
    body = after.group(1) == "der" and noun.endswith(_BODIES)
    return _PERSON.search(noun) is not None or adjectival or body


def _person_after(text: str, at: int) -> bool:
    """Whether a name stands right after the verb: two capitalised words, or a surname the
    article gives with a first name elsewhere ("nannte Kernbach" after "Matthias Kernbach")."""
    found = _NAMED.match(text, at)
    if found is None:
        return False
    if found.group(3) or found.group("article"):
        return found.group(3) is not None  # "nannte die Ökonomin Silvia Kahl": a role and a name
    full = re.compile(rf"[A-ZÄÖÜ][\w-]+ {re.escape(found.group(2))}\b")
    return full.search(text, max(0, at - _BACK), at) is not None
