"""German indirect speech between two quotations: whole sentences in Konjunktiv go on."""
# "Jan Roth sagte: „…“ Die Lage sei ernst. Noch bestehe keine Gefahr. „…“": the sentences between
# report Roth's words, so the quotation after them is his too (carried, low).

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.german.casing import lowered, written_lower
from summarizer.attribution.german.chain_rivals import QUANTIFIERS
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.german.german_person import person_noun
from summarizer.attribution.german.konjunktiv import reported_verb
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.verb_forms import verb_form

_SENTENCES = 3  # reported sentences between the two quotations at most
_REACH = 500  # characters between them at most: bounded, linear
_WORD = 12  # characters back to the word before a name
_ADDED = 5  # "und fügte dann noch hinzu"
_AND = frozenset(_data.load_toml("german.toml")["added"]["conjunctions"])
# the capital first and the look back past it, so the regex engine skips to the capitals
_RUN = re.compile(r"([A-ZÄÖÜ](?<![\w.](?s:.))[\w-]+)((?: [A-ZÄÖÜ][\w-]+)+)")
# a lower-case word in -e, the ending every Konjunktiv form not listed in cues.toml has
_IN_E = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÄÖÜ]*e(?![^\W\d_])")


# Each sentence needs a Konjunktiv form, no reporting verb of its own and nobody named; the words
# after the last one are nothing (the quotation opens a sentence) or go on in Konjunktiv the same
# way ("… sei ernst. Es drohe „…“").
def reported_sentences(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether `window` is whole sentences of indirect speech that lead to a quotation."""
    start, end = window
    if not cues.nouns_capitalized or end - start > _REACH or not text[start:end].strip():
        return False
    if not _konjunktiv(text, start, end, cues):
        return False  # no word that may be a Konjunktiv form: read no sentence
    stops = list(cues.sentence_end.finditer(text, start, end))
    if not stops or len(stops) > _SENTENCES:
        return False
    for stop in stops:
        if not _reported(text, (start, stop.start()), cues):
            return False
        start = stop.end()
    return not text[start:end].strip() or _reported(text, (start, end), cues)


def _reported(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether one sentence (or its start) is indirect speech that names nobody."""
    words = TOKEN.findall(text, *window)
    if text[window[0] : window[1]].rstrip()[-1:] == ":":
        return False  # a frame of its own: "Die Lage sei so:"
    if any(verb_form(w, cues) and w.lower() not in cues.reported for w in words):
        return False
    listed = any(w.lower() in cues.reported or w.lower() in cues.subjunctive for w in words)
    if not listed and not reported_verb(text, window, cues):  # "Die Dürre treffe vor allem …"
        return False
    named = full_names(text, cues)
    return not any(w in named or _person_word(text, w, cues) for w in words)


# "Die Gegner seien anderer Meinung", "Seine Kritikerin halte das für falsch": someone else's view.
def _person_word(text: str, word: str, cues: Cues) -> bool:
    """Whether a capitalised word is a noun for a person: a role, a body or an agent noun."""
    lower = word.lower()
    if not word[0].isupper() or lower in cues.pronouns or lower in cues.determiners:
        return False
    if lower in cues.stop or written_lower(lower, text):
        return False  # "Aber", "Oder": a word the article writes in lower case too
    return person_noun(lower, cues) or lower.endswith(cues.agent_endings)


# Not "Die Gefahr" or "Diese Regierung" at a sentence start (an article or a word the article also
# writes in lower case opens them), nor "des Nahen Ostens", "ein Berliner Arzt" (after an article).
@functools.lru_cache(maxsize=8)
def full_names(text: str, cues: Cues) -> frozenset[str]:
    """The last words of the article's full names: runs of capitalised words that are no phrase."""
    low = lowered(text) | cues.stop | cues.determiners | QUANTIFIERS  # "Viele Betriebe"
    return frozenset(
        m.group(2).split()[-1]
        for m in _RUN.finditer(text)
        if m.group(1).lower() not in low
        and not _after_article(text, m.start(), cues, m.group(1) in FORENAMES)
    )


def _after_article(text: str, at: int, cues: Cues, given: bool = False) -> bool:
    """Whether the word before `at` is an article, another determiner or, before a run that
    opens with no first name (`given`), a number ("4,5 Millionen Euro": a quantity)."""
    before = TOKEN.findall(text, max(0, at - _WORD), at)
    last = before[-1].lower() if before else ""  # both sets asked: no union built per run
    counted = not given and last[-1:].isdigit() and text[at - 1 : at] == " "
    return bool(before) and (last in cues.determiners or last in QUANTIFIERS or counted)


# "„…“, und fügte hinzu: „…“": the verb shares the subject of the clause before, whose words the
# first quotation is; no subject, pronoun or name of its own.
def added(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether the words between two quotations are "und" and a reporting verb with no subject."""
    if not cues.nouns_capitalized or not text[window[0] : window[1]].rstrip().endswith(":"):
        return False
    words = [w for w in TOKEN.findall(text, *window) if w not in ",()"]
    if len(words) > _ADDED or not words or words[0] not in _AND:
        return False
    if not all(w.islower() for w in words):
        return False
    if any(w in cues.pronouns or w in cues.reported for w in words):
        return False
    return any(verb_form(w, cues) for w in words)


# Cheap where it cannot fire (decost32, decost32b): a reported sentence needs a Konjunktiv form, a
# listed one (`reported`, `subjunctive`) or a lower-case word in -e (`german.konjunktiv`); without
# one in the window, no sentence of it is read.
def _konjunktiv(text: str, begin: int, end: int, cues: Cues) -> bool:
    """Whether the words from `begin` to `end` hold a word a Konjunktiv form may be."""
    words = text[begin:end]  # a slice: a word cut at `begin` starts there, as the readers read it
    if _IN_E.search(words):
        return True
    return _listed(cues.reported, cues.subjunctive).search(words.lower()) is not None


@functools.cache  # keyed by the two sets, whose hash Python keeps: no Cues hash per call
def _listed(*forms: frozenset[str]) -> re.Pattern[str]:
    """The listed Konjunktiv forms as one pattern, anywhere in a word (compiled once)."""
    return re.compile("|".join(sorted(re.escape(w) for s in forms for w in s)))
