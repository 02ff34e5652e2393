"""A thing that tells someone something ("The sign assured drivers: “…”") is no speaker."""
# A verb of addressing that a written text may do too (english_verbs.toml `written_hearers`:
# "told", "assured", "reminded"), with someone addressed after it: a subject that is a lower-case
# description and no role, body or document ("the sign", "the letter") is mostly a thing whose
# words stand written on it, whoever wrote them not named there: only a head of
# english_verbs.toml `written_things` ("the sign", "the app"); a person described so ("The woman
# told police:", "The driver warned passengers:") speaks, as written (review27a). A role ("the
# officer"), a body or a document ("the ministry", "the statement") is read as before; "The crowd
# taunted Nora Vale:" is the crowd's (only people taunt).

from __future__ import annotations

import functools
import re

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.english_verbs import forms

_WORD = re.compile(r"[ \t]+([^\W\d_]+)")  # the word right after the cue: its object


@functools.cache
def _written_hearers() -> frozenset[str]:
    """The past and third person of english_verbs.toml's `written_hearers` ("assured")."""
    data = _data.load_toml("english_verbs.toml")
    found = (forms(lexeme, data) for lexeme in data.get("written_hearers", []))
    return frozenset(form for each in found for form in (each["past"], each["third"]))


@functools.cache
def _written_things() -> frozenset[str]:
    """english_verbs.toml's `written_things`: the heads of things with words on them."""
    return frozenset(_data.load_toml("english_verbs.toml").get("written_things", []))


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
    if mention.cue.lower() not in _written_hearers():
        return None
    head = mention.words.split()[-1].lower() if mention.words.split() else ""
    if head not in _written_things():  # "The woman told police:": a person, as written
        return None
    hearer = _WORD.match(text, mention.cue_at + len(mention.cue))
    if hearer is None or hearer.group(1).lower() in cues.complementizers:
        return None
    return Attribution(None, mention.cue, mention.words, "none", mention.cue_at, False)
