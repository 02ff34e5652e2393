"""Whether the sentence that German indirect speech goes on from names two people."""
# "Ole Brandt traf Ina Seiler. Die Lage sei ernst. Viele stünden „…“": either may be the one
# reported, so the Konjunktiv names nobody. A name inside an attribute of another noun ("den
# Entwurf von Finanzminister Dirk Albers", "des Ministers Jan Roth") is no rival: the subject
# that kritisierte it speaks.

from __future__ import annotations

from summarizer.attribution.german.casing import surnames, written_lower
from summarizer.attribution.lexicon.cues import Cues

_ATTRIBUTES = frozenset(("von", "vom", "des"))  # before a name that only qualifies a noun


def two_people(text: str, words: list[str], cues: Cues) -> bool:
    """Whether `words` (one sentence) hold two full names that are no noun's attribute."""
    named = surnames(text)
    count = 0
    for index, word in enumerate(words):
        if index == 0 or word not in named or not words[index - 1][:1].isupper():
            continue  # a full name is two capitalised words or more
        if written_lower(words[index - 1].lower(), text) or words[index - 1] in cues.stop:
            continue  # "Die Dürre", "Am Rande": a phrase, no name
        start = index
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1  # back over the name and a title before it: "Finanzminister Dirk Albers"
        count += start == 0 or words[start - 1].lower() not in _ATTRIBUTES
    return count > 1
