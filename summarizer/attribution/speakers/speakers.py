"""Who said each quotation: the names its cue frame points to, resolved in text order."""

# The pass after cue frames; `Resolver` remembers who was named and who spoke.

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence

from summarizer.attribution.attributed import NOBODY, Attribution, basis_of
from summarizer.attribution.frames.continuation import inherits
from summarizer.attribution.frames.frames import CueFrame, speech_frame
from summarizer.attribution.frames.speakerless import addressed
from summarizer.attribution.frames.turns import turns
from summarizer.attribution.han.coverbs import cut_at_coverb
from summarizer.attribution.lexicon.cues import Cues, Mention, cues_for
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.carry import carried, other_gender
from summarizer.attribution.speakers.cut_titles import cut_title, through_name
from summarizer.attribution.speakers.deceased import living
from summarizer.attribution.speakers.document_carry import document_goes_on
from summarizer.attribution.speakers.exchange import Exchange
from summarizer.attribution.speakers.families import named_family
from summarizer.attribution.speakers.framed import chains, framed_chains
from summarizer.attribution.speakers.german_bodies import german_body
from summarizer.attribution.speakers.german_groups import german_description
from summarizer.attribution.speakers.hancarry import carried_pronoun
from summarizer.attribution.speakers.heard_things import heard_thing
from summarizer.attribution.speakers.indefinite import anonymous_source, running
from summarizer.attribution.speakers.lone_subject import lone_speaker
from summarizer.attribution.speakers.names import Resolver
from summarizer.attribution.speakers.narrator import narrator
from summarizer.attribution.speakers.ordinal import ordinal
from summarizer.attribution.speakers.papers import owner, paper, written
from summarizer.attribution.speakers.possessed import possessed
from summarizer.attribution.speakers.replies import not_carried, replied
from summarizer.attribution.speakers.shared_roster import roster_for
from summarizer.attribution.speakers.surname_opened import surname_turn
from summarizer.attribution.speakers.taken_up import linked_again
from summarizer.attribution.speakers.title_surname import title_surname
from summarizer.attribution.speakers.unanswered import unanswered
from summarizer.attribution.speakers.unnamed import after_unnamed, described, unsure_of
from summarizer.attribution.speakers.unnamed_between import passed_unnamed
from summarizer.lang import family

_UNCARRIED = frozenset({"anonymous", "noun", "role"})  # mentions of someone else, never carried


# A multi-paragraph quotation shares one speaker, and the sentences of a framed speech (and the
# quotations in it) share the frame's; `titles` marks the spans nobody says (names, titles).
def attribute(
    text: str, spans: Sequence[Span], titles: Sequence[bool], lang: str
) -> tuple[Attribution, ...]:
    """One attribution per span, in order: every cue frame first, then names in text order."""
    cues = cues_for(family(lang))
    written = roster_for(text, cues.family).written  # the article's words, read once if asked
    quoted = [s for s in spans if s.marked]
    titled = [t for s, t in zip(spans, titles, strict=True) if s.marked]
    grouped = turns(text, quoted, chains(quoted), cues, written)
    framed = framed_chains(text, (quoted, titled), grouped, cues, written)
    frames = dict.fromkeys(s.frame for s in spans if s.frame is not None)  # one read per frame
    speeches = {frame: speech_frame(text, frame, cues, written) for frame in frames}
    return _resolve(text, spans, quoted, grouped, framed, speeches, cues)


# In text order, "he" and "the senator" find the people named before them.
def _resolve(
    text: str,
    spans: Sequence[Span],
    quoted: list[Span],
    grouped: list[range],
    framed: dict[int, CueFrame],
    speeches: dict[int, CueFrame],
    cues: Cues,
) -> tuple[Attribution, ...]:
    """The attributions, names resolved in text order."""
    resolver = Resolver(text, cues)
    exchange = Exchange(resolver)
    colons = deque(sorted(speeches))  # taken from the front: a list would shift them all
    by_frame: dict[int, Attribution] = {}
    by_span: dict[int, Attribution] = {}
    previous: Attribution | None = None
    prior: Span | None = None
    for chain in grouped:
        while colons and colons[0] < quoted[chain[0]].open_at:
            colon = colons.popleft()
            by_frame[colon] = _spoken(speeches[colon], resolver)
        frame = framed.get(chain[0])
        found = _quoted(text, quoted[chain[0]], prior, frame, by_frame, previous, resolver, cues)
        found = exchange.answer(found, frame.context) if frame else found
        exchange.record(found)
        if frame is not None:  # a title between two quotations carries nobody's words
            previous, prior = found, quoted[chain[-1]]
        by_span.update((quoted[i].start, found) for i in chain)
    for colon in colons:
        by_frame[colon] = _spoken(speeches[colon], resolver)
    by_span = unanswered(text, quoted, grouped, by_span, resolver.cues.family)
    return tuple(
        by_frame[s.frame] if not s.marked and s.frame is not None else by_span[s.start]
        for s in spans
    )


# Its own cue; else the speech it sits in or the quotation it goes on from; else, with no cue
# at all, the paragraph before it.
def _quoted(
    text: str,
    span: Span,
    prior: Span | None,
    frame: CueFrame | None,
    by_frame: dict[int, Attribution],
    previous: Attribution | None,
    resolver: Resolver,
    cues: Cues,
) -> Attribution:
    """One quotation's attribution; a title's, or words put to the one addressed: nobody."""
    if frame is None or addressed(text, span.open_at, cues):
        return NOBODY
    if (took := ordinal(text, span, cues)) is not None:  # "„…“, so letztere."
        return took
    before = previous.speaker if previous else None
    found = _first(frame.mentions, frame.context, resolver, frame.closed, before)
    if found.speaker and after_unnamed(frame, previous, resolver):  # "La testigo dijo: … añadió:"
        found = recast(found, speaker=None, basis="none")
    if frame.past_title and found.cue is not None:  # a cue read past a title: never sure
        found = recast(found, sure=False)
    if found.speaker is None:
        if span.frame is not None:
            found = by_frame[span.frame]
        elif turn := surname_turn(text, span, prior, (bool(frame.mentions), previous), resolver):
            found = turn  # "„…“ Meister blieb dabei, der Plan sei „…“": his, not the last one's
        elif previous is not None and _goes_on(text, span, prior, frame, previous, cues):
            kept = not not_carried(frame.mentions, frame.context, previous, resolver)
            found = recast(previous, basis="carried") if kept else found
    if found.cue is None and frame.before:
        earlier = _first(frame.before, frame.before_context, resolver, frame.closed, before)
        document = (earlier.cue or "").lower() in cues.documents  # "In dem Brief heißt es, …"
        if earlier.speaker and (earlier.named or document):
            found = recast(earlier, basis=frame.before_basis)
    if found.speaker is None and not frame.mentions and resolver.cues.narrator:
        who = narrator(resolver, frame.context, before, (span, prior))
        found = Attribution(who, None, None, "narration") if who else found
    return found


# Never when its own cue names an anonymous source ("有网友称：", "a source said"): someone else.
def _goes_on(
    text: str,
    span: Span,
    prior: Span | None,
    frame: CueFrame,
    previous: Attribution,
    cues: Cues,
) -> bool:
    """Whether a quotation with no speaker of its own goes on from the previous one."""
    if not previous.speaker or any(m.kind in _UNCARRIED for m in frame.mentions):
        return False
    if other_gender(text, frame.mentions, previous, cues):  # „…“, sagte er
        return False
    if inherits(text, span, prior, cues, previous.cue_at):
        return True
    if frame.mentions:  # a cue of its own that names someone else
        return False
    return possessed(text, span, prior, (previous.speaker, previous.cue_at), cues) or (
        document_goes_on(text, span, prior, previous.cue or "", cues)
    )


def _spoken(frame: CueFrame, resolver: Resolver) -> Attribution:
    """Who speaks after a speech frame's colon."""
    # "Er sagte: Das ist …": a pronoun stays a pronoun's guess, as before a quotation mark (in
    # Chinese and Japanese 他 resolves only to the one person the sentences before it name)
    found = _first(frame.mentions, frame.context, resolver, frame.closed)
    sure = found.speaker and (found.basis != "pronoun" or not resolver.cues.spaced)
    return recast(found, basis="colon_intro") if sure else found


# `closed` is where the quotation ends, `previous` the previous quotation's speaker. A pronoun
# no one surely is, with no other mention that resolves, stays the (unnamed) speaker's mention.
def _first(
    mentions: Iterable[Mention],
    context: tuple[int, int],
    resolver: Resolver,
    closed: int,
    previous: str | None = None,
) -> Attribution:
    """The first mention that resolves to a speaker, or the unsure pronoun that stays unnamed."""
    unsure = NOBODY
    for mention in mentions:
        settled = _settled(mention, resolver, closed)
        if settled is not None:
            return settled
        answer = replied(mention, context, previous, resolver)
        if answer is not None:  # "“…,” Carl Moss said to Rita Dean. “…,” she replied": Rita Dean
            return answer
        alive = living(resolver.text, mention, context, resolver.cues)  # "Hale died. “…,” he said"
        speaker = resolver.resolve(mention, context, previous, alive)
        body = german_body(mention, speaker, context, closed, resolver.text, resolver.cues)
        body = body or heard_thing(resolver.text, mention, speaker, resolver.cues, closed)
        if body is not None:  # "die Universität": the one university named, or nobody; "the sign"
            return body
        if mention.kind == "role" and speaker == mention.words and _unheld(resolver):
            # "respondió el ministro": no name the article ties to the role, so nobody named
            return Attribution(None, mention.cue, mention.words, "none", mention.cue_at, False)
        over = carried_pronoun(mention, context, previous, resolver)
        if over:
            return Attribution(over, mention.cue, mention.words, "carried", mention.cue_at)
        speaker = _guessed(speaker, mention, context, previous, resolver)
        speaker = speaker if alive is None or alive(speaker) else None  # "Ortiz was killed"
        if paper(mention, resolver.cues) and (not speaker or owner(mention)):
            return written(mention, resolver, closed, context)
        if not speaker and unsure is NOBODY:  # "he said", "the campaign said": the mention
            unsure = unsure_of(mention, resolver, basis_of(mention, closed)) or NOBODY
        if speaker:
            return _named(mention, speaker, context, previous, resolver, closed)
    return unsure


def _settled(mention: Mention, resolver: Resolver, closed: int) -> Attribution | None:
    """What a mention gives by its kind alone, before any name is resolved, or None."""
    if mention.kind == "anonymous":  # "un proche de X": someone, not X
        return anonymous_source(mention, resolver, closed)
    cut = _cut(mention, resolver, closed)  # "said Pennsylvania Gov.", "书记苗同和县长说"
    if cut is not None:
        return cut
    if mention.kind == "noun":  # "— заявил пилот.": the one pilot named, if any
        return described(mention, resolver, basis_of(mention, closed))
    if named_family(mention, resolver.text, resolver.cues):  # "the Roe family said"
        return Attribution(None, mention.cue, mention.words, "none", mention.cue_at, False)
    return None


# Where roles are guessed word by word, and in Chinese ("检察官说", "局长表示"), a role that no
# name holds in the article is nobody's name.
def _unheld(resolver: Resolver) -> bool:
    """Whether a role resolved only to its own words names nobody."""
    return resolver.every or resolver.cues.family == "zh"


def _guessed(
    speaker: str | None,
    mention: Mention,
    context: tuple[int, int],
    previous: str | None,
    resolver: Resolver,
) -> str | None:
    """The speaker, else who a mention that names nobody stands for: carried over or before."""
    speaker = speaker or carried(resolver.text, mention, context, previous, resolver.cues)
    # "Mulder didn't hesitate. “…,” he said": the lone subject of the sentence before
    speaker = speaker or lone_speaker(mention, context, resolver)
    if (
        speaker
        and mention.kind == "pronoun"
        and passed_unnamed(mention, context, speaker, resolver)
    ):
        return None  # "A senior official said …. “…,” he said": maybe the official
    return speaker


# A role resolved to the one person given that title is right only about half the time where
# roles are not guessed (English): never sure. Where guessed, sure only when sure_role says so;
# in Arabic, with no capitals to tell a name's end, never ("وقال الوزير" for "وزير الخارجية X").
def _named(
    mention: Mention,
    speaker: str,
    context: tuple[int, int],
    previous: str | None,
    resolver: Resolver,
    closed: int,
) -> Attribution:
    """The attribution of a mention that resolved to `speaker`, sure only where named."""
    guessed = speaker == mention.words or not resolver.cues.role_guess
    guessed = guessed or resolver.cues.family == "ar"
    guessed = guessed or not resolver.sure_role(speaker, context, previous)
    guessed = guessed or linked_again(resolver.roster, mention, speaker)  # "der 65-Jährige"
    named = mention.kind not in ("description", "stance")
    guessed = guessed and not title_surname(resolver.text, mention, speaker, resolver.cues)
    named = named and not (mention.kind == "role" and guessed)
    speaker = speaker if named else running(speaker, resolver.cues)
    basis = basis_of(mention, closed)
    # "the company said": the body a description stands for is a guess, as a role's holder is
    described = mention.kind == "org" and mention.words.islower()  # no cases: no description
    described = described or mention.kind == "neuter"  # "it said": a body, never sure
    described = described or german_description(mention, resolver.cues)  # "sagten Experten"
    evidence = (mention.cue_at, named, mention.sure and not described, mention.at)
    return Attribution(speaker, mention.cue, mention.words or None, basis, *evidence)


def _cut(mention: Mention, resolver: Resolver, closed: int) -> Attribution | None:
    """A mention cut at a title's full stop or a coverb: as written through the name, or nobody."""
    text, cues = resolver.text, resolver.cues
    if cut_at_coverb(text, mention.words, mention.at, mention.cue_at, cues):
        return Attribution(None, mention.cue, mention.words, "none", mention.cue_at, False)
    dot = cut_title(text, mention, cues)
    if dot < 0:
        return None
    words = through_name(text, mention, dot, cues)
    basis = basis_of(mention, closed) if words else "none"
    return Attribution(words, mention.cue, mention.words, basis, mention.cue_at, False)
