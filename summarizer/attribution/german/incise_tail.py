"""What may follow the subject of a cue inverted after a German quotation: the object of a
quoting verb, who speaks, or adverbials before the word that closes the frame."""
# "„…“, zitiert die Zeitung den Minister.", "„…“, zitierte die Agentur einen Sprecher der Polizei.":
# the inverted subject of "zitieren" only passes the words on; its accusative object said them.
# German puts the subject first when both are full noun phrases, so the second phrase is the
# object; it must name a person or a body and end the clause but for adverbials ("am Montag").

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.attribution.german.adverbials import adverbials
from summarizer.attribution.german.german_person import person_then_adverbials
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.german.tokens import sentence_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention

_REACH = 200
_ACCUSATIVE = frozenset(("den", "einen"))
_CLOSING = 2  # "zufrieden", "zu bedenken": the words that may close the frame


def quoting_object(text: str, end: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The object of "zitiert X Y" right after a quotation: Y, who said the words."""
    if cue.group().lower() not in cues.quoting:
        return None
    tokens = sentence_tokens(text, cue.end(), min(end, cue.end() + _REACH), cues.sentence_end)
    index = 0
    while index < len(tokens) and tokens[index].group().lower() in cues.skip:
        index += 1
    quoter = read_phrase(tokens, index, cues)
    if quoter is None or oblique(tokens, quoter) or quoter.end >= len(tokens):
        return None
    at = quoter.end + (tokens[quoter.end].group() in _ACCUSATIVE)  # "den", read as no article
    spoke = read_phrase(tokens, at, cues) if at < len(tokens) else None
    if spoke is None or oblique(tokens, spoke):
        return None
    if at > quoter.end and spoke.name == (at, at + 1):  # "den Minister": a role, not a name
        spoke = replace(spoke, start=quoter.end, name=None, head=at)
    if not person_then_adverbials(text, tokens, spoke, spoke.end, cues):
        return None
    return mention_of(text, tokens, spoke, cue, cues)


# "„…“, zeigte sich der Vorsitzende nach der Sitzung am Montag im Rathaus zufrieden.": however
# many adverbials stand after the subject, the frame still ends in a word or two of its own
# (a predicate or a particle, in lower case, no article); "…, kommentierte X nach der Sitzung die
# Entscheidung" keeps its object, and its words count as before.
def adverbial_tail(words: list[str], cues: Cues) -> list[str]:
    """The words after a subject in an inverted frame, its adverbials left out when only a
    closing word or two follows them; else all of them."""
    tokens = list(TOKEN.finditer(" ".join(words)))
    rest = [t.group() for t in tokens[adverbials(tokens, 0, cues) :]]
    if len(rest) > _CLOSING or rest == words:
        return words
    closing = all(w.islower() and w not in cues.determiners and w != "," for w in rest)
    return rest if closing else words
