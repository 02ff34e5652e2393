"""A German quotation in a main clause that a semicolon joins to the one before it."""
# "Kollegen reagierten vorsichtig; die Astronomin X vom Observatorium Y mahnte, die Daten
# müssten „…“": the clause after the semicolon opens with its own subject and verb of saying, as
# a new sentence would; the cue window of a quotation in it starts there, so the subject of the
# first clause ("Kollegen") is not read as the speaker. Only when the subject (an article, a
# possessive, "von"/"vom" and capitalised words) and the verb of saying open that clause: "X
# erklärte, man habe verhandelt; die Opposition habe jedoch … „…“ gestellt" goes on with the
# reported speech of the first clause.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_WORDS = re.compile(r"[^\W\d_][\w.-]*")
_SUBJECT_WORDS = 9  # "die Astronomin Yasmin El-Amrani vom Observatorium Hohe Wacht"
_LOWER = frozenset(
    ("der", "die", "das", "ein", "eine", "ihr", "sein", "seine", "ihre", "von", "vom", "des", "aus")
)


def past_semicolon(text: str, start: int, opening: int, cues: Cues) -> int:
    """Where the cue window of a quotation opening at `opening` starts: past the last semicolon
    from `start` when a subject and its verb of saying open the clause after it, else `start`."""
    if not cues.nouns_capitalized:
        return start
    semicolon = text.rfind(";", start, opening)
    verb = cues.verbs.search(text, semicolon + 1, opening) if semicolon >= 0 else None
    if verb is None or verb.group().lower() in cues.reported:
        return start  # "; die Opposition habe …": a Konjunktiv goes on with the reported speech
    subject = _WORDS.findall(text, semicolon + 1, verb.start())
    if not subject or len(subject) > _SUBJECT_WORDS:
        return start
    if any(w.islower() and w not in _LOWER for w in subject):
        return start  # "; die Opposition habe jedoch …": reported speech goes on
    return opening - len(text[semicolon + 1 : opening].lstrip())  # its first word
