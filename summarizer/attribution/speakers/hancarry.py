"""Chinese 他 or 她 carried over to the one person the sentences before it name."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.han.hanname import full_name, name_shaped
from summarizer.attribution.han.hanopen import lone_name
from summarizer.attribution.han.zhsubject import known_names
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.lazy import lazy
from summarizer.attribution.speakers.names import Resolver

# news writes "王建华上午接受采访。他说：“…”" and "“…”他说。": the pronoun stands for the person
# named just before, when that is the only person named there
_ZH = _data.load_toml("dialogue.toml")["zh"]
_SINGULAR = frozenset(_ZH["pronouns"])
_REACH = 300
_QUOTED = re.compile("“[^“”]*”|「[^「」]*」|『[^『』]*』")
_SENTENCE_END = re.compile("[。！？!?]")
_SENTENCES_END = re.compile("[。！？!?\n]+")  # a paragraph ends its last sentence too
_SENTENCES = 2
_STOP_OR_QUOTED = re.compile(f"{_QUOTED.pattern}|[。！？!?\n]+")
_han = lazy("[\u4e00-\u9fff]")
_NICKNAME = 6
_NUMERALS = frozenset(_ZH["date_numerals"])
_BEFORE_NAME = frozenset(_ZH["before_lone_name"])
_AFTER_NAME = frozenset("，,。、；;！？!?\n")
_GOES_ON = frozenset(_ZH["goes_on"])
_OPENED = frozenset("。！？!?\n")
_PLACE_BEFORE = frozenset(_ZH["before_place"])
_UNIT_PLACES = frozenset(_ZH["unit_places"])
_BODY_WORDS = tuple(_ZH["body_words"])
_FULL = 3


def carried_pronoun(
    mention: Mention, context: tuple[int, int], previous: str | None, resolver: Resolver
) -> str | None:
    """In Chinese, the one person the sentences before a 他 or 她 cue name."""
    if resolver.cues.family != "zh" or mention.kind != "pronoun":
        return None
    return carried_han(resolver.text, mention, context[1], previous, resolver.cues)


def carried_han(
    text: str, mention: Mention, opened: int, previous: str | None, cues: Cues
) -> str | None:
    """The one person named in the two sentences before a 他 or 她 cue and its quotation."""
    # the quotation opens at `opened`: for a cue after it, the sentences before the opening
    end = min(mention.at, opened)
    before = text[max(0, end - _REACH) : end]
    nicknames = _QUOTED.finditer(before, _window_start(before))
    if mention.words not in _SINGULAR or any(map(_nickname, nicknames)):
        return None
    pieces = _SENTENCES_END.split(_QUOTED.sub(_emptied, before))
    window, near = "".join(pieces[-_SENTENCES - 1 :]), "".join(pieces[-2:])
    # after a quotation, in dialogue the next 他 is mostly the other party: only "他还说" goes on;
    # in news the one a cue reported in the sentence right before ("周海涛指出，…“…”。他说"), or
    # the one that sentence names when the quotation is further back
    goes_on = text[mention.at + 1 : mention.at + 2] in _GOES_ON
    if "“”" in window and not goes_on:
        if "“”" in near and not _reported(near, previous):
            return None
        window = near
    if ("她" if mention.words == "他" else "他") in window:  # someone of the other gender
        return None
    # someone named between the pronoun and its cue ("她对润叶说："), not in what it reports
    told = opened if mention.cue_at < mention.at else min(opened, mention.cue_at)
    if _named(text, text[mention.at + 1 : told], previous, cues):
        return None
    people = _named(text, window, previous, cues)
    if _reported(window, previous):  # "…严峻，“…”": a word of a name's shape before a comma
        people = {p for p in people if p == previous or not _weak(window, p, cues)}
    if any(f"{person}的" in window for person in people):  # "王建华的妻子": someone else
        return None
    person = people.pop() if len(people) == 1 else ""
    # a name the text itself marks: a full name, or a name after a title, not a given name alone
    return person if person and _person(window, window.find(person), cues) == person else None


# "“萝卜花”把碗放下。她说：" a short quotation before a verb may be a person the pronoun stands
# for, only within the sentences it is read in; a term further back ("納入了「資安長」制度") is not
def _window_start(before: str) -> int:
    """Where the sentences a pronoun is read in begin in `before`, quotations kept whole."""
    stops = [m.end() for m in _STOP_OR_QUOTED.finditer(before) if m.group()[0] not in "“「『"]
    return stops[-_SENTENCES - 1] if len(stops) > _SENTENCES else 0


def _emptied(quoted: re.Match[str]) -> str:
    """A quotation's marks alone, with the stop that ends its sentence inside them ("“…。”")."""
    return "“”。" if _SENTENCE_END.match(quoted.group(), len(quoted.group()) - 2) else "“”"


# "郑光明表示：“…。”他说：" stays unknown: after a line a colon gave, 他 may be the one answering
def _reported(window: str, previous: str | None) -> bool:
    """Whether the previous speaker is named before the window's partial quotation, a cue's."""
    quoted = window.find("“”")
    partial = quoted > 0 and window[quoted - 1] not in "：:"
    return bool(previous) and partial and 0 <= window.find(previous or "") < quoted


def _weak(window: str, word: str, cues: Cues) -> bool:
    """Whether a two-character `word` is a name only by standing before a break ("严峻，")."""
    at = window.find(word)
    after_break = window[at + 2 : at + 3] in _AFTER_NAME and window[at - 1 : at] not in _BEFORE_NAME
    return len(word) == 2 and after_break and not window.endswith(cues.titles, 0, at)


def _nickname(quoted: re.Match[str]) -> bool:
    """Whether a quotation is a name ("“萝卜花”把碗放下"), a person unseen: short, before a verb."""
    # a short term that ends its clause ("是“成色不错”，", "推出「會檢討」。") is no one
    short = len(quoted.group()) <= _NICKNAME and not _SENTENCE_END.search(quoted.group())
    return short and _han().match(quoted.string, quoted.end()) is not None


def _named(text: str, window: str, previous: str | None, cues: Cues) -> set[str]:
    """Everyone `window` names, read left to right, each once."""
    # the previous speaker, names the text repeats before its cues, names by their shape
    known = known_names(text)
    found: set[str] = set()
    at = 0
    while at < len(window):
        # a few lookups per character, never a scan of every known name: linear in the window
        name = previous if previous and window.startswith(previous, at) else None
        name = name or next(
            (window[at : at + n] for n in (3, 2) if _known(window, at, n, known)), None
        )
        name = name or _person(window, at, cues)
        if name:
            found.add(name)
        # a place of a name's shape is skipped whole: "黄石市" holds no "石市今"
        place = not name and full_name(window[at : at + _FULL]) and not _no_place(window, at)
        at += len(name) if name else _FULL if place else 1
    return {n for n in found if not any(n != m and n in m for m in found)}


def _known(window: str, at: int, size: int, known: frozenset[str]) -> bool:
    """Whether the `size` characters at `at` are a name the text repeats before its cues."""
    word = window[at : at + size]
    return len(word) == size and word in known and not word.endswith("人")  # 众人, 有人: groups


def _person(window: str, at: int, cues: Cues) -> str | None:
    """The name at `at` by its shape, or None."""
    # three characters shaped as a full name, or two after a title or standing alone as an object
    # or a partner ("见了张伟。", "和张伟"); no title in it ("席記者"), no time word or adverb
    # running into it ("彭斯美東時間")
    for size in (3, 2):
        run = window[at : at + size]
        if size == _FULL:
            shaped = full_name(run) and _no_place(window, at)
        else:  # the title before it is looked for only at a name's shape, which few places have
            shaped = name_shaped(run) and (
                window.endswith(cues.titles, 0, at) or _alone(window, at, cues)
            )
        # the shape first: most characters start no name, so the other tests are rarely needed
        if shaped and not _joined(window, at, size, cues) and not _titles_in(run, cues):
            return None if _title_ends(window, at, cues) else run
    return None


# "主席陳克勤": 席 is a surname too, but a name never opens on the last character of a title
def _title_ends(window: str, at: int, cues: Cues) -> bool:
    """Whether a title of two characters or more ends with the character at `at`."""
    return any(len(t) > 1 and window.endswith(t, 0, at + 1) for t in cues.titles)


def _joined(window: str, at: int, size: int, cues: Cues) -> bool:
    """Whether a time word, an adverb, a weekday or a date runs into the `size` characters."""
    joined = any(window.startswith(cues.skip, at + cut) for cut in range(1, size))
    # a weekday or a date runs into it ("冯远周二抵达": 周 is a surname too), or a numeral opens
    # it as a count or an order ("四季度经济": 季 is a surname too)
    counted = window[at - 1 : at] in _NUMERALS or window[at - 1 : at].isdigit()
    return joined or counted or bool(_NUMERALS & set(window[at : at + size + 1]))


def _titles_in(run: str, cues: Cues) -> bool:
    """Whether a title of two characters or more stands inside `run` ("席記者")."""
    return any(len(t) > 1 and t in run for t in cues.titles)


def _alone(window: str, at: int, cues: Cues) -> bool:
    """Whether the two characters at `at` stand apart: after 和/与/了 or before a break."""
    # or as the subject opening a sentence before a time word or an adverb ("王毅上午接受采访")
    if window[at - 1 : at] in _BEFORE_NAME or window[at + 2 : at + 3] in _AFTER_NAME:
        return True
    opens = not at or window[at - 1] in _OPENED
    return opens and window.startswith(cues.skip, at + 2) and lone_name(window[at : at + 2])


# "黄石市今年…", "华为公司昨天…", "在白宫发表": a place or a body of a name's shape opens the
# sentence before 他 or stands after a preposition of place; never the person 他 stands for.
def _no_place(window: str, at: int) -> bool:
    """Whether the full-name-shaped word at `at` is no place and runs into no body's name."""
    if window[at - 1 : at] in _PLACE_BEFORE or window[at + _FULL - 1] in _UNIT_PLACES:
        return False
    return not any(window.startswith(_BODY_WORDS, at + cut) for cut in range(1, _FULL + 1))
