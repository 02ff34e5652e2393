"""German: a quotation with no cue after whole sentences of indirect speech goes back to the
sentence that names their speaker with a verb of saying."""

# "Der Bezirksvorsitzende Rainer Blaschke kündigte am Montag an, den Güterverkehr zu bestreiken.
# Die Geduld seiner Mitglieder sei erschöpft. „Wir streiken nicht gern.“": the Konjunktiv
# sentence between names nobody and reports Blaschke's words, so the quotation after it is his
# (low). The sentences between must all be reported speech that names no one
# (`german_carry.reported_sentences`: at most three, in one paragraph); the sentence before
# them must name its one speaker as the subject of a verb of saying, opening it ("X kündigte
# an, …") or closing it ("…, sagte X."), its verb singular. A sentence of narration whose
# subject only acts ("X reiste nach Brüssel.") or a pronoun ("er") names nobody here. A quotation
# that speaks of that speaker by name ("X erklärte, …. Die Opposition sehe das anders. „X rechnet
# sich die Lage schön.“") is someone else's words about X: nobody (review32).

from __future__ import annotations

from summarizer.attribution.frames.mentions import find_mentions
from summarizer.attribution.frames.subjects import ends_sentence, sentence_breaks
from summarizer.attribution.german.german_carry import reported_sentences
from summarizer.attribution.lexicon.words import TOKEN
from summarizer.attribution.speakers.names import Resolver
from summarizer.attribution.speakers.persons import not_person

_SENTENCES = 3  # reported sentences stepped back over at most


def reported_back(
    resolver: Resolver, begin: int, context: tuple[int, int], said: str = ""
) -> str | None:
    """The named speaker of the sentence before the reported sentences from `begin` on, never
    one whose name the quotation's words `said` hold."""
    text, cues, end = resolver.text, resolver.cues, context[1]
    if not cues.nouns_capitalized or "\n" in text[begin:end]:
        return None  # German only, and never across a paragraph break
    for _ in range(_SENTENCES):
        if not reported_sentences(text, (begin, end), cues):
            return None  # "Die Bahn nannte das unverhältnismäßig.": not indirect speech
        naming, _ = sentence_breaks(text, (context[0], begin), cues)
        if naming >= begin or not ends_sentence(text, naming, begin):
            return None  # no whole sentence before them in the paragraph
        if not reported_sentences(text, (naming, end), cues):
            named = _named(resolver, naming, (context[0], begin))
            return None if named and _spoken_of(named, said) else named
        begin = naming  # "Man habe verhandelt. Die Lage sei ernst.": one more back
    return None


def _named(resolver: Resolver, begin: int, context: tuple[int, int]) -> str | None:
    """The speaker the naming sentence from `begin` gives, never "Niemand" or "Jemand"."""
    said = cued_subject(resolver, begin, context)
    return None if said is None or not_person(said, resolver.cues) else said


def _spoken_of(name: str, said: str) -> bool:
    """Whether the quotation names the speaker it would be given to: his or her last name."""
    return name.split()[-1] in TOKEN.findall(said)


_KINDS = frozenset({"name", "role"})
_ASKING = ("frag", "befrag", "erkundigt")  # the one asked answers next


# "Bürgermeisterin Eva Roth sagte am Dienstag, …", "Am Mittwoch warnte Verbandschef Jan Ost vor
# …": the one mention the cue readers give a verb of saying in the sentence, named, sure, and
# nobody else named there, its verb singular; never a pronoun (whom "er" stands for is the
# pronoun readers' task), an asker, hearsay or a verb of reporting the press uses for others'.
def cued_subject(resolver: Resolver, begin: int, context: tuple[int, int]) -> str | None:
    """The one named subject of a verb of saying in the sentence from `begin` to `context[1]`."""
    text, cues, end = resolver.text, resolver.cues, context[1]
    found = find_mentions(text, (begin, end), (end, end), cues, resolver.roster.written)
    cued = [m for m in found if m.cue_at >= 0]
    if len(cued) != 1 or cued[0].kind not in _KINDS or not cued[0].sure:
        return None
    word = cued[0].cue.lower().split(" ", 1)[0]
    if not cues.verbs.match(word) or word.endswith("en"):
        return None  # "X leitet die Grabung", "X ist im Amt"; "erklärten", "könne sagen": no one
    if word in cues.reported or word in cues.hearsay or word.startswith(_ASKING):
        return None
    name = resolver.resolve(cued[0], context)
    if name is None or (cued[0].kind == "role" and name in cued[0].words):
        return None  # "…, sagte der 59-Jährige." with no person it takes up: not carried on
    return None if resolver.others((begin, end), name) else name
