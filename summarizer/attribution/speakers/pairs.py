"""Two bare surnames after a cue: the speaker and a listener, no one person's name."""
# "sagte Scholz Macron", "сказал Путин Лукашенко": the article gave "Olaf Scholz" and "Emmanuel
# Macron" in full, so the two words are two people. German puts the subject first; where case
# endings order the words ("сказал Путину Лукашенко"), two surnames that show no case (as the
# full names wrote them) cannot tell the speaker from the listener, but after a man's verb one in
# a consonant that declines ("Путин", dative "Путину") is the nominative, so the subject, when the
# other never declines ("Лукашенко", "Шойгу").

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.roster import Placed, two_people

_RU = _data.load_toml("particles.toml")["ru"]
_DECLINED = frozenset(_RU["declined_consonants"])
_UNDECLINED = tuple(_RU["indeclinable_endings"] + _RU["indeclinable_surnames"])
# A woman's first name ends so in any case ("Анна", "Анной", "Анне"), and a few men's ("Никита",
# "Сергей"): those stay unread. A man's ends in a consonant ("Владимир", "Александром").
_WOMANS = ("а", "я", "ой", "ей", "ы", "и", "е", "у", "ю")


def first_of_two(index: dict[str, Placed], name: str, cues: Cues, cue: str = "") -> str | None:
    """For two surnames of two people named before: the first one's full name, or "" (no one)."""
    owners = two_people(index, name)
    if not owners or first_name(name, cues.family):
        return None  # "Thomas Weber" after "Frank Thomas" and "Tom Weber": a forename, a new name
    if cues.oblique_endings:
        return _nominative(name.split(), owners, cue)
    return "" if len(owners[0]) > 1 else next(iter(owners[0]))


def _nominative(words: list[str], owners: list[set[str]], cue: str) -> str:
    """After a man's verb, the full name of the one of two surnames that declines, or ""."""
    declined = [w[-1] in _DECLINED for w in words]
    undeclined = [w.endswith(_UNDECLINED) for w in words]
    for at in (0, 1):
        told = declined[at] and undeclined[1 - at] and len(owners[at]) == 1
        full = next(iter(owners[at])) if told else ""
        if full and cue.endswith("л") and not full.split()[0].endswith(_WOMANS):
            return full  # not "Анна Шольц" (whose surname does not decline)
    return ""
