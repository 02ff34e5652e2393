"""An adverb of sequence or time before a name and its colon is no word of the name: "Hierauf
Graf Caprivi: „…“" is Graf Caprivi ("darauf", "hierauf", "sodann", "nun", "heute": the language's
`skip` words of cues.toml; German); a label of such words alone ("Heute Abend: „Die Räuber.“", a
playbill's day) names nobody."""

from __future__ import annotations

import dataclasses

from summarizer.attribution.lexicon.cues import Cues, Mention


def past_adverbs(mention: Mention, cues: Cues) -> Mention | None:
    """The mention without the adverbs that open it; None when nothing but such words (or
    `stop` words, the German weekdays) is left. German only: English `skip` holds "will"."""
    if not cues.nouns_capitalized:
        return mention
    words = mention.words.split()
    lead = 0
    while lead < len(words) and words[lead].lower() in cues.skip:
        lead += 1
    if all(w.lower() in cues.skip or w.lower() in cues.stop for w in words[lead:]):
        return None
    if lead == 0:
        return mention
    rest = mention.words.split(None, lead)[lead]
    return dataclasses.replace(mention, words=rest, at=mention.at + len(mention.words) - len(rest))
