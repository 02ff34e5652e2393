"""Speech frames before a colon that introduce no one's speech: passive, impersonal, no floor."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues

_FLOOR = _data.load_toml("german.toml")["floor"]
_FLOOR_NOUN = _FLOOR["noun"]
_FLOOR_VERBS = frozenset(_FLOOR["verbs"])
_PARAPHRASE = tuple(_data.load_toml("german.toml")["paraphrase"]["adverbs"])
_TAIL = 40  # "meinte sinngemäß:", "hatte 1983 sinngemäß gesagt:"
_ASKED_REACH = 40  # enough for "was then asked:" after a name; a quotation is looked at once
_ASKED_GAP = " \t\n:,"
_ASKED_ADVERBS = 1  # an adverb between: "was then asked"
_WORD = re.compile(r"\w+")
_OBJECTS = (["es"], ["das"], ["dies"])  # "sagte es so:", "sieht das so:"


# "a privilege they have been denied: a chance to …" is what was denied, no speech; so is what
# "ist zu berichten:" or "stellt sich die Frage:" brings, which nobody says
def speakerless(text: str, clause: int, frame: re.Match[str], cues: Cues) -> bool:
    """Whether a frame's verb is passive or impersonal, or "das Wort" nobody takes: no speaker."""
    words = text[clause : frame.start()].lower().split()
    if cues.nouns_capitalized:
        modal = words[-1:] == ["zu"] and any(w in cues.modal_passive for w in words)
        reflexive = any(w in cues.reflexives for w in words[-2:])
        unowned = _no_floor(text, clause, frame) or _paraphrased(text, clause, frame)
        return modal or reflexive or unowned or _bare_particle(words, frame, cues)
    return bool(words) and words[-1] in cues.passive


# "Die Sache liegt so:", "verhält es sich so:" say how things are; "sagte es so:", "sieht das
# so:" give someone's words: a particle alone before the colon needs the object it stands for.
def _bare_particle(words: list[str], frame: re.Match[str], cues: Cues) -> bool:
    """Whether the frame is a lone particle ("so") with no "es" or "das" right before it."""
    return frame.group().strip().lower() in cues.particles and words[-1:] not in _OBJECTS


# "meinte sinngemäß: Damit fängt man keine Täter": the gist of someone's words, not a quotation.
def _paraphrased(text: str, clause: int, frame: re.Match[str]) -> bool:
    """Whether an adverb of paraphrase stands in the frame's clause before its colon."""
    words = text[clause : frame.end() + _TAIL].split(":", 1)[0].lower()
    return any(adverb in words for adverb in _PARAPHRASE)


# "ergriff Herr X das Wort:", "Das Wort hat der Abgeordnete X:" take the floor; "entzog dem
# Redner das Wort:" and a heading ("Das Wort des Tages:") do not.
def _no_floor(text: str, clause: int, frame: re.Match[str]) -> bool:
    """Whether a frame on "das Wort" lacks a verb of taking or having the floor."""
    if not frame.group().lower().startswith(_FLOOR_NOUN):
        return False
    return not any(w in _FLOOR_VERBS for w in text[clause : frame.end()].lower().split())


# "Hale was asked: “Will you win?”", "Hale was told, “…”": the subject of a passive verb of
# addressing is the one spoken to, never the speaker; an agent after it ("was asked by Lund:") is
# read as a cue, and "was saying:" is no passive.
def addressed(text: str, opened: int, cues: Cues) -> bool:
    """Whether a passive verb of addressing ends the text right before the quotation at `opened`."""
    if not cues.addressed:
        return False
    start = opened - _ASKED_REACH if opened > _ASKED_REACH else 0
    window = text[start:opened].rstrip(_ASKED_GAP)
    last = window.rsplit(None, 1)[-1:]  # the verb first: most quotations stop here
    if not last or last[0].lower() not in cues.addressed:
        return False
    words = window.lower().split()
    lead = words[-2 - _ASKED_ADVERBS : -1]
    while lead and lead[-1] in cues.skip:
        lead.pop()  # "was then asked", "had been repeatedly told"
    return bool(lead) and lead[-1] in cues.passive


# "Ada Lorne had a message from the mayor: “…”", "Ada Lorne received a statement:": whoever gives
# out a message a colon introduces is for `colons.issued_by` to name; the sentence's subject may
# be the one who got it.
def messaged(text: str, sentence: tuple[int, int], cues: Cues) -> bool:
    """Whether the sentence ends in a colon after a noun for a message ("statement", "note")."""
    head = text[sentence[0] : sentence[1]].rstrip(" \t\"“‘'«„")
    return head.endswith(":") and not cues.messages.isdisjoint(_WORD.findall(head.lower()))
