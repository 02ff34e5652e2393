"""Older German typography: titles told from speech by the marks and what follows them."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.kinds.german_titles import STOP, WORD, reported
from summarizer.attribution.kinds.impersonal import impersonal
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_REACH = 40
_INSIDE_STOP = re.compile(r"[.!?…:;]")
_PHRASE_WORDS = 5
_OLDER = _data.load_toml("german.toml")["older_print"]
# "nannte ihn „…“", "nannte den großen See „…“"
_NAMING = frozenset(_OLDER["naming_verbs"])
_HEARD = tuple(f"{words} " for words in _OLDER["heard"])
_CLAUSE = re.compile(r"[.!?…:;,()\n–—]")
_NAME_REACH = 60
_NAMING_BEFORE = 4
_ABBREVIATIONS = re.compile(r"(?:(?:[^\W\d_]|[^\W\d_A-ZÄÖÜ]{2,6})\. ){2,}(?=[A-ZÄÖÜ])")
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ][^\W\d_]{1,9}\.")
_WORD_END = re.compile(r"[.,;:!?…]$")
_JOINED = frozenset(_OLDER["joined_prepositions"])  # "im „Adler“", "vom „Vorwärts“"
_DASH = re.compile(r" ?(?:—|–|--) [A-ZÄÖÜ][^\W\d_][\w=-]*\.")  # the next item's heading


# As older German set it: "die Skizze „Unter der Linde,“ anschloß", with nobody's words reported;
# not "„Ich weine gern,“ sagt der König", nor before any verb and its subject ("„Komm morgen,“ bat
# der Vater"), nor before a verb of letting hear ("„…,“ ließ sich der Graf vernehmen").
def comma_name(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """Whether the quotation is a name with the sentence's comma inside, going on in lower case."""
    if not inner.endswith(",") or STOP.search(inner[:-1]) or not inner[:1].isupper():
        return False
    if text[max(0, span.open_at - 3) : span.open_at].rstrip().endswith(":"):
        return False
    after = text[span.close_at + 1 : span.close_at + 3]
    if after[:1] != " " or not after[1:].islower() or text.startswith(_HEARD, span.close_at + 2):
        return False
    subject = WORD.findall(text, span.close_at + 1, span.close_at + _REACH)[1:2]
    if subject and subject[0].lower() in cues.pronouns | cues.determiners:
        return False  # "„Komm morgen,“ bat der Vater": a verb and its subject, as a cue
    if any(w.lower() in cues.first_person for w in WORD.findall(inner)):
        return False
    return not reported(text, span, cues)


# A phrase quoted inside a noun phrase or after a preposition, opening in lower case: "der
# „fallenden Sucht“", "für „den Gebrauch durch die Menge“"; in a sentence that reports nobody's
# words, in older print only: today's news quotes such phrases as someone's words ("war von einem
# „offenen Dialog“ die Rede"). Not "Er spricht von einem „unerträglichen Zustand“" (a cue).
def scare_phrase(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether a short lower-case quotation after an article or preposition is a term."""
    inner = text[span.start : span.end].strip()
    if not words or len(words) > _PHRASE_WORDS or not inner[:1].islower():
        return False
    if _INSIDE_STOP.search(inner) or any(w.lower() in cues.first_person for w in words):
        return False
    lead = list(WORD.finditer(text, max(0, span.open_at - 20), span.open_at))
    if not lead or text[lead[-1].end() : span.open_at].strip():
        return False
    word = lead[-1].group().lower()
    governed = word in cues.determiners or word in cues.governing
    if not governed or not older_print(text):
        return False
    return impersonal(text, span.open_at, cues) or not reported(text, span, cues)


# One capitalised word in marks right after an article or a preposition joined to one is a noun
# of the sentence, a ship's, an inn's, a paper's or a society's name or a term, even where a
# verb of saying stands by: "erzählte der Kapitän der „Hoffnung“", "sprach von der „Germania“",
# "wohnte im „Adler“"; older print only. Not "„Feuer!“" (a cry), nor a naming verb's object.
def article_word(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether a lone capitalised quoted word is governed by an article before its mark."""
    inner = text[span.start : span.end].strip()
    if len(words) != 1 or not inner[:1].isupper() or _WORD_END.search(inner):
        return False
    lead = list(WORD.finditer(text, max(0, span.open_at - 20), span.open_at))
    if not lead or text[lead[-1].end() : span.open_at] != " ":
        return False
    word = lead[-1].group().lower()
    led = word in cues.determiners or word in _JOINED
    return led and older_print(text)


# Older print reports a person's naming of a thing as their words: "Burton nannte ihn „Victoria
# Tana“", "den Burton als kleinen „Tana Ngome“ bezeichnet"; not "man nannte ihn „…“" (nobody),
# nor right after a noun for a named thing ("nannte das Buch „…“": the work's title).
def named_by(text: str, span: Span, cues: Cues) -> bool:
    """Whether a naming verb of the quotation's clause makes a capitalised name someone's words."""
    named = _naming(text, span, cues)
    return named is not None and not named


# "Man nennt das in Berlin „Kladderadatsch“": what people at large call a thing is its name, no
# one's words; older print only.
def named_by_nobody(text: str, span: Span, cues: Cues) -> bool:
    """Whether a naming verb with an impersonal subject ("man") names the quotation."""
    return bool(_naming(text, span, cues))


def _naming(text: str, span: Span, cues: Cues) -> bool | None:
    """None without a naming verb in the quotation's clause, else whether its subject is "man"."""
    inner = text[span.start : span.end]
    if not inner[:1].isupper() or _INSIDE_STOP.search(inner) or not older_print(text):
        return None
    before = _CLAUSE.split(text[max(0, span.open_at - _NAME_REACH) : span.open_at])[-1]
    after = _CLAUSE.split(text[span.close_at + 1 : span.close_at + 1 + _NAME_REACH])[0]
    lead, rest = WORD.findall(before), WORD.findall(after)
    if lead and cues.names_next(lead[-1]):
        return None  # "nannte das Buch „Die Freiheit“": a work's name, its title
    nobody = any(w.lower() in cues.impersonal for w in lead + rest)
    near = lead if nobody else lead[-_NAMING_BEFORE:]  # "man nennt diesen Winkel der Stadt „…“"
    return nobody if any(w in _NAMING for w in near + rest[:1]) else None


# Older papers credit an item to another paper by its abbreviated name in marks, in brackets or
# before a dash and the next item's one-word heading: "„Vaterl.“ — Viehversicherung.",
# "(„Reichsb.“)". Not "„Nein.“ sagte er", nor "„Nein.“ — Dann ging er.".
def source_credit(text: str, span: Span, inner: str) -> bool:
    """Whether one capitalised word with a period, then a dash or a bracket, credits a paper."""
    if not _ABBREVIATION.fullmatch(inner) or not older_print(text):
        return False
    opened = text[span.open_at - 1 : span.open_at] == "("
    bracketed = opened and text[span.close_at + 1 : span.close_at + 2] == ")"
    return bracketed or _DASH.match(text, span.close_at + 1) is not None


# Older print abbreviates an association's or an office's style at its start: „K. k. priv.
# Schützengesellschaft der Stadt“; those periods end no sentence. Each abbreviation is one letter
# or in lower case: not „Ja. So. Das …“. Such a run is itself the older style (Austria's "k. k."
# went in 1918), so no older spelling is asked for.
def abbreviated_start(text: str, span: Span) -> int:
    """Where a quotation's words start past a lead of two or more abbreviations."""
    lead = _ABBREVIATIONS.match(text, span.start, span.end)
    return lead.end() if lead else span.start


# Older German print sets a comma between the noun and the name: "in seinem Buche, „Die Kunst
# des Krieges“ bemerkt er"; no comma after any other word ("sagte er, „Die …“").
def apposed(gap: str, word: str, cues: Cues) -> bool:
    """Whether the `gap` between `word` and the opening mark lets a name follow the word."""
    gap = gap.strip()
    return not gap or (gap == "," and cues.nouns_capitalized and cues.names_next(word))
