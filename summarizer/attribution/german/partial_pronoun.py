"""The pronoun subject of the clause that holds a short German quotation, and its verb."""
# "Er wies die Vorwürfe als „…“ zurück": the pronoun opens the clause, the verb follows (or the
# last verb joined by "und"). "Kritik der Opposition wies er als „…“ zurück": an object phrase
# opens it, the finite verb stands second and the pronoun right after it (verb second).

from __future__ import annotations

from summarizer.attribution.german.german import finite
from summarizer.attribution.lexicon.cues import Cues


def subject_pronoun(words: list[str], cues: Cues) -> tuple[int, int] | None:
    """Where the clause's pronoun subject and its finite verb stand in `words`, or None."""
    if "," in words or len(words) < 2:
        return None  # another clause may bring another subject
    first = words[0]
    if first[0].isupper() and first.lower() in cues.pronouns:
        if not finite(words[1], cues):
            return None
        joined = [i + 1 for i, w in enumerate(words[:-1]) if w == "und"]
        return 0, max(joined, default=1)
    if not first[0].isupper() or first.lower() in cues.pronouns:
        return None
    # the object phrase: capitalised words and lower-case articles, up to the finite verb
    verb = next((i for i, w in enumerate(words) if w.islower() and w not in cues.determiners), 0)
    if verb == 0 or verb + 1 >= len(words) or not finite(words[verb], cues):
        return None
    if words[verb] in cues.reported or words[verb] in cues.subjunctive:
        return None  # "Deshalb sei sie „…“": a Konjunktiv reports someone else's words
    return (verb + 1, verb) if words[verb + 1] in cues.pronouns else None
