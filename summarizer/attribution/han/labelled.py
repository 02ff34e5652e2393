"""A Chinese speaker label: a name, maybe after its title, alone before a colon and a quotation."""
# "吳美玲：“…”", "外交部长王毅：“…”": news sets the speaker's name before the colon as a label. A
# two-character name ("王毅") is a name only after a title or where the text names it as a
# speaker elsewhere (`known`); a three-character one only with a common surname. A verb of saying
# in it ("王强答：") makes it a clause, no label.

from __future__ import annotations

from summarizer.attribution.han.hanname import SPEECH, full_name, name_shaped
from summarizer.attribution.lexicon.cues import Cues, Mention

_SIZES = (3, 2)  # a full name, then a surname and one character
_HEAD = 8  # the title and what it heads before the name ("外交部长", "国务院副总理")


def name_label(clause: str, at: int, cues: Cues, known: frozenset[str]) -> Mention | None:
    """The name that a colon's whole clause is, after at most a title, else None."""
    for size in _SIZES:
        name, head = clause[-size:], clause[:-size]
        if len(clause) < size or len(head) > _HEAD or SPEECH & set(name):
            continue  # "王强答：": a person and a verb of saying, no label
        titled = bool(head) and head.endswith(cues.titles) and name_shaped(name)
        alone = not head and (full_name(name) or (name in known and name_shaped(name)))
        if titled or alone:
            return Mention(name, "name", "：", at + len(head))
    return None
