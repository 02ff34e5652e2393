"""Cue word lists from summarizer/data/cues.toml compiled into regular expressions."""

from __future__ import annotations

import re
from typing import Any

from summarizer.attribution.lexicon.inflect import respelled
from summarizer.attribution.lexicon.trie import beyond_ascii_but, trie_pattern

_ENDS = {
    "zh": r"[。！？!?；]",
    "ja": r"[。！？!?]",
    "ar": r"[.!?؟](?=\s|$)",
}


def frame(data: dict[str, Any], spaced: bool) -> re.Pattern[str]:
    """A clause ending in a cue (or a speech noun) and its tail: a speech frame before a colon."""
    # also an infinitive and an older spelling: "darüber Folgendes mittheilen:"
    verbs = [*data["verbs"], *data.get("infinitives", [])]
    verbs += respelled(verbs, data.get("old_spellings", []))
    cues = [*verbs, *data.get("frame_nouns", [])]
    tail = alternation(data.get("frame_tails", []), spaced)
    if spaced:
        words = int(data.get("frame_words", 0))  # "ruft Klaudia aus:", "erklärte er dazu:"
        rest = rf"(?:\s+[^\W\d][\w.-]*){{0,{words}}}" if words else ""
        rest += _aside(data.get("frame_asides", []))
        plain = skipping_pattern(cues, spaced, rf"(?:\s+{tail})?{rest}\s*$")
        split = _separable(data, words)  # one compile: the frame is a language's longest pattern
        return re.compile(f"{plain}|{split}" if split else plain)
    return re.compile(f"{alternation(cues, spaced)}(?:{tail})?$")


# "Der Alte setzte freilich später hinzu: …", "herrschte ihn an: …": a separable verb of saying
# whose particle closes the clause right before the colon, a few words between stem and particle;
# none of them an object of its own where the verb's object is the speech ("führte den Hund aus:").
def _separable(data: dict[str, Any], words: int) -> str:
    """A separable verb's stem, up to `words` words and its own particle before the colon."""
    addressed = set(data.get("separable_addressed", []))
    objects = "|".join(map(re.escape, data.get("separable_objects", []))) or "(?!)"
    # one branch per particle and kind, its stems as alternatives: exactly the listed pairs, and
    # the word run compiled a few dozen times, not once per pair (a second at every start)
    stems: dict[tuple[str, bool], list[str]] = {}
    for pair in data.get("separable", []):
        if len(pair.split()) == 2:
            stem, end = pair.split()
            stems.setdefault((end, pair in addressed), []).append(re.escape(stem))
    body = "|".join(
        rf"(?:{'|'.join(sorted(group, key=len, reverse=True))})"
        rf"(?:\s+{'' if bare else _NOT.format(objects)}"
        rf"[^\W\d][\w.-]*){{0,{words}}}\s+{re.escape(end)}"
        for (end, bare), group in stems.items()
    )
    return rf"(?<!\w)(?:{body})\s*$" if body else ""


_NOT = r"(?!(?i:{})(?!\w))"


# "rief er, indem er auf den Tisch schlug:": a short clause of manner or time between the cue and
# its colon (one clause, no stop); a bounded run, so the frame's search stays linear.
def _aside(openers: list[str]) -> str:
    """A comma and a clause opened by one of `openers` before the colon, or nothing."""
    if not openers:
        return ""
    return rf"(?:\s*,\s*(?:{'|'.join(map(re.escape, openers))})\s[^\n,.:;!?„“”\"»«]{{1,80}})?"


# Each derived form is longer than the word it derives from.
def alternation(words: list[str], spaced: bool, patterns: list[str] | None = None) -> str:
    """Any of `words` (longest first) as a whole word, after `patterns` (derived forms)."""
    body = "|".join([*(patterns or []), *_by_first_letter(words)]) or "(?!)"
    return rf"(?<!\w)(?:{body})(?!\w)" if spaced else f"(?:{body})"


# One branch per first letter, its words whole and longest first as before: the regex engine
# tries a few words at each position, not hundreds.
def _by_first_letter(words: list[str]) -> list[str]:
    """The words (longest first) as alternatives grouped behind a look at their first letter."""
    groups: dict[str, list[str]] = {}
    for word in sorted({w for w in words if w}, key=len, reverse=True):
        groups.setdefault(word[0].lower(), []).append(_literal(word))
    return [f"(?=[{_look(f)}])(?:{'|'.join(group)})" for f, group in groups.items()]


def _look(first: str) -> str:
    """The characters a first letter stands for, escaped: its two cases, or both apostrophes."""
    return re.escape("'’" if first == "'" else first + first.upper())


# The regex engine passes over an alternative at once when it opens with a plain character class
# that the next character is not in, but tries each look-around and each letter under
# IGNORECASE: so each first letter's branch opens with a class of its two ASCII cases and every
# non-ASCII character (any that may equal it ignoring case), and a look back at it, ignoring
# case, keeps the match `alternation` makes (a word start tries one branch, not twenty). The
# derived `patterns` come first, as in `alternation`, each ignoring case on its own; then, in
# each letter's branch, the words of `first` before `words` (older spellings before today's).
def dispatched(
    words: list[str],
    spaced: bool,
    patterns: list[str] | None = None,
    first: list[str] | None = None,
) -> re.Pattern[str]:
    """Any of `words` as `alternation` reads them (whole, longest first), ignoring case."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for kind, listed in enumerate((first or [], words)):
        for word in sorted({w for w in listed if w}, key=len, reverse=True):
            groups.setdefault(word[0].lower(), ([], []))[kind].append(word[1:])
    branches = [
        f"{_or_beyond_ascii(f + f.upper())}(?i:(?<=[{_look(f)}])(?:{_tries(w)}))"
        for f, w in groups.items()
    ]
    body = "|".join([*(f"(?i:{p})" for p in patterns or []), *branches]) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if spaced else f"(?:{body})")


def _tries(lists: tuple[list[str], list[str]]) -> str:
    """One letter's older and today's words, each a prefix tree, the older tried first."""
    return "|".join(p for p in (trie_pattern(w, _literal, True) for w in lists) if p)


# Python's `re` skips ahead only to a pattern's first character from a known set, and knows none
# behind a look-around or under IGNORECASE; so the first letter is read plainly, from a set that
# holds its two ASCII cases and every non-ASCII character (any that may equal it ignoring case),
# and a look back at it, ignoring case, takes its word's group as `alternation` would.
def skipping(words: list[str], spaced: bool, after: str = "") -> re.Pattern[str]:
    """Any of `words` as `alternation` reads them, then `after`, all ignoring case."""
    return re.compile(skipping_pattern(words, spaced, after))


def skipping_pattern(words: list[str], spaced: bool, after: str = "") -> str:
    """`skipping`'s pattern, uncompiled: to join with others before the one compile."""
    groups: dict[str, list[str]] = {}
    for word in sorted({w for w in words if w}):
        groups.setdefault(word[0].lower(), []).append(word[1:])
    if not groups:
        return f"(?!){after}"
    start = _or_beyond_ascii("".join(f + f.upper() for f in groups))
    body = "|".join(
        f"(?<=[{_look(f)}])(?:{trie_pattern(w, _literal, True)})" for f, w in groups.items()
    )
    edge = (r"(?<!\w(?s:.))", r"(?!\w)") if spaced else ("", "")
    return f"{start}{edge[0]}(?i:(?:{body}){edge[1]}{after})"


# The same set as "[xX\x80-\U0010ffff]", written as the ASCII it leaves out (`beyond_ascii_but`):
# a fifth of a second for one language's verbs at every start of the command, walked as a range.
def _or_beyond_ascii(letters: str) -> str:
    """A class of the ASCII characters of `letters` and every character beyond ASCII."""
    kept = {ord(c) for c in letters if c.isascii()}
    return beyond_ascii_but(code for code in range(128) if code not in kept)


def _literal(text: str) -> str:
    """`text` as a regex, a typeset apostrophe the same letter ("s’est" as "s'est")."""
    return re.escape(text).replace("'", "['’]")


def whole_words(words: list[str], spaced: bool) -> re.Pattern[str] | None:
    """Any of `words` as a whole word, ignoring case; None when there are none."""
    return skipping(words, spaced) if words else None


# A quick test before a costly one: where no phrase's first word stands, even inside a longer
# word, no phrase can match however the words around it are rearranged (terms.py `_named_as`).
def first_words(words: list[str]) -> re.Pattern[str] | None:
    """The first word of any of `words`, anywhere, ignoring case; None when there are none."""
    heads = [w.split(" ")[0] for w in words if w]
    return skipping(heads, False) if heads else None


def with_endings(endings: list[str]) -> re.Pattern[str] | None:
    """A lower-case word with one of `endings` ("mentioned"); None when there are none."""
    if not endings:
        return None
    return re.compile(rf"(?<!\w)[^\W\d_A-Z]+(?:{'|'.join(map(re.escape, endings))})(?!\w)")


def sentence_end(family: str, data: dict[str, Any]) -> re.Pattern[str]:
    """Sentence-final punctuation, not a period after an initial ("Joseph R.") or abbreviation."""
    if family in _ENDS:
        return re.compile(_ENDS[family])
    # one look-behind per length, its abbreviations as alternatives: a stop runs a handful of
    # look-behinds, not one per abbreviation (half the time on a long text)
    lengths: dict[int, list[str]] = {}
    for abbreviation in data.get("abbreviations", []):
        lengths.setdefault(len(abbreviation), []).append(re.escape(abbreviation))
    behind = "".join(f"(?<!\\b(?:{'|'.join(same)})\\.)" for _, same in sorted(lengths.items()))
    # German news glues a sentence to the next one when a line break is lost ("Roth.Danach")
    glued = r"|(?<=[a-zäöüß]\.)(?=[A-ZÄÖÜ][a-zäöüß])" if family == "de" else ""
    # a closing mark after the stop ends the sentence too ("… “Judy.”\n\nBrad Pitt …"); one
    # class first, so the regex engine skips to the stops (the look-behinds all end in a period,
    # so they never refuse ! or ?)
    # a reporter's note in parentheses ends with its own sentence ("(Große Unruhe.) Der Minister
    # entgegnete: …"), so the next clause, and its speaker, starts after the bracket
    shut = r"\)?" if family == "de" else ""
    after = rf"[\"”’»]?{shut}(?=\s|${glued})"
    stop = rf"[.!?](?<!\b[A-ZА-Я]\.){behind}{_numbered(data)}{_ordinal(data)}{after}"
    # a German sentence opens with a capital: a lower-case word next goes on with it ("vom 3.
    # bis", "Er sagte... und ging"), even across one line break (older print wraps its lines)
    lower = r"(?![ \t]*\n?[ \t]*[a-zäöüß])" if family == "de" else ""
    return re.compile(stop + lower)


# "Art. 5", "Kap. 3": a word that is whole elsewhere ("eine neue Art.") abbreviated before a number.
def _numbered(data: dict[str, Any]) -> str:
    """No stop after one of the data's `number_abbreviations` when a number follows."""
    widths: dict[int, list[str]] = {}
    for word in data.get("number_abbreviations", []):
        widths.setdefault(len(word), []).append(word)
    return "".join(f"(?!(?<=\\b(?:{'|'.join(same)})\\.)\\s\\d)" for same in widths.values())


# Only a number's period runs these: the first look-behind fails at once on any other stop.
def _ordinal(data: dict[str, Any]) -> str:
    """No stop at an ordinal's period: before a month, or after an article ("am 20. August")."""
    months, leads = data.get("ordinal_months", []), data.get("ordinal_leads", [])
    if not months:
        return ""
    month = rf"\s(?:{'|'.join(months)})\b"
    widths: dict[int, list[str]] = {}
    for lead in leads:
        widths.setdefault(len(lead), []).append(lead)
    # a look-behind takes one width: one per length of lead and count of digits
    articled = "".join(
        f"(?<!\\b(?i:{'|'.join(same)})\\s\\d{{{n}}}\\.)"
        for same in widths.values()
        for n in (1, 2, 3)
    )
    return rf"(?:(?<!\d\.)|(?!{month}){articled})"


def turns(tags: list[str]) -> re.Pattern[str] | None:
    """An interview tag and a colon, matched at a paragraph start ("Q:", "Frage:", "答：")."""
    # or a period and a space, as in Spanish papers ("P. ¿…?", "Respuesta. …")
    if not tags:
        return None
    alternation = "|".join(sorted(map(re.escape, tags), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?P<tag>{alternation})(?:[ \t]*[:：]|\.(?=[ \t]))", re.IGNORECASE)


# The group `tail` holds the words between them and the cue.
def planned(words: list[str], spaced: bool) -> re.Pattern[str] | None:
    """Future or modal words right before a cue: the statement is planned, not made."""
    if not words:
        return None
    tail = r"(?P<tail>(?:\s+\w+){0,2})\s*$" if spaced else r"(?P<tail>.{0,4})$"
    return skipping(words, spaced, tail)
