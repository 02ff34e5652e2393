"""English: a name after its role's words that stands in object position is no clause subject."""

# "The mayor replaced police chief Tom Hale", "Voters who backed former mayor Tom Hale were
# angry", "Ann Roe met lawyer Ben Cole", "…fired Tom Hale and hired lawyer Ben Cole": a title
# before a name made it a subject, so a later "he" went to the one replaced, backed or met. In
# English a noun phrase after a verb or a preposition is its object: where the words right before
# the role (a past in -ed, a verb of giving out, a reporting verb that takes an object, a
# preposition, another full name's verb) put the phrase after a verb, the name is no subject. A
# reporting verb with no object before it inverts ("said police chief Tom Hale"): a subject; so
# does a source cited ("according to police chief Tom Hale") and the one asked ("Reporters asked
# Premier Colin Ward"), who answers, as before.

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.english_words import CLAUSE_OPENERS, said, verb_like
from summarizer.attribution.frames.inverted import ROLE_REACH, ROLE_WORDS
from summarizer.attribution.lexicon.cues import Cues

_CITED_REACH = 30  # characters before the role read for "according to"
_POSSESSIVE = ("'s", "’s", "'", "’")
_SPAN = re.compile(r".+", re.S)  # the run's span as a match, as the subject tests take it


def in_object(text: str, run: re.Match[str], cues: Cues, joined: bool = True) -> bool:
    """Whether the English name `run` follows its role's words in a verb's or a preposition's."""
    if cues.family != "en":
        return False
    before = list(TOKEN.finditer(text, max(0, run.start() - ROLE_REACH), run.start()))
    end, words = run.start(), 0
    while before and words <= ROLE_WORDS and text[before[-1].end() : end] == " ":
        word = before.pop()
        lower = word.group().lower()
        if word.group()[:1].isupper():
            return _named_before(text, word, cues) and words > 0
        phrase = lower in cues.articles or lower in cues.definite or _adjective(text, word, cues)
        if not phrase and (verb_like(lower, cues) or lower in cues.governing | cues.coordinating):
            return _governs(text, word, cues, joined)
        end, words = word.start(), words + 1
    return False


# "the retired general Tom Hale", "On Monday, embattled senator Tom Hale": a past participle
# after an article or opening the clause describes the role; it is no verb.
def _adjective(text: str, word: re.Match[str], cues: Cues) -> bool:
    """Whether a past in -ed before a role opens the clause or follows an article."""
    lower = word.group().lower()
    if cues.past_verb is None or not cues.past_verb.fullmatch(lower) or said(lower, cues):
        return False
    lead = text[max(0, word.start() - _CITED_REACH) : word.start()].rstrip(" ")
    last = lead.rsplit(None, 1)[-1].lower() if lead.split() else ""
    return not lead or lead[-1] in CLAUSE_OPENERS or last in cues.articles or last in cues.definite


def _governs(text: str, word: re.Match[str], cues: Cues, joined: bool) -> bool:
    """Whether `word` before a role makes it an object: a verb, a preposition, "and" after one."""
    lower = word.group().lower()
    if lower in cues.name_links:  # "the campaign of Gov. Tom Hale": a noun's holder, read as before
        return False
    if lower in cues.coordinating:  # "…fired Tom Hale and lawyer Ben Cole": as the first goes
        first = _run_before(text, word.start())
        return joined and first is not None and in_object(text, first, cues, joined=False)
    lead = " " + text[max(0, word.end() - _CITED_REACH) : word.end()].lower()
    if lead.endswith(tuple(" " + cited for cited in (*cues.cited, *cues.interview_with))):
        return False  # "according to police chief Tom Hale", "an interview with": the source
    if lower in cues.questioning:
        return False  # "Reporters asked Premier Colin Ward": the one asked answers, as before
    # "said police chief Tom Hale": the subject after its verb; "told police chief Tom Hale": not
    objects = cues.transitive | cues.addressed | cues.told
    return not cues.verbs.fullmatch(lower) or lower in objects


def _named_before(text: str, word: re.Match[str], cues: Cues) -> bool:
    """Whether a full name of its own ends at `word`: the role's words then hold its verb."""
    run = _run_before(text, word.end())
    return run is not None and not run.group().endswith(_POSSESSIVE)


def _run_before(text: str, at: int) -> re.Match[str] | None:
    """The run of two capitalised words or more that ends at `at` (spaces skipped), if any."""
    words = list(TOKEN.finditer(text, max(0, at - ROLE_REACH), at))
    run: list[re.Match[str]] = []
    while words and words[-1].group()[:1].isupper():
        gap = text[words[-1].end() : run[0].start() if run else at].strip()
        if gap:
            break
        run.insert(0, words.pop())
    if len(run) < 2:
        return None
    return _SPAN.match(text, run[0].start(), run[-1].end())
