"""Question-and-answer interviews: each answer turn is the interviewee's speech."""

from __future__ import annotations

import re

from summarizer.attribution.cjk import zh_titled
from summarizer.attribution.cues import Cues
from summarizer.attribution.marks import PARAGRAPH
from summarizer.attribution.speakers import Attribution

Frame = tuple[int, int, int]
_NAME = re.compile(r"[^\W\d_][\w'’-]*\.?(?:[ \t]+[^\W\d_][\w'’-]*\.?){1,3}")
_MIN_TURNS = 2


def turn_frames(text: str, cues: Cues) -> tuple[list[Frame], list[Frame]]:
    """(colon, start, end) of each question and each answer paragraph ("A: …", "Ответ: …",
    "答：…") when the text has at least two of each; else none."""
    if not cues.turns:
        return [], []
    questions: list[Frame] = []
    answers: list[Frame] = []
    starts = (0, *(gap.end() for gap in PARAGRAPH.finditer(text)))
    for turn in filter(None, (cues.turns.match(text, at) for at in starts)):
        end = text.find("\n\n", turn.end())
        region = (turn.end() - 1, turn.end(), len(text) if end < 0 else end)
        tag = turn.group("tag").lower()
        (answers if tag in cues.answer_tags else questions).append(region)
    if len(questions) < _MIN_TURNS or len(answers) < _MIN_TURNS:
        return [], []
    return questions, [a for a in answers if text[a[1] : a[2]].strip()]


def interviewee(text: str, cues: Cues) -> Attribution:
    """Who answers: the one person named (two to four capitalised words, titles dropped) in
    the introduction before the first turn; nobody when the introduction names several."""
    questions, answers = turn_frames(text, cues)
    before = min(t[0] for t in (*questions, *answers)) if answers else 0
    if not cues.spaced:
        titled = zh_titled(text, 0, before, cues)
        return Attribution(titled, None, titled, "interview_turn" if titled else "none")
    names: set[str] = set()
    for run in _NAME.finditer(text, 0, before):
        words = [w for w in run.group().split() if w.lower().rstrip(".") not in cues.titles]
        while words and words[0].lower() in cues.stop:
            words.pop(0)
        if len(words) > 1 and all(w[0].isupper() for w in words):
            names.add(" ".join(words))
    if len(names) != 1:
        return Attribution(None, None)
    name = names.pop()
    return Attribution(name, None, name, "interview_turn")
