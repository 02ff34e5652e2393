"""An Arabic role after its holder was named: "وقال الوزير" for the one "وزير الخارجية" named."""
# "التقى وزير الخارجية سامي حداد … وقال الوزير:": the minister is Sami Haddad when he is the one
# person the article gave that title in the stretch before; two ministers, either one: nobody. A
# head whose genitive names its office ("رئيس الوزراء", the prime minister) is no "الرئيس", and a
# title inside another's chain ("مستشار وزير الخارجية سامي حداد") is not the holder's own.

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

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
_CHAR = re.compile(r"\w")
_Forms = tuple[frozenset[str], frozenset[str]]


def _title(word: str, cues: Cues) -> bool:
    """Whether `word`, past a joined "و", is a title with or without its article."""
    word = word.removeprefix(_AND) if word.removeprefix(_AND) in cues.titles else word
    return word in cues.titles or _ARTICLE + word in cues.titles


def _holds(lead: tuple[str, ...], role: list[str], forms: _Forms, cues: Cues) -> bool:
    """Whether the title and complement `lead` written before a name make it the `role`'s."""
    found = [i for i, word in enumerate(lead) if word in forms[0]]
    if not found or any(_title(word, cues) for word in lead[: found[0]]):
        return False  # no such title, or one inside another title's chain
    construct = lead[found[0]] in forms[1]
    if construct and role[0].removeprefix(_ARTICLE) in _HEADS and len(role) == 1:
        return False  # "رئيس الوزراء" is no "الرئيس"
    return all(word in lead[found[0] + 1 :] for word in role[1:])


def _forms(role: list[str]) -> _Forms:
    """The written forms of the role's title (prefixed, with or without its article), and
    those without the article (a construct's head)."""
    bare = role[0].removeprefix(_ARTICLE)
    construct = frozenset(before + bare for before in _PREFIXES)
    return construct | {before + role[0] for before in _PREFIXES}, construct


def role_holder(text: str, role: str, at: int, cues: Cues) -> str | None:
    """The one name given the title of `role` ("الوزير") within a bounded stretch before `at`."""
    words = _WORD.findall(role)
    if not words:
        return None
    placed = titled_names(text, cues.family)
    leads, holding = _leads(text, cues.family)
    begin, end = bisect_left(placed, (at - _REACH, "")), bisect_left(placed, (at, ""))
    forms = _forms(words)
    found: dict[int, str] = {}
    for index in _among(holding, forms[0], begin, end):  # in text order, as placed
        start, name = placed[index]
        if _holds(leads[index], words, forms, cues) and _whole(name, found.get(start)):
            found[start] = name
    names = set(found.values())
    if len(names) != 1 or _untold(text, words[0], (max(0, at - _REACH), at), found):
        return None
    return names.pop()


# Read once per article: each role of it asks about the same names.
@functools.lru_cache(maxsize=4)
def _leads(text: str, family: str) -> tuple[list[tuple[str, ...]], dict[str, list[int]]]:
    """The words of each titled name's lead (its clause's last `_LEAD` characters before it),
    and for each word the indexes of the names whose lead holds it (in `titled_names` order)."""
    read: dict[int, tuple[str, ...]] = {}
    leads: list[tuple[str, ...]] = []
    holding: dict[str, list[int]] = defaultdict(list)
    for index, (start, _) in enumerate(titled_names(text, family)):
        if start not in read:
            lead = text[max(0, start - _LEAD) : start]
            clause = list(CLAUSE.finditer(lead))
            read[start] = tuple(_WORD.findall(lead[clause[-1].end() :] if clause else lead))
        leads.append(read[start])
        for word in set(read[start]):
            holding[word].append(index)
    return leads, holding


def _among(holding: dict[str, list[int]], forms: frozenset[str], begin: int, end: int) -> list[int]:
    """The indexes in [begin, end) of the names whose lead holds one of `forms`, in order."""
    found: set[int] = set()
    for form in forms & holding.keys():
        indexes = holding[form]
        found.update(indexes[bisect_left(indexes, begin) : bisect_left(indexes, end)])
    return sorted(found)


# "بوزير الدفاع كريم ناصر": a title the index read no name after may still be another's.
def _untold(text: str, role: str, stretch: tuple[int, int], found: dict[int, str]) -> bool:
    """Whether the role's title without its article stands in `stretch` before no found name."""
    starts = sorted(found)  # a title stands in a name's lead when that name starts past it, near
    for title in _titles_in(text, role.removeprefix(_ARTICLE), *stretch):
        after = bisect_right(starts, title)
        if after == len(starts) or starts[after] - _LEAD > title:
            return True
    return False


def _titles_in(text: str, bare: str, begin: int, end: int) -> list[int]:
    """Where a title of `bare` (a prefix joined, no article) starts in [begin, end), as a scan
    of the stretch alone finds them: the article's titles are scanned once (`_written`)."""
    if not bare:  # "ال" alone: empty titles, also at the stretch's end, read as before
        return [title.start() for title in _title_pattern(bare).finditer(text, begin, end)]
    starts = _written(text)
    if bare not in starts:
        starts[bare] = [title.start() for title in _title_pattern(bare).finditer(text)]
    titles = starts[bare]
    inside = titles[bisect_left(titles, begin) : bisect_left(titles, end)]
    cut = _cut_word(text, begin, end)
    if cut is None:
        return inside
    # the stretch ends inside a word: a scan of it alone reads that word as ended there
    inside = inside[:-1] if inside and inside[-1] == cut else inside
    return [*inside, cut] if _title_pattern(bare).fullmatch(text, cut, end) else inside


def _cut_word(text: str, begin: int, end: int) -> int | None:
    """Where the word that `end` cuts starts (from `begin` on), or None when it cuts none."""
    if end <= begin or not _CHAR.match(text, end) or not _CHAR.match(text, end - 1):
        return None
    start = end - 1
    while start > begin and _CHAR.match(text, start - 1):
        start -= 1
    return start


@functools.lru_cache(maxsize=4)
def _written(text: str) -> dict[str, list[int]]:
    """Filled per role word: where the article writes its title, all through the text."""
    return {}


@functools.lru_cache(maxsize=64)
def _title_pattern(bare: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(_PREFIXES)}){re.escape(bare)}(?!\w)")


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
