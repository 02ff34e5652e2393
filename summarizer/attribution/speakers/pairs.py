"""Two bare surnames after a cue: the speaker and a listener, no one person's name."""
# "sagte Scholz Macron", "сказал Путин Лукашенко": the article gave "Olaf Scholz" and "Emmanuel
# Macron" in full, so the two words are two people. German puts the subject first; where case
# endings order the words ("сказал Путину Лукашенко"), two surnames that show no case (as the
# full names wrote them) cannot tell the speaker from the listener, but after a man's verb one in
# a consonant that declines ("Путин", dative "Путину") is the nominative, so the subject, when the
# other never declines ("Лукашенко", "Шойгу").

from __future__ import annotations

from summarizer.attribution.frames.foreign_dative import DECLINED, UNDECLINED
from summarizer.attribution.frames.forenames import first_name
from summarizer.attribution.frames.front_particle import opens_surname
from summarizer.attribution.frames.told_cases import dative_e, her_first_name, split_by_case
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES
from summarizer.attribution.speakers.roster import WEIGHED, Placed, two_people

# A woman's first name ends so in any case ("Анна", "Анной", "Анне"), and a few men's ("Никита",
# "Сергей"): those stay unread. A man's ends in a consonant ("Владимир", "Александром").
_WOMANS = ("а", "я", "ой", "ей", "ы", "и", "е", "у", "ю")


def first_of_two(index: dict[str, Placed], name: str, cues: Cues, cue: str = "") -> str | None:
    """For two surnames of two people named before: the first one's full name, or "" (no one)."""
    if (particled := _particled(index, name)) is not None:
        return particled
    owners = two_people(index, name)
    if not owners or first_name(name, cues.family):
        return _by_case(index, name, cues, cue)  # "Thomas Weber" … "Tom Weber": a new name
    if cues.oblique_endings:
        return _nominative(name.split(), owners, cue)
    return "" if len(owners[0]) > 1 else next(iter(owners[0]))


# "Le Pen", "De Guindos" after "Marine Le Pen", "Luis de Guindos": the one full name ending so;
# so do lower-case particles ("al Ashry", "van der Berg" after "Ahmed al Ashry", `particles32`).
def _particled(index: dict[str, Placed], name: str) -> str | None:
    """For particles and a surname, the one full name the article ends so; "" where it gives
    two (two people of that surname: nobody); else None."""
    words = name.split()
    front = len(words) == 2 and opens_surname(words[0], [], alone=True)
    lower = len(words) > 1 and all(w in PARTICLES for w in words[:-1])
    if not (front or lower):
        return None
    tail = f" {name.lower()}"
    fuller = {n for _, n in index.get(words[-1], [])[:WEIGHED] if n.lower().endswith(tail)}
    return (fuller.pop() if len(fuller) == 1 else "") if fuller else None


def _nominative(words: list[str], owners: list[set[str]], cue: str) -> str:
    """After a man's verb, the full name of the one of two surnames that declines, or ""."""
    declined = [w[-1] in DECLINED for w in words]
    undeclined = [w.endswith(UNDECLINED) for w in words]
    for at in (0, 1):
        told = declined[at] and undeclined[1 - at] and len(owners[at]) == 1
        full = next(iter(owners[at])) if told else ""
        if full and cue.endswith("л") and not full.split()[0].endswith(_WOMANS):
            return full  # not "Анна Шольц" (whose surname does not decline)
    return ""


# "— сказал Игорю Олег": a case ending no nominative name has tells the one told from the
# speaker (frames/told_cases.py); the speaker's word then takes the one full name the article
# gives it ("Олег Петров"), as a lone word at a cue does. Unsure splits stay for told_pairs.
def _by_case(index: dict[str, Placed], name: str, cues: Cues, cue: str) -> str | None:
    """The speaker's name where case endings split two words after a verb-first cue, or None."""
    words = name.split()
    if cues.family != "ru" or len(words) != 2 or not cue.endswith(("л", "ла")):
        return None
    if sum(n == name for _, n in index.get(words[0], [])[:WEIGHED]) > 1:
        return None  # "Анне Мария … Анне Мария живёт в Осло": one name written twice
    if her_first_name(words[0], words[1], cue) and not _named_apart(index, name):
        return None  # "— сказала Айгерим Нурланова": her first name (read again by told_pairs)
    split = split_by_case(words[0], words[1], cue, index.keys())
    if split is None:
        return None
    owned = index.get(words[0], [])[:WEIGHED]  # the first few only: an article stays linear
    surname = any(n != name and n.endswith(f" {words[0]}") for _, n in owned)
    if not split[1] and surname and dative_e(words[1]):
        split = words[0], True  # "Олаф Шольц … — сказал Шольц Анне": a surname, the one told after
    if not split[1] or " " in split[0]:
        return None  # "Иван Анне": low (told_pairs)
    full = {n for _, n in index.get(split[0], [])[:WEIGHED] if n != name}
    return next(iter(full)) if len(full) == 1 else split[0]


def _named_apart(index: dict[str, Placed], name: str) -> bool:
    """Whether the article writes a word of two in another full name ("Кэтрин Эштон")."""
    return any(n != name for word in name.split() for _, n in index.get(word, [])[:WEIGHED])
