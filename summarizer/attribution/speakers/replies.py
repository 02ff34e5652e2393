"""An answer to words said to someone: "he" or "she replied" is the one addressed, or nobody."""
# "“…,” Carl Moss said to Rita Dean. “…,” she replied": Rita Dean answers, never Carl Moss.

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.forenames import first_name, name_marks
from summarizer.attribution.frames.joint import joint_partner
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.names import Resolver

# a verb, "to" if any, then a capitalised name of up to three words: "said to Rita Dean"
_SAID_TO = re.compile(r"\b([a-z]+)\s+(?:to\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def replied(
    mention: Mention, context: tuple[int, int], previous: str | None, resolver: Resolver
) -> Attribution | None:
    """The one addressed, for "she replied" after words said to her; nobody if unsure; else None."""
    cues = resolver.cues
    if mention.kind != "pronoun" or mention.cue.lower() not in cues.replies:
        return None
    wanted = gender_of(mention.words, cues)
    said = _said_to(resolver, context)
    if wanted is None or said is None or not previous:
        return None
    name, span = said
    unsure = Attribution(None, mention.cue, mention.words, "pronoun", mention.cue_at, False)
    if marked(resolver, name, span) != wanted:
        return unsure  # two of one gender, or one not marked: either of them
    people = [p for p in resolver.recent_people(context) if p[0] != name]
    if any(p[1] in (None, wanted) for p in people) or marked(resolver, previous) == wanted:
        return unsure
    if resolver.others((context[0], span[0]), previous) or resolver.others(
        (span[1], context[1]), previous
    ):
        return unsure  # a third person named in that sentence
    found = resolver.resolve(Mention(name, "name", mention.cue, span[0], mention.cue_at), context)
    return Attribution(found, mention.cue, mention.words, "pronoun", mention.cue_at, False)


def _said_to(resolver: Resolver, context: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The person the previous quotation's cue addresses in `context`, with a gender marked."""
    for match in _SAID_TO.finditer(resolver.text, *context):
        if resolver.cues.verbs.fullmatch(match.group(1)) and marked(
            resolver, match.group(2), match.span(2)
        ):
            return match.group(2), match.span(2)
    return None


def marked(resolver: Resolver, name: str, span: tuple[int, int] | None = None) -> str | None:
    """The one gender the article marks for `name`: first name, title, an earlier pronoun."""
    family = resolver.cues.family
    marks = name_marks(resolver.text, span, family) if span else set()
    marks |= {m for m in (first_name(name, family), resolver.genders.get(name)) if m}
    return marks.pop() if len(marks) == 1 else None


# The previous speaker goes on with no cue of its own, never past "she" for a man nor past an
# answer to words said to someone.
def not_carried(
    mentions: Sequence[Mention], context: tuple[int, int], previous: Attribution, resolver: Resolver
) -> bool:
    """Whether a he or she at the cue cannot be the previous speaker, or answers the addressed."""
    if not previous.speaker:
        return False
    pronouns = [m for m in mentions if m.kind == "pronoun"]
    if resolver.cues.pronoun_guess:  # "„…“, sagte sie. „…“, widersprach er.": another (review29b)
        return _other_pronoun(previous, pronouns, resolver.cues)
    if any(m.cue.lower() in resolver.cues.replies for m in pronouns) and _said_to(
        resolver, context
    ):
        return True
    wanted = {gender_of(m.words, resolver.cues) for m in pronouns} - {None}
    if not wanted:  # no "he" or "she" at the cue (most): no gender to weigh the previous one's
        return False
    partner = joint_partner(resolver.text, previous.mention or "", previous.cue_at, resolver.cues)
    if partner is not None and not _told_apart(resolver, previous.speaker, partner, wanted):
        return True  # "Lund and Reyes said “…” “…,” he added": either of them
    words = (previous.mention or "").split()[:1]  # "“…,” she said" before: she
    own = marked(resolver, previous.speaker) or gender_of(" ".join(words), resolver.cues)
    return own is not None and own not in wanted


# "Ann Lund and Tom Reyes said “…” “…,” he added": the article marks one a woman, the other a man.
def _told_apart(resolver: Resolver, speaker: str, partner: str, wanted: set[str | None]) -> bool:
    """Whether the pronoun's gender is the speaker's and the joint partner's is the other."""
    other = marked(resolver, partner) if partner else None
    return marked(resolver, speaker) in wanted and other is not None and other not in wanted


def _other_pronoun(previous: Attribution, pronouns: Sequence[Mention], cues: Cues) -> bool:
    """Whether the previous speaker was given by a pronoun of another gender than the cue's."""
    before = gender_of(previous.mention or "", cues)
    return before is not None and any(
        (gender_of(m.words, cues) or before) != before for m in pronouns
    )
