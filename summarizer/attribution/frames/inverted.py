"""A name right after its cue verb is that verb's subject, unless the verb has one before it."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.verb_forms import verb_form

ROLE_REACH = 60
ROLE_WORDS = 4


# "сказал Климкин", "заявил глава ведомства Игорь Сомов", "“…,” said Ann Roe".
def after_cue(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a cue comes right before the name, or before its role and lower-case complement."""
    before = list(TOKEN.finditer(text, max(0, run.start() - ROLE_REACH), run.start()))
    for back in range(1, min(len(before), ROLE_WORDS) + 1):
        if verb_form(before[-back].group(), cues):
            if back > 1 and before[-back + 1].group().lower() not in cues.titles:
                return False
            return not _subject_before(text, before[: len(before) - back + 1], cues)
        if not before[-back].group().islower():
            return False
    return False


# English puts a subject after its verb only after a quotation or a clause it reports ("“…,”
# said Ann Roe", "The plan is bold, said Ann Roe"): a word right before the verb that can be a
# subject ("Tom Hale's mother called Ann Roe.", "She told Ann Roe.") makes the name its object.
def _subject_before(text: str, tokens: list[re.Match[str]], cues: Cues) -> bool:
    """Whether an English cue verb (last of `tokens`) has a subject word right before it."""
    if cues.family != "en" or len(tokens) < 2:
        return False
    word, verb = tokens[-2], tokens[-1]
    if text[word.end() : verb.start()].strip(" "):
        return False  # a comma, a quotation mark: the verb opens a clause of its own
    lower = word.group().lower()
    if verb.group().lower() in cues.questioning and lower not in cues.pronouns:
        return False  # "Everyone asked Ann Roe.": the one asked answers; "She asked X": either
    return lower in cues.pronouns or not (lower in cues.stop or lower in cues.skip)
