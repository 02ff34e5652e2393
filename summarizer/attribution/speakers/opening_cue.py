"""German: the subject that opens the sentence right before a quotation with no cue, as the
subject of its verb of saying."""

# "Der Kanzler bemerkte darauf, er habe keine Veranlassung. „Die Herren mögen sich gedulden.“",
# "Der Abg. Wiemer widersprach lebhaft. „…“": a report names the speaker, then gives the speech
# whole. The sentence before the quotation opens with its subject and the verb of saying right
# after it; nobody else is named as the subject of a cue there. A name was read before by the
# roster's narration; a role or a rank and surname ("der Kanzler", "Abg. Wiemer") only here.
# Never a Konjunktiv ("Der Plan sei gut.") or hearsay ("Laut dem Kanzler …").

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.mentions import find_mentions
from summarizer.attribution.speakers.names import Resolver

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
    if not cues.nouns_capitalized:
        return None
    written = resolver.roster.written
    found = [m for m in find_mentions(text, (begin, end), (end, end), cues, written)]
    cued = [m for m in found if m.cue_at >= 0 and m.kind != "pronoun"]
    if len(cued) != 1 or len(found) > len(cued) + 1 or not cued[0].sure:
        return None
    mention = cued[0]
    word = mention.cue.lower()
    if word in cues.reported or word in cues.hearsay or mention.cue_at < mention.at:
        return None
    if word.startswith(_ASKING) or text[begin:end].rstrip().endswith("?"):
        return None
    lead = [w.lower() for w in TOKEN.findall(text, begin, mention.at)]
    subject = TOKEN.findall(text, mention.at, mention.cue_at)
    if not set(lead) <= _LEAD or len(lead) > _LEAD_WORDS or len(subject) > _SUBJECT_WORDS:
        return None
    if "," in text[mention.at : mention.cue_at]:
        return None  # "Der Minister, der …, erklärte": read by the cue passes, not here
    name = resolver.resolve(mention, context, previous)
    return None if name is None or resolver.others((begin, end), name) else name  # "… Eva Roth."
