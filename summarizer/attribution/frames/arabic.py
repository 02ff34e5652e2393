"""Arabic subjects next to a reporting cue: the words up to a function word, past the titles."""
# No capitals mark a name in Arabic, so a function word is where the subject ends.

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace

from summarizer.attribution.frames.arabic_apposed import apposed
from summarizer.attribution.frames.arabic_before import listener, set_off_object, subject_words
from summarizer.attribution.frames.arabic_office import held_in
from summarizer.attribution.frames.arabic_role import (
    NAME,
    arabic_role,
    name_words,
    title_complement,
    untitled,
)
from summarizer.attribution.frames.arabic_source import lone_name, quoted_source
from summarizer.attribution.lexicon.cues import Cues, Mention, cues_for

ARABIC_REACH = 9
_AND = "و"
_ARTICLE = "ال"
_FULL = 2  # words of a full name before "و" and another name
_SHORT = 3  # "و" and at least three letters: a name, not a particle ("وفي")
"""Words after a verb-first cue that may hold the titles and the name."""
_WORD = re.compile(r"\w+")


def _indefinite_title(kept: list[re.Match[str]], word: re.Match[str], cues: Cues) -> bool:
    """Whether `word` comes right after a title without the article ("قائد ميداني")."""
    before = [t for t in kept if t.end() <= word.start()]
    title = before[-1].group() if before else ""
    return title in cues.titles and not title.startswith("ال")


# "نقلت الوكالة عن مسؤول في الرئاسة قوله": the body after "في" is the one of someone unnamed, who
# speaks; the body is no speaker.
def _belongs(before: list[re.Match[str]], link: str, cues: Cues) -> bool:
    """Whether an indefinite source stands right before `link`, the link of its body."""
    return link in cues.description_links and bool(before) and before[0].group() in cues.indefinite


def _anonymous(text: str, span: tuple[int, int], cue: re.Match[str]) -> Mention:
    """The words at `span` as someone the cue does not name."""
    return Mention(text[span[0] : span[1]], "anonymous", cue.group(), span[0], cue.start())


# They stop at function words and at an object ("للصحفيين"); after the cue, the titles before a
# name are dropped.
def arabic_run(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, *, reverse: bool
) -> Mention | None:
    """Up to four contiguous words next to an Arabic cue: the cue's subject."""
    if reverse and (source := quoted_source(text, cue, cues)) is not None:
        found = _run_mention(text, source, cue, cues, reverse=True) if source else None
        lone = found and len(source) == 1 and not lone_name(source[0].group(), cues)
        return replace(found, sure=False) if found and lone else found
    tokens = subject_words(text, tokens, cue, cues, reverse=reverse)  # "وقال لبي بي سي إن"
    kept: list[re.Match[str]] = []
    for index, token in enumerate(tokens):
        if reverse and kept and set_off_object(text, kept[0], token.group(), cue):
            return None  # "من جهته، أعلن X"
        if token.group() in cues.stop or cues.verbs.fullmatch(token.group()):
            if reverse and kept and _belongs(tokens[index + 1 : index + 2], token.group(), cues):
                return _anonymous(text, (tokens[index + 1].start(), kept[0].end()), cue)
            break
        joined = _joined(kept, tokens[index:]) and token.group() not in cues.titles  # not "وزير"
        if not reverse and joined:  # "وقال أحمد علي ومحمد حسن": both
            return _anonymous(text, (kept[0].start(), tokens[index + 1].end()), cue)
        # للصحفيين: "to the reporters"; not "المدير العام للشركة": whose office it is
        told = kept and listener(text, token.group(), cues)
        if told and not title_complement(kept, tokens[index:], cues):
            break
        if not reverse and _told_after_name(kept, tokens[index:], cues):
            break
        # what separates it from the word kept before (read backwards: after it)
        gap = text[token.end() : kept[-1].start()] if reverse and kept else ""
        gap = gap or (text[kept[-1].end() : token.start()] if kept and not reverse else "")
        if gap.strip():  # "وبحسب سارة منصور، فإن أحمد خليل قال": the comma ends the subject
            kept += [] if reverse else apposed(text, kept, tokens[index:], cues)
            break
        kept.append(token)
    if not reverse and (held := held_in(text, kept, tokens, cue, cues)):
        return held  # "وقالت مديرة التسويق في النادي ليلى حمدان"
    kept = kept[::-1] if reverse else kept
    return _run_mention(text, kept, cue, cues, reverse=reverse) if kept else None


def _run_mention(
    text: str, kept: list[re.Match[str]], cue: re.Match[str], cues: Cues, *, reverse: bool
) -> Mention:
    """The mention that the words kept next to an Arabic cue make: a name, role, body or someone."""
    kept = kept[:1] if _told(kept, cues) else kept  # "الوزير لعمر الحسن": the title, not the told
    cited = cue.group() in cues.hearsay and not reverse
    name, guessed = arabic_role(kept, cues, cited=cited)  # "محلل الشؤون السياسية محمد علي"
    first = kept[0].group().removeprefix("ل") if cue.group() in cues.hearsay else kept[0].group()
    # "عن مصدر عسكري قوله", "وفقا لبيان صادر عن": someone, or a document, no name
    someone = (reverse or first != kept[0].group()) and first in cues.indefinite
    if someone or (len(name) > 1 and _indefinite_title(kept, name[0], cues)):  # "والدة سامي حداد"
        return _anonymous(text, (kept[0].start(), kept[-1].end()), cue)
    if len(name) == 1 and len(kept) > 1 and _indefinite_title(kept, name[0], cues):
        name = []  # "قائد ميداني": the title's adjective, no name
    role = not name  # "وقال الوزير": a title that no name follows
    alone = len(kept) == 1 and cue.group() not in cues.hearsay  # no title before it
    sure = not guessed
    kept = name or kept
    words = text[kept[0].start() : kept[-1].end()]
    if not reverse and cue.group() in cues.hearsay and words.startswith("ل"):
        words = "ا" + words[1:] if words.startswith("لل") else words[1:]  # وفقا للمرصد: المرصد
    kind = "pronoun" if words in cues.pronouns else "role" if role else "org"
    if kind == "org" and not reverse and len(kept) == 1 and _common(text, kept[0], cues, alone):
        kind = "noun"  # "قال المزارع", "قال مواطن": someone nobody named
    named = _QUOTED_NAME.match(text, kept[-1].end()) if len(kept) == 1 and not reverse else None
    if named and cues.names_next(words):  # وقالت منظمة "…": the body its quoted name names
        return Mention(named.group(1), "org", cue.group(), named.start(1), cue.start())
    return Mention(words, kind, cue.group(), kept[0].start(), cue.start(), sure=sure)


_QUOTED_NAME = re.compile(r"\s*[\"«“]([^\"«»“”\n]{1,60})[\"»”]")
_REACH = 3000  # where a definite word's fuller name is looked for before it: bounded


def _common(text: str, word: re.Match[str], cues: Cues, alone: bool) -> bool:
    """Whether a lone word as a cue's whole subject is a common noun ("المزارع", "رجل")."""
    # no body's word, never written before as a name's last word ("بشار الأسد", "الرئيس عبد
    # الفتاح السيسي") or with a definite word after it ("المرصد السوري"); a word without the
    # article too when no title stands before it: a surname the article never introduced is
    # a guess ("قال رجل"; "قال الرئيس بوتين" names him)
    noun = word.group()
    if not (noun.startswith("ال") or alone) or noun in cues.orgs or cues.names_next(noun):
        return False
    if titled_name(text, noun, word.start(), cues):
        return False
    fuller = re.compile(rf"(?<!\w)(?:(\w+) {re.escape(noun)}|{re.escape(noun)} ال\w+)(?!\w)")
    for found in fuller.finditer(text, max(0, word.start() - _REACH), word.start()):
        given = found.group(1)
        if given is None or not (given.startswith("ال") or _ends(given, cues)):
            return False
    return True


# "وقال الوزير لمحمد علي": after a bare definite title, a word in لـ ("to") is the one told, or
# a name that opens with that letter ("لطفي"); no capital tells which: the title alone speaks.
# A title with its complement before a name ("الناطقة باسم الحكومة ليلى منصور") names its holder.
def _told(kept: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the word after one bare definite title opens with لـ."""
    titles = len(kept) - len(untitled(kept, cues))
    bare = titles == 1 < len(kept) and kept[0].group().startswith(_ARTICLE)
    return bare and kept[1].group().startswith("ل")


# "وقال أحمد خليل لسارة منصور:": after a full name (two words, no title) a word in لـ ("to")
# with a word after it opens the one told, though the text names her nowhere else; no name's
# third word is so written after a verb of saying.
def _told_after_name(kept: list[re.Match[str]], rest: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the word after a full name is لـ and a name: the listener, not the name's end."""
    if len(kept) < 2 or len(rest) < 2 or any(t.group() in cues.titles for t in kept):
        return False
    word, following = rest[0].group(), rest[1].group()
    return word.startswith("ل") and not word.startswith("لل") and following not in cues.stop


# "وزير الثقافة ليلى منصور حول …" -> "ليلى منصور".
def arabic_name(text: str, start: int, end: int, cues: Cues) -> str | None:
    """The name that the words in [start, end) open, past its titles, up to a function word."""
    kept: list[re.Match[str]] = []
    for token in _WORD.finditer(text, start, end):
        if token.group() in cues.stop or token.group().startswith("لل"):
            break
        kept.append(token)
    name = name_words(untitled(kept, cues))
    return text[name[0].start() : name[-1].end()] if name else None


_TITLED = 8  # words before a name's last word where its title is looked for
CLAUSE = re.compile(r"[.،,:؛!?؟\n\"«»“”()]")
_LAST_WORD = re.compile(r"(\w+)[ \t]+$")
_SPAN = 120  # characters after a title where its name is read


def _ends(word: str, cues: Cues) -> bool:
    """Whether a word ends a subject: a function word or a reporting verb."""
    return word in cues.stop or cues.verbs.fullmatch(word) is not None


Placed = dict[str, list[tuple[int, str]]]
"""Names by their last word, each with where that word stands, in text order."""


# "قال بلينكن" after "وزير الخارجية الأمريكي أنتوني بلينكن": the full name a title gave that word
# last, within a bounded stretch before `at`; none where it ends two names ("والسفير نبيل حداد").
def titled_name(text: str, last: str, at: int, cues: Cues) -> str | None:
    """The fuller name after a title that ends with the word `last`, written before `at`."""
    titled, given = _titled_index(text, cues.family)
    found = set(_within(titled.get(last, []), at))
    full = found.pop() if len(found) == 1 else None
    others = set(_within(given.get(last, []), at)) - {"", full.split()[-2] if full else ""}
    return None if others else full  # "والسفير نبيل حداد" too: two people


def _within(placed: list[tuple[int, str]], at: int) -> list[str]:
    """The entries placed in the bounded stretch before `at`."""
    return [
        n for _, n in placed[bisect_left(placed, (at - _REACH, "")) : bisect_left(placed, (at, ""))]
    ]


def _word_before(text: str, at: int) -> str:
    """The word right before `at` in its clause, past spaces only; else ""."""
    before = _LAST_WORD.search(text, max(0, at - 40), at)
    return before.group(1) if before else ""


# Indexed once per article from its titles, so that each cue's look-up stays bounded; also, for
# each such word, the word before each of its occurrences that may be a given name ("" if none).
@functools.lru_cache(maxsize=4)
def _titled_index(text: str, family: str) -> tuple[Placed, Placed]:
    """Each word that ends a name after a title, with that name."""
    cues = cues_for(family)
    titled = _names_after_titles(text, cues)
    given: Placed = defaultdict(list)
    ending = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, titled))})(?!\w)")
    for match in ending.finditer(text) if titled else ():
        word = _word_before(text, match.start())
        word = word if word and _kind(word, cues) == "word" else ""
        given[match.group()].append((match.start(), word))
    return titled, given


def _names_after_titles(text: str, cues: Cues) -> Placed:
    """Each word that ends a name after a title, with that name."""
    titled: Placed = defaultdict(list)
    opened = -1
    for title in _titles(cues.family).finditer(text):
        if title.start() < opened:
            continue  # a title inside the name run read already ("وزير الخارجية")
        stop = CLAUSE.search(text, title.end(), title.end() + _SPAN)
        end = stop.start() if stop else title.end() + _SPAN
        words = list(itertools.islice(_WORD.finditer(text, title.start(), end), _TITLED))
        kinds = [_kind(word.group(), cues) for word in words]
        words = words[: kinds.index("end") if "end" in kinds else None]
        opened = words[-1].end() if words else title.end()
        first = 0  # the last title before the word
        for index in range(1, len(words)):
            if kinds[index] == "title":
                first = index
                continue
            name = untitled(words[first : index + 1], cues)
            if 1 < len(name) <= NAME and name[-1] is words[index]:
                full = text[name[0].start() : words[index].end()]
                titled[words[index].group()].append((words[index].start(), full))
    return titled


@functools.cache
def _titles(family: str) -> re.Pattern[str]:
    """Any title of the language, also after the conjunction و."""
    words = "|".join(sorted(map(re.escape, cues_for(family).titles), key=len, reverse=True))
    return re.compile(rf"(?<!\w)و?(?:{words})(?!\w)")


def _kind(word: str, cues: Cues) -> str:
    """Whether a word ends a subject ("end"), is a title ("title", also after و) or neither."""
    if _ends(word, cues):
        return "end"
    return "title" if word in cues.titles or word.removeprefix("و") in cues.titles else "word"


# "وقال أحمد علي ومحمد حسن": "و" joined to a word after a name of two words, and another word
# after it, opens a second name; the subject is both of them, no one person. A word with the
# article is no name's ("المتحدث باسم وزارة", "الفصائل الكردية والإسلامية").
def _joined(kept: list[re.Match[str]], rest: list[re.Match[str]]) -> bool:
    """Whether the next token joins a second name to the full name kept so far."""
    word = rest[0].group()
    if len(kept) < _FULL or len(rest) < _FULL or not word.startswith(_AND) or len(word) <= _SHORT:
        return False
    words = [*(t.group() for t in kept), word[1:], rest[1].group()]
    return not any(w.startswith(_ARTICLE) for w in words)


# Cached: every Arabic role of an article asks about the same names.
@functools.lru_cache(maxsize=4)
def titled_names(text: str, family: str) -> list[tuple[int, str]]:
    """Every name a title opens, with where the name starts, in text order."""
    titled, _ = _titled_index(text, family)
    return sorted(
        (at + len(last) - len(full), full) for last, names in titled.items() for at, full in names
    )
