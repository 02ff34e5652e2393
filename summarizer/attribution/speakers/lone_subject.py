"""A lone name as the subject of the sentence right before a quotation: whom "he said" means."""

# "“…,” said Stacy Lewis.\n\nAsked which is harder, Mulder didn't hesitate.\n\n“…,” he said": the
# sentence right before names one person, by a single word, as its finite verb's subject, and
# nobody else; so "he" is Mulder (the one full name the article gives with that word, or the word
# itself), a guess. Two full names with the word, or a gender the article marked otherwise for
# the name, leave the pronoun nobody's.

from __future__ import annotations

from itertools import pairwise

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.genders import gender
from summarizer.attribution.frames.subjects import last_sentence
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.names import Resolver
from summarizer.attribution.speakers.openers import finite_subject, fronted_before

_TRAILING = " \t\n“\"‘'"
_NOT_PLURAL = ("ss", "us", "is")  # "Ross", "Cyrus", "Davis": no plural noun


def _lone_subject(text: str, window: tuple[int, int], cues: Cues) -> str | None:
    """The lone capitalised word opening the main clause of the sentence ending `window`."""
    start, end = window
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if end <= start or text[end - 1] not in ".!?":
        return None
    begin = last_sentence(text, (start, end), cues)
    tokens = list(TOKEN.finditer(text, begin, end))
    if not tokens:
        return None
    placed: list[tuple[bool, str]] = []  # each lone subject, and whether it opens the main clause
    for index, (first, second) in enumerate(pairwise(tokens)):
        if first.group()[0].isupper() and finite_subject(text, first, second, cues):
            opens = index == 0 or fronted_before(text, first.start(), cues)
            placed.append((opens, first.group()))
    return placed[0][1] if len(placed) == 1 and placed[0][0] else None


def lone_speaker(mention: Mention, context: tuple[int, int], resolver: Resolver) -> str | None:
    """The person a "he" or "she" stands for as the lone subject of the sentence right before."""
    text, cues = resolver.text, resolver.cues
    wanted = gender_of(mention.words, cues) if mention.kind == "pronoun" else None
    # only "“…,” he said" right after it: "Negotiations faltered. She told them: “…”" is no one's
    if not wanted or not cues.spaced or cues.nouns_capitalized or mention.at < context[1]:
        return None
    word = _lone_subject(text, context, cues)
    if word is None:
        return None
    full = {name for _, name in resolver.roster.by_word().get(word, [])}
    plural = word.endswith("s") and not word.endswith(_NOT_PLURAL)  # "Talks stalled."
    name = full.pop() if len(full) == 1 else None if full or plural else word
    first = text.find(name or word)  # the gender the article marks where it first names them
    marked = gender(text, (first, first + len(name or word)), cues, context[0], names=True)
    told = resolver.genders.get(name or "", marked or wanted)
    return name if told == wanted else None
