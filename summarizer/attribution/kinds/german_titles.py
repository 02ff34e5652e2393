"""German quoted names, terms and scare quotes, told from someone's words by the words around."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.german.split_round import round_quotation
from summarizer.attribution.kinds.clause_cut import clause_cut
from summarizer.attribution.kinds.cue_windows import matches_inside
from summarizer.attribution.kinds.sourced_term import sourced_term
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.stops import last_stop
from summarizer.attribution.marks.marks import OPENERS, Span

WORD = re.compile(r"[^\W\d_][\w'’-]*")
STOP = re.compile(r"[.!?…:;,]")  # inside quoted words: a clause or a sentence, no name or term
_SENTENCE = 200
_PAIR_BEFORE = re.compile(r"[“”\"«»]\s*(?:,|[^\W\d_]{1,4})?\s*$")
_PAIR_AFTER = re.compile(r"\s*(?:,|[^\W\d_]{1,4})?\s*[„“\"«»]")
_FRAMED_WORDS = 5
_NAME_WORDS = 4  # "Tagesspiegel am Sonntag"
_SHORT = 4  # "Ärzte ohne Grenzen", "BILD am Sonntag": short function words inside a name
_ACRONYM = re.compile(r"\s*\(\s*[A-ZÄÖÜ]{2,6}\s*\)")
_TERMS = _data.load_toml("terms.toml")
_DEFINITE = frozenset(_TERMS["definite_articles"]["de"])
_LEAD = 60
_CLAUSE = re.compile(r"[,;:.!?()\n–—]")
_TERM_WORDS = 7
_TAIL = 4  # words between the quotation and the particle that closes its clause
_REPEATED_WORDS = 5
_STOP = re.compile(r"[.!?]")
_CLOSERS = '“”"«»'
_ENDED = re.compile(r"[.!?…]")
_NEXT_CAPITAL = re.compile(r"\s+[A-ZÄÖÜ]")
# a definite article, also fused with a preposition ("im „Morgenmagazin“")
_ARTICLE_CASES = frozenset(_TERMS["article_cases"]["de"])
_TOLD = frozenset(_TERMS["told"]["de"])
_COLON_QUOTE = re.compile(r"\s*:\s*[„“\"»«]")


# The frame of the quotation after the colon ("Roth sagte laut einem Bericht der „Welt“: „…“",
# "sagte dem „Tagesspiegel am Sonntag“: „…“"):
# a word there after a definite article names a paper or a thing, the colon's quotation is the
# speech.
def framing_name(text: str, span: Span, words: list[str]) -> bool:
    """Whether a short name after a definite article stands right before ": „…"."""
    if not words or len(words) > _NAME_WORDS or not words[0][0].isupper():
        return False
    if _ENDED.search(text, span.start, span.end):
        return False  # "sagte der „Reihe nach.“": a sentence, no name
    lead = WORD.findall(text, max(0, span.open_at - 20), span.open_at)
    definite = bool(lead) and lead[-1].lower() in _ARTICLE_CASES
    return definite and _COLON_QUOTE.match(text, span.close_at + 1) is not None


# A scare quote: "ein „schlechtes“ Ende", "des „jebildeten“ Berlinerthums".
def scare_adjective(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether the quotation is one lower-case word between an article and its noun."""
    if len(words) != 1 or not words[0].islower():
        return False
    lead = WORD.findall(text, max(0, span.open_at - 20), span.open_at)
    after = text[span.close_at + 1 : span.close_at + 3]
    return bool(lead) and lead[-1].lower() in cues.determiners and after[1:2].isupper()


# A reporting verb, a Konjunktiv I form or a framing word ("nannte es „fahrlässig“", "sei
# „kaputt“"; not one right after a comma), or a word for words right before it ("die Bezeichnung
# „Gesindel“").
def reported(text: str, span: Span, cues: Cues) -> bool:
    """Whether the sentence around a quotation reports someone's words."""
    lead = [w.lower() for w in WORD.findall(text, max(0, span.open_at - 30), span.open_at)]
    if len(lead) > 1 and lead[-1] in cues.utterances and lead[-2] in cues.determiners:
        return True
    start = max(0, span.open_at - _SENTENCE)
    start = last_stop(text, cues.sentence_end, start, span.open_at) or start
    tail = cues.sentence_end.search(text, span.close_at, span.close_at + _SENTENCE)
    end = tail.end() if tail else min(len(text), span.close_at + _SENTENCE)
    if _ENDED.match(text, span.end - 1) and _NEXT_CAPITAL.match(text, span.close_at + 1):
        end = span.close_at + 1  # "er wurde „leutselig.“ Genug, …": the sentence ended inside
    before, after = (start, span.open_at), (span.close_at + 1, end)
    if any(_said_in(text, window, cues) for window in (before, after)) or _split(text, span):
        return True
    sentence = text[start : span.open_at] + " " + text[span.close_at + 1 : end]
    shift = span.close_at - span.open_at + start  # from the text after the mark to `sentence`
    framed = [at - start for at in matches_inside(text, before, cues.framing)]
    framed += [at - shift for at in matches_inside(text, after, cues.framing)]
    # "…, als ein bewaffneter „Mob“ …": after a comma "als"/"wie" opens a clause, no frame
    return any(not sentence[max(0, at - 3) : at].rstrip().endswith(",") for at in framed)


# "Sie warf der Regierung „völliges Versagen“ vor", "hält die Lage für „angespannt“": the verb's
# two parts stand round the quotation in its own clause; a capital may open a name ("Er stellte
# „Faust“ vor", "hält den Preis für „Faust“ für verdient"), so only a lower-case one.
def _split(text: str, span: Span) -> bool:
    """Whether a verb of saying or judging is split round a lower-case quotation in its clause."""
    if not text[span.start : span.start + 1].islower():
        return False
    cut = clause_cut(text, span.open_at, _LEAD, _CLAUSE)
    end = _CLAUSE.search(text, span.close_at + 1, span.close_at + _LEAD)
    after = WORD.findall(text, span.close_at + 1, end.start() if end else span.close_at + 1)
    particle = after[-1] if 0 < len(after) <= _TAIL else ""
    return round_quotation(WORD.findall(text, cut, span.open_at), particle)


# "so" is a cue before its source ("so der Minister"), not before an adjective ("so konfus").
def _said_in(text: str, window: tuple[int, int], cues: Cues) -> bool:
    """Whether a reporting verb (or "so" before a name or article) lies inside `window`."""
    for at in matches_inside(text, window, cues.verbs):
        found = cues.verbs.match(text, at)
        if found is None or found.group().lower() not in cues.particles:
            return True
        following = WORD.search(text, found.end(), found.end() + _LEAD)
        if following and following.group()[0].isupper():
            return True
        if following and following.group() in cues.determiners and not _marked(text, following):
            return True
    return False


# Older print: "wenn sie so das „summum jus“ geltend machten": "so" is an adverb, the article
# belongs to the marked term; "so der „Figaro“" stays a source in today's spelling.
def _marked(text: str, article: re.Match[str]) -> bool:
    """Whether a quotation mark follows an article right after "so", in older print."""
    return text[article.end() + 1 : article.end() + 2] in OPENERS and older_print(text)


def governed_name(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """One or two capitalised words ending in a period right after a preposition."""
    lead = WORD.findall(text, max(0, span.open_at - 20), span.open_at)
    short = len(words) <= 2 and all(w[0].isupper() for w in words)
    # the preposition right before the mark, in its sentence: "rief ihm nach.\n\n»Nach Hause,«"
    # ends a sentence in a particle and governs nothing
    spaced = text[max(0, span.open_at - 2) : span.open_at - 1].isalpha()
    return (
        short
        and spaced
        and bool(lead)
        and lead[-1].lower() in cues.governing
        and not lead[-1].istitle()
    )


# "„weniger gut“ oder „schlecht“" is someone's pair of words, not a lone scare quote.
def paired(text: str, span: Span) -> bool:
    """Whether another quotation stands right before or after this one."""
    before = text[max(0, span.open_at - 8) : span.open_at]
    after = text[span.close_at + 1 : span.close_at + 9]
    return bool(_PAIR_BEFORE.search(before) or _PAIR_AFTER.match(after))


# "„Reporter ohne Grenzen“ (ROG)", "(„Hybride“)"; also a reporting verb and an article before it,
# whose subject it is ("berichtete die „Automobilwoche“").
def named_around(text: str, span: Span, cues: Cues) -> bool:
    """Whether what surrounds the quotation makes it a name: acronym, gloss, "genannt", "laut"."""
    after = text[span.close_at + 1 : span.close_at + 20]
    if _ACRONYM.match(after) or (cues.naming and cues.naming.match(after.lstrip())):
        return True
    if text[span.open_at - 1 : span.open_at] == "(" and after[:1] == ")":
        return True
    lead = WORD.findall(text, max(0, span.open_at - 30), span.open_at)
    if lead and lead[-1].lower() in cues.hearsay:
        return True
    subject = len(lead) > 1 and lead[-1].lower() in _DEFINITE
    return subject and bool(cues.verbs.fullmatch(lead[-2]))


# "das Raumschiff „Shenzhou 6“", "laut der „Automobilwoche“", a term after "so genannt"; not with
# a reporting word in its clause ("nannte es einen „Ruck“", "mit den Worten „Ja“").
def named_term(text: str, span: Span, words: list[str], cues: Cues) -> bool:
    """Whether the quotation is a short name that a noun or an article introduces, or a term."""
    lead = text[max(0, span.open_at - _LEAD) : span.open_at]
    clause = _CLAUSE.split(lead)[-1]
    if cues.naming and cues.naming.search(clause):
        return True
    before = WORD.findall(clause)
    if not before or not _name_start(words[0]) or len(words) > _TERM_WORDS:
        return False
    near = before[1:][-_FRAMED_WORDS:]  # "bezeichnete ihn als „…“", not "Wie X berichtete"
    framed = any(cues.framing.fullmatch(w) for w in near)
    if not lead.endswith(" ") or framed:
        return False
    previous = before[-1]
    lower = previous.lower()
    attributive = len(before) > 1 and previous.islower() and before[-2].lower() in cues.determiners
    if lower in cues.determiners or lower in cues.governing or attributive:
        titled = all(w[0].isupper() or len(w) <= _SHORT or w in cues.stop for w in words)
        if titled and lower in _ARTICLE_CASES and len(before) > 1 and before[-2].lower() in _TOLD:
            return True  # "sagte gegenüber der „Rundschau“": the outlet told
        said = [m for m in cues.verbs.finditer(clause)]
        if _inverted_after(lead, clause) and said and not clause[: said[0].start()].strip():
            said = said[1:]  # "„…“, sagte X der „Zeit“": that cue's words are the first quotation
        quiet = cues.hearsay | cues.particles  # "laut der „Zeit“", "so ist die „Weltstadt“"
        own = sourced_term(text, span.open_at, previous, cues)  # "Nach den Worten von X … ein"
        return titled and not own and all(m.group().lower() in quiet for m in said)
    noun = previous[0].isupper() and len(before) > 1 and lower not in cues.utterances
    spoken = _cued_speaker(before, cues) and not _work_written(text, span, before, cues)
    return noun and lower not in cues.stop and not spoken


# "Am Abend schrieb der Autor „Die Nacht ist lang“ in nur drei Wochen.": after a verb of writing
# a quotation the clause goes on past (a lower-case word after its closing mark) is the thing
# written, a work's title; written words close the clause ("schrieb der Autor „…“.").
def _work_written(text: str, span: Span, before: list[str], cues: Cues) -> bool:
    """Whether a verb of writing governs the quotation and its clause goes on after it."""
    after = WORD.findall(text, span.close_at + 1, span.close_at + _LEAD)[:1]
    gap = text[span.close_at + 1 : span.close_at + 2]
    return before[-3].lower() in cues.writing and gap == " " and bool(after) and after[0].islower()


# "Am Abend riefen die Fans „Wir sind die Meister“", "sagte der Trainer „…“": a noun for people
# right after a verb of saying and its article is the verb's subject, the quotation its words;
# a noun for a thing there ("lobte die Zeitung „Die Welt“") keeps its name.
def _cued_speaker(before: list[str], cues: Cues) -> bool:
    """Whether the words before the quotation end in a cue, an article and a noun for people."""
    if len(before) < 3 or before[-2].lower() not in _DEFINITE:
        return False
    noun, verb = before[-1].lower(), before[-3]
    people = noun in cues.group_subjects or noun.endswith(cues.agent_endings)
    thing = any(word in noun for word in (*cues.name_nouns, *cues.bodies))  # "Fernsehsender"
    return people and not thing and verb.islower() and bool(cues.verbs.fullmatch(verb))


def _inverted_after(lead: str, clause: str) -> bool:
    """Whether the clause opens right after another quotation and its comma ("„…“, sagte")."""
    head = lead[: len(lead) - len(clause)].rstrip()
    return head.endswith(",") and head[:-1].rstrip()[-1:] in _CLOSERS


def _name_start(word: str) -> bool:
    """Capitalised, or with a capital or digit inside: a brand ("iPod nano", "eBay")."""
    return word[0].isupper() or not word[1:].islower()


# A quoted noun phrase used again is a name, not words said twice: "Moritz Wohlrab von der „Aktion
# Deutschland hilft“ sagte", later "Wie die „Aktion Deutschland hilft“ mitteilte".
def named_again(text: str, spans: Sequence[Span], titles: list[bool], cues: Cues) -> list[bool]:
    """`titles`, plus short quotations quoted again, once after an article or a preposition."""
    marked = [(text[s.start : s.end], s) for s in spans if s.marked]
    seen = Counter(inner for inner, _ in marked)
    nouns = {inner for inner, span in marked if _governed(text, span, cues)}
    again = {
        inner
        for inner in nouns
        if seen[inner] > 1 and len(inner.split()) <= _REPEATED_WORDS and not _STOP.search(inner)
    }
    return [
        t or (s.marked and text[s.start : s.end] in again)
        for s, t in zip(spans, titles, strict=True)
    ]


def _governed(text: str, span: Span, cues: Cues) -> bool:
    """Whether an article or a preposition stands right before the quotation mark."""
    lead = WORD.findall(text, max(0, span.open_at - 20), span.open_at)
    return (
        bool(lead)
        and lead[-1].lower() in cues.governing
        and text[span.open_at - 1 : span.open_at] == " "
    )
