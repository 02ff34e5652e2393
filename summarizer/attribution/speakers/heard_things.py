"""A thing that tells someone something ("The sign assured drivers: “…”") is no speaker."""
# A verb of addressing (cues.toml [en] addressed, english_verbs.toml `addressed`) wants a speaker
# who addresses someone; a subject that is a lower-case description and no role, body or
# document ("the sign", "the letter") is mostly a thing whose words stand written on it, whoever
# wrote them not named there (a person described so, "The boy told reporters:", is named no
# more: precision first). A role ("the officer"), a body or a document ("the ministry", "the
# statement") is read as before.

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.english_verbs import forms

_WORD = re.compile(r"[ \t]+([^\W\d_]+)")  # the word right after the cue: its object


@functools.cache
def _third_persons() -> frozenset[str]:
    data = _data.load_toml("english_verbs.toml")
    return frozenset(forms(lexeme, data)["third"] for lexeme in data.get("addressed", []))


# Only where the cue stands before the quotation (ending at `closed`): after it ("“…,” asked the
# boy", "“…,” the nominee told Fox") a description is the one who speaks, as a reporter names a
# person again; before it, the description after the cue is the one addressed ("He then asked
# the buzzing crowd, “…”"). A description a name resolves (`speaker`) speaks; so does one whose
# verb has no one addressed right after it ("The billionaire developer warned: “…”").
def heard_thing(
    text: str, mention: Mention, speaker: str | None, cues: Cues, closed: int
) -> Attribution | None:
    """Nobody, the cue and `mention` kept, where `mention` is a description a verb of addressing
    before the quotation governs ("The sign assured drivers:"); else None."""
    if cues.family != "en" or mention.kind != "description" or mention.cue_at > closed:
        return None
    if speaker and speaker.lower() != mention.words.lower():
        return None
    cue = mention.cue.lower()
    if cue not in cues.addressed and cue not in _third_persons():
        return None
    hearer = _WORD.match(text, mention.cue_at + len(mention.cue))
    if hearer is None or hearer.group(1).lower() in cues.complementizers:
        return None
    return Attribution(None, mention.cue, mention.words, "none", mention.cue_at, False)
