"""Whether a quotation without a cue of its own goes on from the one before it: the same
speaker, unless a new sentence, frame or plural cue opens another speech."""

from __future__ import annotations

from summarizer.attribution.frames.clauses import new_sentence
from summarizer.attribution.frames.epigraph import answered_turn, whole
from summarizer.attribution.frames.named_after import named_next
from summarizer.attribution.frames.new_agent import joined_at
from summarizer.attribution.german.asides import aside_cue
from summarizer.attribution.german.crowd_calls import crowd_calls
from summarizer.attribution.german.demonstrative_cue import demonstrative_after
from summarizer.attribution.german.german_carry import added, reported_sentences
from summarizer.attribution.german.german_order import goes_on_reported, speaks_anew
from summarizer.attribution.lexicon.cues import LEAD, Cues
from summarizer.attribution.marks.marks import Span

_PLURAL_REACH = 24  # the first word of a cue right after the closing mark
_CLOSING = '»"”’ ,\u00a0\u202f'
_ZH_STOPS = frozenset("。！？!?")


# A title between them ("on ABC's “This Week”") is no quotation. In its paragraph with at most the
# previous one's cue sentence (at `cue_at`) between them (the same sentence in Chinese and Japanese,
# often one paragraph), or as a paragraph of its own right after the previous one's (not after a
# quoted question it may answer, nor before a paragraph naming its speaker: `named_next`).
def inherits(text: str, span: Span, previous: Span | None, cues: Cues, cue_at: int) -> bool:
    """True when an unattributed quotation `span` goes on from the quotation `previous`."""
    if previous is None or (cues.nouns_capitalized and aside_cue(text, cue_at)):
        return False  # "Die Pläne, wie X sagte, „…“": X's words end with that quotation
    if demonstrative_after(text, span.close_at, cues):
        return False  # "„…?“ fragte der Fürst seinen Minister. „…,“ erwiderte dieser"
    if cues.plural_cues and _plural_cue(text, span, cues):
        return False  # "« … », ont raconté leurs voisins": a group, never the one before
    if previous.para_start != span.para_start:
        adjacent = not text[previous.para_end : span.para_start].strip()
        asked = answered_turn(text, span, previous, cues) or named_next(text, span, cues)
        return whole(span) and adjacent and cues.spaced and not asked
    gap = (previous.close_at + 1, span.open_at)
    if not cues.spaced:
        # "“…。”秦立说…，“…”": its own cue after it goes on into the next quotation
        inside = _ended_inside(text, previous, gap, cues) and not gap[0] <= cue_at < gap[1]
        ended = cues.sentence_end.search(text, *gap) or inside
        return not ended or _continued(text, gap, cues)
    between = text[gap[0] : gap[1]].strip()
    if between.endswith(":") and between[:-1].strip().lower() in cues.continuing:
        return True  # "„…“ Und: „…“": only a connective, so the same speaker goes on
    stop = cues.sentence_end.search(text, *gap)
    if stop is None:
        if added(text, gap, cues):
            return True  # "„…“, und fügte hinzu: „…“"
        anew = cues.nouns_capitalized and (
            speaks_anew(text, gap, cues) or crowd_calls(text, gap, cues)
        )
        return not anew and not _new_frame(text, gap, cues)
    lead = LEAD.match(text, gap[0], stop.start()).end()  # type: ignore[union-attr]
    narrative = new_sentence(text, gap[0], lead) and not gap[0] <= cue_at < stop.start()
    if reported_sentences(text, (gap[0] if narrative else stop.end(), span.open_at), cues):
        return True  # "„…“ Die Lage sei ernst. Noch bestehe keine Gefahr. „…“"
    if narrative or not text[stop.end() : span.open_at].strip():
        return not narrative and joined_at(text, cue_at, stop.start(), cues) == cue_at
    return cues.nouns_capitalized and goes_on_reported(text, (stop.end(), span.open_at), cues)


# Chinese sets the stop inside the closing mark: "「…。」其律師張哲維則主張，…「…」" opens a new
# sentence, whose own subject (read or not) speaks; nothing between ("「…。」「…」") goes on.
def _ended_inside(text: str, previous: Span, gap: tuple[int, int], cues: Cues) -> bool:
    """Whether a Chinese quotation ends its sentence inside its marks and words follow it."""
    stop = text[previous.close_at - 1 : previous.close_at] in _ZH_STOPS
    return cues.family == "zh" and stop and bool(text[gap[0] : gap[1]].strip())


# "「…」と語った。さらに「…」と強調した": one sentence end, then only a connective.
def _continued(text: str, gap: tuple[int, int], cues: Cues) -> bool:
    """Whether the sentence after the previous quotation's opens with a `continuing` word."""
    stops = list(cues.sentence_end.finditer(text, *gap))
    lead = text[stops[-1].end() : gap[1]].strip().rstrip("、，,").strip() if stops else ""
    return len(stops) == 1 and lead in cues.continuing


# Between two quotations ("„…“ Den Plan lobte dagegen X: „…“", "„…“ und X rief: „…“"); its own
# subject, when it is not read, is no reason to carry the previous speaker over.
def _new_frame(text: str, gap: tuple[int, int], cues: Cues) -> bool:
    """German: whether a new sentence or a clause with a reporting verb opens another speech."""
    lead = LEAD.match(text, *gap).end()  # type: ignore[union-attr]
    framed = text[gap[0] : gap[1]].rstrip().endswith(":")
    opened = new_sentence(text, gap[0], lead) or cues.verbs.search(text, *gap) is not None
    return cues.nouns_capitalized and framed and opened


def _plural_cue(text: str, span: Span, cues: Cues) -> bool:
    """Whether the cue right after the quotation `span` opens with a plural verb ("ont dit")."""
    words = text[span.close_at : span.close_at + _PLURAL_REACH].lstrip(_CLOSING).split()
    return bool(words) and words[0].lower().rstrip(".,;:!?…") in cues.plural_cues
