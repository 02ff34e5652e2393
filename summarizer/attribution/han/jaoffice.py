"""Japanese local offices: the place a governor or mayor heads, between the name and the title."""
# "鈴木北海道知事", "山中横浜市長": the place stands between the name and the title; "小池都知事":
# 都知事 is the title whole; "東京都知事", "横浜市長": the place alone, nobody named.

from __future__ import annotations

import functools
import re
from collections import Counter

from summarizer import _data

_PARTICLES = _data.load_toml("particles.toml")["ja"]
LOCAL_TITLES = frozenset(_PARTICLES["local_titles"])
_UNIQUE_PLACES = tuple(_PARTICLES["unique_prefectures"])
_UNIQUE_UNITS = "都道府"
_PERSONAL = tuple(_PARTICLES["personal_titles"])
_FORMER = frozenset(_PARTICLES["former_prefixes"])
_BODY_ENDINGS = tuple(_PARTICLES["body_endings"])
_SAME = _PARTICLES["same"]
_CLOSINGS = tuple(_PARTICLES["official_closings"])
# before 市長 or 県知事 any place may stand, so a short word there may be a place or a surname
OPEN_TITLES = frozenset(t for t in LOCAL_TITLES if t[0] not in _UNIQUE_UNITS)
_DOTS = "・･"
_OF = "の"
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc・･]+")
_KATAKANA_WORD = re.compile("[\u30a1-\u30fa\u30fc]+")
_FULL_NAME = 5  # kanji of the longest full name: a name and a unit are longer than one
_SURNAME = 2  # of the surname before "都知事": more, a given name ends in 都, 道 or 府
_UNITS = re.compile("[" + "".join(sorted({t[0] for t in LOCAL_TITLES})) + "]")
_LONGEST = 10  # characters of a name and its place before a unit: longer, the text can't tell


# The place is cut where the text writes it with its kind of place elsewhere too ("横浜市の");
# before 都, 道 or 府 only four places may stand.
def place_cut(text: str, name: str, title: str) -> str | None:
    """The name before a local office's title without the place; None when the text can't tell."""
    unit = title[0]
    if len(name) > _LONGEST:
        return None
    counts = _before_units(text)
    for cut in range(1, len(name) - 1):  # the longest place first
        if counts[name[cut:] + unit] > counts[name + unit]:
            return name[:cut]
    if unit not in _UNIQUE_UNITS:
        return None
    place = next((p for p in _UNIQUE_PLACES if name.endswith(p)), "")
    # else a surname and a given name end in it ("鈴木直道知事", "北海道の鈴木直道知事")
    # but a name and the unit longer than a full name ("小池百合子都知事") are a name and 都知事
    given = name.rpartition(_OF)[2]
    whole = not place and (len(given) > _SURNAME or _OF in name) and len(given) < _FULL_NAME
    return name + unit if whole else name[: len(name) - len(place)]


# Counted once per text, not once per quotation: a paragraph of offices stays linear.
@functools.lru_cache(maxsize=4)
def _before_units(text: str) -> Counter[str]:
    """How often each run of up to `_LONGEST` characters stands before a unit of place (市, 都)."""
    counts: Counter[str] = Counter()
    for unit in _UNITS.finditer(text):
        end = unit.end()
        counts.update(text[end - size : end] for size in range(2, min(_LONGEST + 1, end) + 1))
    return counts


# "ゼレンスキー・ウクライナ大統領": a surname, a dot and the country whose office it is; but
# "ジョー・バイデン大統領" is a full name. The surname is the part the text writes alone too;
# else the words are read as a full name.
def dotted_office(text: str, name: str, title: str) -> str:
    """A katakana name before an office's title, without a country set off by a middle dot."""
    name = name.rstrip(_DOTS) or name  # "田中太郎・外相": the dot sets the title off
    head, dot, tail = max(name.rpartition(d) for d in _DOTS)
    if not dot or not head or not tail or title in _PERSONAL or _OF in head:
        return name  # "ロシアのマリア・イワノワ報道官": the country is named before の
    # "山中竹春・横浜市長", "グテーレス・国連事務総長": a name in kanji or a body in kanji
    if not (_KATAKANA.fullmatch(head) and _KATAKANA.fullmatch(tail)):
        return head
    return head if head in _alone_words(text) else name


# Read once per text: a paragraph of dotted names stays linear.
@functools.lru_cache(maxsize=4)
def _alone_words(text: str) -> frozenset[str]:
    """The katakana words of `text` that some occurrence writes without a middle dot after it."""
    return frozenset(
        m.group() for m in _KATAKANA_WORD.finditer(text) if text[m.end() : m.end() + 1] not in _DOTS
    )


# "菅義偉前首相", "鳩山由紀夫元首相": 前, 元 or 現 between a name and its title is the office's.
def former_cut(name: str) -> str:
    """A name before a title without a prefix of time that ends it; a surname alone keeps it."""
    return name[:-1] if len(name) > _SURNAME and name[-1] in _FORMER else name


def reported_whole(text: str, opened: int) -> bool:
    """Whether the quotation opened at `opened` ends its sentence as a body's report."""
    closed = text.find("」", opened)
    return closed >= 0 and text.startswith(_CLOSINGS, closed)


# "自民党衆院議員", "同党衆院議員", "大阪府議": the words before the title are the body or the
# place the holder sits for, no name.
def body_name(words: str) -> bool:
    """Whether the words before a title name a body, a place or "the same" one, not a person."""
    return words.startswith(_SAME) or words.endswith(_BODY_ENDINGS) or words in _UNIQUE_PLACES
