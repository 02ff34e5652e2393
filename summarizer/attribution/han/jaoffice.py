"""Japanese local offices: the place a governor or mayor heads, between the name and the title."""
# "鈴木北海道知事", "山中横浜市長": the place stands between the name and the title; "小池都知事":
# 都知事 is the title whole; "東京都知事", "横浜市長": the place alone, nobody named.

from __future__ import annotations

import re

from summarizer import _data

_PARTICLES = _data.load_toml("particles.toml")["ja"]
LOCAL_TITLES = frozenset(_PARTICLES["local_titles"])
_UNIQUE_PLACES = tuple(_PARTICLES["unique_prefectures"])
_UNIQUE_UNITS = "都道府"
_PERSONAL = tuple(_PARTICLES["personal_titles"])
_DOTS = "・･"
_OF = "の"
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc・･]+")
_SURNAME = 2  # of the surname before "都知事": more, a given name ends in 都, 道 or 府


# The place is cut where the text writes it with its kind of place elsewhere too ("横浜市の");
# before 都, 道 or 府 only four places may stand.
def place_cut(text: str, name: str, title: str) -> str | None:
    """The name before a local office's title without the place; None when the text can't tell."""
    unit = title[0]
    for cut in range(1, len(name) - 1):  # the longest place first
        if text.count(name[cut:] + unit) > text.count(name + unit):
            return name[:cut]
    if unit not in _UNIQUE_UNITS:
        return None
    place = next((p for p in _UNIQUE_PLACES if name.endswith(p)), "")
    # else a surname and a given name end in it ("鈴木直道知事", "北海道の鈴木直道知事")
    whole = not place and (len(name) > _SURNAME or "の" in name)
    return name + unit if whole else name[: len(name) - len(place)]


# "ゼレンスキー・ウクライナ大統領": a surname, a dot and the country whose office it is; but
# "ジョー・バイデン大統領" is a full name. The surname is the part the text writes alone too;
# else the words are read as a full name.
def dotted_office(text: str, name: str, title: str) -> str:
    """A katakana name before an office's title, without a country set off by a middle dot."""
    head, dot, tail = max(name.rpartition(d) for d in _DOTS)
    if not dot or not head or not tail or title in _PERSONAL or _OF in head:
        return name  # "ロシアのマリア・イワノワ報道官": the country is named before の
    # "山中竹春・横浜市長", "グテーレス・国連事務総長": a name in kanji or a body in kanji
    alone = text.count(head) > text.count(head + dot)
    if alone or not (_KATAKANA.fullmatch(head) and _KATAKANA.fullmatch(tail)):
        return head
    return name
