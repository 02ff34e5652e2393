"""Narration: the subject the sentences before a quotation with no cue name as its speaker."""

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.epigraph import asks_after_answer
from summarizer.attribution.frames.new_agent import joined_at
from summarizer.attribution.frames.passive_hearer import passive_hearer
from summarizer.attribution.frames.questions import only_asks
from summarizer.attribution.frames.speakerless import messaged
from summarizer.attribution.frames.subjects import ends_sentence, own_sentence, sentence_breaks
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.marks.marks import Span
from summarizer.attribution.speakers.closing_report import closing_report, goes_on
from summarizer.attribution.speakers.names import Resolver
from summarizer.attribution.speakers.next_paragraph import after_narration
from summarizer.attribution.speakers.opening_cue import opening_cue
from summarizer.attribution.speakers.persons import not_person
from summarizer.attribution.speakers.reported import pronoun_reporter, reporter
from summarizer.attribution.speakers.reported_back import reported_back
from summarizer.attribution.speakers.shapes import name_like

_PAST_NAME = 20
_POINTING = frozenset(_data.load_toml("german.toml")["said_after"]["demonstratives"])


# Opening a sentence: the subject of the sentence (its last joined clause) right before it in its
# paragraph ("Lund did not need much coaxing. “…”"); else of its own ("Lund attacked “a plan”"),
# a full name or an earlier speaker; never the one given a message ("Lund had a message from the
# mayor: “…”").
def narrator(
    resolver: Resolver, context: tuple[int, int], previous: str | None, at: tuple[Span, Span | None]
) -> str | None:
    """For a quotation with no cue: the one subject that narration before it names."""
    begin, breaks = sentence_breaks(resolver.text, context, resolver.cues)
    if ends_sentence(resolver.text, begin, context[1]):
        if resolver.cues.nouns_capitalized and (
            _said_after(resolver.text, at[0], resolver.cues) or goes_on(resolver.text, at[0])
        ):  # „…“ Diesen Satz hatte X gesagt."; „…“ heißt die Schau.": not the narration's
            return None
        begin = joined_at(resolver.text, begin, context[1], resolver.cues)  # "…, and Ed cut in."
        found = _said(resolver, begin, context, previous)
        if found is not None:  # "" for "…, sagte ein Sprecher.": nobody
            return found or None
        found = _subject(resolver, begin, context, previous, lone=True)
        said = resolver.text[at[0].start : at[0].end]  # "X sagte, …. Es sei …. „…“"
        return found or reported_back(resolver, begin, context, said)
    asked = at[1] is not None and only_asks(resolver.text, at[1], resolver.cues)  # "?" asker's
    asked = asked or bool(at[1] and asks_after_answer(resolver.text, at[0], at[1], resolver.cues))
    if (
        previous
        and resolver.cues.next_paragraph
        and not asked
        and after_narration(resolver.text, *at, begin)
    ):
        found = _subject(resolver, begin, context, previous, lone=True)
        # the previous speaker as subject again, naming nobody new ("Roe introduced Tom Hale, the
        # new coach.\n\n“…”": the one introduced may speak next)
        return (
            found
            if found == previous and not _others((begin, context[1]), resolver, found)
            else None
        )
    said = resolver.text[at[0].start : at[0].end]
    if resolver.cues.nouns_capitalized or name_like(said, resolver.cues):  # de: german_order.py
        return None
    own = own_sentence(resolver.text, context, resolver.cues, breaks)
    if own is None or messaged(resolver.text, (own, context[1]), resolver.cues):
        return None
    if passive_hearer(resolver.text, (own, context[1]), resolver.cues):
        return None  # "Mara Zell was assured by officials that “…”": she hears the words
    return _subject(resolver, own, context, previous, lone=False)


# "…, kündigte X an. „…“", "Der Kanzler sagte, …. „…“", "…, sagte er. „…“": the one subject
# of the verb of saying that opens or closes the sentence from `begin` to the quotation.
def _said(
    resolver: Resolver, begin: int, context: tuple[int, int], previous: str | None
) -> str | None:
    """The speaker a cue of the sentence from `begin` names; "" for a cue naming nobody."""
    found = reporter(resolver, begin, context, previous)
    found = found or pronoun_reporter(resolver, begin, context, previous)
    closing = None if found else closing_report(resolver, begin, context)
    if closing is not None:
        return closing
    return found or opening_cue(resolver, begin, context, previous)


# A lone word, which may open any clause, counts only with `lone` or as an earlier speaker; a name
# counts as written (`_written`); an opening "he" or "she" counts for whom it surely stands for.
def _subject(
    resolver: Resolver, begin: int, context: tuple[int, int], previous: str | None, lone: bool
) -> str | None:
    """The one person named as a subject from `begin` to the quotation, with nobody else named."""
    window = (begin, context[1])
    found = resolver.recent_people(window)
    people = {name for name, _, at in found if lone or _written(resolver.text, name, at)}
    first = TOKEN.search(resolver.text, *window)
    opens = bool(found) and first is not None and found[0][2] == first.start()
    if lone and previous and ((opens and found[0][0] == previous) or people == {previous}):
        return previous  # "“…,” says Ann Roe. Roe backs Mayor Tom Hale. “…”": she goes on
    he = first is not None and first.group().lower() in resolver.cues.pronouns
    if not people and first and he and gender_of(first.group(), resolver.cues):  # not "they"
        opening = Mention(first.group(), "pronoun", "", first.start())
        return resolver.resolve(opening, context, previous)
    name = people.pop() if len(people) == 1 else None
    if name is None or not (lone or " " in name or name in resolver.spoken):
        return None
    return None if resolver.others(window, name) else name


# A lone "One" is no part of "Fifty One Day War"; "Sen. Cruz" is "Ted Cruz".
def _written(text: str, name: str, at: int) -> bool:
    """Whether the name run at `at` ends in the name's last word."""
    words = TOKEN.findall(text, at, at + len(name) + _PAST_NAME)[: name.count(" ") + 3]
    return TOKEN.findall(name)[-1] in words


def _others(window: tuple[int, int], resolver: Resolver, speaker: str) -> bool:
    """Whether a full name other than `speaker`'s is named in `window`, as subject or not."""
    own = set(speaker.split())
    for run in single_run().finditer(resolver.text, *window):
        name = resolver.roster.name(run.group(), run.start())
        if " " not in name or not_person(name, resolver.cues) or set(name.split()) <= own:
            continue  # a single word may be a place ("in Chicago")
        if not any(w.lower() in resolver.roster.orgs for w in name.split()):
            return True
    return False


# "Der Plan sei gut, sagte er. „Wir schaffen das.“ Diesen Satz hatte Angela Merkel gesagt.": a
# sentence after the quotation that holds a verb of saying may name another speaker for it (the
# cue passes read none there), so the narration before it names nobody.
def _said_after(text: str, span: Span, cues: Cues) -> bool:
    """Whether the sentence after `span` points back at it and holds a verb of saying."""
    start = span.close_at + 1
    first = TOKEN.search(text, start, span.para_end)
    if first is None or first.group().lower() not in _POINTING or not first.group()[0].isupper():
        return False
    stop = cues.sentence_end.search(text, start, span.para_end)
    if stop is not None and not text[start : stop.start()].strip():  # „…“. Diesen Satz …
        stop = cues.sentence_end.search(text, stop.end(), span.para_end)
    return bool(cues.verbs.search(text, first.end(), stop.end() if stop else span.para_end))
