"""The words before a Chinese verb of saying that can be its subject, or None for no cue."""
# a negation before the verb makes it silence ("小河不说了"); a form of address ends the name
# before it ("苗凯同志说" -> 苗凯); an adverb before the verb is no name ("表情似乎说")

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.han.hanname import (
    BODY_END,
    ROLE_NOUN,
    before_verb,
    full_name,
    name_shaped,
)

_ZH = _data.load_toml("dialogue.toml")["zh"]
NEGATION = frozenset(_ZH["negation"])
ADDRESS = tuple(sorted(_ZH["address"], key=len, reverse=True))
ADVERBS = tuple(sorted(_ZH["adverbs"], key=len, reverse=True))
_PRONOUNS = frozenset(_ZH["pronouns"])
_NOT_CUES = tuple(_ZH["not_cues"])
_NOT_NAME_END = frozenset(_ZH["not_subject_end"])
_named_speaker = re.compile(
    r"(?:^|(?<=[，。！？：；\n”」]))([\u4e00-\u9fff]{2,3})"
    f"(?:{'|'.join(map(re.escape, _ZH['known_verbs']))})",
    re.M,
)
_TITLES = frozenset(t for t in _data.load_toml("cues.toml")["zh"]["titles"] if len(t) == 2)
# two characters and a joining one ("苗同和") where no second noun can follow the "and" ("苗同和说",
# "苗同和，", "苗同和还…"): the joining character ends the name
_whole = re.compile(
    f"([\u4e00-\u9fff]{{2}}[{_ZH['joining']}])(?=[，。！？：；、,.!?:;]|[{_ZH['name_ends_before']}])"
)


def subject_words(segment: str) -> str | None:
    """`segment` without a joined verb, form of address or adverb at its end; None if negated."""
    segment = before_verb(segment)
    if segment[-1:] in NEGATION:
        return None  # "没说话": the person stopped talking, no one speaks
    segment = unaddressed(segment)
    adverb = next((word for word in ADVERBS if segment.endswith(word)), "")
    if not adverb:
        return segment
    # the subject before an adverb only when it is a pronoun or shaped as a name ("李明似乎说")
    rest = segment[: -len(adverb)]
    return rest if rest in _PRONOUNS or name_shaped(rest) else None


def unaddressed(words: str) -> str:
    """`words` without a form of address that ends them after a name ("万江老汉" -> "万江")."""
    # after a body ("县委书记"), the address is the title of its head, no name before it
    for term in ADDRESS:
        if words.endswith(term) and len(words) - len(term) >= 2:
            rest = words[: -len(term)]
            return words if rest[-1] in BODY_END and not name_shaped(rest) else rest
    return words


def addressed(text: str, at: int) -> bool:
    """Whether a form of address starts at `at` in `text` ("苗凯同志": at the 同)."""
    return text.startswith(ADDRESS, at)


def whole_name(text: str, name: str | None) -> str | None:
    """`name` with the joining character that always follows it, when that ends the name."""
    # "苗同和说：" cut before 和 (also "with") is 苗同和, when the text never writes 苗同 alone
    return _whole_names(text).get(name or "", name)


@functools.lru_cache(maxsize=8)
def _whole_names(text: str) -> dict[str, str]:
    """Each two-character word that `text` writes only as a name ending in a joining character."""
    # one pass over the text for all candidates (linear)
    found = {m.group(1) for m in _whole.finditer(text) if name_shaped(m.group(1)[:2])}
    if not found:
        return {}
    whole = {name[:2]: name for name in found}
    alone: set[str] = set()
    for match in re.finditer("|".join(map(re.escape, whole)), text):
        if not text.startswith(whole[match.group()], match.start()):
            alone.add(match.group())
    return {short: name for short, name in whole.items() if short not in alone}


# "检察官", "分析师", "评论家": a word that ends in a role noun is a description, not a name
def role_word(word: str) -> bool:
    """Whether `word` is a role noun's word rather than a name ("检察官", not "王建华")."""
    return len(word) > 1 and word[-1] in ROLE_NOUN and not full_name(word)


# "主任顧問醫生黃志強" written twice opens "主任顧" before 問: a title inside is no name's
def subject_name(word: str) -> bool:
    """Whether a word before a verb of saying is a name whole: no title of two inside it."""
    # a title that ends it is the person's ("何先生"); one that opens it names no one ("主任顧")
    # each title has two characters: the pairs before the last one, looked up (not each title found)
    inside = any(word[at : at + 2] in _TITLES for at in range(len(word) - 2))
    return subject_words(word) == word and not inside


def inside_word(text: str, at: int) -> bool:
    """Whether the verb of saying at `at` is a character of a word that says nothing (顧問)."""
    return text.startswith(_NOT_CUES, max(0, at - 1)) or text.startswith(_NOT_CUES, at)


@functools.lru_cache(maxsize=8)
def known_names(text: str) -> frozenset[str]:
    """Short words that open a clause right before a speech verb and recur in `text`."""
    # two or three characters: the people of a story or an article ("少平说", "梁振英说")
    found = {m.group(1) for m in _named_speaker.finditer(text)}
    found = {n for n in found if n[-1] not in _NOT_NAME_END and subject_name(n)}
    return frozenset(n for n in found if text.count(n) >= 2)
