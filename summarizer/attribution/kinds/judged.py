"""A short quotation that a verb of calling or judging gives as its subject's label."""
# "Jean Dupont a qualifié la réforme d'« inacceptable »", "Juan Pérez tildó la decisión de
# «absurda»", "Лавров назвал решение «ошибкой»": the verb, its object and a link; "a dénoncé une
# « mascarade »", "habló de una «traición»": the verb, a link and an article. As German
# `german_governed` and English "called the decision “a disgrace”", such a label is the
# subject's words; who that subject is, the cues decide. Lower case only: a capitalised
# quotation is a name given ("a baptisé son bateau « Liberté »", "назвал сына «Иваном»").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.kinds.german_titles import STOP, WORD
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_DATA = _data.load_toml("terms.toml")


def _phrases(table: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A table of verb phrases per language, each phrase as its words."""
    return {lang: tuple(tuple(p.split()) for p in words) for lang, words in _DATA[table].items()}


_JUDGING = _phrases("judging")
_DECRYING = _phrases("decrying")
_LINKS = {lang: frozenset(words) for lang, words in _DATA["judging_links"].items()}
_CLITICS = {lang: frozenset(words) for lang, words in _DATA["judging_clitics"].items()}
_REACH = 60
_ELIDED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "l'a" is two words, "d'« … »" one
_CLAUSE = re.compile(r"[,;:.!?()\n–—«»\"“”„]")
_LABEL_WORDS = 3
_OBJECT_WORDS = 3


def _clause(text: str, span: Span) -> tuple[int, list[str]]:
    """Where the quotation's clause starts (within reach) and its words up to the quotation."""
    start = max(0, span.open_at - _REACH)
    cut = max((m.end() for m in _CLAUSE.finditer(text, start, span.open_at)), default=start)
    return cut, _ELIDED.findall(text, cut, span.open_at)


def judged(text: str, span: Span, cues: Cues) -> bool:
    """Whether a short lower-case quotation is the label a singular verb of calling gives it."""
    judging = _JUDGING.get(cues.family)
    if judging is None or not span.marked:
        return False
    inner = text[span.start : span.end]
    if not inner[:1].islower() or STOP.search(inner) or len(WORD.findall(inner)) > _LABEL_WORDS:
        return False  # a name ("« Liberté »"), or a sentence quoted
    cut, written = _clause(text, span)
    words = [w.lower() for w in written]
    if words and words[-1] in cues.articles:
        if words[-1] not in cues.indefinite:
            return False  # "a évoqué la « loi travail »": a thing the text names so
        words.pop()  # "une « mascarade »"
    if words and words[-1] in _LINKS[cues.family]:
        words.pop()  # "d'« inacceptable »", "как «сложную»"
    if words and words[-1] in cues.governing and words[-1] not in cues.articles:
        return False  # "llamó a una «reflexión»": a preposition's object, no label
    for size in range(min(_OBJECT_WORDS, len(words)) + 1):
        head = words[: len(words) - size]
        verbs = judging if size else (*judging, *_DECRYING[cues.family])
        verb = next((v for v in verbs if tuple(head[-len(v) :]) == v), None)
        if verb is not None:
            return _named_subject(text, cut, written[: len(head) - len(verb)], cues)
    return False


# "Le ministre Jean Dupont a qualifié", "Министр Лавров назвал": a capitalised word right before
# the verb (past an object clitic, "Jean Dupont l'a qualifié") that does not open its sentence,
# where any noun is capitalised ("L'opposition dénonce", "Песков назвал" stay as they were).
# A common noun ("Le syndicat a qualifié"), a pronoun, "on" or "se" names nobody.
def _named_subject(text: str, cut: int, before: list[str], cues: Cues) -> bool:
    """Whether the words before the verb end in a name inside their sentence."""
    clitics = _CLITICS.get(cues.family, frozenset())
    while before and before[-1].lower() in clitics:
        before = before[:-1]
    if not before or not before[-1][:1].isupper():
        return False
    opens = len(before) == 1 and (cut == 0 or text[cut - 1] in ".!?\n")
    return not opens


# "El Gobierno calificó la reforma de «inaceptable»": a body gives the label at most as surely as
# a German group does ("Die Regierung nannte die Lage „…“": low); "Iván Petrov contó que Ana Berg
# calificó el plan de «…»": one reports another's label, which is never sure either.
def unsure_label(text: str, span: Span, speaker: str, cues: Cues) -> bool:
    """Whether a label a verb of calling gives has a body or a reported clause's subject."""
    if cues.family not in _JUDGING:
        return False
    words = speaker.split()
    body = bool(words) and words[-1].lower() in cues.orgs
    reported = any(w.lower() in cues.complementizers for w in _clause(text, span)[1])
    return (body or reported) and judged(text, span, cues)
