"""Russian: of two people of one surname as written, the one whose first name fits the verb."""

# "Пассажирка Анна Демченко … Её муж Виктор Демченко … «…», — признался Демченко" gave Анна
# Демченко, who spoke last: a surname that does not decline is both of theirs. The verb's past
# ending marks a man ("признался"), and a first name in the nominative marks a gender by its own
# ending: a consonant or -й a man's ("Виктор", "Андрей"), -а or -я a woman's ("Анна") but for a
# few men's names ("Илья", "Никита") and names either may bear ("Саша"; particles.toml).
# Where the one found has the other gender, the one bearer of the verb's speaks, else nobody.

from __future__ import annotations

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.genders import verb_gender
from summarizer.attribution.lexicon.russian_names import EITHER, HIS_IN_A
from summarizer.attribution.speakers.roster import WEIGHED, Placed

_FEMININE = ("а", "я")
_OPEN = frozenset("аеёиоуыэюяь")  # no consonant: "Игорь", "Любовь" mark nothing
_NAME_WORDS = 2


def _first_gender(name: str) -> str | None:
    """The gender a Russian first name in the nominative marks by its ending, if any."""
    first = name.split()[0].lower()
    if first in EITHER:
        return None
    if first in HIS_IN_A:
        return "masculine"
    if first.endswith(_FEMININE):
        return "feminine"
    return "masculine" if first[-1:].isalpha() and first[-1] not in _OPEN else None


# "Анна Демченко", "Виктор Демченко": a first name and the surname, as the article wrote them
# before (the first `WEIGHED` names of the article); a lone surname or a longer name is left out.
def surname_bearers(candidates: Placed, surname: str) -> Placed:
    """The two-word names of the weighed `candidates` that end in `surname`, in text order."""
    return [
        (at, name)
        for at, name in candidates[:WEIGHED]
        if len(name.split()) == _NAME_WORDS and name.split()[-1] == surname
    ]


def verb_bearer(found: str | None, surname: str, cue: str, candidates: Placed) -> str | None:
    """`found`, or where its first name clashes with the cue's gender, the one that agrees."""
    verb = TOKEN.findall(cue)
    wanted = verb_gender(verb[-1].lower(), "ru") if verb else None
    if not found or not wanted or _first_gender(found) in (None, wanted):
        return found
    bearers = {name for _, name in surname_bearers(candidates, surname)}
    if found not in bearers:
        return found
    fits = [name for name in bearers if _first_gender(name) == wanted]
    return fits[0] if len(fits) == 1 else None
