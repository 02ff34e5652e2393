"""Chinese 他 or 她 carried over to the one person the sentences before it name."""

from __future__ import annotations

import re

from summarizer.attribution.cjk import known_names
from summarizer.attribution.cues import Cues, Mention
from summarizer.attribution.hanname import after_titles, full_name

# news writes "王建华上午接受采访。他说：“…”" and "“…”他说。": the pronoun stands for the person
# named just before, when that is the only person named there
_SINGULAR = frozenset({"他", "她"})
_REACH = 300
_QUOTED = re.compile("“[^“”]*”|「[^「」]*」|『[^『』]*』")
_SENTENCE_END = re.compile("[。！？!?]")
_SENTENCES = 2
_NICKNAME = 6


def carried_han(
    text: str, mention: Mention, opened: int, previous: str | None, cues: Cues
) -> str | None:
    """The one person named in the two sentences before a 他 or 她 cue (or before the quotation
    opening at `opened`, for a cue after it), with nobody named between the pronoun and it."""
    end = min(mention.at, opened)
    before = text[max(0, end - _REACH) : end]
    if mention.words not in _SINGULAR or any(map(_nickname, _QUOTED.findall(before))):
        return None
    window = "".join(_SENTENCE_END.split(_QUOTED.sub("", before))[-_SENTENCES - 1 :])
    if ("她" if mention.words == "他" else "他") in window:  # someone of the other gender
        return None
    if _named(text, text[mention.at + 1 : opened], previous, cues):  # "她对润叶说："
        return None
    people = _named(text, window, previous, cues)
    return people.pop() if len(people) == 1 else None


def _nickname(quoted: str) -> bool:
    """Whether a quotation is short enough to be a name ("“萝卜花”把碗放下"), a person unseen."""
    return len(quoted) <= _NICKNAME and not _SENTENCE_END.search(quoted)


def _named(text: str, window: str, previous: str | None, cues: Cues) -> set[str]:
    """Everyone `window` names: the previous speaker, names the text repeats before its cues,
    names after a title, and every run shaped as a full name, read left to right."""
    known = sorted(
        {n for n in known_names(text) if n in window and not n.endswith("人")} | {previous or ""},
        key=len,
    )
    known = [n for n in reversed(known) if n]
    found: set[str] = set()
    at = 0
    while at < len(window):
        name = next((n for n in known if window.startswith(n, at)), None)
        name = name or (window[at : at + 3] if _person(window[at : at + 3], cues) else None)
        if name:
            found.add(name)
        at += len(name) if name else 1
    found |= {name for _, name in after_titles(window, cues.titles) if full_name(name)}
    return {n for n in found if not any(n != m and n in m for m in found)}


def _person(run: str, cues: Cues) -> bool:
    """Whether three characters are shaped as a full name holding no title ("席記者")."""
    return full_name(run) and not any(len(t) > 1 and t in run for t in cues.titles)
