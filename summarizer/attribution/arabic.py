"""Arabic subjects next to a reporting cue: no capitals mark a name, so the words up to a
function word, past the titles that open the subject."""

from __future__ import annotations

import re

from summarizer.attribution.cues import Cues, Mention

ARABIC_REACH = 7
"""Words after a verb-first cue that may hold the titles and the name."""
_NAME = 4
_WORD = re.compile(r"\w+")


def _untitled(tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The name after the titles that open an Arabic subject and their definite complements
    ("وزير الخارجية سامي حداد" -> "سامي حداد", "المتحدث باسم وزارة الدفاع سامي حداد");
    none when no name follows the titles."""
    index = 0
    while index < len(tokens) and _titled(tokens[index].group(), index, cues):
        index += 1
        while index < len(tokens) and tokens[index].group().startswith("ال"):
            if tokens[index].group() in cues.titles:
                break
            index += 1
    return tokens[index:]


def _titled(word: str, index: int, cues: Cues) -> bool:
    """A title, or after one a body in the construct state ("المتحدث باسم وزارة الخارجية":
    "وزارة" is "الوزارة" with its complement)."""
    return word in cues.titles or (index > 0 and "ال" + word in cues.orgs)


def arabic_run(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, *, reverse: bool
) -> Mention | None:
    """Up to four contiguous words next to an Arabic cue, stopping at function words and at
    an object ("للصحفيين"); after the cue, the titles before a name are dropped."""
    kept: list[re.Match[str]] = []
    for token in tokens:
        if token.group() in cues.stop or cues.verbs.fullmatch(token.group()):
            break
        if kept and token.group().startswith("لل"):  # للصحفيين: "to the reporters"
            break
        if kept and text[kept[-1].end() : token.start()].strip():
            break
        kept.append(token)
    if reverse:
        kept.reverse()
    if not kept:
        return None
    name = kept if reverse else _untitled(kept, cues)[:_NAME]
    role = not name  # "وقال الوزير": a title that no name follows
    kept = name or kept
    words = text[kept[0].start() : kept[-1].end()]
    kind = "pronoun" if words in cues.pronouns else "role" if role else "org"
    return Mention(words, kind, cue.group(), kept[0].start(), cue.start())


def arabic_name(text: str, start: int, end: int, cues: Cues) -> str | None:
    """The name that the words in [start, end) open, past its titles, up to a function word
    ("وزير الثقافة ليلى منصور حول …" -> "ليلى منصور")."""
    kept: list[re.Match[str]] = []
    for token in _WORD.finditer(text, start, end):
        if token.group() in cues.stop or token.group().startswith("لل"):
            break
        kept.append(token)
    name = _untitled(kept, cues)[:_NAME]
    return text[name[0].start() : name[-1].end()] if name else None
