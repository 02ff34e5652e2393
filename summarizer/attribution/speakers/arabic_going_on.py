"""Arabic: whom a cue with no subject of its own ("وأضاف:", "he added") goes on with."""

# No capitals mark a name in Arabic, so a subjectless cue goes on with the speaker of the previous
# quotation. A sentence that opens with a cue and its own subject since then, reporting without
# quotation marks ("وقالت الوزيرة ريم خوري إن المدارس ستفتح. وأضافت: «…»"), is whom it goes on
# with instead: its named subject, or nobody named where it is a role, a body or someone unnamed
# ("وقال مصدر أمني إن … . وأضاف: «…»": not the one quoted before). A cue inside a sentence
# ("مشيرا إلى أن الرئيس أكد") reports another's words within it and changes nothing.

from __future__ import annotations

from summarizer.attribution.frames.arabic_agree import disagrees, verb_gender
from summarizer.attribution.frames.arabic_opener import last_opener
from summarizer.attribution.frames.subject_right import subject_right
from summarizer.attribution.lexicon.cues import Cues, Mention

_OPENS = ".!?\n"  # what ends the sentence before a cue that opens one
_LOOK_BACK = 80  # characters read back past the spaces before a cue: no sentence holds more


def going_on(
    text: str, mention: Mention, context: tuple[int, int], previous: str | None, cues: Cues
) -> str | None:
    """The speaker a subjectless Arabic cue goes on with, of the cue's gender, else None."""
    end = min(context[1], mention.cue_at) if mention.cue_at >= 0 else context[1]
    subject = _last_reporter(text, (context[0], end), cues)
    opener = last_opener(text, (context[0], end), cues)  # "وصل الوزير X …. وقال:"
    if opener and (subject is None or opener.cue_at > subject.cue_at):
        genders = {verb_gender(opener.cue), verb_gender(mention.cue or "")}
        unlike = None not in genders and len(genders) > 1  # "تفقد", "تابع": no gender told
        subject = Mention(opener.cue, "role", opener.cue, opener.at) if unlike else opener
    if subject is not None:
        # a name of two words or more ("ريم خوري"); a role, a body, someone: nobody named
        named = subject.kind == "org" and len(subject.words.split()) > 1
        previous = subject.words if named else None
    other = previous and disagrees(text, mention.cue or "", previous, context[1], cues)
    return None if other else previous  # "وقالت ليلى منصور … وأضاف:": not her


def _last_reporter(text: str, window: tuple[int, int], cues: Cues) -> Mention | None:
    """The subject of the last cue in `window` that opens a sentence and names one, else None."""
    found = None
    for cue in cues.verbs.finditer(text, *window):
        before = text[max(0, cue.start() - _LOOK_BACK) : cue.start()].rstrip(" \t")
        if (before and before[-1] not in _OPENS) or cue.group() in cues.hearsay:
            continue
        subject = subject_right(text, cue, window[1], cues)
        if subject is not None and subject.kind != "pronoun":
            found = subject
    return found
