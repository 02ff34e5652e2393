"""A German reporting clause that closes its sentence with a separable verb split round its
subject: "…, stellte Finanzminister Arne Kolb klar.", "…, gab die Firma am Montag bekannt."."""
# The cue scan reads "stellte … klar" only where the particle stands right by the stem; here the
# subject stands between them. The stem opens the clause after the sentence's last comma, its
# subject follows, then at most a few words and the particle that ends the sentence. The stem and
# the particle must make a verb of saying the data knows (split_round.split_verb).

from __future__ import annotations

from summarizer.attribution.german.phrases import mention_of, read_phrase
from summarizer.attribution.german.split_round import split_verb
from summarizer.attribution.german.tokens import read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention

_TAIL = 4  # words between the subject and the particle: "am Montag", "vor Journalisten"


def split_report(text: str, begin: int, end: int, cues: Cues) -> Mention | None:
    """The subject of a split verb of saying in the clause that closes the sentence."""
    comma = text.rfind(",", begin, end)
    if comma < 0:
        return None
    tokens = read_tokens(text, comma + 1, end)
    words = [t.group() for t in tokens]
    while words and not words[-1][0].isalnum():
        words.pop()  # the sentence's stop
    if len(words) < 3 or not words[0].islower():
        return None
    phrase = read_phrase(tokens, 1, cues)
    if phrase is None or not 0 <= len(words) - 1 - phrase.end <= _TAIL:
        return None
    if not split_verb(words[0], words[-1]):
        return None
    if any(not w[0].isalnum() for w in words[phrase.end : -1]):
        return None  # a comma or a quotation mark after the subject: no plain closing clause
    return mention_of(text, tokens, phrase, tokens[0], cues)
