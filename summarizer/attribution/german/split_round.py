"""German verbs of saying, calling and judging whose two parts stand round a quotation."""
# A separable verb in second place leaves its particle at the end of the clause ("Sie hob die
# „gute Zusammenarbeit“ hervor", "Er wies die Vorwürfe als „absurd“ zurück"): the particle and
# the finite stem make the verb-last form the data knows ("hervorhob", "zurückwies"). A verb of
# judging takes its label after a preposition ("Er hält die Lage für „angespannt“").

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.german.german_labelling import CALLING
from summarizer.attribution.german.separable import separable_verbs
from summarizer.attribution.lexicon.words import head_before

_PARTIAL = _data.load_toml("german.toml")["partial"]
_STANCE = _data.load_toml("german.toml")["stance"]["separable"]
# verb-last forms: "feststellte", "zurückwies", and the joined pairs "stellte klar", "warf vor"
_JOINED = frozenset(
    [*_PARTIAL["final"], *_PARTIAL["content_verbs"], *CALLING]
    + [particle + stem for stem, particle in [*separable_verbs(), *_STANCE] if particle.isalpha()]
)
_IN_PHRASE = frozenset(_data.load_toml("german.toml")["placed"]["phrase_prepositions"])
_PARTICLES = frozenset(_data.load_toml("german.toml")["placed"]["particles"])
_PHRASE = 3  # a preposition, its article and an adjective before the quotation
_JUDGING = {word: frozenset(verbs) for word, verbs in _PARTIAL["judging"].items()}


def split_verb(stem: str, particle: str) -> bool:
    """Whether a finite stem and the particle closing its clause are one verb of saying."""
    return stem.islower() and particle.islower() and particle + stem in _JOINED


def judging(stem: str, preposition: str) -> bool:
    """Whether a finite verb takes its label after `preposition` ("hält … für „…“")."""
    return stem in _JUDGING.get(preposition, frozenset())


def calls(words: list[str], verb: int, particle: str) -> bool:
    """Whether the finite verb at `verb` labels or says a quotation right after `words`: split
    round it (closed by `particle`), or judging with its preposition right before it."""
    stem = words[verb]
    if stem in CALLING:
        return True
    if split_verb(stem, particle):
        return not _in_phrase(words)
    # "Er hält Karten für „…“ bereit": a particle after the label completes another verb
    return particle not in _PARTICLES and judging(stem, words[-1].lower())


# "Sie ging mit ihren „…“ aus", "führte ihn zum „…“ aus": the quotation is a preposition's object.
def _in_phrase(words: list[str]) -> bool:
    """Whether the words before a quotation end in a prepositional phrase not of saying."""
    return head_before(words, _IN_PHRASE, _PHRASE)


# "Sie warf der Regierung „völliges Versagen“ vor", "hält die Lage für „angespannt“".
def round_quotation(before: list[str], particle: str) -> bool:
    """Whether the clause's words before a quotation and the particle closing it after make a
    verb of saying split round it, or a verb of judging and its preposition."""
    if any(split_verb(word, particle) for word in before):
        return True
    return bool(before) and any(judging(w, before[-1].lower()) for w in before[:-1])
