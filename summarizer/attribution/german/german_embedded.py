"""German: a quotation inside reported speech whose own verb of saying or calling closes it."""
# "Jan Roth wies darauf hin, dass die Ministerin Anna Berger den Plan „unsinnig“ nannte", "Roth
# betonte, Berger habe den Plan „unsinnig“ genannt": the reported clause has a subject and a verb
# of saying of its own after the quotation, so its words are that subject's, not the reporter's.
# So has one whose verb of saying or asking closes it before a clause that holds the quotation:
# "Der Sender will wissen, dass Eva Ems den Mann gefragt habe, was er „…“" is Eva Ems's question.

from __future__ import annotations

import dataclasses
import re

from summarizer import _data
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, mention_of, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")["partial"]
_SAYING = frozenset(
    [*_DATA["calling"], *_DATA["participles"], *_DATA["final"], *_DATA["content_verbs"]]
)
_ASKING = frozenset([*_DATA["asking"], *_DATA["content_verbs"]])
_OPENERS = frozenset(_DATA["content_openers"])
_CLOSING = frozenset(_DATA["closing"])
_THAT = frozenset(_DATA["that"])
_TAIL = 4  # words between the quotation and the verb that closes its clause ("vor X bezeichnet")
_ASKED = 12  # words of the reported clause whose verb of asking comes before the quotation
_CLAUSE_END = re.compile(r"[,;:.!?\n]")


def embedded_speaker(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """The subject of the reported clause holding the quotation, closed by a verb of saying."""
    end = _CLAUSE_END.search(text, after[0], after[1])
    tail = list(TOKEN.finditer(text, after[0], end.start() if end else after[1]))
    if any(t.group().lower() in cues.passive for t in tail):
        return None  # "…, die Regierung sei als „…“ bezeichnet worden": others call it so
    if tail and tail[-1].group().lower() in _CLOSING:
        tail = tail[:-1]  # "als „…“ bezeichnet habe"
    if not tail or len(tail) > _TAIL or tail[-1].group() not in _SAYING:
        return asked_before(text, before, cues)
    comma = text.rfind(",", *before)
    if comma < 0 or text.find("\n", comma, before[1]) >= 0:
        return None
    return _reported_subject(text, (comma + 1, before[1]), tail[-1], cues)


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
    return _reported_subject(text, (first + 1, clause[-1].start()), clause[-1], cues)


def _reported_subject(text: str, span: Window, verb: re.Match[str], cues: Cues) -> Mention | None:
    """The person or body opening the reported clause in `span` ("dass X", "X habe"), low."""
    tokens = list(TOKEN.finditer(text, *span))
    words = [t.group() for t in tokens]
    start = 1 if words and words[0].lower() in _THAT else 0
    phrase = read_phrase(tokens, start, cues) if start < len(words) else None
    if phrase is None or phrase.end >= len(words) or oblique(tokens, phrase):
        return None
    finite = words[phrase.end].lower()
    if not start and finite not in cues.reported and finite not in _CLOSING:
        return None  # no "dass" and no Konjunktiv or auxiliary: no reported clause
    if not person(text, tokens, phrase, cues):
        return None
    found = mention_of(text, tokens, phrase, verb, cues)
    return dataclasses.replace(found, sure=False) if found else None
