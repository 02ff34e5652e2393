"""A foreign name of four or five Han characters written right after a Chinese title."""

# Chinese names after a title have two or three characters (four with a two-character surname);
# a transliterated name or a Japanese one may have four or five ("联合国秘书长古特雷斯",
# "日本首相岸田文雄"). Right between a title and its cue, shaped as one of those, it is the holder's
# name; any other four characters may be a shorter name and a word ("拜登政府", "普京本人").

from __future__ import annotations

from summarizer import _data

_ZH = _data.load_toml("dialogue.toml")["zh"]
_SOUNDS = frozenset("".join(_ZH["transliteration"].split()))
_JAPAN = tuple(_ZH["japanese_offices"])
_NOT_THIRD = frozenset(_ZH["japanese_not_third"])
_NOT_IN = frozenset(_ZH["not_in_name"]) | frozenset(_ZH["speech_in_name"])
_NOT_END = frozenset(_ZH["long_name_not_end"])
_JOINING = frozenset(_ZH["joining"])
_SIZES = (4, 5)
_JAPANESE = 4
_FORMER = "前副"  # "日本前首相安倍晋三"
_OFFICE_REACH = 3


def long_name(name: str) -> bool:
    """Whether `name` is a transliterated name of four or five characters."""
    return len(name) in _SIZES and _SOUNDS.issuperset(name)


def _japanese(text: str, name: str, at: int, title: str) -> bool:
    """Whether `name` is a Japanese surname and given name after "日本" and its title."""
    office = text[max(0, at - len(title) - _OFFICE_REACH) : at - len(title)].rstrip(_FORMER)
    shaped = len(name) == _JAPANESE and name[2] not in _NOT_THIRD and name[-1] not in _NOT_END
    # "一" is in many given names ("健一", "一郎"), never a particle there
    plain = not (_NOT_IN - {"一"}) & set(name)
    return office.endswith(_JAPAN) and shaped and plain


# Not one of two joined ("首相岸田文雄和总统拜登表示"): both said it.
def titled_long_name(text: str, name: str, at: int, cue_at: int, titles: tuple[str, ...]) -> bool:
    """Whether the long name at `at` stands right after one of `titles`, alone before its cue."""
    if at < 0 or not text.startswith(name, at) or _JOINING & set(text[at + len(name) : cue_at]):
        return False
    before = text[max(0, at - max(map(len, titles), default=0)) : at]
    title = next((t for t in titles if before.endswith(t)), None)
    return title is not None and (long_name(name) or _japanese(text, name, at, title))
