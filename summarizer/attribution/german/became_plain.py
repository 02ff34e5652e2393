"""German "Roth wurde deutlich: „…“": "werden" and a manner of speech name the one who spoke."""
# "werden" with a predicative adjective of plain, pointed or personal speech ("deutlich",
# "grundsätzlich", "persönlich") and no participle is no passive: it says how the subject went on
# to speak, and before a colon the quotation is what the subject said. The subject opens the
# sentence or follows the verb after a fronted adverbial ("Im Interview wurde Roth deutlich:").
# Only such a sentence: the person, the verb and words of manner. Never sure.

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import mention_of, read_phrase
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_TABLE = _data.load_toml("german.toml")["became_plain"]
_VERBS = frozenset(_TABLE["verbs"])
_MANNERS = frozenset(_TABLE["manners"])
_REACH = 120


def became_plain(text: str, window: Window, cues: Cues) -> Mention | None:
    """The subject of a "X wurde deutlich:" sentence before the colon ending `window`, or None."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":"):
        return None
    end = window[0] + len(head) - 1
    start = last_stop(text, cues.sentence_end, window[0], end) or window[0]
    tokens = read_tokens(text, start, end) if end - start <= _REACH else []
    verb = next((i for i, t in enumerate(tokens) if t.group() in _VERBS), None)
    if verb is None or verb == 0 or tokens[-1].group() not in _MANNERS:
        return None
    phrase = read_phrase(tokens, 0, cues, first=True)
    if phrase is None or phrase.end != verb:  # "Im Interview wurde Roth deutlich:"
        phrase = read_phrase(tokens, verb + 1, cues) if verb + 1 < len(tokens) else None
        rest = tokens[phrase.end :] if phrase else []
    else:
        rest = tokens[verb + 1 :]
    if phrase is None or not person(text, tokens, phrase, cues):
        return None
    if not rest or any(t.group() not in _MANNERS for t in rest):
        return None
    return mention_of(text, tokens, phrase, tokens[verb], cues)
