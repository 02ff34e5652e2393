"""How sure a quotation's speaker is, its kind (speech or writing) and the mood of its cue."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.frames.colon_runs import press, written_by
from summarizer.attribution.frames.joint import joint_mention
from summarizer.attribution.fullnames.nonspeakers import (
    bare_role,
    body_for_pronoun,
    no_name,
    nonspeaker,
    unclear_document,
)
from summarizer.attribution.german.document_speaker import document_speaker
from summarizer.attribution.german.modal_perfect import reported_perfect
from summarizer.attribution.kinds.judged import Label, unsure_label
from summarizer.attribution.kinds.terms import is_term
from summarizer.attribution.lexicon.after_quote import after_quote_form
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.future_in_past import narrated_would
from summarizer.attribution.lexicon.records import quick_init
from summarizer.attribution.lexicon.verb_forms import verb_form
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.bare_words import owner_rival
from summarizer.attribution.speakers.generations import generation
from summarizer.attribution.speakers.han_marked import fair_guess, known, lone_office
from summarizer.attribution.speakers.honored import gendered, rivalled
from summarizer.attribution.speakers.initialled import bearers
from summarizer.attribution.speakers.namesakes import bearers_rivals, common_words, rivals
from summarizer.attribution.speakers.shared_roster import last_words, roster_for

_CONFIDENT = frozenset({"cue", "cue_after", "colon_intro", "interview_turn"})


@quick_init
@dataclass(frozen=True, slots=True)
class Judgement:
    """A quotation's kind, the confidence of its speaker, and the mood of its cue."""

    kind: str
    confidence: str
    mood: str
    guess: bool = True


def judge(
    text: str,
    span: Span,
    found: Attribution,
    title: bool,
    cues: Cues,
    label: Label | None,
    english: bool = False,
) -> Judgement:
    """Kind, confidence and mood of one quotation (`label`: `label_subject`'s)."""
    # high only where a cue (or a colon) with a named subject governs a statement made, not planned
    if title or is_term(text, span, cues, label):
        return Judgement("title", "low", "said", guess=False)
    cue = (found.cue or "").lower()
    paper = _paper(found, cues) or written_by(text, span.frame, found.speaker, cues)
    kind = "writing" if cue in cues.writing or paper else "speech"
    # no cue, no speaker (most quotations of a dense text): nothing to judge; the record is
    # compared only when its cue and speaker are those of NOBODY (a cued one never equals it)
    if found.cue is None and found.speaker is None and found == NOBODY:
        return Judgement(kind, "low", "said")
    mood = _mood(text, found, cues)
    hearsay = cue in cues.hearsay and not _cited(found, cues)
    named = found.basis in _CONFIDENT and found.speaker is not None and not hearsay
    # German: the subject of any verb may speak ("X verteidigte den Plan als „…“"); English:
    # any past tense after a quotation (“…,” X mentioned); only a reporting cue governs surely
    loose = cues.nouns_capitalized or (cues.past_verb is not None and found.basis == "cue_after")
    named = named and (not loose or _introduced(cue, cues))
    shaped = cues.spaced or cues.family == "ja" or found.basis == "interview_turn"
    joint = joint_mention(text, found.mention or "", found.cue_at, cues)
    sure = named and found.named and found.sure and mood == "said" and not joint
    sure = sure and (shaped or known(text, found, cues)) and not _shared(text, span, found, cues)
    sure = sure and not lone_office(text, found.speaker or "", cues.family)
    sure = sure and not (english and nonspeaker(text, found, cues.titles))
    sure = sure and not (english and paper and unclear_document(found))
    sure = sure and not unsure_label(text, label, found.speaker or "", cues)
    sure = sure and not (found.basis == "colon_intro" and press(found.speaker, cues))
    sure = sure and not reported_perfect(text, found.cue_at, found.cue or "")  # "soll … gesagt"
    if english and _nobody(text, found, cues):
        return Judgement(kind, "low", mood, guess=False)
    return Judgement(kind, "high" if sure else "low", mood, sure or fair_guess(text, found, cues))


def _nobody(text: str, found: Attribution, cues: Cues) -> bool:
    """In English, whether the speaker found names no person: a tag, a role noun, a body."""
    if no_name(text, found) or bare_role(text, found, cues.definite, cues.indefinite):
        return True
    # the word lists are joined only for a pronoun's speaker: most quotations have none
    return found.basis == "pronoun" and body_for_pronoun(found, (*cues.orgs, *cues.outlets))


# "Tom Hale said the plan was a “charm offensive.” “…”": the cue governs a term, a paraphrase's
# word, so the quotation after it goes on from no one's words.
def carried_from_terms(found: Sequence[Attribution], kinds: Sequence[str]) -> list[int]:
    """Which quotations (`kinds`: judged) are carried on from a cue whose quotation is a term."""
    # a cue that also governs a quotation said ("said Cuban, host of “Shark Tank.” “…”") goes on
    pairs = functools.partial(zip, found, kinds, strict=True)  # afresh each time: no live list
    said = {a.cue_at for a, kind in pairs() if kind != "title" and a.basis != "carried"}
    terms = {a.cue_at for a, kind in pairs() if kind == "title"} - said
    return [
        index
        for index, (a, _) in enumerate(pairs())
        if a.basis == "carried" and a.cue_at in terms and a.cue_at >= 0
    ]


def _introduced(cue: str, cues: Cues) -> bool:
    """Whether the cue is a colon, a noun for words said or a reporting verb ("X's motto:")."""
    verb = verb_form(cue, cues) or after_quote_form(cue, cues.family)
    return cue == ":" or cue in cues.sayings or verb


# "Bernie Sanders … Jane Sanders … “…,” Sanders said": the first named is only a guess.
def _shared(text: str, span: Span, found: Attribution, cues: Cues) -> bool:
    """Whether a bare surname credited to a full name is one another person named bears too."""
    speaker, mention = found.speaker or "", found.mention or ""
    if cues.family == "ru" and generation(mention):  # "Галиев-старший": a pick by generation
        return True
    surname = speaker.rsplit(" ", 1)[-1]
    if not cues.spaced or not mention.endswith(surname):
        return False
    roster = roster_for(text, cues.family)
    if speaker not in mention and owner_rival(roster, speaker, surname):
        return True
    if " " not in speaker:  # "Tom Clark … Ms. Clark": the honorific ruled out the one named
        return bool(gendered(mention, cues.family)) and surname in last_words(roster)
    if speaker in mention:
        return False
    people = bearers(roster, text, surname)  # "Jo A. Kaaaa": a bearer too; sorted once per text
    if not rivals(people, span.start, speaker):  # most: nobody else, so no article's words read
        return False
    if gendered(mention, cues.family):  # "Mr. Pike" of Sara and Dan Pike: the honorific's pick
        return rivalled(speaker, people.placed)
    common = common_words(text, cues.titles, cues.stop, cues.subordinating)
    return bearers_rivals(roster, text, surname, speaker, common, cues.family).before(span.start)


# A body reports others' words ("according to the Post"); a person cited by name speaks them.
def _cited(found: Attribution, cues: Cues) -> bool:
    """Whether a hearsay cue names the speaker itself: a person's full name, as written."""
    words = (found.speaker or "").split()
    person = len(words) > 1 and words[-1].lower() not in cues.orgs
    return (found.cue or "").lower() in cues.cited and person and found.mention == found.speaker


def _paper(found: Attribution, cues: Cues) -> bool:
    """Whether the speaker is a document ("the Clean Water Act states"): its words are writing."""
    for words in (found.speaker, found.mention):
        if words and words.rsplit(" ", 1)[-1].lower() in cues.papers:
            return True
    return cues.nouns_capitalized and document_speaker(
        found.mention, found.named
    )  # "Der Bericht wirft … vor"


def _future(cue: str, cues: Cues) -> bool:
    """Whether the cue word is a future tense of saying, also inverted or after a conjunction."""
    if not cue:
        return False  # no cue word (most quotations of a dense text): no tense to read
    word = cue.lower().split("-")[0]
    return word in cues.future or any(word.removeprefix(p) in cues.future for p in cues.proclitics)


_PLAIN = re.compile("[ぁ-ゖ]{0,2}")  # the kana of a verb's plain form after its stem: "る", "する"


# "と述べる予定だ", "と説明する方針": a plan noun after the plain form, not the past ("た").
def _planned_after(text: str, found: Attribution, cues: Cues) -> bool:
    """Japanese: whether a noun of a plan follows the cue's verb."""
    end = text.find(found.cue or "", found.cue_at, found.cue_at + 40)
    kana = _PLAIN.match(text, end + len(found.cue or "")) if end >= 0 else None
    if kana is None or kana.group().endswith(("た", "だ")):
        return False
    return text.startswith(cues.planned_after, kana.end())


def _mood(text: str, found: Attribution, cues: Cues) -> str:
    """ "planned" when a future or modal word governs the cue ("Cameron will say")."""
    if _future(found.cue or "", cues):  # "dira-t-il", "скажет", "وسيقول"
        return "planned"
    if found.cue_at >= 0 and cues.planned_after and _planned_after(text, found, cues):
        return "planned"
    if found.cue_at < 0 or not cues.planned:
        return "said"
    before = text[max(0, found.cue_at - 40) : found.cue_at]
    plan = cues.planned.search(before)
    planned = plan is not None and not narrated_would(before) and not _coordinated(plan, cues)
    return "planned" if planned else "said"  # "would later say": said


def _coordinated(plan: re.Match[str], cues: Cues) -> bool:
    """Whether a coordinator stands between the plan word and the cue: the cue's verb is then a
    clause of its own ("piensa igual y dijo", "will stay and said")."""
    return any(word.lower() in cues.coordinating for word in plan.group("tail").split())
