"""The name a cue governs as its object, read whole."""

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Cues, Mention


# After "по словам" or a verb of quoting the name is the cue's object in the genitive or the
# accusative, never the one told: "цитирует Ольгу Смирнову" is one woman, though "Смирнову"
# alone would read as a dative cut off the name ("сказал Шойгу Смирнову").
def governed(name: str, mention: Mention, cues: Cues) -> tuple[str, bool]:
    """The name a cue governs in the genitive or accusative, whole; whether the cue governs it."""
    # only a name after the cue is its object: "Ольга Смирнова процитировала …" is her subject,
    # already in the nominative ("Ольг Смирнов" before)
    genitive = mention.cue.lower() in cues.genitive_cues and mention.at > mention.cue_at
    return (_whole_object(name, mention.words) if genitive else name), genitive


def _whole_object(name: str, words: str) -> str:
    """The capitalised run of a governed mention from `name` on, when the name lost its end."""
    run = [w for w in words.split() if w[:1].isupper()]
    if " " in name or name not in run:
        return name
    return " ".join(run[run.index(name) :])
