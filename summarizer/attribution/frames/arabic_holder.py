"""An Arabic role after its holder was named: "وقال الوزير" for the one "وزير الخارجية" named."""
# "التقى وزير الخارجية سامي حداد … وقال الوزير:": the minister is Sami Haddad when he is the one
# person the article gave that title in the stretch before; two ministers, either one: nobody. A
# head whose genitive names its office ("رئيس الوزراء", the prime minister) is no "الرئيس", and a
# title inside another's chain ("مستشار وزير الخارجية سامي حداد") is not the holder's own.

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from summarizer import _data
from summarizer.attribution.frames.arabic import CLAUSE, titled_names
from summarizer.attribution.frames.arabic_role import NAME
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES

_HEADS = frozenset(_data.load_toml("particles.toml")["ar"]["office_heads"])
_ARTICLE = "ال"
_AND = "و"
# "و", "ب", "ل", "ف" joined to a title: its holder is one too, also a listener ("بوزير الدفاع X")
_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول")
_REACH = 3000  # where the holder is looked for before the role: bounded
_LEAD = 60  # how far before a name its title and complement stand
_WORD = re.compile(r"\w+")


def _title(word: str, cues: Cues) -> bool:
    """Whether `word`, past a joined "و", is a title with or without its article."""
    word = word.removeprefix(_AND) if word.removeprefix(_AND) in cues.titles else word
    return word in cues.titles or _ARTICLE + word in cues.titles


def _holds(lead: list[str], role: list[str], cues: Cues) -> bool:
    """Whether the title and complement `lead` written before a name make it the `role`'s."""
    bare = role[0].removeprefix(_ARTICLE)
    forms = {lead + form for lead in _PREFIXES for form in (bare, role[0])}
    found = [i for i, word in enumerate(lead) if word in forms]
    if not found or any(_title(word, cues) for word in lead[: found[0]]):
        return False  # no such title, or one inside another title's chain
    construct = lead[found[0]] in {before + bare for before in _PREFIXES}
    if construct and bare in _HEADS and len(role) == 1:
        return False  # "رئيس الوزراء" is no "الرئيس"
    return all(word in lead[found[0] + 1 :] for word in role[1:])


def role_holder(text: str, role: str, at: int, cues: Cues) -> str | None:
    """The one name given the title of `role` ("الوزير") within a bounded stretch before `at`."""
    words = _WORD.findall(role)
    if not words:
        return None
    placed = titled_names(text, cues.family)
    begin, end = bisect_left(placed, (at - _REACH, "")), bisect_left(placed, (at, ""))
    found: dict[int, str] = {}
    for start, name in placed[begin:end]:
        lead = text[max(0, start - _LEAD) : start]
        clause = list(CLAUSE.finditer(lead))
        lead = lead[clause[-1].end() :] if clause else lead
        if _holds(_WORD.findall(lead), words, cues) and _whole(name, found.get(start)):
            found[start] = name
    names = set(found.values())
    if len(names) != 1 or _untold(text, words[0], (max(0, at - _REACH), at), found):
        return None
    return names.pop()


# "بوزير الدفاع كريم ناصر": a title the index read no name after may still be another's.
def _untold(text: str, role: str, stretch: tuple[int, int], found: dict[int, str]) -> bool:
    """Whether the role's title without its article stands in `stretch` before no found name."""
    bare = re.escape(role.removeprefix(_ARTICLE))
    starts = sorted(found)  # a title stands in a name's lead when that name starts past it, near
    titles = re.compile(rf"(?<!\w)(?:{'|'.join(_PREFIXES)}){bare}(?!\w)")
    for title in titles.finditer(text, *stretch):
        after = bisect_right(starts, title.start())
        if after == len(starts) or starts[after] - _LEAD > title.start():
            return True
    return False


# The index holds each reading of the words after a title ("سامي حداد", "سامي حداد بنظيره"),
# shortest first: the shortest is the name, unless it ends at a particle or the word after it is
# one ("محمد بن سلمان"), which joins more words to it.
def _whole(name: str, shorter: str | None) -> bool:
    """Whether `name` is the name read at its start rather than `shorter`, read before it."""
    if shorter is None:
        return True
    cut = len(shorter.split())
    joined = shorter.split()[-1] in PARTICLES or name.split()[cut] in PARTICLES
    return joined and len(name.split()) <= NAME
