"""A German label of a possessive and a statement noun: "Sein Fazit: „…“"."""
# "Feuerwehrchef Arno Wilms zog Bilanz. Sein Fazit: „…“": the possessive points back to the one
# person the sentence right before names (in its paragraph), when the article marks that
# person's gender as the possessive's (a known first name, or a title: "-in" feminine); low.
# "Sein" picks the one man among people whose genders are all known ("Jan Roth traf Eva Ems. Sein
# Fazit:"); "Ihr" may be "their", so only after one person. Nobody after none ("Das Boot lief
# aus. Sein Fazit:") or a person of the other gender.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.casing import statement_noun
from summarizer.attribution.german.chain_rivals import people
from summarizer.attribution.german.forenames import GENDERS
from summarizer.attribution.german.label_roles import role_before
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_DATA = _data.load_toml("german.toml")
_GENDERS = {w: g for g in ("masculine", "feminine") for w in _DATA["possessed"][g]}
_TAILS = frozenset(_DATA["colon_labels"]["tails"])  # "Sein Fazit dazu:"
_REACH = 300  # the sentence before: bounded
_JOINED = frozenset(("mit", "und", "sowie"))  # others join her: "ihr" may be "their"
_OBLIQUE = frozenset(("den", "dem", "einen", "einem"))  # an object's article


def possessive_label(text: str, window: Window, cues: Cues) -> Mention | None:
    """The one person of the possessive's gender the sentence before a "Sein Fazit:" names."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":"):
        return None
    end = window[0] + len(head) - 1
    start = last_stop(text, cues.sentence_end, window[0], end) or window[0]
    tokens = read_tokens(text, start, end)
    opener = tokens[0].group() if tokens else ""
    wanted = _GENDERS.get(opener.lower()) if opener[:1].isupper() else None
    noun = next((i for i, t in enumerate(tokens[1:], 1) if not t.group().islower()), None)
    if wanted is None or noun is None or not statement_noun(tokens[noun].group()):
        return None  # "Seine Frau:" is a person; "Sein knappes Fazit:" passes adjectives
    if not all(t.group() in _TAILS for t in tokens[noun + 1 :]):
        return None
    before = read_tokens(text, *_sentence_before(text, start, cues))
    words = [t.group() for t in before]
    found = people(text, words, cues)
    genders = [_gender(words, i, cues) for i in found]
    plural = wanted == "feminine" and (len(genders) > 1 or not _JOINED.isdisjoint(words))
    if genders.count(wanted) != 1 or None in genders or plural:
        return None  # "Jan Roth traf Eva Ems. Ihr Fazit:", "Mia Falk sang mit ihrer Band. Ihr"
    surname = found[genders.index(wanted)]
    if not _subject(words[: surname - 1], cues):
        return None  # "Ein Polizist nahm den Arzt Jan Roth fest. Sein Fazit:": the object's?
    first, last = before[surname - 1], before[surname]
    name = text[first.start() : last.end()]
    return Mention(name, "name", tokens[noun].group(), first.start(), tokens[noun].start())


def _sentence_before(text: str, start: int, cues: Cues) -> Window:
    """The sentence that ends right before `start`, in its paragraph; empty if none."""
    low = max(0, start - _REACH, text.rfind("\n", 0, start) + 1)
    if low >= start:
        return start, start
    return (last_stop(text, cues.sentence_end, low, start - 1) or low), start


def _gender(words: list[str], surname: int, cues: Cues) -> str | None:
    """The gender a known first name or a title right before it marks for a full name."""
    given = GENDERS.get(words[surname - 1])
    if given is not None or surname < 2 or not role_before(words[surname - 2], cues):
        return given
    return "feminine" if words[surname - 2].endswith(("in", "innen")) else "masculine"


# "Am Abend zog Trainer Jan Roth Bilanz": after an adverbial, one verb, then the name; "nahm den
# Arzt Jan Roth fest" puts the name in an object ("den", "dem"), whose "Sein Fazit" is unsure.
def _subject(before: list[str], cues: Cues) -> bool:
    """Whether the words before a name (from its sentence's start) leave it in the subject:
    capitalised words, articles, "und" and commas, or an adverbial and the verb ("Am Abend zog")."""
    start = len(before)
    while start and before[start - 1][:1].isupper():
        start -= 1  # the name's title: "Trainer", "Die Ärztin"
    if start and before[start - 1].lower() in cues.determiners:
        if before[start - 1].lower() in _OBLIQUE:
            return False
        start -= 1
    rest = before[:start]
    joins = cues.determiners | _JOINED | {","}
    if all(w[:1].isupper() or w.lower() in joins for w in rest):
        return True
    inverted = len(rest) > 1 and rest[-1].isalpha() and rest[-1].islower()
    adverbial = rest[:-1]
    if not inverted or adverbial[0].lower() in cues.determiners:
        return False  # "Ein Polizist nahm Jan Roth fest"
    return all(w[:1].isupper() or w.lower() in joins for w in adverbial)
