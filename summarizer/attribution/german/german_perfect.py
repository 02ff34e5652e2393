"""German: a reported perfect of saying right before a quotation is its own clause's act."""

# "Peter Vogt sagte, sein Bruder habe ihm einmal gesagt: „…“", "Heinz Mohr erzählte, dass ihm
# seine Mutter gesagt habe: „…“": the nearest cue (a Konjunktiv auxiliary and a participle of
# saying, no comma between) has a subject of its own, so the quotation is that subject's words,
# never the subject's of the earlier cue; the reported subject is left unnamed.

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from summarizer import _data
from summarizer.attribution.german.german import cue_subjects
from summarizer.attribution.german.german_impersonal import impersonal_cue
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.new_clause import own_clause, within_clause
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.german.placed import placed_thing
from summarizer.attribution.lexicon.cues import Cues, Mention, Window


def subjects_of_cues(
    text: str, window: Window, found: Sequence[re.Match[str]], cues: Cues
) -> Iterator[Mention]:
    """`_subjects`, none of a cue before a main clause that ", und" opens at the nearest cue."""
    found = [cue for cue in found if not placed_thing(text, cue, window[1], cues)]
    yield from within_clause(_subjects(text, window, found, cues), own_clause(text, found))


def _subjects(
    text: str, window: Window, found: Sequence[re.Match[str]], cues: Cues
) -> Iterator[Mention]:
    """`cue_subjects`, or someone unnamed when a reported perfect of saying is the nearest cue."""
    if found and impersonal_cue(text, found[-1], cues):  # "Man schreibt uns aus Paris:"
        yield Mention(found[-1].group(), "anonymous", found[-1].group(), -1, found[-1].start())
        return
    auxiliary = _perfect(text, found, cues)
    named = _named_subject(text, window, found, cues) if auxiliary else None
    named = named or (_after_source(text, window, found, cues) if auxiliary else None)
    if named:  # "Roth erinnerte daran, dass Anna Berger einmal gesagt habe: „…“": hers, reported
        yield named
        return
    if len(found) < 3:  # an earlier cue, the auxiliary and the participle
        if auxiliary and _clause_of_its_own(text, window, found, cues):
            yield Mention(auxiliary.group(), "anonymous", auxiliary.group(), -1, auxiliary.start())
            return
        yield from cue_subjects(text, window, found, cues)
        return
    if auxiliary and not _pronoun_before(text, found[-3].end(), found[-2].start(), cues):
        yield Mention(auxiliary.group(), "anonymous", auxiliary.group(), -1, auxiliary.start())
        return
    # "er habe Anna Berger gesagt": a name between the auxiliary and the participle is its
    # object, the one told; the subject stands before the auxiliary
    between = (auxiliary.end(), found[-1].start()) if auxiliary is found[-2] else (0, 0)
    for mention in cue_subjects(text, window, found, cues):
        if not between[0] <= mention.at < between[1]:
            yield mention


def _perfect(text: str, found: Sequence[re.Match[str]], cues: Cues) -> re.Match[str] | None:
    """The Konjunktiv auxiliary when the last two cues are it and a participle of saying."""
    if len(found) < 2:
        return None
    one, two = found[-2], found[-1]
    reported = [cue.group().lower() in cues.reported for cue in (one, two)]
    joined = "," not in text[one.end() : two.start()] and two.start() - one.end() < _GAP
    said = (two if reported[0] else one).group().lower() not in cues.hearsay  # not "laut X sei"
    perfect = joined and reported.count(True) == 1 and said
    return (one if reported[0] else two) if perfect else None


# The reported clause opens at the comma before the perfect, with "dass" or without.
def _named_subject(
    text: str, window: Window, found: Sequence[re.Match[str]], cues: Cues
) -> Mention | None:
    """The full name that is the subject of the reported perfect of saying, never sure."""
    first = min(found[-2].start(), found[-1].start())
    if any(c.isalpha() for c in text[max(found[-2].end(), found[-1].end()) : window[1]]):
        return None  # "…, weil die Stadt ihn „gut“ finde": a clause of its own holds the quotation
    comma = text.rfind(",", window[0], first)
    if comma < 0 or "\n" in text[comma:first]:
        return None
    tokens = list(TOKEN.finditer(text, comma + 1, first))
    start = 1 if tokens and tokens[0].group().lower() in _THAT else 0
    phrase = read_phrase(tokens, start, cues) if start < len(tokens) else None
    if phrase is None or phrase.name is None or phrase.name[1] - phrase.name[0] < 2:
        return None
    if oblique(tokens, phrase) or not person(text, tokens, phrase, cues):
        return None
    said = found[-1] if found[-2].group().lower() in cues.reported else found[-2]
    named = mention_of(text, tokens, phrase, said, cues)
    return dataclasses.replace(named, sure=False) if named else None


# "Laut Eva Ems habe Olaf Kern gesagt: „…“": a source's phrase fills the first field, so the
# Konjunktiv auxiliary stands second and its subject right after it, before the participle.
def _after_source(
    text: str, window: Window, found: Sequence[re.Match[str]], cues: Cues
) -> Mention | None:
    """The full name between a second-place auxiliary and its participle after "laut X"."""
    auxiliary, said = found[-2], found[-1]
    opening = TOKEN.findall(text, window[0], auxiliary.start())
    if auxiliary.group().lower() not in cues.reported or not opening:
        return None
    if opening[0].lower() not in cues.hearsay or "," in opening:
        return None
    tokens = list(TOKEN.finditer(text, auxiliary.end(), said.start()))
    phrase = read_phrase(tokens, 0, cues) if tokens else None
    if phrase is None or phrase.end != len(tokens) or phrase.name is None:
        return None
    if phrase.name[1] - phrase.name[0] < 2 or not person(text, tokens, phrase, cues):
        return None
    named = mention_of(text, tokens, phrase, said, cues)
    return dataclasses.replace(named, sure=False) if named else None


_THAT = frozenset(_data.load_toml("german.toml")["partial"]["that"])
_GAP = 40  # "habe ihm einmal gesagt": a few words between the auxiliary and the participle


def _pronoun_before(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the reported clause's subject is a pronoun ("er habe"), read as before."""
    words = re.findall(r"\w+", text[start:end].lower())
    return any(word in cues.reported_subjects for word in words[-3:])


# "Der Sender will wissen, dass Lemke gefragt habe: „…“": the perfect of saying closes a
# clause after a comma (the auxiliary last), so the sentence's subject (no cue of its own) only
# reports it; the clause's subject, unless a full name (read above) or a pronoun ("dass er
# gesagt habe"), is left unnamed rather than read as the sentence's.
def _clause_of_its_own(
    text: str, window: Window, found: Sequence[re.Match[str]], cues: Cues
) -> bool:
    """Whether the reported perfect closes a clause after a comma with no pronoun subject."""
    if found[-1].group().lower() not in cues.reported:
        return False  # "…, damals habe Eva Lind gesagt:": verb-second, its subject read between
    first = found[-2].start()
    comma = text.rfind(",", window[0], first)
    if comma < 0 or "\n" in text[comma:first]:
        return False
    return not _pronoun_before(text, comma, first, cues)
