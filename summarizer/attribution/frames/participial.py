"""Whose participle "adding" or "saying" is: the subject of a reporting verb before it."""

from __future__ import annotations

import re

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.runs import adjacent, after_dash, classify, run_of
from summarizer.attribution.frames.subjects import clause_subject
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.stops import last_stop


# "Sales fell, Lund told reporters, adding “…”", "…, Lund said, adding": the participle goes
# with the clause of the reporting verb before it, whose own cue names its subject; the clause
# that opens the sentence ("Sales fell") is what was said, not who said it.
def _reported_before(text: str, start: int, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a finite reporting verb stands in the sentence before the participle `cue`."""
    begin = last_stop(text, cues.sentence_end, start, cue.start()) or start
    return any(
        verb.group().islower() and verb.group().lower() not in cues.participles
        for verb in cues.verbs.finditer(text, begin, cue.start())
    )


def participle_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject a participle cue names itself: none after a reporting verb, whose cue does."""
    if _reported_before(text, start, cue, cues):
        return None
    dash = after_dash(text, start, cue.start())
    if dash > start:  # the participle's subject is after a headline's dash, or nobody
        return _named_after_dash(text, dash, cue, cues)
    found = _named_right_before(text, start, cue, cues) or _absolute(text, start, cue, cues)
    return found or clause_subject(text, start, cue, cues)


def _named_after_dash(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The name alone between a spaced dash and ", writing", else the clause's subject there."""
    tokens = list(TOKEN.finditer(text, start, cue.start()))
    run = run_of(text, tokens, cues, forward=True)
    if run and len(run) == len(tokens) and text[run[-1].end() : cue.start()].strip() == ",":
        found = classify(text, run, cue, cues)
        return found if found and found.kind == "name" else None
    return clause_subject(text, start, cue, cues)


_ABSOLUTE_REACH = 200
_OPENS_QUOTATION = re.compile(r"[ \t]*[,:]?[ \t]*[\"“‘«]")


# "…, with Tom Pike reportedly shouting: “…”", "footage of Ann Lee asking, “…”": a name right
# before the participle, with no comma between, is its subject wherever it stands in the clause;
# past a comma ("Lee thanked Ann Roe, saying") the participle goes with the clause's subject.
def _named_right_before(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The name that stands right before the participle `cue`, past an adverb, inside its clause."""
    if not _OPENS_QUOTATION.match(text, cue.end()):
        return None  # "Lawyers for Tom Pike asking for bail argued": the participle quotes nothing
    tokens = list(TOKEN.finditer(text, max(start, cue.start() - 80), cue.start()))
    limit = cue.start()
    while (
        tokens and tokens[-1].group().islower() and tokens[-1].group().endswith(cues.adverb_endings)
    ):
        limit = tokens.pop().start()
    if not tokens or not adjacent(text, tokens[-1].end(), limit):
        return None
    run = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    lead = tokens[len(tokens) - len(run) - 1] if 0 < len(run) < len(tokens) else None
    if lead is None or not lead.group().islower():
        return None  # a name that opens the clause is its subject: `clause_subject`
    found = classify(text, run, cue, cues)
    return found if found and found.kind == "name" else None


# "Roe opened the session, with Tom Hale tweeting that it was a disaster and asking, “…”": the
# participle joined by "and" to the one of an absolute "with" phrase shares that phrase's subject,
# not the clause's ("Roe"); only with no comma between the two participles.
_ABSOLUTE = re.compile(r"\bwith ((?:[A-Z][\w.'’-]*[ \t]+){1,4})[a-z]+ing\b[^,;:.!?]*? and[ \t]*$")


def _absolute(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The name of a "with" phrase whose participle the participle `cue` is joined to by "and"."""
    if not cues.definite or not cue.group().endswith("ing"):
        return None  # English participles
    before = text[max(start, cue.start() - _ABSOLUTE_REACH) : cue.start()]
    match = _ABSOLUTE.search(before) if before.rstrip().endswith(" and") else None
    if match is None:
        return None
    at = cue.start() - len(before) + match.start(1)
    tokens = list(TOKEN.finditer(text, at, at + len(match.group(1).rstrip())))
    found = classify(text, tokens, cue, cues) if tokens else None
    return found if found and found.kind == "name" else None
