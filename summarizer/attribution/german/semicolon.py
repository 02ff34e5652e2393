"""A German quotation in a main clause that a semicolon joins to the one before it."""
# "Kollegen reagierten vorsichtig; die Astronomin X mahnte, die Daten müssten „…“": the clause
# after the semicolon has its own subject and verb, as a new sentence would; the cue window of a
# quotation in it starts there, so the subject of the first clause ("Kollegen") is not read as
# the speaker. Only when a verb of saying stands after the semicolon: "Der Plan sei gut; die
# Umsetzung aber „schwierig“" goes on with the reported speech of the first clause.

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Cues


def past_semicolon(text: str, start: int, opening: int, cues: Cues) -> int:
    """Where the cue window of a quotation opening at `opening` starts: past the last semicolon
    from `start` when a verb of saying follows it, else `start`."""
    if not cues.nouns_capitalized:
        return start
    semicolon = text.rfind(";", start, opening)
    if semicolon < 0 or not cues.verbs.search(text, semicolon + 1, opening):
        return start
    return opening - len(text[semicolon + 1 : opening].lstrip())  # its first word
