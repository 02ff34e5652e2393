"""Which words a German article writes in capitals or in lower case: its names' shapes."""

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.object_nouns import object_after_name, without_object
from summarizer.attribution.german.roles import role_word
from summarizer.attribution.lexicon.cues import Cues

# not after a number: "8,6 Milliarden Euro" is an amount, no name; the capital first and the looks
# back past it, so the regex engine skips to the capitals (twice as fast over a whole text)
_FULL_NAME = re.compile(
    r"[A-ZÄÖÜ](?<![\w.](?s:.))(?<!\d (?s:.))\w+(?:[ -][A-ZÄÖÜ]\.?\w*)* ([A-ZÄÖÜ][\w-]+)"
)
_LOWER = re.compile(r"(?<![\w-])[^\W\d_A-ZÄÖÜ]\w*")
_LIGHT_NOUNS = frozenset(_data.load_toml("german.toml")["light_verbs"]["nouns"])
_STATEMENTS = tuple(_data.load_toml("german.toml")["statements"]["nouns"])
_COMPOUNDED = tuple(n for n in _STATEMENTS if len(n) >= 5)
_AGENT = "er"  # "Mafiajäger": an agent noun
_COMPOUND = 8  # letters of an agent noun that is a compound ("Ermittler"), longer than a name
_TRIES = 40  # places a word was tried at before the set of all lower-case words is built


def light_noun(word: str) -> bool:
    """Whether a capitalised word is the bare noun of a light-verb construction ("Stellung")."""
    return word.lower() in _LIGHT_NOUNS


# "Harte Kritik", "Deutliche Worte": what was said, never who said it.
def statement_noun(word: str) -> bool:
    """Whether a noun names a statement or a stance, also as the end of a compound."""
    lower = word.lower()
    return lower in _STATEMENTS or lower.endswith(_COMPOUNDED)


def past_light_noun(run: str, colon: bool | None = True) -> str:
    """A German run (`colon` not None) without a plural object after the name ("sagte Jan Roth
    Reportern"), nor before a colon a light-verb noun at its end ("nahm Ems Stellung:")."""
    if colon is None:
        return run
    run = without_object(run)
    words = run.rsplit(" ", 1)
    return words[0] if colon and len(words) == 2 and light_noun(words[1]) else run


@functools.lru_cache(maxsize=8)
def surnames(text: str) -> frozenset[str]:
    """Words that end a run of capitalised words in `text` ("Jan Roth" -> "Roth")."""
    # "nahm Eva Ems Stellung": the verb's object closes the run, the name ends before it
    runs = (m.group().split() for m in _FULL_NAME.finditer(text))
    return frozenset(w[-2] if _object_end(w) else w[-1] for w in runs)


def _object_end(words: list[str]) -> bool:
    """Whether the last of a run's words is a light-verb noun or an object after the name."""
    return (light_noun(words[-1]) and len(words) > 2) or object_after_name(words, 0, len(words) - 1)


# "Wenige Stunden später öffnet …" opens with a word the article writes in lower case.
def two_words(name: str, text: str) -> bool:
    """Whether a subject names a person: two words or more, the first never lower case."""
    words = name.split()
    return len(words) > 1 and not written_lower(words[0].lower(), text)


def lowered(text: str) -> frozenset[str]:
    """The words `text` writes in lower case somewhere: no name, whatever opens a sentence."""
    casing = _casing(text)
    if casing.words is None:
        casing.words = frozenset(_LOWER.findall(text))
    return casing.words


# Most articles ask about a few words only: each is looked for as a plain string (a scan in C)
# and tried as a lower-case word only where it stands, the same answer as the set of all of them,
# whose regex costs a look back at every character. Past a few dozen tries (short words stand
# inside many others) the set is built once, as before.
def written_lower(word: str, text: str) -> bool:
    """Whether `text` writes `word` in lower case somewhere: `word in lowered(text)`."""
    casing = _casing(text)
    if casing.words is not None or casing.tries > _TRIES:
        return word in lowered(text)
    if word not in casing.asked:
        casing.asked[word] = _stands_lower(word, casing)
    return casing.asked[word]


def _stands_lower(word: str, casing: _Casing) -> bool:
    """Whether a lower-case word of the text (a match of `_LOWER`) is `word`."""
    casing.tries += 1  # each ask reads the text once: many distinct words build the set instead
    at = casing.text.find(word)
    while at >= 0:
        casing.tries += 1
        found = _LOWER.match(casing.text, at)
        if found is not None and found.group() == word:
            return True
        at = casing.text.find(word, at + 1)
    return False


class _Casing:
    """What one text writes in lower case: all its words, or the words asked about so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: frozenset[str] | None = None
        self.asked: dict[str, bool] = {}
        self.tries = 0


@functools.lru_cache(maxsize=8)
def _casing(text: str) -> _Casing:
    """The lower-case words of `text`, read once per article."""
    return _Casing(text)


# "der mitangeklagte Bauunternehmer Horst Kessler", "die ehemalige First Lady Michelle Obama": an
# adjective after an article asks for a noun, so the capitalised words before the first known
# forename are that noun, when a forename and a surname follow. A known forename first is part of
# the name ("der junge Hans Peter Berg"), and with no known forename the run stays whole ("der
# brasilianische Luiz Inácio Lula"): a doubtful noun is none. After a genitive article in -es a
# role's noun in the genitive -s opens the run ("des italienischen Richters Salvatore Boemi"):
# that is the noun, though the first name after it is unknown (`_role_genitive`).
def attributive_noun(run: str, lead: list[str], cues: Cues) -> int:
    """How many characters of `run` a noun takes that an article and an adjective ask for."""
    if not (len(lead) > 1 and lead[-1].islower() and lead[-2].lower() in cues.determiners):
        return 0  # no article and adjective before it: most runs, read no further
    words = run.split()
    known = next((i for i, w in enumerate(words) if w in FORENAMES), 0)
    genitive = lead[-2].lower().endswith("es") and len(words) >= 3
    known = known or int(genitive and _role_genitive(words[0], cues))
    if known == 0 or len(words) - known < 2:
        return 0
    return run.index(words[known], len(" ".join(words[:known])))


# "des Richters", "des Ermittlers": a role the lexicon knows, or a compound agent noun in -er,
# longer than a name in -ers ("des dänischen Anders Fogh Rasmussen" keeps his first name).
def _role_genitive(word: str, cues: Cues) -> bool:
    """Whether `word` is a role's noun in the genitive -s."""
    stem = word[:-1] if word.endswith("s") and word not in FORENAMES else ""
    compound = stem.endswith(_AGENT) and len(stem) >= _COMPOUND and stem[1:].islower()
    return bool(stem) and (compound or role_word(stem, cues))
