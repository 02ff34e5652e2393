"""Who a cue's 他 or 她 cannot be (people the narration sets apart from it), or must be."""
# In one clause a pronoun and a name after it are two people ("他问张生民", "他自己就比金俊武笨"),
# and so are a name and a pronoun it acts on ("少安看了他一眼"); in another clause the pronoun may
# go on with the name ("少安回到家，他发现…", "少安很高兴——这给他解决了困难").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.dialogue.cast import PRONOUNS, Cast, words_for
from summarizer.attribution.han.hanname import full_name

_ZH = _data.load_toml("dialogue.toml")["zh"]
# what makes the word after it an object: a preposition or a verb acting on someone
_OBJECT = frozenset(_ZH["before_object"])
# verbs of thinking and knowing: a pronoun after one may be their subject ("少安觉得他…")
_THINKING = re.compile("|".join(_ZH["thinking"]))
_CLAUSES = re.compile(r"[^。！？!?…\n，,；;：:—]+")
_PLURAL = frozenset(_ZH["plural"])
STOP = re.compile(r"[。！？!?…\n]+")
# how many sentences opening with the same 他 or 她 may stand between it and the name it means
_CHAIN = 2
_CLOSING = "”」"
# what a speaker names himself after: "我赵大山", "俺赵大山", "我是赵大山"
_SELF = frozenset("我俺是")


def set_apart(text: str, start: int, end: int, cast: Cast, pronoun: str) -> set[str]:
    """The people named in text[start:end] whom a clause sets apart from `pronoun`."""
    apart: set[str] = set()
    for clause in _CLAUSES.finditer(text, start, end):
        words = clause.group()
        places = _places(words, pronoun, cast)
        if not places:
            continue
        for found in cast.pattern.finditer(words):
            # after the pronoun, or before it when it is acted on, not inside what the named
            # person thinks ("少安想不到秀莲比他冷静")
            after = found.start() > places[0]
            acted = any(
                words[at - 1 : at] in _OBJECT and not _THINKING.search(words, found.end(), at)
                for at in places
                if at > found.start()
            )
            if after or acted:
                apart.add(cast.names[found.group()])
    return apart


def scene_apart(text: str, start: int, end: int, cast: Cast, pronoun: str) -> set[str]:
    """The people whose last mention in text[start:end] is in a clause that sets them apart from
    `pronoun` ("难道他自己就比钱小河笨吗？" … "他问妹妹：" is not 钱小河)."""
    # the last mention only: another 他 earlier in the scene may be someone else ("他不得不对钱小河
    # 表态。钱小河想了想…。他只好回答说：" may be 钱小河)
    last: dict[str, bool] = {}
    for clause in _CLAUSES.finditer(text, start, end):
        named = cast.persons(text, clause.start(), clause.end())
        if named:
            apart = set_apart(text, clause.start(), clause.end(), cast, pronoun)
            last.update((name, name in apart) for name in named)
    return {name for name, apart in last.items() if apart}


def quoted_names(texts: tuple[str, str], start: int, end: int, cast: Cast) -> frozenset[str]:
    """The people the quotations in text[start:end] name, but for a speaker naming himself."""
    # "“…秀莲不是个东西！”" is not 秀莲's line; "我林秀莲说话算数", "我是赵大山" may be theirs
    text, narration = texts
    return frozenset(
        cast.names[found.group()]
        for found in cast.pattern.finditer(text, start, end)
        if narration[found.start()].isspace()
        and text[found.start() - 1 : found.start()] not in _SELF
    )


def _places(clause: str, pronoun: str, cast: Cast) -> list[int]:
    """Where `pronoun` stands for one person in `clause` (not "他们", "他的", "他父亲")."""
    kin = words_for("zh").kin
    return [
        at
        for at, char in enumerate(clause)
        if char == pronoun
        and clause[at + 1 : at + 2] not in _PLURAL
        and not kin.match(clause, at + 1)
        and not cast.pattern.match(clause, at + 1)  # "他田福堂": the name is the pronoun's
    ]


def stranger_before(text: str, floor: int, at: int, cast: Cast, pronoun: str) -> str | None:
    """A full name the cast does not know that opens the sentence just before the cue at `at`."""
    # "”孙玉厚好一阵才抬起头。\n他对小女儿说：": a person named too seldom for the cast is the one
    # the pronoun goes on with, when neither sentence names anyone else and the name's gender fits
    stops = [m.end() for m in STOP.finditer(text, floor, at)]
    if len(stops) < 2 or cast.persons(text, stops[-1], at):
        return None
    sentence = text[stops[-2] : stops[-1]].lstrip().lstrip(_CLOSING)
    word = sentence[:3]
    if not full_name(word) or pronoun in sentence or cast.persons(sentence, 0, len(sentence)):
        return None
    female = word[-1] in words_for("zh").female
    return word if (pronoun == "她") == female else None


def prior_subject(text: str, floor: int, at: int, cast: Cast, pronoun: str) -> str | None:
    """The subject of the narration sentence before the one at `at`, if it names no other."""
    # not even as `pronoun`: "田福堂知道…。他就站在脚地上说："; back past sentences that open
    # with the same pronoun and name nobody ("田福堂上了车。他很快赶回村里。他喊：")
    stops = [m.end() for m in STOP.finditer(text, floor, at)]
    if len(stops) < 2 or cast.persons(text, stops[-1], at):
        return None
    for back in range(2, min(len(stops), _CHAIN + 2) + 1):
        start, end = stops[-back], stops[-back + 1]
        sentence = text[start:end]
        start += len(sentence) - len(sentence.lstrip())
        named = cast.persons(text, start, end)
        if named:
            break
        if not text.startswith(pronoun, start) or text.startswith("们", start + 1):
            return None
    else:
        return None
    sentence = text[start:end]
    who = cast.person(sentence)
    if pronoun in sentence or who in PRONOUNS:
        return None
    return who if who and named == {who} else None
