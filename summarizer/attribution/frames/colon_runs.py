"""Where an unmarked speech after a colon runs on in older German print, and the documents a colon
after "folgende(s) …" quotes; `press` and `written_by`: a newspaper or a written document as a
quotation's source, never a sure speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from summarizer import _data
from summarizer.attribution.frames.noted_speech import to_note
from summarizer.attribution.frames.resumed import resumed
from summarizer.attribution.german.forenames import GIVEN
from summarizer.attribution.german.particled import HONORIFICS
from summarizer.attribution.german.roles import role_or_title
from summarizer.attribution.lexicon.cues import Cues

_OLDER = _data.load_toml("german.toml")["older_print"]
_PERSONAL = frozenset(_OLDER["second_person"]) | frozenset(_OLDER["first_person_more"])
# after a plain stop only "ich" or "du" goes on, and only a speech whose first sentence spoke so
# too: a paper's own "wir" ("Wir geben diese Nachricht mit Vorbehalt wieder") is the narrator's,
# and so is an essayist's "ich meine" after a saying quoted ("man darf sagen: so viel Köpfe …")
_SINGULAR = frozenset(_OLDER["first_person_singular"]) | _PERSONAL
_WORD = re.compile(r"[^\W\d_]+")
# "fuhr fort: Meine Herren, … handeln! (Bravo! rechts.) Wer … stimme mit uns.": the reporter's
# note of applause or a heckle sits inside a speech
_NOTE = re.compile(r"[ \t]*\([^()\n]{1,200}\)[ \t]*(?=[^\W\d_])")
_NEXT = re.compile(r"[ \t]*(?=[^\W\d_])")
# "folgendes Handschreiben: Lieber Graf X! Ich habe …": a salutation opens a letter
_SALUTE = re.compile(rf"\s*(?:{'|'.join(_OLDER['salutations'])})\s[^.!?:\n]{{1,60}}!")
# "folgendes Schreiben: Majestät! Ich bitte …": in a letter, a bare title of address opens it too
_ADDRESS = re.compile(r"\s*(?:[A-ZÄÖÜ][^\W\d_]+\s){0,2}[A-ZÄÖÜ][^\W\d_]+!")
_FOLLOWING = re.compile(
    rf"(?<!\w)(?:{'|'.join(_OLDER['following'])})\s+(?:[a-zäöüß]+\s+)?"
    rf"((?:{'|'.join(_OLDER['documents'])}))(?:\s+[^\n.;:!?„“”\"»«]{{1,80}})?\s*$"
)
_WRITTEN = frozenset(_OLDER["written"])
_PRESS = tuple(_OLDER["press"])
_PAPER_FIRST = tuple(_OLDER["press_first_endings"])  # "Freie", "Rheinischen", "Wiener"
_FRAME_REACH = 200


def run_on(
    text: str,
    bounds: tuple[int, int, int],
    stops: Callable[[], list[int]],
    cues: Cues,
    letter: bool = False,
) -> int:
    """Where a speech from `start` that ends at `end` runs to, up to `limit` (its paragraph).

    Past a bracketed note, or past the salutation that opens a letter, it runs on while the next
    sentence speaks in the first or second person (`(Heiterkeit.) Der Präsident …` and `Das
    Schreiben wurde überreicht.` are the narrator's); past a plain stop (German) while it says
    "ich", "mir", "du" or "euch". One step per sentence: linear."""
    start, end, limit = bounds
    salute = salutation(text, start, limit, letter)
    step = _NEXT if salute == end else _NOTE
    # only a first sentence that ends before its paragraph does is read: a bounded scan
    voiced = cues.nouns_capitalized and end < limit and _personal(text, start, end, cues)
    plain = _NEXT if voiced else step
    end = to_note(text, end, limit, cues)  # "… nicht. (Sehr richtig! links.)": still the speech
    while (gap := step.match(text, end, limit) or plain.match(text, end, limit)) is not None:
        after = _next_stop(stops(), gap.end(), limit)
        words = {w.lower() for w in _WORD.findall(text, gap.end(), after)}
        personal = cues.first_person | _PERSONAL if gap.re is step else _SINGULAR
        resumes = resumed(text, end, (gap.end(), after), cues) if gap.re is step else None
        if not (words & personal or resumes) or ":" in text[gap.end() : after]:
            break
        end = after if words & personal else resumes or after
    return end


def _personal(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the words from `start` to `end` speak in the first or second person."""
    words = {w.lower() for w in _WORD.findall(text, start, end)}
    return not words.isdisjoint(cues.first_person | _PERSONAL)


# the first capitalised stop after `start`, as colon_speech reads it (a lookup, not a scan)
def _next_stop(stops: list[int], start: int, limit: int) -> int:
    """The first of the sorted `stops` after `start`, if at most `limit`; else `limit`."""
    index = bisect_right(stops, start)
    return stops[index] if index < len(stops) and stops[index] <= limit else limit


def following(text: str, clause: int, colon: int, cues: Cues) -> re.Match[str] | None:
    """ "folgendes Handschreiben (an den Grafen):" ending at `colon` (German), or None."""
    return _FOLLOWING.search(text, clause, colon) if cues.nouns_capitalized else None


def salutation(text: str, start: int, limit: int, letter: bool) -> int | None:
    """Where the salutation that opens a speech at `start` ends ("Lieber Graf X!"; in a written
    document also a bare title of address, "Majestät!"), or None."""
    found = _SALUTE.match(text, start, limit) or (letter and _ADDRESS.match(text, start, limit))
    return found.end() if found else None


def written(text: str, colon: int, cues: Cues) -> bool:
    """Whether the colon at `colon` follows "folgende(s) …" and a written document ("folgendes
    Schreiben:", "folgende Proklamation:"): its words are writing (German)."""
    if not cues.nouns_capitalized or colon >= len(text) or text[colon] not in ":：":
        return False
    found = _FOLLOWING.search(text, max(0, colon - _FRAME_REACH), colon)
    return found is not None and found.group(1) in _WRITTEN


def press(name: str | None, cues: Cues) -> bool:
    """Whether a name ends in a newspaper's noun ("Deutsche Blätter", "Kölnische Volkszeitung"):
    a source of writing, never a sure speaker under a colon (German). A description with a
    lower-case word is someone at the paper ("ein Sprecher der Zeitung"), not the paper."""
    words = name.split() if name else []
    if not cues.nouns_capitalized or not words or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].rsplit("-", 1)[-1].lower()
    noun = next((n for n in _PRESS if last.endswith(n)), None)
    return noun is not None and _paper_named(words, last != noun, cues)


# "Jürgen Herold", "Lena Bote", "Herr Bote", "Mira Zeitung": a person whose surname ends like a
# paper's noun; a paper's name is a compound ("Volkszeitung", "Mainzer Tageblatt") or opens with an
# adjective or a place ("Freie Presse", "Wiener Kurier", "Kölnische Zeitung").
def _paper_named(words: list[str], compound: bool, cues: Cues) -> bool:
    """Whether a capitalised name ending in a paper's noun names a paper, not a person."""
    first = words[0]
    if first in GIVEN or first in HONORIFICS or role_or_title(first, cues):
        return False
    return compound or (len(words) > 1 and first.lower().endswith(_PAPER_FIRST))


def written_by(text: str, frame: int | None, speaker: str | None, cues: Cues) -> bool:
    """Whether a quotation is writing for what frames it or who gives it (German): a newspaper
    ("Deutsche Blätter: „…“") or a written document a colon opens ("folgendes Schreiben: …")."""
    return press(speaker, cues) or (frame is not None and written(text, frame, cues))
