"""English: the reporting clause that ends the sentence right before a quotation with no cue."""

from __future__ import annotations

from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.mentions import find_mentions
from summarizer.attribution.speakers.names import Resolver

# "…, Lowe told reporters on Monday.": the few words a final reporting clause may end in
_TAIL_WORDS = 5


# "The council may wait while Tom Reyes talks, Dana Lowe said. “…”": the clause that reports
# the whole sentence names its speaker, whoever else the reported words name; only a full name
# or one the article gave in full, set off by a comma at the sentence's end.
def reporter(
    resolver: Resolver, begin: int, context: tuple[int, int], previous: str | None
) -> str | None:
    """The named subject of a reporting clause closing the sentence from `begin` to the quote."""
    text, end = resolver.text, context[1]
    if not resolver.cues.narrator or resolver.cues.nouns_capitalized:
        return None
    for mention in find_mentions(
        text, (begin, end), (end, end), resolver.cues, resolver.roster.written
    ):
        if mention.kind != "name" or mention.cue_at < 0:
            continue
        clause = text.rfind(",", begin, mention.at)
        tail = text[mention.cue_at + len(mention.cue) : end]
        short = len(TOKEN.findall(tail)) <= _TAIL_WORDS and "," not in tail
        if clause >= 0 and short and not text[clause + 1 : mention.at].strip():
            return resolver.resolve(mention, context, previous, keep=_full)
    return None


# "Die Stichprobe sei zu klein, sagte er der Zeitung. „…“": in German a reporting clause that
# closes the sentence before with a pronoun for its subject ("…, sagte er", "…, so sie") reports
# the quotation too: its one person in view of that gender, as the pronoun is resolved there.
def pronoun_reporter(
    resolver: Resolver, begin: int, context: tuple[int, int], previous: str | None
) -> str | None:
    """The person a pronoun subject of a reporting clause closing the sentence stands for."""
    text, end = resolver.text, context[1]
    if not resolver.cues.nouns_capitalized or text.find(",", begin, end) < 0:
        return None  # no comma, no clause after one: no mention need be read
    mentions = list(
        find_mentions(text, (begin, end), (end, end), resolver.cues, resolver.roster.written)
    )
    if len(mentions) != 1 or mentions[0].kind != "pronoun" or mentions[0].cue_at < 0:
        return None  # no reporting clause, or one with a name: read by the speakers pass
    mention = mentions[0]
    clause = text.rfind(",", begin, mention.cue_at)
    tail = text[mention.cue_at + len(mention.cue) : end]
    short = len(TOKEN.findall(tail)) <= _TAIL_WORDS and "," not in tail
    if clause < 0 or not short or text[clause + 1 : mention.cue_at].strip():
        return None  # "sagte er" must open the clause after the comma and end the sentence
    return resolver.resolve(mention, context, previous)


# Not "…, of Raleigh, N.C., who was polled, said": a place's abbreviation is nobody; a name
# not kept is not recorded either, so no later pronoun or surname is carried to it.
def _full(name: str | None) -> bool:
    """Whether `name` is a full name: two words or more, none of them an abbreviation."""
    words = (name or "").split()
    return len(words) > 1 and not any(w.endswith(".") for w in words)
