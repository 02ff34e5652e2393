"""A foreign name of four or five Han characters written right after a Chinese title."""

# Chinese names after a title have two or three characters (four with a two-character surname);
# a Japanese name or a transliterated one may have four or five ("日本首相岸田文雄",
# "联合国秘书长古特雷斯"). Right between a title and its cue, with no character a name never
# holds and no adverb's or time word's last character at its end, it is the holder's name.

from __future__ import annotations

from summarizer import _data

_ZH = _data.load_toml("dialogue.toml")["zh"]
# "一" is in many Japanese given names ("健一", "一郎"); after it an adverb ends in `_NOT_END`
# ("一再") and "一行" (a delegation) in 行
_NOT_IN = (frozenset(_ZH["not_in_name"]) | frozenset(_ZH["speech_in_name"])) - {"一"}
_NOT_END = frozenset(_ZH["long_name_not_end"])
_JOINING = frozenset(_ZH["joining"])
_SIZES = (4, 5)


def long_name(name: str) -> bool:
    """Whether `name` may be a four- or five-character name, no adverb running into it."""
    han = all("\u4e00" <= c <= "\u9fff" for c in name)
    return han and len(name) in _SIZES and not _NOT_IN & set(name) and name[-1] not in _NOT_END


# Not one of two joined ("首相岸田文雄和总统拜登表示"): both said it.
def titled_long_name(text: str, name: str, at: int, cue_at: int, titles: tuple[str, ...]) -> bool:
    """Whether the long name at `at` stands right after one of `titles`, alone before its cue."""
    before = text[max(0, at - max(map(len, titles), default=0)) : at]
    joined = _JOINING & set(text[at + len(name) : cue_at])
    named = long_name(name) and text.startswith(name, at) and not joined
    return named and at >= 0 and before.endswith(titles)
