"""Japanese: a quotation that opens its sentence with no topic of its own, after a sentence whose
topic is a named person ("岡田直樹議員は２日、会見を開いた。「辞職はしない」と述べた。")."""

# Japanese drops the subject that the sentence before gave as its topic, so that person goes on
# speaking: only the sentence right before, in the same paragraph (ended by 。), holding no
# quotation, and only a name ("政府関係者は取材に応じた。", "閣議が開かれた。": a description or a
# thing names nobody). The subject is carried, not read at the cue: never sure.

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from summarizer.attribution.han.jatopic import SUBJECT, sentence_start
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.lazy import lazy

_REACH = 200  # characters read back for a sentence's start
_STOPS = "。！？!?\n"
_topic = lazy(rf"\s*(?P<who>[^、。「」\s]{{1,30}}?)(?:{SUBJECT})[、,]?")
Reader = Callable[[str, str, int, re.Match[str], Cues], Mention]
"""japanese._ja_subject: the mention a cue's subject words make."""


def carried_topic(
    text: str, opened: int, cue: re.Match[str], cues: Cues, read: Reader
) -> Mention | None:
    """The named topic of the sentence right before a quotation (opening at `opened`) that opens
    its own sentence, else None."""
    start = sentence_start(text, (max(0, opened - _REACH), opened))
    if text[start:opened].strip() or start < 1 or text[start - 1] != "。":
        return None
    before = sentence_start(text, (max(0, start - 1 - _REACH), start - 1))
    if before > 0 and text[before - 1] not in _STOPS:
        return None  # no sentence start within reach
    topic = _topic().match(text, before, start - 1)
    if topic is None or "「" in text[before:start]:
        return None
    mention = read(text, topic.group("who"), topic.start("who"), cue, cues)
    return replace(mention, sure=False, carried=True) if mention.kind == "name" else None
