"""Whether a word the reporting-verb pattern matched is the cue here, and where the cue starts."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.hearer_inverted import likens
from summarizer.attribution.german.changed_verb import changed_verb
from summarizer.attribution.lexicon.cues import Cues, Mention

_INFLECTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|ils|elles|on)$", re.IGNORECASE)

_OPENS_CLAUSE = '.!?\n,;:"“”«»—–('
_PHRASE_END = re.compile(r"[,.:;!?«»“”\"]")
_PHRASE = 120  # a name phrase is short: a bounded look, linear over many cues

_NOUN_HEADS = tuple(f"{w} " for w in _data.load_toml("particles.toml")["ar"]["verbal_noun_heads"])


# "Says Holt" is a verb; "the United States" is not.
def is_verb(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue word is a verb here: lower-case, or capitalised where a sentence starts."""
    if text.endswith(_NOUN_HEADS, 0, cue.start()):  # "الذي طلب عدم ذكر اسمه": a verbal noun
        return False
    if not cue.group()[0].isupper():
        return True
    before = text[max(0, cue.start() - 3) : cue.start()].strip()  # also after a dateline's dash
    return not before or before[-1] in '.!?\n"“”«»—–'


# "“…,” Read said", "“Why?” Read asked".
def names_document(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a capitalised document cue right after an unfinished quotation is a name."""
    before = text[max(0, cue.start() - 3) : cue.start()].rstrip()
    inside = before[-1:] in ('"', "”") and before[-2:-1] in (",", "?", "!")
    return inside and cue.group().lower() in cues.documents and not cue.group().islower()


# Spanish and French put an object pronoun before the verb ("«…», le dijo X", "lui a dit X").
def past_clitic(text: str, first: re.Match[str] | None, cues: Cues) -> int | None:
    """Where the cue after an object pronoun `first` starts; None without both."""
    if first is None or first.group() not in cues.clitics:
        return None
    if text[first.end() : first.end() + 1] != " ":
        return None
    verb = cues.verbs.match(text, first.end() + 1)
    return verb.start() if verb else None


# French inverts a subject pronoun onto its verb: "a-t-elle ajouté", "indique-t-on".
def inflected(cue: re.Match[str]) -> Mention | None:
    """The subject pronoun joined to the cue's first word by a hyphen, if any."""
    pronoun = _INFLECTED_PRONOUN.search(cue.group().split()[0])
    if pronoun is None:
        return None
    kind = "anonymous" if pronoun.group(1).lower() == "on" else "pronoun"  # "indique-t-on"
    return Mention(pronoun.group(1), kind, cue.group(), cue.start(), cue.start())


# "the coach never said", "Hale did not say": the words are reported as not said.
def negated(last: re.Match[str], cues: Cues) -> bool:
    """Whether the word right before a cue (past its adverbs) negates it."""
    return last.group().lower().replace("’", "'") in cues.negations


# "«…», — не возражает Игорь Волков": a stance negated is still his words (`stances`, denied.py),
# and its subject follows it as after any cue that opens the clause.
def negated_stance(text: str, start: int, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a negation alone stands between `start` and a cue of a stance."""
    stances = cues.negation.stances
    between = text[start : cue.start()].strip().lower()
    return bool(stances) and between in cues.negations and cue.group().lower().startswith(stances)


def cue_here(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a word the pattern matched is a cue here: a verb, or hearsay where it may be."""
    if cues.family == "en" and likens(cue.group().lower(), text, cue.end()):
        return False  # "schools that reminded him of “…”": a likeness, no words said
    if changed_verb(text, cue, cues):  # "„…“ sagte RTL ab": called off, nothing said
        return False
    return is_verb(text, cue) and _placed_hearsay(text, cue, cues)


# "Pedro Gil está de acuerdo con Carmen Ruiz: «…»": he agrees with her; she says nothing.
def _placed_hearsay(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a cue that is hearsay only opening a clause ("De acuerdo con X, …") stands so."""
    if cue.group().lower() not in cues.opening_hearsay:
        return True
    before = text[max(0, cue.start() - 3) : cue.start()].rstrip()
    if before and before[-1] not in _OPENS_CLAUSE:
        return False
    end = _PHRASE_END.search(text, cue.end(), cue.end() + _PHRASE)
    mark = end.group() if end else ""
    return mark == "," or (mark in ".!?" and bool(before) and before[-1] in ',»”"')
