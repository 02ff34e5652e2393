"""Reported royal speech: "Se. Majestät geruhten zu sagen:", the subject of a verb of deigning."""
# The honorific plural "geruhten" governs the infinitive of saying ("zu erwidern"), which has no
# subject of its own: whoever deigned speaks, before the verb or, put after it, behind it
# ("Hierauf geruhten Se. Majestät huldvollst zu erwidern:").

from __future__ import annotations

import re
from collections import deque

from summarizer import _data
from summarizer.attribution.german.german import subject_after, subject_before
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop

_OLDER = _data.load_toml("german.toml")["older_print"]
_DEIGNING = re.compile(rf"\b(?:{'|'.join(_OLDER['deigning'])})\b")
_SAYING = frozenset(_OLDER["saying_infinitives"])
_PRONOUNS = frozenset(_OLDER["honorific_pronouns"])
_TAIL = 10  # a subject and adverbs between the verb and "zu": "Se. Majestät huldvollst"


def deigned_subject(text: str, window: Window, cues: Cues) -> Mention | None:
    """The subject of "geruhten … zu sagen:" right before a quotation."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":"):
        return None
    # the last one: the one whose infinitive ends the window; a one-item deque keeps only it
    last = deque(_DEIGNING.finditer(text, window[0], window[1]), maxlen=1)
    verb = last[0] if last else None
    if verb is None or not _says(TOKEN.findall(text, verb.end(), window[0] + len(head)), cues):
        return None
    start = last_stop(text, cues.sentence_end, window[0], verb.start()) or window[0]
    found = (
        subject_before(text, start, verb, cues) if TOKEN.search(text, start, verb.start()) else None
    )
    found = found or subject_after(text, window[1], verb, cues)
    return None if found is None or found.words in _PRONOUNS else found


def _says(words: list[str], cues: Cues) -> bool:
    """Whether the clause after the verb of deigning ends in "zu" and an infinitive of saying."""
    if len(words) < 2 or words[-2] != "zu" or words[-1] not in _SAYING:
        return False
    return len(words) <= _TAIL and "," not in words
