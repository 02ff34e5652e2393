"""Older German quotes a document's wording: a law's subject, an inscription, a book's title."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.kinds.german_titles import STOP, WORD
from summarizer.attribution.kinds.inscribed import inscribed
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_DATA = _data.load_toml("documents.toml")
_CONCERNING = frozenset(_DATA["concerning"])
_TEXTS = frozenset(_DATA["texts"])
_WORDING = frozenset(_DATA["wording"])
_PUBLISHED = frozenset(_DATA["published"])
_PUBLISHED_ADVERBS = frozenset(_DATA["published_adverbs"])
_PARTS = frozenset(_DATA["parts"])
_AUTHOR: str = _DATA["author_heading"]
_GENRES = frozenset(_DATA["genres"])
_GENRE_LINKS = frozenset(_DATA["genre_links"])
_GENRE = re.compile(r"[.,]?\s+([A-ZÄÖÜ][^\W\d_]+)\s+([^\W\d_]+)")
_HEADING_WORDS = 4
_TITLE_NOUNS = frozenset(_DATA["title_nouns"])
_MOTTOES = frozenset(_DATA["mottoes"])
_WORKS = _GENRES | frozenset(_DATA["works"])
_TITLING = _TITLE_NOUNS | _WORKS  # a word after a quotation that may call it a title or a work
_NAMING = frozenset(_DATA["naming"])
_POINTERS = frozenset(_DATA["pointers"])
_WITHIN = frozenset(_DATA["within"])
_SHORT = 4  # "und", "der", "am": the short words a title leaves in lower case
_AFTER_WORDS = 6
_AFTER_REACH = 60
_NAMING_WORDS = 3
_TOKEN = re.compile(r"§|[^\W\d_][\w'’-]*")
# a period before a capital ends a sentence; not the abbreviations of "§. 5", "Art. 4"
_CLAUSE = re.compile(r"[,;!?()\n–—„“”\"«»]|\.\s+(?=[A-ZÄÖÜ])")
_LEAD = 60
_TITLE_WORDS = 16


def is_document(text: str, span: Span, cues: Cues) -> bool:
    """Whether a German quotation is a document's wording: a law's matter, an inscription."""
    if _concerning(text, span) or _genre_after(text, span):
        return True
    if _within_work(text, span, cues):
        return True
    if inscribed(text, span, cues):  # "Auf dem Sockel stehen die Worte: „…“"
        return True
    return _titled_after(text, span, cues) or _worded(text, span, cues)


# "das Gesetz, betreffend „die Abwehr und Unterdrückung der Viehseuchen“", "Eingabe betr. „…“":
# the matter of a law or a petition, in any case form.
def _concerning(text: str, span: Span) -> bool:
    """Whether "betreffend" (or its abbreviation) stands right before the opening mark."""
    lead = list(WORD.finditer(text, max(0, span.open_at - 14), span.open_at))
    if not lead or lead[-1].group().lower() not in _CONCERNING:
        return False
    return text[lead[-1].end() : span.open_at].strip() in ("", ".")


# "Die Inschrift lautet: „Dem Andenken der Gefallenen“", "Im §. 5 heißt es: „…“", "Bei S. Hirzel
# ist erschienen: „Geschichte der …“". Not "Der Minister sagte: „…“", nor "Die Antwort lautete:
# „…“" (an answer is someone's words).
def _worded(text: str, span: Span, cues: Cues) -> bool:
    """Whether the clause before a colon names a text and its wording, or a book's appearance."""
    colon = text.rfind(":", max(0, span.open_at - 3), span.open_at)
    capital = text[span.start : span.start + 1].isupper()
    if colon < 0 or text[colon + 1 : span.open_at].strip() or not capital:
        return False
    clause = _CLAUSE.split(text[max(0, colon - _LEAD) : colon])[-1]
    words = _TOKEN.findall(clause)
    if words and _heading(words):
        return True
    if not words or any(cues.verbs.fullmatch(w) for w in words if w not in _WORDING):
        return False
    inner = WORD.findall(text, span.start, span.end)
    if _published(words):  # a title, not "erschien: „Wir haben gesiegt!“"
        first = any(w.lower() in cues.first_person for w in inner)
        return len(inner) <= _TITLE_WORDS and not first and text[span.end - 1] not in "!?"
    if words[-1] in _MOTTOES:  # "wählte zu seinem Wahlspruch: „…“": no wording verb needed
        return True
    return any(w in _WORDING for w in words) and any(w in _TEXTS for w in words)


def _published(words: list[str]) -> bool:
    """Whether the clause before a colon ends in a word of a book's appearance or a topic, an
    adverb of time after it or not ("erschien soeben")."""
    last = words[-2] if len(words) > 1 and words[-1] in _PUBLISHED_ADVERBS else words[-1]
    return last in _PUBLISHED


# "Von Gustav Freytag: „Die Ahnen.“ Erster Band: „Ingo und Ingraban.“": a book's author or part
# before the colon, no verb; not "Von dem Minister hörten wir: „…“".
def _heading(words: list[str]) -> bool:
    """Whether the words before a colon are a bibliography's author or a part of a work."""
    if len(words) > _HEADING_WORDS:
        return False
    author = words[0] == _AUTHOR and len(words) > 1 and all(w[0].isupper() for w in words[1:])
    return author or words[-1] in _PARTS


# "„Die Journalisten.“ Lustspiel in vier Akten von Gustav Freytag", "„Oberon“, Oper von Weber":
# the kind of work and its author or form after the title; not "„Ein Roman!“ rief er".
def _genre_after(text: str, span: Span) -> bool:
    """Whether a genre noun and a preposition follow the closing mark."""
    after = _GENRE.match(text, span.close_at + 1, span.close_at + 40)
    return after is not None and after[1] in _GENRES and after[2] in _GENRE_LINKS


# "„Die Reform der Gymnasien.“ Unter diesem Titel bringt …", "„…“ — so lautet der Titel", "„…“
# nennt sich eine Schrift"; not "„…“, sagte er unter dem Titel des Abends" (a cue comes first),
# nor "„…“ Baltische Trümmer ist die Ueberschrift" (another title's words come first).
def _titled_after(text: str, span: Span, cues: Cues) -> bool:
    """Whether the next words call the quotation a title, or name a work by it."""
    after = WORD.findall(text, span.close_at + 1, span.close_at + 1 + _AFTER_REACH)[:_AFTER_WORDS]
    if _TITLING.isdisjoint(after):
        return False  # only these make it a title: most quotations, no word of them read again
    if len(WORD.findall(text, span.start, span.end)) > _TITLE_WORDS:
        return False
    for index, word in enumerate(after):
        if word in _TITLE_NOUNS:
            lead = [w.lower() for w in after[:index]]
            pointed = any(w in _POINTERS for w in lead)
            return pointed and all(_pointing(w, cues) for w in lead)
        if word in _WORKS and any(w in _NAMING for w in after[:index][:_NAMING_WORDS]):
            return True
        quiet = word in _NAMING or word in _WORDING or word in cues.particles  # "so lautet"
        if not quiet and cues.verbs.fullmatch(word):
            return False
    return False


def _pointing(word: str, cues: Cues) -> bool:
    """Whether a lower-cased word may stand between a quotation and the title noun naming it."""
    small = word in cues.determiners or word in cues.governing or word in cues.particles
    return small or word in _POINTERS or word in _WORDING


# "Goethe hat in „Dichtung und Wahrheit“ davon erzählt": a work's title after "in", capitalised
# from first word to last (short words and articles apart: "Tagebuch eines Reisenden"), even
# where a verb of telling would make a phrase someone's words. Not "sprach in „großer Sorge“",
# nor one word ("in „Berlin“" stays for the rules of names).
def _within_work(text: str, span: Span, cues: Cues) -> bool:
    """Whether a title-case phrase of two words or more stands right after "in" or "aus"."""
    lead = WORD.findall(text, max(0, span.open_at - 6), span.open_at)
    if not lead or lead[-1].lower() not in _WITHIN or text[span.open_at - 1 : span.open_at] != " ":
        return False
    inner = text[span.start : span.end]
    words = WORD.findall(inner)
    if len(words) < 2 or len(words) > _TITLE_WORDS or STOP.search(inner):
        return False
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    if any(w.lower() in cues.first_person for w in words):
        return False
    return all(w[0].isupper() or len(w) <= _SHORT or w in cues.determiners for w in words)
