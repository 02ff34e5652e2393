"""German: the subject that opens the sentence right before a quotation with no cue, as the
subject of its verb of saying."""

# "Der Kanzler bemerkte darauf, er habe keine Veranlassung. „Die Herren mögen sich gedulden.“",
# "Der Abg. Wiemer widersprach lebhaft. „…“": a report names the speaker, then gives the speech
# whole. The sentence before the quotation opens with its subject and the verb of saying right
# after it; nobody else is named as the subject of a cue there. A name was read before by the
# roster's narration; a role or a rank and surname ("der Kanzler", "Abg. Wiemer") only here.
# Never a Konjunktiv ("Der Plan sei gut.") or hearsay ("Laut dem Kanzler …").

from __future__ import annotations

from collections.abc import Callable, Iterable

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.mentions import find_mentions
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.speakers.names import Resolver
from summarizer.attribution.speakers.persons import not_person

_ADDRESS = _data.load_toml("german.toml")["address"]
# words the mention may leave before it: an article, a rank, a particle ("Der Abg. v. Ems")
_LEAD = frozenset(
    w.lower()
    for w in ("der", "die", "das", "Herr", "Frau", *_ADDRESS["ranks"], *_ADDRESS["between"])
)
_LEAD_WORDS = 4
# verbs of asking: the one asked answers next ("Der Vorsitzende fragte den Zeugen, ob … „Nein.“")
_ASKING = ("frag", "befrag", "erkundigt")
_SUBJECT_WORDS = 5  # words from the mention to its verb: a title, a name


def opening_cue(
    resolver: Resolver, begin: int, context: tuple[int, int], previous: str | None
) -> str | None:
    """The one subject of a verb of saying that opens the sentence from `begin` to the quote."""
    text, end, cues = resolver.text, context[1], resolver.cues
    if not cues.nouns_capitalized or text[begin:end].rstrip().endswith("?"):
        return None  # a question's answer is the one asked's
    written = resolver.roster.written
    found = find_mentions(text, (begin, end), (end, end), cues, written)
    mention = _sole_cued(found, lambda m: _opens(text, begin, m, cues))
    if mention is None:
        return None
    name = resolver.resolve(mention, context, previous)
    if name is None or not_person(name, cues):  # "Jemand habe gesagt, …": no one to name
        return None
    return None if resolver.others((begin, end), name) else name  # "… Eva Roth."


# Read lazily: the mentions stop at the first that rules the sentence out (a second cued one,
# a second other, one unsure or out of place), and the readers after it are never run.
def _sole_cued(found: Iterable[Mention], fits: Callable[[Mention], bool]) -> Mention | None:
    """The one cued mention (no pronoun) among `found`, sure and `fits`, with at most one other."""
    cued, others = None, 0
    for mention in found:
        if mention.cue_at < 0 or mention.kind == "pronoun":
            others += 1
            if others > 1:
                return None
        elif cued is not None or not mention.sure or not fits(mention):
            return None
        else:
            cued = mention
    return cued


def _opens(text: str, begin: int, mention: Mention, cues: Cues) -> bool:
    """Whether a cued mention is the subject that opens the sentence, before its verb of saying."""
    word = mention.cue.lower()
    if word in cues.reported or word in cues.hearsay or mention.cue_at < mention.at:
        return False
    if word.startswith(_ASKING):
        return False
    lead = [w.lower() for w in TOKEN.findall(text, begin, mention.at)]
    subject = TOKEN.findall(text, mention.at, mention.cue_at)
    if not set(lead) <= _LEAD or len(lead) > _LEAD_WORDS or len(subject) > _SUBJECT_WORDS:
        return False
    return "," not in text[mention.at : mention.cue_at]  # "Der Minister, der …, erklärte": no
