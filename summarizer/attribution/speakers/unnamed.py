"""Unnamed speakers: a common noun as a cue's subject, and the pronoun that goes on from one."""

# "«…», — заявил пилот." and "La testigo dijo:" (`between.noun_after`, `noun_before`) name
# nobody unless the article gave exactly one person that noun as a title; a pronoun after such
# a speaker stands for them, never for a person named earlier ("Después añadió: …").

from __future__ import annotations

import re

from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.canonical import canonical
from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.frames import CueFrame
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.speakers.bodies import sole_body
from summarizer.attribution.speakers.names import Resolver
from summarizer.attribution.speakers.papers import possessive_before

_REACH = 2000  # where a noun's titled name is looked for before its cue: bounded, linear
_QUOTED_BODY = r'(?:[«"„“][^«»"„“”\n]{1,40}[»"“”][ \t]+)?'  # the body a noun heads, maybe


def described(mention: Mention, resolver: Resolver, basis: str) -> Attribution:
    """The one person named right after the noun before its cue, never sure; else nobody."""
    name = _only_titled(resolver.text, mention, resolver.cues) or _body(mention, resolver)
    return Attribution(
        name, mention.cue, mention.words, basis if name else "none", mention.cue_at, named=False
    )


# "La Universidad de Chile abrió un laboratorio. «…», dijo la universidad": the one body of
# that noun the article names, where the language joins a body's words (`name_links`)
def _body(mention: Mention, resolver: Resolver) -> str | None:
    """The one body named before the noun's cue whose name holds the noun, else None."""
    cues = resolver.cues
    words = TOKEN.findall(mention.words.lower())
    if not cues.name_links or not words:
        return None
    at = mention.cue_at if mention.cue_at >= 0 else mention.at
    return sole_body(resolver.text, words[-1], (at, at), cues)


def after_unnamed(frame: CueFrame, previous: Attribution | None, resolver: Resolver) -> bool:
    """Whether a pronoun cue goes on from an unnamed speaker with nobody named between."""
    if previous is None or previous.speaker is not None or not previous.mention:
        return False
    if previous.mention.lower() in resolver.cues.pronouns:  # "he" unresolved: nobody in view
        return False
    if not frame.mentions or any(m.kind != "pronoun" for m in frame.mentions):
        return False
    return not resolver.recent_people(frame.context)


def _only_titled(text: str, mention: Mention, cues: Cues) -> str | None:
    at = mention.cue_at if mention.cue_at >= 0 else mention.at
    # past the body it heads, quoted: "экономист «Альфа-банка» Наталия Орлова" (inner_titles)
    noun = re.compile(rf"(?<!\w){re.escape(mention.words)}[ \t]+{_QUOTED_BODY}", re.IGNORECASE)
    names = set()
    for found in noun.finditer(text, max(0, at - _REACH), at):
        run = single_run().match(text, found.end())
        if run and " " in run.group() and run.end() <= at:
            names.add(canonical(run.group(), cues))
    return names.pop() if len(names) == 1 else None


# Where pronouns name only whom they surely stand for, an unsure pronoun stays the unnamed
# speaker. A body a person's possessive owns ("his office said") is the speaker as written, never
# sure, as both English development sets annotate it; "the campaign said" and a document ("the
# statement said") keep only the mention: on en REPORT "the X" as written was a wrong name.
def unsure_of(mention: Mention, resolver: Resolver, basis: str) -> Attribution | None:
    """The attribution of a mention that resolved to nobody, or None when it is no speaker."""
    if mention.kind == "pronoun":  # basis none where a pronoun may be guessed: not found
        basis = "none" if resolver.cues.pronoun_guess else "pronoun"
        return Attribution(None, mention.cue, mention.words, basis, mention.cue_at)
    if mention.kind not in ("org", "description"):
        return None
    owner = _possessor(resolver.text, mention, resolver.cues) if mention.kind == "org" else None
    speaker = f"{owner} {mention.words}" if owner else None
    basis = basis if owner else "none"
    return Attribution(speaker, mention.cue, speaker or mention.words, basis, mention.cue_at, False)


def _possessor(text: str, mention: Mention, cues: Cues) -> str | None:
    """The possessive pronoun of a person right before a lower-case body's noun ("her office")."""
    word = possessive_before(text, mention.at, cues)
    plain = mention.words.islower() and cues.indefinite_speaker and not cues.nouns_capitalized
    return word.lower() if plain and word and text[mention.at - 1] == " " else None
