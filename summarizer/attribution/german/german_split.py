"""A German separable verb of saying split round its subject before the quotation."""
# "Gestern gab Berger zu, die Zahl sei „…“", "Dazu führte die Ministerin aus, …", "Berger wies
# darauf hin, dass …": the finite stem, the subject before or right after it, and the particle
# that closes the clause at a comma or colon; the quotation stands in what that clause reports.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_bracket import adverbials
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.german.separable import separable_verbs
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_PAIRS = frozenset(separable_verbs())
_STEMS = frozenset(stem for stem, _ in _PAIRS)
_DOCUMENTS = tuple(_data.load_toml("german.toml")["referred"]["nouns"])
_GATE = re.compile(rf" (?:{'|'.join(sorted({p for _, p in _PAIRS}))})[,:]")
_REACH = 300  # the sentence before the quotation: bounded, linear
_CLOSE = frozenset({",", ":"})


def split_subject(text: str, window: Window, cues: Cues) -> Mention | None:
    """The subject of a separable verb of saying whose particle closes a clause before the quote."""
    begin = max(window[0], window[1] - _REACH)
    if _GATE.search(text, begin, window[1]) is None:
        return None  # the substring test spares nearly every quotation the tokenizing
    begin = last_stop(text, cues.sentence_end, begin, window[1]) or begin  # its own sentence
    tokens = list(TOKEN.finditer(text, begin, window[1]))
    words = [t.group() for t in tokens]
    stem = next((i for i, w in enumerate(words) if w in _STEMS), None)
    if stem is None or stem == 0:
        return None
    close = next((i for i in range(stem + 1, len(words) - 1) if words[i + 1] in _CLOSE), None)
    if close is None or (words[stem], words[close]) not in _PAIRS or "," in words[stem:close]:
        return None  # the particle must close the stem's own clause
    if any(_saying(w, cues) for w in words[close + 2 :]):
        return None  # "…, die Opposition sprach von „…“": a clause with a cue of its own
    for phrase in _subjects(tokens, stem, cues):
        if person(text, tokens, phrase, cues) or _document(tokens, phrase):  # "die Polizei"
            return mention_of(text, tokens, phrase, tokens[stem], cues)
    return None


# "Zum Hintergrund führt der Bericht aus, …": a document says what it sets out ([referred] nouns).
def _document(tokens: list[re.Match[str]], phrase: Phrase) -> bool:
    """Whether the phrase is a document's: no name, its head a noun for a document."""
    return phrase.name is None and tokens[phrase.head].group().lower().endswith(_DOCUMENTS)


def _saying(word: str, cues: Cues) -> bool:
    """Whether a word is a verb of saying (not the reported Konjunktiv) with its own subject."""
    return word not in cues.reported and cues.verbs.fullmatch(word) is not None


# "Gestern gab X zu": a capitalised adverb first reads as a phrase too, so both places are tried.
def _subjects(tokens: list[re.Match[str]], stem: int, cues: Cues) -> list[Phrase]:
    """The phrase that opens the sentence and ends at the stem, and the one right after it."""
    first = read_phrase(tokens, 0, cues)
    found = [first] if first is not None and first.end == stem else []
    after = adverbials(tokens, stem + 1, cues)
    second = read_phrase(tokens, after, cues) if after < len(tokens) else None
    return [p for p in (*found, second) if p is not None and not oblique(tokens, p)]
