"""Quoted names, titles and terms where only names are capitalised (English and its like)."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.kinds.german_titles import STOP, WORD, reported
from summarizer.attribution.kinds.headings import heading
from summarizer.attribution.kinds.judged import Label
from summarizer.attribution.kinds.passive import passive_participle
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.in_place import verb_in_place
from summarizer.attribution.lexicon.naming_heads import may_name
from summarizer.attribution.lexicon.stops import after_marks
from summarizer.attribution.marks.marks import OPENERS, Span

_THING_WORDS = 6
_SHORT = 4  # "with", "from": the short words a title leaves in lower case
_SCARE_WORDS = 3
_GAP = 10
_SENTENCE_REACH = 200
_NAMING_REACH = 60
_NAMING_WORDS = 5
_NAME_WORDS = 4
_OBJECT_WORDS = 3
_CLAUSE_STOP = re.compile(r"[.!?…:;,—–«»\"“”]")
_LISTED = re.compile(r"[“\"][^“”\"\n.!?]{1,40}[,]?[”\"],?")
_GLOSS = re.compile(r"\b[^\W\d_a-z][\w'’-]*,\s+(\w+),?\s+$")
_THEN_QUOTED = re.compile(r"\s*,\s*[«\"“]")
_QUOTED_BEFORE = re.compile(r"[»\"”]\s*,?\s*[—–]\s*$")


_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’]) $")
_OWNER = re.compile(r"\w(?:['’]s|s['’])$")
_NOT_OBJECT = frozenset(_data.load_toml("terms.toml")["not_object"])
_MAKERS = frozenset(_data.load_toml("terms.toml")["makers"])


# The name of a show, book or campaign, not speech, with its sentence's comma or period inside the
# marks: "CBS’s “Night Desk,”", "a “Keep Main Street” sign", "on “Hour of the Week.”", "his new
# book, “Salt Roads,”".
def titled_object(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether the quotation is a title after a possessive, an article, a preposition or a comma."""
    if cues.nouns_capitalized or cues.dashes or not cues.spaced:
        return False
    if not _title_case(inner[:-1] if inner.endswith((",", ".")) else inner):
        return False
    if _POSSESSIVE.search(text, max(0, span.open_at - 5), span.open_at):
        return True
    lead = WORD.findall(text, max(0, span.open_at - 40), span.open_at)
    if not lead or not lead[-1].islower():
        return False
    if text[span.open_at - 2 : span.open_at] == ", ":
        return _apposed(lead, cues)
    spaced = text[span.open_at - 1 : span.open_at] == " "
    # a document verb quotes with a colon or a comma ("her statement read: “…”"); its direct
    # object in title case is a work read ("Ann Cole read “War and Peace” twice")
    governed = lead[-1] in cues.governing and lead[-1] not in _NOT_OBJECT
    # "the author of “…”": "of" after a noun for the one who made a work
    governed = governed or (len(lead) > 1 and lead[-1] == "of" and lead[-2].lower() in _MAKERS)
    read = lead[-1] in cues.documents and text[: span.open_at - 1].endswith(lead[-1])
    named = not inner.endswith((",", ".")) and _noun_before(lead, text, span, cues)
    return spaced and (governed or read or named)


# "the movie “Night Harbour” -- a hit", "a referendum — “No to Tolls” —"; not "told the crowd
# “Thank You All”" (a reporting verb governs it) nor "the slogan “…”" (words someone says). With
# the sentence's comma or period inside the marks ("his book “Fire and Ice,”") it lost a gold
# quotation on the held-out half, so only a title with no stop of its own.
def _noun_before(lead: list[str], text: str, span: Span, cues: Cues) -> bool:
    """Whether a determiner and one lower-case noun stand right before the quotation."""
    article = lead[-2].lower() if len(lead) > 1 else ""
    determined = len(lead) > 1 and (article in cues.definite or article in cues.indefinite)
    # "the slogan “…”", "the words “…”": a noun for words that someone says
    return determined and lead[-1] not in cues.sayings and not cue_near(text, span, cues)


# "hosts a new program, “…”"; not "told the crowd, “…”".
def _apposed(lead: list[str], cues: Cues) -> bool:
    """Whether the words before a comma are a noun phrase with a determiner, no reporting verb."""
    phrase = [w.lower() for w in lead[-4:]]
    # a possessive determines the noun too: "Trump's reality show, “…”"
    named = any(w in cues.definite or w in cues.indefinite or _OWNER.search(w) for w in phrase[:-1])
    return named and not any(cues.verbs.fullmatch(w) for w in phrase)


# "Meet the Press", "Fox & Friends", "2020 Vision": short words may stand between.
def _title_case(body: str) -> bool:
    """Whether `body` is up to six words, the first and last capitalised or numbers, none a stop."""
    tokens = body.split()
    if not tokens or len(tokens) > _THING_WORDS:
        return False
    # the two ends' capitals before the search for a stop: most quotations fail on them
    first, last = tokens[0][0], tokens[-1][0]
    if not (first.isupper() or first.isdigit()) or not (last.isupper() or last.isdigit()):
        return False
    if STOP.search(body):
        return False
    return all(w[0].isupper() or w[0].isdigit() or len(w) <= _SHORT for w in tokens[1:-1])


# American style, with no reporting verb: "the film “Aurora,” the winner of …", "“Dawn,” “Tides,”
# and …"; not "“Done,” the judge said".
def comma_title(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether the quotation is a name with the sentence's comma inside, the sentence running on."""
    if cues.nouns_capitalized or cues.dashes or not inner.endswith(",") or inner.endswith(",,"):
        return False
    if _appositive(text, span, inner, cues):
        return True
    if not _title_case(inner[:-1]):
        return False
    after = text[span.close_at + 1 : span.close_at + 3]
    runs_on = after[:1] == " " and (after[1:].islower() or after[1:] in OPENERS)
    return runs_on and not reported(text, span, cues)


# Set off by commas after a noun and taken up by a relative pronoun, a short quotation is the
# noun's name: "a friend, “Tom B. (fixer),” who owned a shop". Not after a verb: "interjected,
# “Ladies and gentlemen, Tom Hale,” who came on" is speech.
def _appositive(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether a short quotation between commas after a noun is followed by a relative pronoun."""
    if not cues.relatives or len(inner.split()) > _THING_WORDS or "," in inner[:-1]:
        return False
    if not text[max(0, span.open_at - 2) : span.open_at].startswith(","):
        return False
    lead = WORD.findall(text, max(0, span.open_at - 30), span.open_at)
    if not lead or cues.verbs.fullmatch(lead[-1]) or lead[-1] in cues.participles:
        return False
    after = WORD.findall(text, span.close_at + 1, span.close_at + 12)
    return bool(after) and after[0] in cues.relatives and text[span.close_at + 1] == " "


# A term is one a naming phrase introduces, a heading (headings.py), or up to three words that
# end a sentence after a word that is neither a cue nor a determiner (known as “Big Ben.”, not its
# “key role.”).
def is_term(text: str, span: Span, cues: Cues, label: Label | None) -> bool:
    """Whether the quotation is a term or a heading nobody says (`label`: `label_subject`'s)."""
    if not span.marked or not cues.spaced or cues.nouns_capitalized:
        return False  # German capitals and CJK terms have their own rules (is_title)
    if label is not None:
        return False  # "calificó la reforma de «inaceptable»": a label its subject gives
    inner = text[span.start : span.end]
    if _named_as(text, span, cues) or _article_term(text, span, inner, cues):
        return True
    if _glossed(text, span, inner, cues):
        return True
    if cues.patronymics and _object_term(text, span, inner, cues):
        return True
    if heading(text, span, inner, cues):
        return True
    before = text[span.open_at - 2 if span.open_at > 2 else 0 : span.open_at]
    glued = before[-1:] == " " and before[:1].isalpha()  # a word right before, no stop
    # the cheap tests first: most quotations end no sentence inside their marks
    if not (glued and inner.rstrip().endswith(".")) or len(WORD.findall(inner)) > _SCARE_WORDS:
        return False
    lead = WORD.findall(text, max(0, span.open_at - 30), span.open_at)
    after_word = bool(lead) and lead[-1].islower() and lead[-1] not in cues.definite
    return after_word and not cue_near(text, span, cues)


_NEAR_WORDS = 4


# "called the conclusion “bold”", "said the plan was “unworkable”": the speaker's own word, a
# partial quote; a clause stop between ends the verb's reach. A passive participle ("was slammed
# as “reckless”") makes its subject the one judged, not the speaker: no reporting verb.
def cue_near(text: str, span: Span, cues: Cues) -> bool:
    """Whether a reporting verb stands among the few words of the clause before the quotation."""
    lead = _CLAUSE_STOP.split(text[max(0, span.open_at - _NAMING_REACH) : span.open_at])[-1]
    words = list(WORD.finditer(lead))[-_NEAR_WORDS - 1 :]  # in place: "contended with" is none
    return any(
        verb_in_place(lead, w, cues)
        and not (at and passive_participle(words[at - 1].group(), w.group(), cues))
        for at, w in enumerate(words)
        if at or len(words) <= _NEAR_WORDS
    )


# "billed as “…”", "referred to condescendingly as “…”": an adverb in -ly may stand inside it.
def _named_as(text: str, span: Span, cues: Cues) -> bool:
    """Whether a naming phrase ends right before the quotation: a name, not speech."""
    start = span.open_at - _NAMING_REACH if span.open_at > _NAMING_REACH else 0
    lead = text[start : span.open_at]
    if cues.naming is None or lead[-1:] not in (" ", "", "'", "’"):  # "qualifié d'« … »"
        return False
    if cues.naming_heads is None or not may_name(lead, cues.naming_heads, cues.naming_prefixes):
        return False  # no naming word at all: the costly reading below would find none
    # the labels listed before it go with it ("as a “liar,” “a cheat,” “a coward.”")
    lead = _LISTED.sub(" ", lead)
    words = [w for w in WORD.findall(lead) if not (w.islower() and w.endswith(cues.adverb_endings))]
    joined = " ".join(_inside_as(words, cues)[-_NAMING_WORDS:])
    found = [m.end() for m in cues.naming.finditer(joined)]
    inner = text[span.start : span.end]
    if not found or _governs(inner, cues):  # branded “in homage to” X: someone's words, no name
        return False
    return found[-1] == len(joined) or _named_object(lead, inner, cues)


# "a firm called Vigilia, or, “We Watch.”".
def _glossed(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """A short quotation that glosses the name before it after ", or,": another name, not speech."""
    start = span.open_at - _GAP * 3 if span.open_at > _GAP * 3 else 0
    lead = text[start : span.open_at]
    # the pattern's comma and closing space first: most quotations have neither right before them
    glossed = _GLOSS.search(lead) if "," in lead and lead[-1:].isspace() else None
    if glossed is None or glossed.group(1).lower() not in cues.glosses:
        return False
    bare = inner[:-1] if inner[-1:] in ".," else inner
    return len(WORD.findall(inner)) <= _NAME_WORDS and not STOP.search(bare)


# "referred to in emails as", "known in the town as": a preposition and one or two lower-case
# words right before the "as".
def _inside_as(words: list[str], cues: Cues) -> list[str]:
    """`words` without a short phrase of place or means inside a naming phrase that ends in "as"."""
    if len(words) < _NAMING_WORDS or words[-1] != "as":
        return words
    for start in (len(words) - 3, len(words) - 4):
        if _governs(words[start], cues) and all(w.islower() for w in words[start:-1]):
            return [*words[:start], "as"]
    return words


# What it is called, not what anyone says, in one clause: "называют новую систему «цифровым
# концлагерем»", "ha calificado la medida de "histórica"", "surnommé « le Taureau »".
def _named_object(lead: str, inner: str, cues: Cues) -> bool:
    """Whether a short quotation names the object of a naming word at most three words before it."""
    # the sentence's own comma or period may stand inside the marks: the “American friends.”
    if STOP.search(inner[:-1] if inner[-1:] in ".," else inner):
        return False
    if len(WORD.findall(inner)) > _NAMING_WORDS - 1:
        return False
    verbs = list(cues.naming.finditer(lead))  # type: ignore[union-attr]
    if not verbs:
        return False
    between = lead[verbs[-1].end() :]
    words = [w.lower() for w in WORD.findall(between)]
    # "called for an “end to the war”": a preposition's object, the verb's words, not a name
    governed = any(_governs(w, cues) for w in words[:-1])
    return not _CLAUSE_STOP.search(between) and len(words) <= _OBJECT_WORDS and not governed


def _governs(words: str, cues: Cues) -> bool:
    """Whether `words` open with a preposition (a word that governs and is no article)."""
    first = WORD.match(words.lower())
    if first is None or first.group() not in cues.governing:
        return False
    plain = cues.articles | cues.definite | cues.indefinite | cues.term_articles
    return first.group() not in plain


# A noun phrase's words, not speech: warned of the “risk of arbitrary arrest” in.
def _article_term(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether a lower-case quotation with no stop inside follows an article, at any length."""
    spaced = text[span.open_at - 1 : span.open_at] == " "
    if not cues.term_articles or not spaced or not inner[:1].islower():
        return False
    lead = WORD.findall(text, max(0, span.open_at - _GAP), span.open_at)
    word = lead[-1].lower() if lead else ""
    # after a numeral the sentence's comma may stand inside the marks: four “associate judges,”
    numeral = word not in cues.definite and word not in cues.indefinite
    bare = inner[:-1] if numeral and inner.endswith(",") else inner
    return word in cues.term_articles and not STOP.search(bare)


# A noun phrase's words, not speech, right after a word of the sentence and with no reporting verb
# before them: "Депутаты обсудили «налог на роскошь».".
def _object_term(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether a Russian quotation is up to three lower-case words ending a sentence outside it."""
    if not inner[:1].islower() or STOP.search(inner) or len(WORD.findall(inner)) > _SCARE_WORDS:
        return False
    if text[span.close_at + 1 : span.close_at + 2] not in (".", ";"):
        return False
    lead = WORD.findall(text, max(0, span.open_at - _GAP * 3), span.open_at)
    glued = text[span.open_at - 2 : span.open_at].strip() == "" or text[span.open_at - 2].isalpha()
    if not lead or not glued or lead[-1].lower() in cues.stop:
        return False
    start = max(0, span.open_at - _SENTENCE_REACH)
    begin = after_marks(text, ".!?\n", start, span.open_at)
    return cues.verbs.search(text, begin, span.open_at) is None


# An outlet: a comma and the quotation it reports follow ("Как сообщает «Северный телеграф»,
# «…»"), or the cue itself follows a quotation ("«…», — сообщает «Вестник».").
def cue_subject(text: str, span: Span, cues: Cues) -> bool:
    """Whether a short capitalised Russian quotation right after a cue is the cue's subject."""
    inner = text[span.start : span.end]
    if not cues.patronymics or not inner[:1].isupper() or STOP.search(inner):
        return False
    lead = list(WORD.finditer(text, max(0, span.open_at - 30), span.open_at))
    if (
        not lead
        or len(WORD.findall(inner)) > _NAME_WORDS
        or not cues.verbs.fullmatch(lead[-1].group())
    ):
        return False
    after_quotation = _QUOTED_BEFORE.search(text, max(0, lead[-1].start() - 6), lead[-1].start())
    return after_quotation is not None or _THEN_QUOTED.match(text, span.close_at + 1) is not None
