"""What a quotation is: speech, or a title, name or term that nobody says."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.attribution.german.german_bracket import bracket_follows
from summarizer.attribution.kinds.cued_close import capitalised_title
from summarizer.attribution.kinds.determined import determined
from summarizer.attribution.kinds.documents import is_document
from summarizer.attribution.kinds.german_governed import governed
from summarizer.attribution.kinds.german_named import given_name
from summarizer.attribution.kinds.german_phrases import german_term, self_named, under_heading
from summarizer.attribution.kinds.german_titles import (
    STOP,
    WORD,
    governed_name,
    named_around,
    named_term,
    paired,
    reported,
)
from summarizer.attribution.kinds.headings import headline_term
from summarizer.attribution.kinds.historical import (
    abbreviated_start,
    apposed,
    comma_name,
    named_by,
    named_by_nobody,
    source_credit,
)
from summarizer.attribution.kinds.judged import Label
from summarizer.attribution.kinds.lone_heading import lone_heading
from summarizer.attribution.kinds.russian_terms import genitive_term
from summarizer.attribution.kinds.terms import comma_title, cue_near, cue_subject, titled_object
from summarizer.attribution.kinds.works import is_work
from summarizer.attribution.kinds.zh_terms import cjk_title
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import OPENERS, Span

_ENDING = re.compile(r"[.,;:!?…。，！？]\s*$")
_SENTENCE_ENDS = frozenset(".!?…")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_SPOKEN_AFTER = re.compile(r"\s*,?\s*[—–-](?!\w)")  # «Нет», — заявила: a reply, not a name
_SCARE_WORDS = 3
_GAP = 10
_LIST_RUN = 3
_SPACES = (" ", "\xa0")
# a paper's short name: „Allg. Ztg.“; in older print „N. fr. Pr.“, „Nat.-Ztg.“ (lower case, hyphens)
_ABBREVIATED = re.compile(r"[A-ZÄÖÜ][^\W\d_]{0,6}\.(?:-?\s*[^\W\d_]{1,7}\.)*\s*")
_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_LISTED = re.compile(r"\s*,?\s*(?:[^\W\d_]{1,5}\s+)?$")
_NAME_WORDS = 4
_THING_WORDS = 6


# Every word capitalised (or a short term inside running text), no closing punctuation unless it
# is long: "NPR's “Wait Wait … Don't Tell Me!”", "»Zeit«-Chefredakteur", «Роскосмоса»,
# "三电一兽", the “plan”.
def is_title(text: str, span: Span, cues: Cues, label: Label | None) -> bool:
    """Whether a quotation is a name, title or term, not speech (`label`: `label_subject`'s)."""
    if not span.marked or span.open_at == span.start:  # no mark: unmarked speech, no title
        return False
    if cues.nouns_capitalized and is_document(text, span, cues):
        return True  # "Die Inschrift lautet: „…“": a document's wording, the colon's too
    if label is not None or _introduced(text, span, cues):
        return False  # "a qualifié la réforme d'« inacceptable »": the subject's label
    if cues.nouns_capitalized and (self_named(text, span, cues) or under_heading(text, span, cues)):
        return True
    if cues.nouns_capitalized and named_by(text, span, cues):
        return False
    if cues.nouns_capitalized and named_by_nobody(text, span, cues):
        return True
    inner = text[span.start : span.end]
    if _CJK.search(inner):
        return cjk_title(text, span, inner, cues)
    if _ADDRESS.fullmatch(inner) or _after_name_noun(text, span, inner, cues):
        return True  # „amazon.de“, "news.bbc.co.uk"; a name after a noun for a named thing
    if titled_object(text, span, inner, cues) or headline_term(text, span, inner, cues):
        return True
    if cue_subject(text, span, cues) or is_work(text, span, inner, cues):
        return True
    if cues.nouns_capitalized and governed(text, span, cues):
        return False  # "kritisierte die „überzogenen“ Forderungen": the subject's words
    words = WORD.findall(inner)
    if cues.nouns_capitalized and (
        german_term(text, span, words, cues) or given_name(text, span, words, cues)
    ):
        return True  # "nannte seinen Hund „Bello“": a name given, never said
    if cues.nouns_capitalized and len(words) == 1:  # a lone quoted word nobody is said to say
        unsaid = not reported(text, span, cues) and not paired(text, span)
        if inner.islower() or (unsaid and not _ENDING.search(inner)):
            return unsaid  # a scare quote, or a name or a term
    if not words or _ENDING.search(inner):
        return _closed_title(text, span, inner, words, cues)
    return _open_title(text, span, words, cues)


# What a colon announces is said, whatever its capitals ("kam die Antwort: „Dein Gut, Dein
# Geld!“", `dijo: "Cumpliremos".`); with the stop after the mark, only where a reporting verb ends
# before the colon.
def _introduced(text: str, span: Span, cues: Cues) -> bool:
    """Whether a colon introduces a quotation that ends a sentence."""
    if not text[max(0, span.open_at - 3) : span.open_at].rstrip().endswith(":"):
        return False
    if text[span.end - 1 : span.end] in _SENTENCE_ENDS:
        return True
    after = text[span.close_at + 1 : span.close_at + 2]
    colon = text.rfind(":", 0, span.open_at)
    said = cues.verbs.search(text, max(0, colon - _GAP * 3), colon)
    return (after in _SENTENCE_ENDS or after in ("", "\n")) and said is not None


# In any case form: группировки «…», l'opération « … », el diario "…", صحيفة "…", в «Лужниках»;
# with letter case a name opens with a capital (past an article): закон «нарушает права» speaks.
def _after_name_noun(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether a short quotation after a noun for a named thing, or a preposition, is a name."""
    words = WORD.findall(inner) if cues.name_nouns else None
    if words is None or len(words) > _THING_WORDS:
        return False
    if _ENDING.search(inner) and not _asked_name(text, span, inner, cues.nouns_capitalized):
        return False
    head = next((w for w in words if w.lower() not in cues.articles), "")
    # past an article: « la Gazette du port » is a name; so is "La casa de papel"
    if head[:1].islower() and not words[0][:1].isupper():
        return genitive_term(text, span, words, cues)  # рецептом «идеального борща»
    lead = list(WORD.finditer(text, max(0, span.open_at - 30), span.open_at))
    if not lead or not apposed(text[lead[-1].end() : span.open_at], lead[-1].group(), cues):
        return False
    word = lead[-1].group()
    if _opens_sentence(text, lead[-1].start()):  # "En «Cien años de soledad», García …"
        said = _cue_after(text[span.close_at + 1 : span.close_at + 40], cues)
        word = word if said else word.lower()
    if word in cues.governing and word not in cues.articles and not cues.nouns_capitalized:
        return len(words) <= _NAME_WORDS  # в «Моих документах», de « Libération »
    return cues.names_next(word)


_GOES_ON = re.compile(r"[ \t\xa0]+[^\W\d_]")


# "l'émission « Qui veut … ? » en 2005": a name may end in "?" or "!" where its sentence goes on.
def _asked_name(text: str, span: Span, inner: str, nouns: bool) -> bool:
    """Whether a quotation ending in "?" or "!" runs on (German: into any word, „…?“ Leute)."""
    after = _GOES_ON.match(text, span.close_at + 1)
    ran = after is not None and (nouns or after.group()[-1:].islower())
    return inner.rstrip()[-1:] in "?!" and ran


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens its sentence or its paragraph."""
    before = text[max(0, at - 3) : at].rstrip(" \t\xa0")
    return not before or before[-1] in ".!?…\n"


def _closed_title(text: str, span: Span, inner: str, words: list[str], cues: Cues) -> bool:
    """Whether a quotation ending in punctuation is a long capitalised title or a paper's name."""
    if len(words) > 1 and _ABBREVIATED.fullmatch(inner):  # „Allg. Ztg.“: a paper's name
        return True
    if cues.nouns_capitalized and source_credit(text, span, inner):
        return True
    if cues.nouns_capitalized and governed_name(text, span, words, cues):
        return True  # "sagt der König im „Philotas.“": the old period inside the marks
    if comma_title(text, span, inner, cues):
        return True
    if cues.nouns_capitalized and comma_name(text, span, inner, cues):
        return True
    if cues.nouns_capitalized and lone_heading(text, span, words, cues):
        return True  # "„Aus der Reichshauptstadt.“" as a paragraph over an article
    return capitalised_title(text, span, words, cues)  # four capitals, no cue right after


def _open_title(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether a quotation without closing punctuation is a name, by its capitals and neighbours."""
    attached = text[span.open_at - 1 : span.open_at].isalpha() and text[span.open_at] in OPENERS
    if cues.spaced and attached:
        return True  # بـ"الجيش الحر", و"الدولة": a name glued to the word before it
    # a part cut before an incise („…, sagte er, …“); a quotation may run to the text's end
    cut = text[span.close_at : span.close_at + 1] in f",{cues.dashes}"  # "—Sí —respondió X"
    after = text[span.close_at + (not cut) : span.close_at + 40]
    reply = _SPOKEN_AFTER.match(after) and not cues.nouns_capitalized  # „Cassini“ – seit …
    if reply or _cue_after(after, cues):
        return False
    if cues.nouns_capitalized and bracket_follows(text, span.close_at + 1, cues):
        return False  # "„…“, stellte X klar."
    if determined(text, span.open_at, cues) and len(words) <= _NAME_WORDS:
        return True  # el 'caso Molinos', selon « Le Courrier », su «plan»: a noun or a source
    glued = text[span.close_at + 1 : span.close_at + 2] == "-"  # »Zeit«-Chefredakteur
    if cues.nouns_capitalized:  # capitals mark every noun, and short partial quotes abound
        if (len(words) > 1 or glued) and all(w[0].isupper() for w in words):
            return True
        if _named_phrase(text, span, words, cues):
            return True
        named = words[0][0].isupper() and named_around(text, span, cues)
        return named or named_term(text, span, words, cues)
    if all(w[0].isupper() for w in words):
        return True
    return len(words) <= _SCARE_WORDS and _inside_sentence(text, span, cues)


# "Woche des verbotenen Buches", "Sacharow-Preis für geistige Freiheit", in a sentence that
# reports nobody's words.
def _named_phrase(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether a German quotation runs from capital to capital with no stop inside: a name."""
    if len(words) < 2 or not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    if STOP.search(text, abbreviated_start(text, span), span.end) or paired(text, span):
        return False
    if any(w.lower() in cues.first_person for w in words):
        return False  # "„Invasion unseres Landes“": someone's words
    return not reported(text, span, cues)


# A comma sets speech off from the cue after it; a name is the subject of a verb without one
# („Reuters“ berichtet, «Коммерсантъ» сообщил, the paper “The Harbor Ledger” reported); never a
# postposition of hearsay ("dem „Figaro“ zufolge").
def _cue_after(after: str, cues: Cues) -> bool:
    """Whether a reporting verb right after the quotation says it was said ("„…“, sagte X")."""
    lead = after.lstrip()
    found = cues.verbs.match(lead.lstrip(f"{cues.dashes} ,"))
    said = found is not None and found.group().lower() not in cues.hearsay
    return said and (lead.startswith(",") or (bool(cues.dashes) and lead[:1] in cues.dashes))


# "die Modelle „Polo“ und „Golf“", "„A“, „B“ oder „C“".
def listed(text: str, spans: list[Span], titles: list[bool]) -> list[bool]:
    """`titles`, plus the capitalised quotations listed after a title: a list of names is names."""
    kept = list(titles)
    # each quotation joined to the one right before it, worked out once for the three passes
    joined = [False, *(_joined(text, spans[i - 1], spans[i]) for i in range(1, len(spans)))]
    for run in _runs(text, spans, joined):
        if len(run) >= _LIST_RUN and all(_capitalised(text, spans[i]) for i in run):
            for index in run:  # in place: a new list for every run was quadratic
                kept[index] = True
    for index in range(1, len(spans)):
        if kept[index] or not kept[index - 1] or not spans[index].marked:
            continue
        if joined[index] and _capitalised(text, spans[index]):
            kept[index] = True
    for index in range(1, len(spans)):
        if joined[index] and _named(text, spans[index - 1]) and _named(text, spans[index]):
            kept[index - 1] = kept[index] = True
    return kept


def _named(text: str, span: Span) -> bool:
    """Every word capitalised or with a digit in it, and no stop: a name ("„Touareg“")."""
    inner = text[span.start : span.end]
    words = inner.split()
    return (
        bool(words)
        and not STOP.search(inner)
        and all(w[0].isupper() or any(c.isdigit() for c in w) for w in words)
    )


# A run may pass over a speech's unmarked words between two quotations ("„A“ oder „B“"): only
# then is its last quotation not the one right before.
# One run at a time (an empty one first), not a list of them all: a live list per quotation sets
# off the collector.
def _runs(text: str, spans: list[Span], joined: list[bool]) -> Iterator[list[int]]:
    """Indices of quotations that follow each other as a list ("„A“, „B“ oder „C“")."""
    run: list[int] = []
    for index, span in enumerate(spans):
        if not span.marked:
            continue
        last = run[-1] if run else -1
        if not run or not (
            joined[index] if last == index - 1 else _joined(text, spans[last], span)
        ):
            yield run
            run = []
        run.append(index)
    yield run


# The gap's length before its text: quotations paragraphs apart are no list, and slicing the text
# between them for every pair copied most of the article.
def _joined(text: str, previous: Span, span: Span) -> bool:
    if not previous.marked or span.open_at - previous.close_at - 1 >= _GAP:
        return False
    return bool(_LISTED.match(text[previous.close_at + 1 : span.open_at]))


def _capitalised(text: str, span: Span) -> bool:
    inner = text[span.start : span.end]
    return inner[:1].isupper() and not _ENDING.search(inner)


# "said the “plan” was ready"; a reporting verb governs "expressed “strong concern” over".
def _inside_sentence(text: str, span: Span, cues: Cues) -> bool:
    """Whether words run on both sides of the quotation and no reporting verb governs it."""
    before = text[max(0, span.open_at - 2) : span.open_at]
    after = text[span.close_at + 1 : span.close_at + 3]
    spaced = before[-1:] in _SPACES and after[:1] in _SPACES  # a no-break space too
    # the costly reading of the clause last, only for a quotation inside running words
    return (
        spaced and before[:1].isalpha() and after[1:].islower() and not cue_near(text, span, cues)
    )
