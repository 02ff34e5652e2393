"""Turn labels in scripts without capitals: a Chinese outlet or name ("晨报：", "赵明远："), an
Arabic outlet or surname ("الأفق:", "الحداد:")."""

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.han.hanname import described_name, name_shaped
from summarizer.attribution.interviews.interviewee import interviewee
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.lazy import lazy

_han_label = lazy("[ \t]*(?P<tag>[\u3400-\u9fff]{2,4})[ \t]*[：:]")
_ARABIC_LABEL = re.compile(r"[ \t]*(?P<tag>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_LAST_WORDS = re.compile(r"([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?[ \t]+$")
_REACH = 30
_ARTICLE = "ال"
_AR = _data.load_toml("interviews.toml")["ar"]
_KIN = frozenset(_data.load_toml("particles.toml")["ar"]["kin_nouns"])


def uncapitalised(cues: Cues) -> bool:
    """Whether the language's script has no capitals to show a name (Chinese, Arabic)."""
    return not cues.spaced or cues.family == "ar"


# A label is an outlet ("晨报", "الأفق") or a name; which side asks is read from its turns.
def label(text: str, start: int, end: int, cues: Cues) -> re.Match[str] | None:
    """The label and colon that open the paragraph [start, end) as a turn, or None."""
    pattern = _han_label() if not cues.spaced else _ARABIC_LABEL
    return pattern.match(text, start, end)


# Chinese writes the full name as the label ("赵明远："); Arabic often the surname alone, which
# the introduction writes after the given name ("الروائية سلمى الحداد"): a given name has no
# article, the description before it has ("الروائية"). Nobody when that leaves none or several.
def person(text: str, tag: str, before: int, cues: Cues, title: str = "") -> str | None:
    """The person an answering side's label names, from the introduction before `before`."""
    if not cues.spaced:
        return tag if _han_person(text, tag, before, cues, title) else None
    if " " in tag:
        return tag if tag in text[:before] else None
    names = set()
    for use in re.finditer(rf"(?<![^\W\d_]){re.escape(tag)}(?![^\W\d_])", text[:before]):
        word = _WORD_BEFORE.search(text, max(0, use.start() - _REACH), use.start())
        given = word.group(1) if word else ""
        named = given and not given.startswith(_ARTICLE) and given not in cues.stop
        named = named and given not in _AR["places"]  # "حي منصور" is a quarter, no given name
        if named and word and _introduced(text, word.start(), cues):
            names.add(f"{given} {tag}")
    return names.pop() if len(names) == 1 else None


# "الروائية سلمى الحداد", "التقت الأفق سلمى الحداد": only a title or role noun right before the
# given name, or a meeting verb (the outlet may stand between), makes it a person's; not another
# verb ("يرى الحداد") or a noun ("مدينة غزة"), nor a meeting verb across a preposition or place
# noun ("التقينا في حي منصور": where they met). A title after a kin noun names the guest's
# relative, not the guest ("سلمى الحداد، ابنة الكاتب سامي منصور": her father).
def _introduced(text: str, at: int, cues: Cues) -> bool:
    """Whether the words right before `at` write the name after it as a person's."""
    words = _LAST_WORDS.search(text, max(0, at - 2 * _REACH), at)
    last, first = (words.group(2), words.group(1)) if words else ("", "")
    if not last and words:
        last, first = first, ""
    return (
        ((last in cues.titles or last in _AR["roles"]) and first not in _KIN)
        or last in _AR["meeting"]
        or (first in _AR["meeting"] and last not in cues.stop and last not in _AR["places"])
    )


# A name-shaped label may be a word ("司机", "江苏", "黄金", "简介"): it is a person only where
# the introduction or title writes it as one, as the one interviewed ("专访了分析师王磊") or
# after a role noun ("农业科学家赵明远").
def _han_person(text: str, tag: str, before: int, cues: Cues, title: str) -> bool:
    """Whether the introduction or title before `before` writes the label `tag` as a person."""
    if not name_shaped(tag):
        return False
    if _guest(text, before, cues, title) == tag:
        return True
    intro = f"{title}\n{text[:before]}"
    at = intro.find(tag)
    while at >= 0:
        if described_name(intro[max(0, at - _REACH) : at + len(tag)]) == tag:
            return True
        at = intro.find(tag, at + len(tag))
    return False


# read once per page, not per label: many labels after a long introduction stay linear
@functools.lru_cache(maxsize=4)
def _guest(text: str, before: int, cues: Cues, title: str) -> str | None:
    """The interviewee the introduction before `before` (or the title) names."""
    return interviewee(text, cues, before, title).speaker
