"""A pronoun that goes on with the previous quotation's speaker where nobody is named between."""
# "X отметил: «…». Он добавил: «…»", in the languages that guess pronouns.

from __future__ import annotations

from collections.abc import Sequence

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.genders import gender
from summarizer.attribution.frames.groups import group_mention
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.german_gender import pronoun_speaker

_CLOSING_MARKS = '»"”'
_REACH = 1000  # where the previous speaker's name is looked for: bounded, linear


# `context` (the text before its quotation) must start right at that quotation's closing mark,
# and the article must mark that speaker's gender as the pronoun's (a surname's ending, a title, a
# pronoun after the name).
def carried(
    text: str, mention: Mention, context: tuple[int, int], previous: str | None, cues: Cues
) -> str | None:
    """The previous quotation's speaker for the pronoun `mention`, if nobody is named between."""
    if mention.kind != "pronoun" or not previous or not cues.pronoun_guess or not cues.spaced:
        return None
    if text[context[0] - 1 : context[0]] not in _CLOSING_MARKS:
        return None
    wanted = gender_of(mention.words, cues)
    at = text.rfind(previous, max(0, context[0] - _REACH), context[0])
    if wanted is None or at < 0:  # "они", or a speaker not named as such: nobody sure
        return None
    marked = gender(text, (at, at + len(previous)), cues, context[0])
    return previous if marked == wanted else None


# German "„…“, sagte Anna Roth. „…“, sagte er.": the second is not hers, nor "sagten sie" one's.
# Elsewhere the words that named the previous speaker mark a gender by a title or an ending
# ("“…,” Ms. Roe said. “…,” he said"): a pronoun of the other gender is someone else.
def other_gender(text: str, mentions: Sequence[Mention], previous: Attribution, cues: Cues) -> bool:
    """Whether a pronoun cue marks a gender or number the previous speaker does not have."""
    pronouns = [m for m in mentions if m.kind == "pronoun"]
    if not cues.nouns_capitalized:
        return bool(pronouns) and _named_other(text, pronouns[0], previous, cues)
    if any(_plural_verb(previous.cue) and not _plural_verb(m.cue) for m in pronouns):
        return True  # "Große Städte hätten „…“. „…“, sagte sie.": several, then one
    return any(
        pronoun_speaker(text, m, [], previous.speaker, cues) != previous.speaker for m in pronouns
    )


def _plural_verb(cue: str | None) -> bool:
    """Whether a German cue opens with a plural finite verb ("sagten", "hätten")."""
    verb = (cue or "").split()[:1]
    return bool(verb) and verb[0].islower() and verb[0].endswith("en")


def _named_other(text: str, pronoun: Mention, previous: Attribution, cues: Cues) -> bool:
    """Whether the previous speaker's own mention marks the gender `pronoun` does not."""
    wanted, at = gender_of(pronoun.words, cues), previous.mention_at
    if wanted is not None and group_mention(previous.mention, cues):
        return True  # "“…,” lawyers said. “…,” she said": a group is never one she
    if wanted is None or at < 0 or not previous.mention:
        return False
    end = at + len(previous.mention)
    marked = gender(text, (at, end), cues, end)  # the words alone: no pronoun after them
    return marked is not None and marked != wanted
