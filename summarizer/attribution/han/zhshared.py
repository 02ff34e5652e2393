"""A Chinese cue in a clause with no subject of its own shares the one that opens its sentence."""
# "民建聯主席陳克勤歡迎報告的方向，但認為「…」", "王丽建议…，并称：“…”": a clause that opens with a
# conjunction or an adverb alone before its cue continues the sentence's subject, a name (after
# its titles) that opens the sentence; not one named with 的 or 之 or joined to another
# ("王丽的同事…", "李明华之子…", "王丽和李明…"), which say someone else or two people.
# Nothing marks where a name ends before a verb ("张伟批评了…", "毛宁今天…", "欧阳娜娜出席…"), so
# the name is one the article already knows: a cue's subject it repeats, or a full name it
# writes again with other words after it ("陳克勤歡迎…" and "陳克勤同日…"). A name that runs
# into a body's or a place's head ("张家口市政府", "华为公司") is that body's: nobody.

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.han.hanname import BODY_END, full_name, name_shaped
from summarizer.attribution.han.zhsubject import known_names
from summarizer.attribution.lexicon.cues import Cues, Mention

_ZH = _data.load_toml("dialogue.toml")["zh"]
_SHARES = tuple(sorted(_ZH["shares_subject"], key=len, reverse=True))
_HEADS = BODY_END | frozenset(_ZH["unit_places"])  # "张家口市", "黄河水利委员会": no person
_NOT_AFTER = frozenset("的之和与與跟同及、") | _HEADS
_BREAKS = frozenset("，,。；;：:！？!?“”「」『』\n")
_REACH = 16  # characters of titles and a body's name before the opening name
_SEEN = 64  # other places a name is written that are looked at: a bounded count


def shared_subject(
    text: str, sentence: int, clause: int, cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The known name that opens the sentence, for a cue whose clause has only a conjunction."""
    joining = text[clause : cue.start()].strip()  # never empty: "文书马上站起来，说：" is fiction's
    if clause <= sentence or not joining or not _only_joining(joining):
        return None
    for at in range(sentence, min(sentence + _REACH, clause)):
        if text[at] in _BREAKS:
            return None
        if at == sentence or text.endswith(cues.titles, sentence, at):
            name = _known_at(text, at)
            if name:
                return Mention(name, "name", cue.group(), at, cue.start())
    return None


def _known_at(text: str, at: int) -> str | None:
    """The name the article knows that starts at `at`, the longest first, else None."""
    known = known_names(text)
    for size in (4, 3, 2):
        name = text[at : at + size]
        if len(name) < size or text[at + size : at + size + 1] in _NOT_AFTER:
            continue
        if name in known or (full_name(name) and _written_again(text, name, text[at + size])):
            return name
    return None


@functools.lru_cache(maxsize=64)
def _written_again(text: str, name: str, after: str) -> bool:
    """Whether `text` writes `name` somewhere followed by other words than `after`."""
    # the same run each time ("黄河水利委员会" twice) says nothing of where a name ends
    at = text.find(name)
    for _ in range(_SEEN):
        if at < 0:
            return False
        follows = text[at + len(name) : at + len(name) + 1]
        if follows != after and follows not in _HEADS:
            return True
        at = text.find(name, at + 1)
    return False


# "赵志刚周三会见记者，但记者们说“…”", "刘洋出席论坛，同时王磊表示“…”": a clause with a
# subject of its own (a pronoun, a plural noun with 们, a name) owns its cue, not the name
# that opens the sentence
def own_subject(words: str, cues: Cues) -> bool:
    """Whether the words before a cue, past their conjunctions, hold a subject of their own."""
    words = words.strip()
    while joining := next((w for w in _SHARES if words.startswith(w)), ""):
        words = words[len(joining) :]
    plural = "们" in words or "們" in words
    return plural or any(p in words for p in cues.pronouns) or name_shaped(words)


def _only_joining(words: str) -> bool:
    """Whether `words` are only conjunctions and adverbs that keep a subject ("但", "并也")."""
    while words:
        joining = next((w for w in _SHARES if words.startswith(w)), "")
        if not joining:
            return False
        words = words[len(joining) :]
    return True
