"""A German quotation a separable verb of reproach governs: "warf X „Planlosigkeit“ vor"."""
# "In der Debatte warf Roland Meister der Regierung „Planlosigkeit“ vor": what the subject
# reproaches the government with is his word, no scare quote and no title, though it is a
# capitalised noun. An article right before it makes it the object's name ("warf der „Bild“ vor,
# …": the paper is reproached), but not an accusative indefinite one ("warf dem Minister eine
# „Politik der Kälte“ vor": what he is reproached with); and the particle must close the clause
# right after it, or a second clause of the same subject joined by "und" ("vor und fordert …").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.kinds.clause_cut import clause_cut
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_REPROACHING = {
    particle: frozenset(verbs)
    for particle, verbs in _data.load_toml("german.toml")["partial"]["reproaching"].items()
}
_PARTICLE = re.compile(r"\s+([^\W\d_]+)(?:\s*[.,;]|\s+und\s)")  # "„…“ vor." / "vor, weil"
_WORDS = re.compile(r"[^\W\d_]+")
_WHAT = frozenset(("ein", "eine", "einen"))  # no dative: "warf einer „…“" may name the accused
_LEAD = 80  # the clause before the quotation where its finite verb stands
_ADVERBS = 2  # "vor, gezielt „…“ zu machen"
_TAIL = 4  # "„…“ in der Stadt zu machen"
_INFINITIVE_END = re.compile(r"[,;:.!?\n„]")


def reproached(text: str, span: Span, cues: Cues) -> bool:
    """Whether a verb of reproach in the quotation's clause takes it as its object, or its
    infinitive clause after the comma holds it ("warf ihr vor, „…“ zu machen")."""
    return _object(text, span, cues) or _infinitive(text, span)


def _object(text: str, span: Span, cues: Cues) -> bool:
    """Whether a verb of reproach in the quotation's clause takes it as its object."""
    after = _PARTICLE.match(text, span.close_at + 1)
    verbs = _REPROACHING.get(after.group(1)) if after else None
    if not verbs:
        return False
    before = _WORDS.findall(text, clause_cut(text, span.open_at, _LEAD), span.open_at)
    article = before[-1].lower() if before else ""
    if len(before) < 2 or (article in cues.determiners and article not in _WHAT):
        return False  # "warf der „Bild“ vor": the paper's name
    return any(word in verbs for word in before[:-1])


# "Der Abgeordnete warf der Ministerin vor, „Stimmung gegen Rentner“ zu machen": the infinitive
# after "vor," is what is reproached, as a Konjunktiv clause would be (german_stance reads its
# subject); the quotation opens it (an adverb or two before it) and "zu" and a verb close it. One
# capitalised word alone may be a work's title ("vor, „Faust“ zu verhunzen"): not read.
def _infinitive(text: str, span: Span) -> bool:
    """Whether the quotation opens the infinitive clause after "<verb of reproach> … vor,"."""
    comma = text.rfind(",", max(0, span.open_at - _LEAD), span.open_at)
    between = _WORDS.findall(text, comma + 1, span.open_at) if comma >= 0 else ["-"]
    if len(between) > _ADVERBS or any(not w.islower() for w in between):
        return False
    clause = _WORDS.findall(text, clause_cut(text, comma, _LEAD), comma)
    verbs = _REPROACHING.get(clause[-1]) if len(clause) > 2 else None
    if not verbs or not any(word in verbs for word in clause[:-1]):
        return False
    inner = text[span.start : span.end]
    if len(inner.split()) < 2 and not inner[:1].islower():
        return False
    end = _INFINITIVE_END.search(text, span.close_at + 1, span.close_at + 1 + _LEAD)
    tail = _WORDS.findall(text, span.close_at + 1, end.start()) if end else []
    return 2 <= len(tail) <= _TAIL and tail[-2] == "zu" and tail[-1].islower()
