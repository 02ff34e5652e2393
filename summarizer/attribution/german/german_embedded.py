"""German: a quotation inside reported speech whose own verb of saying or calling closes it."""
# "Jan Roth wies darauf hin, dass die Ministerin Anna Berger den Plan „unsinnig“ nannte", "Roth
# betonte, Berger habe den Plan „unsinnig“ genannt": the reported clause has a subject and a verb
# of saying of its own after the quotation, so its words are that subject's, not the reporter's.
# So has one whose verb of saying or asking closes it before a clause that holds the quotation:
# "Der Sender will wissen, dass Eva Ems den Mann gefragt habe, was er „…“" is Eva Ems's question.
# Without such a verb ("Roth sagte, Anna Berger habe den Plan „unsinnig“ gefunden") the words may
# be either's: the reporter's cue before the clause is then never sure.

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from summarizer import _data
from summarizer.attribution.german.german import subject_after
from summarizer.attribution.german.german_nested import outside_nested
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.german_relative import relative_speaker
from summarizer.attribution.german.phrases import TOKEN, Phrase, mention_of, oblique, read_phrase
from summarizer.attribution.german.tokens import clause_after, read_tokens
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")["partial"]
_SAYING = frozenset(
    [*_DATA["calling"], *_DATA["participles"], *_DATA["final"], *_DATA["content_verbs"]]
)
_ASKING = frozenset([*_DATA["asking"], *_DATA["content_verbs"]])
_OPENERS = frozenset(_DATA["content_openers"])
_CLOSING = frozenset(_DATA["closing"])
_THAT = frozenset(_DATA["that"])
# "„…“ genannt und sei gegangen": a coordinated verb after the first ends the quotation's clause
_COORDINATORS = frozenset(_DATA["coordinators"])
_TAIL = 4  # words between the quotation and the verb that closes its clause ("vor X bezeichnet")
_ASKED = 12  # words of the reported clause whose verb of asking comes before the quotation

_Clause = tuple[int, list[re.Match[str]], Phrase]


def embedded_speaker(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """The subject of the reported clause holding the quotation, closed by a verb of saying."""
    verb = _closing_verb(text, after, cues)
    relative = relative_speaker(text, before, verb, cues)  # "Roth lobte Ems, die „…“ sagte"
    if relative is not None:
        return relative
    if verb is None:
        return asked_before(text, before, cues)
    clause = _reported_clause(text, before, cues) or _after_hearsay(text, before, cues)
    return _unsure(text, clause, verb, cues) if clause else None


# "…, dass Eva Ems den Mann gefragt habe, was er „…“": the clause before the last comma is reported
# (after a comma of its own) and closes in a verb of asking or saying; the quotation's clause is
# its content ("ob", "was", "dass") with no verb of saying of its own.
def asked_before(text: str, before: Window, cues: Cues) -> Mention | None:
    """The subject of a reported clause whose verb of asking or saying takes the quotation's."""
    last = text.rfind(",", *before)
    first = text.rfind(",", before[0], last) if last > 0 else -1
    if first < 0 or text.find("\n", first, before[1]) >= 0:
        return None
    content = TOKEN.findall(text, last + 1, before[1])
    if not content or content[0].lower() not in _OPENERS:
        return None
    if any(cues.verbs.fullmatch(w) for w in content):
        return None  # "…, was Jan Roth sagte, „…“": a cue of its own
    clause = list(TOKEN.finditer(text, first + 1, last))
    if clause and clause[-1].group().lower() in _CLOSING:
        clause.pop()  # "gefragt habe"
    if not clause or len(clause) > _ASKED or clause[-1].group() not in _ASKING:
        return None
    reported = _reported_clause(text, (first, clause[-1].start()), cues)
    return _unsure(text, reported, clause[-1], cues) if reported else None


def _unsure(text: str, clause: _Clause, verb: re.Match[str], cues: Cues) -> Mention | None:
    """The mention the reported clause's subject makes at `verb`, never sure."""
    _, tokens, phrase = clause
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None


def reporters_unsure(
    text: str, before: Window, mentions: Iterable[Mention], cues: Cues
) -> Iterator[Mention]:
    """`mentions`, those whose cue stands before a reported clause with a named subject unsure."""
    mentions = outside_nested(text, before, mentions, cues)  # "X sagte, Y habe erklärt, …"
    clause = _reported_clause(text, before, cues, loose=True)
    name = clause[2].name if clause else None
    named = name is not None and name[1] - name[0] > 1  # a full name, as in other languages
    start = clause[0] if clause else -1
    for mention in mentions:
        unsure = named and 0 <= mention.cue_at < start
        yield dataclasses.replace(mention, sure=False) if unsure else mention


def _closing_verb(text: str, after: Window, cues: Cues) -> re.Match[str] | None:
    """The verb of saying that closes the quotation's clause right after it, else None."""
    tail = clause_after(text, after)
    cut = next((i for i, t in enumerate(tail) if i and t.group() in _COORDINATORS), len(tail))
    tail = tail[:cut]
    if any(t.group().lower() in cues.passive for t in tail):
        return None  # "…, die Regierung sei als „…“ bezeichnet worden": others call it so
    if tail and tail[-1].group().lower() in _CLOSING:
        tail = tail[:-1]  # "als „…“ bezeichnet habe"
    if not tail or len(tail) > _TAIL or tail[-1].group() not in _SAYING:
        return None
    return tail[-1]


# "Laut Jan Roth hat Anna Berger den Plan „…“ genannt": the source tells what the subject after the
# finite verb called it; "laut X" governs the whole clause, the verb of calling only its subject.
def _after_hearsay(text: str, before: Window, cues: Cues) -> _Clause | None:
    """The hearsay phrase's end, tokens and person subject after its finite verb, else None."""
    lead = text[before[0] : before[1]]
    opening = cues.verbs.match(text, before[1] - len(lead.lstrip()))
    if opening is None or opening.group().lower() not in cues.hearsay:
        return None
    source = subject_after(text, before[1], opening, cues, governed=True)
    if source is None or source.at < 0:
        return None
    start = source.at + len(source.words)
    tokens = list(TOKEN.finditer(text, start, before[1]))
    if len(tokens) < 3 or not tokens[0].group().islower() or "," in text[start : before[1]]:
        return None
    phrase = read_phrase(tokens, 1, cues)
    if phrase is None or phrase.end >= len(tokens) or oblique(tokens, phrase):
        return None
    return (start, tokens, phrase) if person(text, tokens, phrase, cues) else None


# `loose`: any verb after a full name will do ("Roth sagte, Anna Berger hält den Plan für „…“").
def _reported_clause(text: str, before: Window, cues: Cues, loose: bool = False) -> _Clause | None:
    """The comma, tokens and person subject of a reported clause that the quotation stands in."""
    comma = text.rfind(",", *before)
    while comma > 0 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", before[0], comma)  # "4,5 Millionen": a decimal comma, no clause
    if comma < 0 or text.find("\n", comma, before[1]) >= 0:
        return None
    tokens = read_tokens(text, comma + 1, before[1])
    words = [t.group() for t in tokens]
    start = 1 if words and words[0].lower() in _THAT else 0
    phrase = read_phrase(tokens, start, cues) if start < len(words) else None
    if phrase is None or phrase.end >= len(words) or oblique(tokens, phrase):
        return None
    finite = words[phrase.end].lower()
    verb = loose and words[phrase.end].islower()
    if not start and finite not in cues.reported and finite not in _CLOSING and not verb:
        return None  # no "dass" and no Konjunktiv or auxiliary: no reported clause
    if not person(text, tokens, phrase, cues):
        return None
    return comma, tokens, phrase
