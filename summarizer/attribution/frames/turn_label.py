"""A speaker's turn in a parliamentary report: "Abg. Roth: Meine Herren, …" opens a line."""
# The label is a rank and the speaker's name, nothing else, at the start of a line before the
# colon; what follows is the speaker's words to the end of the paragraph.

from __future__ import annotations

import functools
import itertools
import re

from summarizer import _data
from summarizer.attribution.frames.hearing import SIDES, hearing
from summarizer.attribution.frames.hearing import turn_end as hearing_turn_end
from summarizer.attribution.lexicon.cues import Cues, Mention, Window

_GERMAN = _data.load_toml("german.toml")
_RANKS = [*_GERMAN["turns"]["ranks"], *SIDES]  # the sides of a hearing label turns too
_BETWEEN = "|".join(re.escape(w) for w in _GERMAN["address"]["between"])  # "v.", "von", "zu"
_NAME_WORD = rf"\s+(?:[A-ZÄÖÜ][\w'’-]*\.?|(?:{_BETWEEN})\.?)"
_NAMES = rf"(?:{_NAME_WORD}){{0,4}}\s*"
# A compound whose head is a rank is that rank ("Finanzminister", "Unterstaatssecretär"), and a
# rank may take its office in the genitive before the name ("Minister des Innern Herrfurth",
# "Minister der öffentlichen Arbeiten Thielen"); a role so complemented with no name after it
# stays no label ("Minister des Innern:" names nobody).
# (a rank's only: "Fahrzeuge:", "Flugzeuge:" end in a hearing's side, "Zeuge")
_HEADS = "|".join(re.escape(r.lower()) for r in _GERMAN["turns"]["ranks"] if r[-1] != ".")
_OFFICE = rf"(?:\s+de[rs](?:\s+[a-zäöüß]+)?\s+[A-ZÄÖÜ][\w-]*(?={_NAME_WORD}))?"
_RANKED = rf"(?:{'|'.join(re.escape(r) for r in _RANKS)}|[A-ZÄÖÜ][a-zäöüß]+(?:{_HEADS})){_OFFICE}"
_RANK = rf"(?<![^\n]){_RANKED}"
# Older papers set the speaker's party in parentheses after the name: "Abg. Roth (Centr.): …",
# at a line's start as after a sentence's end.
_PARTY = r"(?:\([^()\n:]{1,30}\)\s*)?"
_LABEL = re.compile(rf"{_RANK}(?P<name>{_NAMES}){_PARTY}$")
_TURN = re.compile(rf"{_RANK}{_NAMES}{_PARTY}:")
# A line labelled by one capitalised word ("Beschluss:", "Abstimmung:", "Roth:") ends a turn too:
# a record's item or another speaker, never more of the words before it.
_NEXT_TURN = re.compile(rf"\n(?=(?:{_RANKED}{_NAMES}{_PARTY}|[A-ZÄÖÜ][a-zäöüß]+):)")
# Older papers run a report's turns on in one paragraph, each label after a sentence's end, a
# party in parentheses after the name, and the words in marks: "… Abg. Roth (Liberal): „…“".
_RANK_WORD = re.compile(_RANKED)
_INLINE = rf"(?<=[.!?“”\"»«] ){_RANKED}(?P<name>{_NAMES}){_PARTY}"
_INLINE_LABEL = re.compile(rf"{_INLINE}$")
_INLINE_TURN = re.compile(rf"{_INLINE}:\s*[„“\"»]")
_TURN_MARKS = (" „", " “", ' "', " »", "„", "“", '"', "»")
_REACH = 80  # a label is short
_TURNS = 2  # a report gives several turns; one such line may be a heading ("Minister X: Ein Leben")


# The label's line, not its clause: "Abg. v. Schütz:" has a stop in it.
def turn_label(text: str, colon: int) -> re.Match[str] | None:
    """The rank-led label that opens the line and ends at `colon`, in a report of turns, or None."""
    line = text.rfind("\n", max(0, colon - _REACH), colon) + 1
    far = (line == 0 and colon > _REACH) or not text[line : line + 1].isupper()
    found = None if far else _LABEL.match(text, line, colon)
    if found and (_turns(text) >= _TURNS or _spoken_alone(text, found)):
        return found
    return report_label(text, colon)


# A parliamentary report in older papers runs its turns on in one paragraph, the words unmarked
# and the reporter's notes in parentheses after them: "… zur Berathung. Der Abg. Dr. Roth: Meine
# Herren! … (Sehr wahr! links.) Abg. Ems: …". A rank-led label (an article allowed before it) at
# a line's start or after a sentence's end or a note opens a turn in a text that has such a note.
# (a hearing may set a dash between turns: "Kramm? — Angekl.: Jawohl. -- Vors.: …")
_AFTER_STOP = r"(?:(?<![^\n])|(?<=[.!?] )|(?<=[.!?][\"“”’»«)] )|(?<=[.!?] [—–] )|(?<=[.!?] -- ))"
_REPORT = rf"{_AFTER_STOP}(?:(?:Der|Die)\s+)?{_RANKED}(?P<name>{_NAMES}){_PARTY}"
_REPORT_LABEL = re.compile(rf"{_REPORT}$")
# the next turn, or a narrative sentence with a ranked, named subject and its verb ("Der Minister
# v. Kessel erwiderte, …"), ends a report's turn
_REPORT_NEXT = re.compile(
    rf"{_AFTER_STOP}(?:(?:Der|Die)\s+)?{_RANKED}{_NAMES}(?:{_PARTY}:|[a-zäöüß])"
)
_NOTE = re.compile(r"[.!?][\"”’»]?[ \t]*\([^()\n]{1,60}[.!]\)")
# A report of a sitting has its shape: a note on the house's reaction ("(Heiterkeit.)", "(Sehr
# richtig! rechts.)"), or two labelled turns; any other parenthesis after a stop ("(Mehr dazu auf
# Seite 3.)") makes no report of "Abg. Jan Roth: Enthaltung." (turnfix26).
_REACTIONS = "|".join(re.escape(w) for w in _GERMAN["turns"]["reactions"])
_REACTION = re.compile(
    rf"[.!?][\"”’»]?[ \t]*\((?=[^()\n]{{0,60}}?\b(?:{_REACTIONS})\b)[^()\n]{{1,60}}[.!]\)"
)
_SPOKEN_TURN = re.compile(rf"{_REPORT}:[ \t]*[A-ZÄÖÜ]")


def report_label(text: str, colon: int) -> re.Match[str] | None:
    """A rank-led label ending at `colon` at a sentence's start in a report with notes, or None."""
    found = _REPORT_LABEL.search(text, max(0, colon - _REACH), colon)
    spoken = text[colon + 1 : colon + 3].strip()[:1].isupper()  # "Abg. X: Meine Herren"
    return found if found and spoken and _noted(text) else None


@functools.lru_cache(maxsize=8)
def _noted(text: str) -> bool:
    """Whether the text carries a reporter's note on a reaction, or a note and two turns."""
    if _NOTE.search(text) is None:
        return hearing(text)  # "… Vors.: Sind Sie …? Angekl.: Jawohl. Vors.: …"
    if _REACTION.search(text) is not None:
        return True
    return sum(1 for _ in itertools.islice(_SPOKEN_TURN.finditer(text), _TURNS)) >= _TURNS


# a stop, then perhaps the reporter's notes ("… nicht. (Sehr richtig! links.)"), ends the line
_ENDS = re.compile(r"[.!?][\"”’»]?(?:[ \t]*\([^()\n]{0,200}\))*[ \t]*$")


# A party in parentheses ("Abg. Roth (Centr.): Wir lehnen ab.") marks a report's turn even when it
# is the only one, if its line ends a sentence; "Abg. Roth (Centr.): Ein Leben" is a heading. Only
# a line's first colon can end a label, so each line is read once.
def _spoken_alone(text: str, label: re.Match[str]) -> bool:
    """Whether a lone label with a party opens a line whose words end in a sentence stop."""
    if text[label.end() - 1] != ")":
        return False
    end = text.find("\n", label.end())
    return _ENDS.search(text, label.end(), end if end >= 0 else len(text)) is not None


# "Abg. Roth: …\nAbg. Ems: …": a labelled line is its own turn, so a turn ends where the next
# labelled line opens ("Beschluss: …" is nobody's). Turns do not overlap, so the searches
# together stay linear.
def turn_end(text: str, start: int, end: int) -> int:
    """Where a turn's speech from `start` ends: before the next labelled line, else at `end`."""
    inline = _REPORT_NEXT.search(text, start, end) if _noted(text) else None
    end = inline.start() if inline else end  # first: a report's one paragraph has no next line
    if hearing(text):  # a hearing's turn, up to the reporter's next sentence
        end = hearing_turn_end(text, start, end, last=inline is None)
    found = _NEXT_TURN.search(text, start, end)
    return found.start() if found else end


def inline_label(text: str, colon: int) -> re.Match[str] | None:
    """A rank-led label after a sentence's end, ending at `colon`, in a report of such turns."""
    if not text.startswith(_TURN_MARKS, colon + 1):
        return None
    found = _INLINE_LABEL.search(text, max(0, colon - _REACH), colon)
    return found if found and _inline_turns(text) >= _TURNS else None


@functools.lru_cache(maxsize=8)
def _inline_turns(text: str) -> int:
    """How many labels after a sentence's end open a quotation in marks."""
    return sum(1 for _ in _INLINE_TURN.finditer(text))


# Cached: each colon of a text may ask, and a str keeps its hash, so a hit costs no scan.
@functools.lru_cache(maxsize=8)
def _turns(text: str) -> int:
    """How many lines of the text open with a rank-led label and its colon."""
    return sum(1 for _ in _TURN.finditer(text))


_NAME = re.compile(r"[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)*\s*$")


# Only a name: "Präsident:" alone gives the role, which the report never ties to one person.
def turn_speaker(text: str, window: Window, cues: Cues) -> Mention | None:
    """The name a turn's label gives ("Abg. Dr. Roth:" -> "Roth"), when the window ends in one."""
    head = text[window[0] : window[1]].rstrip()
    colon = window[0] + len(head) - 1
    if not head.endswith(":"):
        return None
    label = turn_label(text, colon) if cues.nouns_capitalized else None
    inline = inline_label(text, colon) if cues.nouns_capitalized and not label else None
    label = label or inline
    colon = label.end("name") if label else colon  # past "(Liberal)"
    rank = _RANK_WORD.search(text, label.start(), colon) if label else None
    # the name past the rank: "Präsident Graf Ballestrem" is no name of four words
    name = _NAME.search(text, rank.end() if rank else 0, colon) if label and rank else None
    if inline and name is None:  # "Präsident: „…“": the chair as written, never a holder
        return Mention(inline.group().strip(), "description", ":", inline.start(), colon)
    if label and rank and name is None and label.re is _REPORT_LABEL:  # "Der Präsident: …"
        return Mention(rank.group(), "description", ":", rank.start(), rank.end())
    if label is None or rank is None or name is None:
        return None
    at = name.start() if inline else rank.end()  # inline, the surname: "… Abg. Dr. Halm: „…“"
    words = text[at:colon].strip()  # "v. Schütz", "Dr. Roth": the name past the rank
    return Mention(words, "name", ":", text.index(words, at), colon)
