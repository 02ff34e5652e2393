"""Whether an Arabic cue with no subject agrees in gender with the speaker it would go on with."""
# Every Arabic past verb marks its subject's gender: "وأضافت" (she added) never goes on with a
# man quoted before, nor "وأضاف" with a woman. The speaker's gender is read off the verb of
# saying right before the name where the text last wrote it ("وقالت ليلى منصور").

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.arabic_office import HELD_IN
from summarizer.attribution.lexicon.cues import Cues

_FEMININE = _data.load_toml("cues.toml")["ar"]["feminine_suffix"]
_LEAD = 60  # characters before a name where its own verb stands (titles between included)
_REACH = 3000  # where the name's last mention is looked for: bounded


def verb_gender(verb: str) -> str | None:
    """The gender a past verb of saying marks: "f" ("قالت"), "m" ("قال"), None (unknown)."""
    stem = verb.removeprefix("و").removeprefix("ف")
    if stem.endswith(_FEMININE):
        return "f"
    # a past verb opening with ت ("تابع") or a present one ("تقول") tells no gender by its end
    return None if stem.startswith(_FEMININE) or not stem else "m"


def disagrees(text: str, cue: str, previous: str, at: int, cues: Cues) -> bool:
    """Whether `cue` (subjectless) marks another gender than the verb last said of `previous`."""
    wanted = verb_gender(cue.split()[0])
    written = text.rfind(previous, max(0, at - _REACH), at)
    if wanted is None or written < 0:
        return False
    verbs = list(cues.verbs.finditer(text, max(0, written - _LEAD), written))
    between = text[verbs[-1].end() : written].split() if verbs else []
    # a function word between makes the name another verb's ("ونقلت الوكالة عن الوزير"), but
    # not في, which opens the place of the name's own title ("مديرة التسويق في النادي")
    if not verbs or any(word in cues.stop and word != HELD_IN for word in between):
        return False
    said = verb_gender(verbs[-1].group())
    return said is not None and said != wanted
