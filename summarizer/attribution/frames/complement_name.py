"""Russian: a name after a role's capitalised complement ("эксперт Высшей школы экономики X")."""

# "— считает эксперт Высшей школы экономики Павел Громов": the lone capital right after the cue's
# role opens the name of the body the role belongs to (an adjective or a noun in the genitive),
# not the speaker's name; the full name after the complement's lower-case words is the speaker's.
# Only a first name and a surname that no oblique case marks ("заместителю министра Павлу
# Светлову" is whom one speaks to), closing the sentence or the clause, and lower-case words
# between that are no function words ("Громов и его коллега Павел Светлов": two people).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues, Mention

_RU = _data.load_toml("particles.toml")["ru"]
_AFTER = re.compile(
    r"((?:\s+[а-яё][а-яё-]*){1,3})\s+([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё-]+)(?=\s*(?:[.,;!?]|$))"
)
_FORENAME_OBLIQUE = tuple(_RU["complement_oblique_forenames"])
_SURNAME_OBLIQUE = tuple(_RU["complement_oblique_surnames"])


def name_past_complement(
    text: str, run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The full name after a lone capitalised complement of the cue's role, else None."""
    if not cues.patronymics or len(run) != 1 or not run[0].group()[:1].isupper():
        return None
    found = _AFTER.match(text, run[0].end())
    if found is None or found.group(2).endswith(_FORENAME_OBLIQUE):
        return None
    if found.group(3).endswith(_SURNAME_OBLIQUE):
        return None
    between = found.group(1).split()
    if any(w in cues.stop or w in cues.pronouns or w in cues.coordinating for w in between):
        return None
    return Mention(
        text[found.start(2) : found.end(3)], "name", cue.group(), found.start(2), cue.start()
    )
