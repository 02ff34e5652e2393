"""Japanese interviews: "――" question paragraphs, the plain paragraphs after each the answer."""
# The interviewee is the one the headline or lead names before "へのインタビュー", "インタビュー"
# or "に聞く" (data/interviews.toml).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.han.hanname import ending_title
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.lazy import lazy

Frame = tuple[int, int, int]
_JA = _data.load_toml("interviews.toml")["ja"]
_DASHES = "".join(_JA["question_dashes"])
_QUESTION = re.compile(f"[ \t\u3000]*[{re.escape(_DASHES)}]+")
# a credit or a profile closes the interview: "（聞き手・鈴木大輔）", "【プロフィール】"
_CLOSING = re.compile("[ \t\u3000]*[（(【〔]")
_BEFORE = tuple(sorted(_JA["interviewee_before"], key=len, reverse=True))
_AFTER = tuple(_JA["interviewee_after"])
_HONORIFICS = frozenset(_JA["honorifics"])
_APPOSED = tuple(_JA["apposed"])
_JOINING = frozenset(_data.load_toml("particles.toml")["ja"]["joining"])
_SEVERAL = ""  # no name: the one found is the last of several
_kanji_name = lazy("[\u3005\u4e00-\u9fff]{2,5}")
_kana_name = lazy("[\u30a1-\u30fa\u30fc]{2,}(?:[・＝][\u30a1-\u30fa\u30fc]{2,}){1,2}")
_NAME_CHARS = "[\u3005\u4e00-\u9fff\u30a1-\u30fa\u30fc・＝]+"
_name_run = lazy(f"{_NAME_CHARS}$")
_name_ahead = lazy(f"[ \t\u3000]*({_NAME_CHARS})")
_HONORIFIC = "|".join(sorted(map(re.escape, _HONORIFICS), key=len, reverse=True))
_label = lazy(
    "[ \t\u3000]*(?P<tag>[\u3005\u3400-\u9fff\u30a1-\u30fa\u30fc]{1,6}?)"
    f"(?:{_HONORIFIC})?[ \t\u3000]*[：:]"
)
_MIN_TURNS = 2
_REGULAR = 3
_NAME_REACH = 20


def dashed(
    text: str, paragraphs: list[tuple[int, int]], cues: Cues, title: str
) -> tuple[list[Frame], list[Frame], str] | None:
    """The question frames, the answer frames and the introduction of a dashed interview."""
    if cues.family != "ja" or not any(dash in text for dash in _DASHES):
        return None
    asked = [i for i, (s, e) in enumerate(paragraphs) if _asks(text, s, e)]
    if len(asked) < _MIN_TURNS:
        return None
    questions: list[Frame] = []
    answers: list[Frame] = []
    answered = 0
    # the last answer is one paragraph: what follows it may be the article's own closing
    for index, following in zip(asked, [*asked[1:], asked[-1] + 2], strict=True):
        start, end = paragraphs[index]
        questions.append((start - 1, start, end))
        block = []
        for s, e in paragraphs[index + 1 : following]:
            if _CLOSING.match(text, s, e):
                break
            block.append((s - 1, s, e))
        answers.extend(block)
        answered += bool(block)
    intro = f"{title}\n{text[: paragraphs[asked[0]][0]]}"
    announced = any(word in intro for word in (*_BEFORE, *_AFTER))
    if answered < _MIN_TURNS or not (announced or answered >= _REGULAR):
        return None
    return questions, answers, intro


def _asks(text: str, start: int, end: int) -> bool:
    """Whether a paragraph opens with a dash and has words after it."""
    dash = _QUESTION.match(text, start, end)
    return dash is not None and text[dash.end() : end].strip() != ""


def interviewee(intro: str, cues: Cues) -> str | None:
    """The one person the headline or lead names next to "インタビュー" or "に聞く"."""
    names: set[str | None] = set()
    for word in _BEFORE:
        at = intro.find(word)
        while at > 0:
            names.add(_named(intro, at, cues))
            at = intro.find(word, at + len(word))
    for word in _AFTER:
        at = intro.find(word)
        while at >= 0:
            names.add(_named_after(intro, at + len(word), cues))
            at = intro.find(word, at + len(word))
    names.discard(None)
    return names.pop() if len(names) == 1 and _SEVERAL not in names else None


def _named(intro: str, at: int, cues: Cues) -> str | None:
    """The name that ends right before `at`, past its title, when it shows it names a person."""
    # `_SEVERAL` when it is the last of several joined ("山本春香さんと田中一郎氏に聞く")
    before = intro[max(0, at - _NAME_REACH) : at]
    title = ending_title(before, tuple(cues.titles))
    run = _name_run().search(before, 0, len(before) - len(title))
    if run is None:
        return None
    if before[run.start() - 1 : run.start()] in _JOINING:
        return _SEVERAL
    return _person(run.group(), title, intro, cues)


def _named_after(intro: str, at: int, cues: Cues) -> str | None:
    """The name that opens at `at` ("【インタビュー】山本春香さん"), read as `_named` reads it."""
    run = _name_ahead().match(intro, at)
    if run is None:
        return None
    after = intro[run.end() : run.end() + _NAME_REACH]
    title = next((t for t in cues.titles if after.startswith(t)), "")
    if after[len(title) : len(title) + 1] in _JOINING:
        return _SEVERAL
    return _person(run.group(1), title, intro, cues)


def _person(words: str, title: str, intro: str, cues: Cues) -> str | None:
    """`words` before `title` as a person's name, when they show they name a person."""
    # "作家・山本春香": a kanji name has no middle dot; what comes before the dot is a role
    if _kanji_name().fullmatch(words.rsplit("・", 1)[-1]):
        words = words.rsplit("・", 1)[-1]
    if _kana_name().fullmatch(words):
        return words
    if not _kanji_name().fullmatch(words) or _described(words, cues):
        return None
    return words if title in _HONORIFICS or _apposed(intro, words) else None


def _described(words: str, cues: Cues) -> bool:
    """Whether kanji words end as a description or a body does ("専門家", "環境省")."""
    endings = (*cues.description_endings, *cues.orgs)
    return any(words.endswith(ending) for ending in endings)


def _apposed(intro: str, name: str) -> bool:
    """Whether the introduction writes `name` after a role ("歌手の中村美咲", "作家・中村美咲")."""
    return any(f"{mark}{name}" in intro for mark in _APPOSED)


# "佐藤花子：", "佐藤：", "花子：" or "佐藤さん：" opens an answer with the guest's own label, no
# speech; any other label ("鈴木：" an interpreter, "注：", "時間：") opens words not the guest's.
def past_label(text: str, start: int, end: int, who: str | None) -> int | None:
    """Where the guest's words in [start, end) begin past their own label; None: another's."""
    label = _label().match(text, start, end)
    if label is None:
        return start
    name = label.group("tag")
    own = who is not None and (who.startswith(name) or who.endswith(name))
    return label.end() if own else None
