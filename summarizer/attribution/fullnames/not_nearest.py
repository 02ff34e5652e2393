"""German names at a cue that are not its subject: an owner after "von", a preposition's object.

"Die Tochter von Trainer Olaf Kern sagte: „…“": the role word cut the mention to "Olaf Kern", the
one the daughter belongs to; the daughter speaks. Without the role the readers already keep the
whole phrase ("Tochter von Olaf Kern", low), so the phrase from the person noun on is given, low;
a genitive head ("eines Sprechers von …") names nobody. A speech noun before "von" ("Die Worte
von Trainer Olaf Kern:") leaves the owner the speaker.
"Aus Regierungskreisen verlautete:": a mention opened by a preposition is a place or an occasion,
never a speaker; "in", "im" and "auf" are left, since they open the documents that speak ("heißt
es in dem Schreiben", "auf der Webseite").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.records import recast

_REACH = 60  # characters before a mention read for its "von" phrase: bounded
# "[der|die|ein|eine|des|eines…] [adjective] Noun von [Role] " right before the mention
_OWNED = re.compile(
    r"(?:^|[\s(])(?P<det>[Dd](?:er|ie|as|es|em|en)|[Ee]in(?:e[rsmn]?)?)\s+"
    r"(?:[a-zäöüß][\w-]*\s+)?(?P<head>[A-ZÄÖÜ][\w-]*)\s+von\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
# nouns of speech or writing whose owner is the speaker ("Die Worte von X:", "die Reaktion von X")
_SPOKEN_ENDINGS = ("ung", "ion", "wort", "worte", "worten", "sage", "rede", "tat", "it", "ar")
# a person noun ends so: "Tochter", "Sprecherin", "Anwalt", "Kollege", "Agent", "Vertrauter"
_PERSON_ENDINGS = (
    "er", "ern", "ers", "in", "innen", "ent", "enten", "ant", "anten", "ist", "isten", "eur",
    "or", "ge", "gen", "we", "te", "ten", "alt", "älte", "ohn", "öhne", "ann", "änner", "rau",
    "rauen", "und", "unde", "unden", "ar", "arn",
)  # fmt: skip
_GENITIVE = frozenset({"des", "eines", "einer"})
# prepositions that never open a speaker's name ("Per", "Von" may: "Per Mertesacker", "Von Roe")
_PREPOSITIONS = frozenset({"aus", "bei", "beim", "mit", "über", "unter", "vor", "seit", "am", "an"})
# a lower-case preposition and at most one role word right before a mention before its cue
_GOVERNING = _PREPOSITIONS | {"um"}
_GOVERNED = re.compile(
    r"(?:^|\s)(?:aus|bei|beim|mit|über|unter|vor|seit|am|an|um)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
_VERB = re.compile(r"\s+([a-zäöüß]+)")
_NAMED = re.compile(r" [A-ZÄÖÜ][\w-]+ [A-ZÄÖÜ][\w-]+")


def not_nearest(text: str, found: Sequence[Attribution], cues: Cues) -> tuple[Attribution, ...]:
    """`found` with the German owners and prepositions' objects no longer named as speakers."""
    if not cues.nouns_capitalized:
        return tuple(found)
    return tuple(_checked(text, a, cues) for a in found)


def _checked(text: str, found: Attribution, cues: Cues) -> Attribution:
    """One attribution, its speaker dropped or widened where its mention is no subject."""
    if not found.speaker or found.mention_at < 0 or not found.mention:
        return found
    if _placed(found) or _governed(text, found):
        return recast(found, speaker=None, basis="none")
    owned = _OWNED.search(text, max(0, found.mention_at - _REACH), found.mention_at)
    if owned is None:
        return found
    if not _person(owned.group("head"), cues):  # "Die Forderung von X nannte Minister Y „…“"
        return recast(found, speaker=None, basis="none") if _subject_after(text, found) else found
    if owned.group("det").lower() in _GENITIVE:
        return recast(found, speaker=None, basis="none")  # "eines Sprechers von X": nobody named
    phrase = text[owned.start("head") : found.mention_at + len(found.mention)]
    return recast(found, speaker=phrase, mention=phrase, named=False, sure=False)


def _governed(text: str, found: Attribution) -> bool:
    """Whether a preposition governs the mention before its cue: "aus Kreisen um Kanzler X"; a
    label's preposition read as its cue counts as before."""
    before = found.mention_at < found.cue_at or (found.cue or "").lower() in _GOVERNING
    if not before or not (found.mention or " ")[0].isupper():
        return False  # "aus einem Schreiben … Darin heißt es": a document speaks
    if "," in text[found.mention_at : found.cue_at]:
        return False  # "erinnerte an Eva Ems, die einst sagte:": the relative clause speaks
    reach = max(0, found.mention_at - _REACH)
    return _GOVERNED.search(text, reach, found.mention_at) is not None


def _subject_after(text: str, found: Attribution) -> bool:
    """Whether the cue verb right after the mention has a role and a name after it."""
    end = found.mention_at + len(found.mention or "")
    verb = _VERB.match(text, end)
    return bool(verb and found.cue_at == verb.start(1) and _NAMED.match(text, verb.end()))


def _person(head: str, cues: Cues) -> bool:
    """Whether a capitalised noun before "von" is a person's, not a statement's."""
    lower = head.lower()
    if cues.frame_nouns is not None and cues.frame_nouns.fullmatch(lower):
        return False
    return lower.endswith(_PERSON_ENDINGS) and not lower.endswith(_SPOKEN_ENDINGS)


# Only the mention's own first word: a word right after "aus" may be a government ("Aus Paris hieß
# es") or a document ("geht aus einem Schreiben hervor. Darin heißt es"), which speak.
def _placed(found: Attribution) -> bool:
    """Whether the mention opens with a preposition: a place or an occasion, no speaker."""
    words = (found.mention or "").split()
    return len(words) > 1 and words[0].lower() in _PREPOSITIONS  # "Aus Regierungskreisen"
