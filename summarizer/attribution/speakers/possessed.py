"""A German sentence opened by a possessive goes on with the previous quotation's speaker."""
# "„…“ Seine Zuversicht gründet sich auf frühere Fälle: „…“": "Seine" points back at the one
# who spoke before; the sentence only frames his next words (carried, low).

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.german.casing import statement_noun, surnames
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.bridge import bridge
from summarizer.attribution.speakers.german_gender import person_gender

_DATA = _data.load_toml("german.toml")["possessed"]
_GENDERS = {w: g for g in ("masculine", "feminine") for w in _DATA[g]}
_REACH = 300  # characters between the two quotations at most: bounded, linear
_LOOK = 2000  # where the previous speaker's name is looked for


# One sentence only, right after the quotation; its noun a statement ("Meinung", "Fazit"), never
# a person ("Seine Frau: „…“"); nobody else named in it; the speaker's gender, where the article
# marks it, the same.
def possessed(
    text: str, span: Span, prior: Span | None, previous: tuple[str, int], cues: Cues
) -> bool:
    """Whether a possessive sentence between two quotations carries the previous speaker on."""
    speaker, cue_at = previous
    found = bridge(text, prior, span, _REACH, cues) if cues.nouns_capitalized else None
    if found is None or not text[found[0] : found[1]].rstrip().endswith(":"):
        return False
    start, end, stops = found
    if stops and not _own_cue(text, (start, stops[0].start()), cue_at):
        return False
    words = TOKEN.findall(text, stops[-1].end() if stops else start, end)
    wanted = _GENDERS.get(words[0].lower()) if words else None
    nouns = [w for w in words[1:] if w[:1].isupper()]  # "Sein knappes Fazit": past adjectives
    if wanted is None or not nouns or not statement_noun(nouns[0]):
        return False
    if any(w in surnames(text) for w in nouns[1:]):
        return False
    at = text.rfind(speaker, max(0, start - _LOOK), end)
    return at >= 0 and person_gender(text, at, speaker, cues) in (wanted, None)


# „…“, sagte Roth. Ihr Fazit: „…“": the first quotation's own cue may close its sentence.
def _own_cue(text: str, window: tuple[int, int], cue_at: int) -> bool:
    """Whether the words before the sentence end are none or the previous quotation's cue."""
    return not text[window[0] : window[1]].strip(" .") or window[0] <= cue_at < window[1]
