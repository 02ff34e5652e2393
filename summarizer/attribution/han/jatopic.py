"""Where a Japanese topic's clause and sentence begin; which nouns and endings say it spoke."""
# "松本浩二さん（58）は「…」と話した": an age or a reading in parentheses after a name belongs to
# the name's clause; the parenthesis is no break before the topic particle.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.han.cjk import last_break
from summarizer.attribution.lexicon.cues import Window
from summarizer.attribution.lexicon.lazy import lazy

_PARTICLES = _data.load_toml("particles.toml")["ja"]
_SPOKEN = tuple(_PARTICLES["spoken_nouns"])
_PASSIVE = tuple(_PARTICLES["passive"])
_SAME = _PARTICLES["same"]
EXALTED = tuple(_PARTICLES["exalted"])
"""Titles of the imperial family ("陛下", "さま"): a passive ending after them is respect."""
SUBJECT = "|".join(map(re.escape, _PARTICLES["subject"]))
"""The topic and subject particles ("は", "が") as a regular expression's alternatives."""
_sentence = lazy(r"[。！？!?\n]")
# a gloss right before the topic particle that ends the words before the quotation
_glossed = lazy(rf"[（(][^（）()「」]{{1,10}}[）)](?:{SUBJECT})[、,]?\s*$")
_GLOSS_REACH = 16
_LEAD_REACH = 200  # the sentence's words before a cue, where an exalted title would stand


def clause_start(text: str, window: Window) -> int:
    """Where the clause of the words before a quotation begins, a name's gloss inside it."""
    gloss = _glossed().search(text, max(window[0], window[1] - _GLOSS_REACH), window[1])
    return last_break(text, window[0], gloss.start() if gloss else window[1])


def sentence_start(text: str, window: Window) -> int:
    """Where the sentence that ends `window` begins."""
    stops = [m.end() for m in _sentence().finditer(text, window[0], window[1])]
    return stops[-1] if stops else window[0]


def spoken_noun(noun: str) -> bool:
    """Whether a noun whose content a quotation is is the speech itself ("コメント")."""
    return noun.startswith(_SPOKEN)


# "田中氏は「…」と言われた": the one told; "陛下は「…」と述べられた": the same ending, respectful.
def told_form(text: str, end: int, window: Window) -> bool:
    """Whether a passive ending follows the cue ending at `end`, no exalted title in `window`."""
    lead = text[max(0, window[0], window[1] - _LEAD_REACH) : window[1]]
    return text.startswith(_PASSIVE, end) and not any(title in lead for title in EXALTED)


# "同氏", "同社長"; "同相" after "財務相": 同 and a title's last word. A bare title ("監督は")
# names nobody, even after the one person given it.
def same_role(who: str, titles: tuple[str, ...]) -> bool:
    """Whether a subject is 同 and a title: the one the text last so titled."""
    return who[:1] == _SAME and any(title.endswith(who[1:]) for title in titles if who[1:])
