"""German: a reported clause with a speaker and a verb of saying of its own before a quotation."""
# "Roth sagte, Berger habe erklärt, der Plan sei „…“", "Roth berichtete, sein Kollege Jan Berger
# habe gerufen: „…“": the words are Berger's as Roth reports them. The outer reporter never speaks
# them, so a cue before that clause names nobody (null rather than the wrong one of the two).
# "Nach Angaben von Roth soll Berger gesagt haben: „…“": a source the hearsay phrase cites reports
# a saying of someone else's in its own clause, and so never speaks the words either.

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from summarizer import _data
from summarizer.attribution.german.adverbials import title_gender
from summarizer.attribution.german.forenames import GENDERS
from summarizer.attribution.german.german_person import person
from summarizer.attribution.german.phrases import TOKEN, oblique, read_phrase
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_DATA = _data.load_toml("german.toml")["nested"]
_PARTICIPLES = frozenset(_DATA["participles"])
_FINITE = frozenset(_DATA["finite"])
_TRAILING = frozenset(_DATA["trailing"])
_HEARD = frozenset(_DATA["heard"])
_SAYS_NOW = frozenset(_DATA["konjunktiv"])
_SAYS = 4  # words of a clause that a Konjunktiv of saying closes ("wenn sie sage")
_THAT = frozenset(_data.load_toml("german.toml")["partial"]["that"])
_PARTS = re.compile(r"[^,:;]+")
_PRONOUNS = {"er": "masculine", "sie": "feminine"}
_PLURAL = frozenset(_DATA["plural_finite"])  # "sie haben gesagt": several


def outside_nested(
    text: str, before: Window, mentions: Iterable[Mention], cues: Cues
) -> Iterator[Mention]:
    """`mentions`, less those before a reported clause of saying with a speaker of its own."""
    clauses = _clauses(text, before)  # tokenized once for both readings below
    inner = _nested_at(text, clauses, cues)
    voiced, voice = _pronoun_nested(clauses)
    for mention in mentions:
        at = mention.at if mention.at >= 0 else mention.cue_at
        if 0 <= at < inner:
            continue  # "Roth sagte, Berger habe erklärt, …": Roth only reports Berger's words
        if 0 <= at < voiced and _other_gender(text, mention, voice, cues):
            continue  # "Jan Roth erzählte, sie habe ihm gesagt, …": hers, never his
        if mention.cue.lower() in cues.hearsay and _says_after(text, mention, before):
            continue  # "Laut Roth soll Berger gesagt haben:": the source reports Berger
        yield mention


def _clauses(text: str, before: Window) -> list[tuple[int, list[re.Match[str]]]]:
    """Where each clause after a comma in `before` starts, and its tokens (up to , : or ;)."""
    return [
        (part.start(), list(TOKEN.finditer(text, part.start(), part.end())))
        for part in _PARTS.finditer(text, *before)
        if part.start() > before[0] and text[part.start() - 1] == ","
    ]


def _nested_at(text: str, clauses: list[tuple[int, list[re.Match[str]]]], cues: Cues) -> int:
    """Where the last clause after a comma with a person and a participle of saying starts."""
    found = -1
    for start, tokens in clauses:
        found = start if _saying_clause(text, tokens, cues) else found
    return found


# "…, dass Jan Roth gesagt habe, …" puts the auxiliary last, as any clause after "dass" does.
def _saying_clause(text: str, tokens: list[re.Match[str]], cues: Cues) -> bool:
    """Whether `tokens` are "[dass] <person> <auxiliary> … <participle of saying> [haben]"."""
    words = [t.group() for t in tokens]
    while words and words[-1] in _TRAILING:
        words.pop()
    if words and words[-1] in _HEARD:
        return _heard_from(text, tokens[: len(words)], cues)
    if 1 < len(words) <= _SAYS and words[-1] in _SAYS_NOW:  # "…, wenn sie sage, …": hers
        return words[-2].lower() in ("er", "sie") or _named(text, tokens, len(words) - 2, cues)
    start = 1 if words and words[0].lower() in _THAT else 0
    if len(words) < 3 or words[-1] not in _PARTICIPLES:
        return False
    phrase = read_phrase(tokens, start, cues)
    if phrase is None or phrase.end >= len(words) - 1 + start or oblique(tokens, phrase):
        return False
    if not start and words[phrase.end] not in _FINITE:
        return False
    return person(text, tokens, phrase, cues)


# "…, er habe von Petra Berger gehört, der Deal sei „…“": what one heard from a person is hers.
def _heard_from(text: str, tokens: list[re.Match[str]], cues: Cues) -> bool:
    """Whether a person after "von" is the one a participle of hearing heard the words from."""
    at = next((i for i, t in enumerate(tokens) if t.group() in ("von", "vom")), len(tokens))
    phrase = read_phrase(tokens, at + 1, cues) if at + 1 < len(tokens) - 1 else None
    named = phrase is not None and phrase.name is not None and phrase.end == len(tokens) - 1
    return named and phrase is not None and person(text, tokens, phrase, cues)


# "Jan Roth erzählte, sie habe ihm gesagt, seine Verse seien „…“": a pronoun of another gender
# (or "sie" with a plural verb) is a speaker of its own, so the reporter never speaks the words;
# one of the reporter's gender may be the reporter ("Roth sagte, er habe erklärt, …"), kept.
def _pronoun_nested(clauses: list[tuple[int, list[re.Match[str]]]]) -> tuple[int, str]:
    """Where the last clause "<er|sie> <auxiliary> … <participle of saying>" starts, and whose."""
    found, voice = -1, ""
    for start, tokens in clauses:
        words = [t.group() for t in tokens]
        while words and words[-1] in _TRAILING:
            words.pop()
        opens = len(words) > 2 and words[0] in _PRONOUNS and words[1] in _FINITE
        if opens and words[-1] in _PARTICIPLES:
            plural = words[0] == "sie" and words[1] in _PLURAL
            found, voice = start, "plural" if plural else _PRONOUNS[words[0]]
    return found, voice


def _other_gender(text: str, mention: Mention, voice: str, cues: Cues) -> bool:
    """Whether a named reporter (first name, title) cannot be the pronoun's one person."""
    split = mention.words.split()
    if len(split) < 2 or mention.at < 0:
        return False  # a lone surname or a pronoun: no gender of its own to tell
    lead = TOKEN.findall(text, max(0, mention.at - 30), mention.at)[-1:]  # "Der Lyriker Jan Roth"
    titles = [w for w in (*lead, *split[:-1]) if w[0].isupper()]
    marks = {GENDERS.get(split[0])} | {title_gender(w, cues) for w in titles}
    marks.discard(None)
    return len(marks) == 1 and (voice == "plural" or voice not in marks)


def _says_after(text: str, mention: Mention, before: Window) -> bool:
    """Whether a participle of saying follows the hearsay source in its own clause."""
    start = max(mention.at + len(mention.words), mention.cue_at + len(mention.cue), before[0])
    part = _PARTS.match(text, start, before[1])
    end = part.end() if part else start
    return any(t.group() in _PARTICIPLES for t in TOKEN.finditer(text, start, end))


def _named(text: str, tokens: list[re.Match[str]], last: int, cues: Cues) -> bool:
    """Whether a person's name ending at `tokens[last]` opens the clause or follows its opener."""
    for start in (0, 1):
        phrase = read_phrase(tokens, start, cues) if start <= last else None
        if phrase and phrase.name and phrase.end == last + 1 and person(text, tokens, phrase, cues):
            return True
    return False
