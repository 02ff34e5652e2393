"""The subject of a German sentence that points back to a quotation, read strictly."""
# "„…“ Das sagte Bürgermeisterin Eva Lechner am Abend.": the subject stands right after the verb
# and ends where the name ends. A sentence that may read otherwise names nobody, never the
# next name in it: "Das sagte Lechner Landrat Jan Roth ins Gesicht" (a subject, then the one
# spoken to), "Das sagte die Frau von Landrat Jan Roth" (his wife spoke), "Das sprach sich bis
# zu Landrat Jan Roth herum" (a preposition's noun), "Das erklärte Landrat Jan Roth für beendet"
# (another verb than saying), "Mit diesen Worten hatte die Bürgermeisterin Landrat Jan Roth
# begrüßt" (two persons in one run of capitals).

from __future__ import annotations

import re
from enum import Enum

from summarizer import _data
from summarizer.attribution.german.adverbials import adverbials
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.particled import person_title
from summarizer.attribution.german.phrases import Phrase
from summarizer.attribution.lexicon.cues import Cues

_PARTICLES = frozenset(_data.load_toml("german.toml")["closing"]["particles"])  # "mit"
_OF = "von"  # "Eva Lechner von den Grünen": what the person belongs to, no part of the name


class Reading(Enum):
    """How strictly the subject after a verb is read: any person, or as `plain_subject` reads it."""

    ANY = "any"  # a frame's person: "„…“, zeigte sich X zufrieden"
    POINTED = "pointed"  # a sentence pointing back: "Mit diesen Worten warnte X vor …"
    CLOSED = "closed"  # only adverbials after it: "Das sagte X am Montag."


def read_subject(
    tokens: list[re.Match[str]], phrase: Phrase, cues: Cues, reading: Reading
) -> Phrase | None:
    """`phrase` as `reading` takes it: whole (ANY), else `pointed_subject`'s, closed or not."""
    if reading is Reading.ANY:
        return phrase
    return pointed_subject(tokens, phrase, cues, closed=reading is Reading.CLOSED)


# "Das sagte Eva Lechner von den Grünen." names Eva Lechner; "Das sagten Eva Lechner und Jan
# Roth." names two people at once, so neither is the one speaker: nobody.
def pointed_subject(
    tokens: list[re.Match[str]], phrase: Phrase, cues: Cues, *, closed: bool
) -> Phrase | None:
    """The strictly read subject (`plain_subject`), its bare name cut at "von"; None for a list."""
    if not plain_subject(tokens, phrase, cues, closed=closed):
        return None
    words = [t.group() for t in tokens[: phrase.end]]
    if phrase.name is not None or words[phrase.start].lower() in cues.determiners:
        return phrase
    caps = next((i for i in range(phrase.start, phrase.end) if not words[i][:1].isupper()), 0)
    if caps - phrase.start < 2 or words[caps].lower() not in (_OF, *cues.coordinating):
        return phrase
    if words[caps] != _OF:
        return None  # "Eva Lechner und Jan Roth": several speakers
    return Phrase(phrase.start, caps, (phrase.start, caps), False, caps - 1)


def plain_subject(tokens: list[re.Match[str]], phrase: Phrase, cues: Cues, *, closed: bool) -> bool:
    """Whether `phrase` (in its sentence's `tokens`) is the subject alone: an article or a
    capital first, no owner, one role noun at most; with `closed`, only adverbials after it."""
    words = [t.group() for t in tokens]
    first = words[phrase.start]
    if not (first[:1].isupper() or first.lower() in cues.determiners):
        return False  # "bis zu Landrat Jan Roth": a preposition's noun
    if phrase.name is not None and not _named_first(words, phrase, cues):
        return False
    if not closed:
        return True
    rest, end = _past_apposition(words, phrase.end, cues), len(words)
    end -= end > rest and words[end - 1] in _PARTICLES  # "Das teilte die Polizei mit."
    return adverbials(tokens[:end], rest, cues) >= end


# "Das sagte Lechner, die Bürgermeisterin der Stadt, am Abend", "Das sagte X (SPD) am Abend".
def _past_apposition(words: list[str], index: int, cues: Cues) -> int:
    """Past a party in parentheses or an apposition set off by commas from `index` on."""
    if words[index : index + 1] == ["("]:
        index = words.index(")", index) + 1 if ")" in words[index:] else len(words)
    apposed = [w.lower() for w in words[index : index + 2]]
    if len(apposed) == 2 and apposed[0] == "," and apposed[1] in cues.determiners:
        index = words.index(",", index + 1) if "," in words[index + 1 :] else len(words)
    return index + (words[index : index + 1] == [","])


def _named_first(words: list[str], phrase: Phrase, cues: Cues) -> bool:
    """Whether the phrase's name is its own: after one role noun at most, and no owner."""
    assert phrase.name is not None
    if words[phrase.name[0] - 1] == ",":
        return True  # "der Sprecher der Stadt, Jan Roth,": apposed to the role
    before = words[phrase.start : phrase.name[0]]
    opened = next((i for i, w in enumerate(before) if w[:1].isupper()), len(before))
    if any(not w[:1].isupper() for w in before[opened:]):
        return False  # "die Frau von Landrat Jan Roth": the name is an owner's
    run = words[phrase.start + opened : phrase.name[1]]
    article = opened > 0  # its first capital is the noun the article asks for ("die Senatorin")
    nouns = [
        (i == 0 and article) or _title(w, cues) or _before_forename(run, i)
        for i, w in enumerate(run)
    ]
    # "Lechner Landrat Jan Roth": a capital before the name that is no noun is another name
    named = phrase.name[0] - phrase.start - opened
    return all(nouns[:named]) and sum(nouns) <= 1  # "die Bürgermeisterin Landrat X": two nouns


# "Landrat Jan Roth": a capital that is no forename before a known forename is a noun, a role.
def _before_forename(run: list[str], index: int) -> bool:
    """Whether `run[index]` is no known forename and a known forename follows it."""
    following = run[index + 1] if index + 1 < len(run) else ""
    return run[index] not in FORENAMES and following in FORENAMES


def _title(word: str, cues: Cues) -> bool:
    """Whether a capitalised word is a person's title or role ("Landrat", "Polizeisprecher")."""
    return person_title(word, cues) or person_noun(word.lower(), cues)
