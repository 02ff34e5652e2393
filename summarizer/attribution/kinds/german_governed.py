"""A German short quotation that the verb of saying or judging of its own clause governs."""
# "Peter Lenz kritisierte die „überzogenen“ Forderungen", "warnte vor den „unabsehbaren“
# Folgen": the verb stands right before the article of the quotation's noun phrase.
# "Georg Müller, der von einem „Skandal“ sprach, …": the verb closes the clause right after its
# label; "Von einem „Neuanfang“ sprach X": it follows the fronted object in second place;
# "Dem Sprecher X zufolge handle es sich um einen „Einzelfall“": the clause reports its source's
# words. Such words are the subject's, not a scare quote or a name; who that
# subject is, the cues decide (a passive is left as it was: others call something so).

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.german_labelling import (
    CALLING,
    SPOKEN_OF,
    labelled,
)
from summarizer.attribution.kinds.clause_cut import CLAUSE_MARKS, clause_cut
from summarizer.attribution.kinds.german_reproached import reproached
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_PARTIAL = _data.load_toml("german.toml")["partial"]
_CLOSING = frozenset(_PARTIAL["closing"])
# VERB [von|vor] ARTICLE right before the opening mark, nothing but spaces between them
_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s*$")
_LEAD = 60
_WORDS = re.compile(r"[^\W\d_]+")
_TAIL = 4  # words between the quotation and the verb that closes its clause
_HEARSAY = "zufolge"
# what a capitalised label follows: "von einem „Skandal“", "als „Skandal“" (a name follows a
# definite article or a noun: "von der „Letzten Generation“", "das Schiff „Gorch Fock“")
_LABELS = frozenset(_PARTIAL["label_leads"])


def governed(text: str, span: Span, cues: Cues) -> bool:
    """Whether a verb of saying or calling in the quotation's own clause governs it."""
    before = _WORDS.findall(text, clause_cut(text, span.open_at, _LEAD), span.open_at)
    if reproached(text, span, cues):  # "warf der Regierung „Planlosigkeit“ vor", "vor, „…“ zu"
        return not _told_by_another(text, span, cues)
    if not before:
        return False
    if not text[span.start : span.start + 1].islower() and before[-1].lower() not in _LABELS:
        return False  # "von der „Letzten Generation“", "das Schiff „Gorch Fock“": a name
    used = _verb_before(text, span, cues)
    if used:  # "X warnte vor den „…“ Folgen, sagte Anna Roth": X's words, Anna Roth's report
        return len(before) == used or not _told_by_another(text, span, cues)
    if _verb_after(text, span, before, cues):
        return True
    # "Dem Sprecher X zufolge handle es sich um einen „…“": the source ends at the postposition,
    # the quotation stands in the clause it reports ("der „Zeit“ zufolge": the source itself)
    return _HEARSAY in before[:-1]


def _verb_before(text: str, span: Span, cues: Cues) -> int:
    """How many words a verb of calling or judging and the quotation's article take right before
    it, the quotation lower-case (an adjective or a phrase, no name); 0 when there is none."""
    if not text[span.start : span.start + 1].islower():
        return 0  # "lobte die „Süddeutsche Zeitung“", "kritisierte die „Zeit“": a name
    found = _BEFORE.search(text, max(0, span.open_at - _LEAD), span.open_at)
    if found is None or found.group(3).lower() not in cues.determiners:
        return 0
    verb, preposition = found.group(1), found.group(2)
    used = 3 if preposition is not None else 2
    if preposition is not None:
        if preposition not in SPOKEN_OF:
            verb, used = preposition, 2  # "kritisierte die „…“": no preposition between them
        elif verb not in SPOKEN_OF[preposition]:
            return 0  # "warnte vor den „…“", "sprach von einem „…“"
    return used if verb in CALLING else 0  # no verb of telling: "sagte der „Zeitung“"


# "Peter Lenz warnte vor den „…“ Folgen, sagte Anna Roth.": the clause has its subject and a cue
# after it names another; the quoted words are the subject's, the sentence is the other's report,
# so neither surely said them. "…, sagte er." may stand for the subject: left governed.
def _told_by_another(text: str, span: Span, cues: Cues) -> bool:
    """Whether a cue with a subject that is no pronoun follows the quotation's clause."""
    end = CLAUSE_MARKS.search(text, span.close_at + 1, span.close_at + _LEAD)
    if end is None or text[end.start()] != ",":
        return False
    after = _WORDS.findall(text, end.end(), end.end() + _LEAD)
    return (
        len(after) > 1
        and cues.verbs.fullmatch(after[0]) is not None
        and after[1].lower() not in cues.pronouns
    )


def _verb_after(text: str, span: Span, before: list[str], cues: Cues) -> bool:
    """Whether the verb that calls the quotation so follows it in its own clause."""
    end = CLAUSE_MARKS.search(text, span.close_at + 1, span.close_at + _LEAD)
    if end is None or text[end.start()] not in ",.;":
        return False
    after = _WORDS.findall(text, span.close_at + 1, end.start())
    if not after or any(w in cues.passive for w in after):
        return False  # "der als „Held“ bezeichnet wurde": others call him so
    lead = [w.lower() for w in before]
    fronted = SPOKEN_OF.get(lead[0]) if len(lead) <= 2 and before[0].istitle() else None
    if fronted is not None:  # "Von einem „Neuanfang“ sprach X"
        return after[0] in fronted
    if after[-1] in _CLOSING and len(after) > 1:
        after = after[:-1]  # "der den Plan einen „Wurf“ genannt hatte,"
    verb = after[-1]
    return len(after) <= _TAIL and verb in CALLING and labelled(lead, verb)
