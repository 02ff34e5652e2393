"""The subject right after its cue, in inverted order: "said Lin Jian", "a déclaré X",
"заявил он"."""

from __future__ import annotations

import re

from summarizer.attribution.frames.adverbial_subject import adverbial_subject
from summarizer.attribution.frames.arabic import ARABIC_REACH, arabic_run
from summarizer.attribution.frames.between import adverbial_first, inverts, listened, marked_subject
from summarizer.attribution.frames.body_title import titled_after_body_right
from summarizer.attribution.frames.clauses import TOKEN, described
from summarizer.attribution.frames.complement_name import name_past_complement
from summarizer.attribution.frames.descriptions import described_or_lone
from summarizer.attribution.frames.inner_titles import role_tail
from summarizer.attribution.frames.joint import plural_after
from summarizer.attribution.frames.listeners import past_object
from summarizer.attribution.frames.located import place_after
from summarizer.attribution.frames.owned import unnamed_after
from summarizer.attribution.frames.roles import complemented, role_name, subject
from summarizer.attribution.frames.runs import adjacent, run_of
from summarizer.attribution.lexicon.cues import Cues, Mention


# `lenient` lets a short adverbial come first ("a déclaré à cette occasion le ministre"); `after`:
# right after a set-off quotation, where more verbs invert (`inverts`).
def subject_right(
    text: str,
    cue: re.Match[str],
    end: int,
    cues: Cues,
    *,
    lenient: bool = False,
    after: bool = False,
) -> Mention | None:
    """The subject right after `cue` ("said Lin Jian", "a déclaré X", "заявил он")."""
    if not inverts(cue.group().lower(), cues, after=after, rest=(text, cue.end())):
        return None
    lenient = lenient or adverbial_first(text, cue, cues)
    tokens = list(TOKEN.finditer(text, cue.end(), min(end, cue.end() + 120)))
    found = adverbial_subject(text, cue, end, cues) or place_after(text, cue, end, cues)
    found = found or marked_subject(text, cue, end, cues, lenient)
    # "said the union head, X"; "said the plan would" (a clause runs on): nobody
    found, clause = (found, False) if found else described_or_lone(text, tokens, cue, cues, lenient)
    if found or clause:
        return found
    limit = listened(text, tokens, cue, cues, lenient)
    if not tokens or not adjacent(text, limit, tokens[0].start()):
        return None
    # "a prévenu sur BFMTV la porte-parole du gouvernement, Prisca Thevenot"; "un proche du …"
    past = complemented(text, limit, cue, cues)  # also before a quotation: "le maire de Lyon, X"
    if past := past or unnamed_after(text, tokens, cue, cues):
        return past
    if cues.family == "ar":
        return arabic_run(text, tokens[:ARABIC_REACH], cue, cues, reverse=False)
    return _first_words(text, tokens, cue, cues, lenient)


def _first_words(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, lenient: bool
) -> Mention | None:
    """The subject that the words right after `cue` open: a pronoun, a described name, a run."""
    first = tokens[0].group().lower()
    if first in cues.pronouns:
        return Mention(tokens[0].group(), "pronoun", cue.group(), tokens[0].start(), cue.start())
    if cues.null_subject and (group := plural_after(tokens[:1], cue, cues)):
        return group  # "dijeron Ana Ruiz e Inés Vega": both, so no one ("e" is no description)
    name = None if cues.patronymics else described(text, tokens, cues)  # Russian: subject()
    if name:
        return Mention(text[name[0] : name[1]], "name", cue.group(), name[0], cue.start())
    run = run_of(text, tokens, cues, forward=True)
    if later := name_past_complement(text, run, cue, cues):
        return later  # "— считает эксперт Высшей школы экономики Павел Громов"
    if titled := titled_after_body_right(text, tokens, cue, cues):
        return titled  # "said Bank of Canada governor Tiff Mackay"
    found = subject(text, run, cue, cues)
    found = past_object(text, found, cues) if found else None
    if found and found.kind == "role" and (lenient or cues.patronymics):
        return role_name(text, role_tail(text, tokens[len(run) :], cues), cue, cues) or found
    return found
