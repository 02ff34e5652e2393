"""Chinese and Japanese speakers: whether the text marks one as a name, as no capital does."""

# The confidence pass (confidence.py) asks these of a speaker found in a Han script: whether a
# title, repetition or the cue's own clause marks the words as a name, so that the quotation's
# attribution may be high, or a low one is still worth giving.

from __future__ import annotations

import functools
import re

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.han.cjk import NOT_NAME_START
from summarizer.attribution.han.hanname import (
    ROLE_NOUN,
    after_titles,
    foreign_name,
    full_name,
    name_shaped,
    office,
)
from summarizer.attribution.han.hanopen import opens_speech
from summarizer.attribution.han.jaoffice import OPEN_TITLES, reported_whole
from summarizer.attribution.han.longname import titled_long_name
from summarizer.attribution.han.zhsubject import known_names, whole_name
from summarizer.attribution.lexicon.cues import Cues

_HAN_RUN = "[\u3400-\u9fff]{2,3}"
_AGAIN_REACH = 3000
_PLACE_OR_SURNAME = 3  # "横浜", "佐々木": before "市長", a city or a surname; longer, a name
_TITLED_REACH = 30  # how far before its cue a long name after a title may stand


# "「…」と横浜市長は述べた", "「…」と山本市長は述べた": a word the text writes only before a
# local office may be its place or its holder's surname; nothing tells them apart ("森田都知事":
# only four places stand before 都, 道 and 府, so 森田 is a surname). Once per speaker and text.
@functools.lru_cache(maxsize=64)
def lone_office(text: str, speaker: str, family: str) -> bool:
    """In Japanese, whether the speaker is written once, right before a local office's title."""
    if family != "ja" or not 0 < len(speaker) <= _PLACE_OR_SURNAME:
        return False  # "山本一郎市長": a full name is no place
    if text.count(speaker) != 1:
        return False
    return any(speaker + title in text for title in OPEN_TITLES)


def fair_guess(text: str, found: Attribution, cues: Cues) -> bool:
    """Whether a low-confidence speaker is still worth giving."""
    # In Chinese and Japanese, not the subject of a cue that neither a title nor repetition marks as
    # a name (in fiction, mostly an adverbial: "嘴里喃喃地说"), nor a genderless guess for 他 or 她;
    # a cue's subject shaped as a name (a surname and one or two characters) that the text writes
    # again near the cue is one ("宋佳…时说：", with 宋佳 in the cast list above), and so is one
    # that opens a news sentence before its verb, a colon and the quotation ("王毅说：“…”"), or
    # that a role noun marks ("检察官李明表示").
    if cues.family == "zh" and office(found.speaker or "", cues.titles):
        return False
    if cues.spaced or found.basis not in ("cue", "pronoun"):
        return True
    if cues.family == "ja" and (found.cue or "") in cues.hearsay:
        return _titled_source(text, found, cues.titles) or _official_source(text, found, cues)
    if found.basis != "cue" or not name_shaped(found.speaker or ""):
        return False
    speaker = found.speaker or ""
    if found.mention == speaker and opens_speech(text, speaker, found.cue or "", found.cue_at):
        return True
    if found.mention_at > 0 and text[found.mention_at - 1] in ROLE_NOUN:  # "检察官李明表示"
        return text.startswith(speaker, found.mention_at)
    # written again near its cue: a bounded window keeps a long text linear
    near = max(0, found.cue_at - _AGAIN_REACH), found.cue_at + _AGAIN_REACH
    return text.count(speaker, *near) > 1


# "小林氏によると": a person the title marks is cited by name; "関係者によると" names nobody.
def _titled_source(text: str, found: Attribution, titles: tuple[str, ...]) -> bool:
    """Whether the Japanese source before "によると" is a name with a person's title after it."""
    mention, at = found.mention or "", found.mention_at
    end = at + len(mention)
    return bool(mention) and text.startswith(mention, at) and text.startswith(titles, end)


# "外務省によると、「…」": a public body the quotation follows at once speaks for itself; a medium
# or a bare "警察" may only report another's words, and words in between may name the speaker.
def _official_source(text: str, found: Attribution, cues: Cues) -> bool:
    """Whether the Japanese source right before "によると、「" is a named public body."""
    mention, at, cue = found.mention or "", found.mention_at, found.cue or ""
    body = mention.endswith(cues.orgs) and mention not in cues.orgs
    after = at + len(mention) + len(cue)
    opens = text.startswith(mention + cue, at) and text.startswith(("「", "、「"), after)
    return body and opens and reported_whole(text, after)  # not "「…」と供述している"


def known(text: str, found: Attribution, cues: Cues) -> bool:
    """In Chinese and Japanese, whether a speaker is marked as a name, as no capital marks one."""
    # marked: named as a cue's subject more than once, written after a title ("副總統彭斯"), or in
    # Chinese a full name written as the subject of the cue pass's own cue ("陈志强在会上称")
    speaker = found.speaker or ""
    written = found.cue_at >= 0 and found.mention == speaker
    person = full_name(speaker) or foreign_name(speaker)
    if speaker in known_names(text) or (cues.family == "zh" and written and person):
        return True
    # "日本首相岸田文雄表示", "总统泽连斯基在视频讲话中表示": a long name right after its title
    at = text.rfind(speaker, max(0, found.cue_at - _TITLED_REACH), max(0, found.cue_at))
    if (
        cues.family == "zh"
        and written
        and titled_long_name(text, speaker, at, found.cue_at, cues.titles)
    ):
        return True
    # a name the title cut before its joining character ("书记苗同和说": 苗同 after the title)
    cut = speaker[:2] if whole_name(text, speaker[:2]) == speaker else speaker
    return cut in _titled_starts(text, cues.titles)


@functools.lru_cache(maxsize=8)
def _titled_starts(text: str, titles: tuple[str, ...]) -> frozenset[str]:
    """Every start of the names `_titled` finds: a set, so each quotation looks up in O(1)."""
    return frozenset(name[:end] for name in _titled(text, titles) for end in range(len(name) + 1))


def _titled(text: str, titles: tuple[str, ...]) -> frozenset[str]:
    """The two or three characters after each title in `text`, and those before a late title."""
    # before a title that follows a clause break: "總統彭斯" -> "彭斯美", "，张一白导演" -> "张一白"
    if not titles:
        return frozenset()
    alternation = "|".join(map(re.escape, titles))
    after = [name for _, name in after_titles(text, titles)]
    before = re.findall(f"(?:^|[，。：；！？、的\\s”」])({_HAN_RUN})(?:{alternation})", text)
    return frozenset(n for n in (*after, *before) if n[0] not in NOT_NAME_START)
