"""degspeed32: German whole-text passes that read less and answer as the scans they replace."""

from __future__ import annotations

import heapq
import random
import re
from typing import Any

import pytest

from summarizer.attribution.frames import colon_speech
from summarizer.attribution.german import german_carry
from summarizer.attribution.lexicon.word_runs import matches_from, occurrences
from summarizer.attribution.marks import exclaimed
from summarizer.attribution.marks.stretches import found_in
from summarizer.attribution.speakers import (
    epithets,
    german_intros,
    german_issuers,
    initialled,
    lower_tokens,
    name_around,
    taken_up,
)
from summarizer.attribution.speakers.namesakes import common_words
from summarizer.attribution.speakers.role_doubts import denied
from summarizer.attribution.speakers.roster import lower_words

# Invented German and English: roles, ages, appositions, initials, leaders, marks.
_TEXT = (
    "Der 58-jährige Innenminister Udo Kessler, der Minister ist, sprach. Die frühere "
    "Bauministerin Mira Falk (61) und Prof. Dr. Jan Ost kamen. Die Anwältin von Kornbach, Eva "
    "Ems, nickte. Tom Hale, the mayor of Leeds, said it. Jo A. Kaaaa\tC. Mo kam.\n"
    "Inhalt ..... 12\nSein Landsmann Ivo Barić rief: Halt! rief die Menge. Was? fragte er. "
    "Der Bund meldete, die Stadt warnte: „Nein.“ Die Vorstandschefin der Sparkasse, Ina Roth, "
    "lachte. zwischen ende und mitte; Ende. ab-ab a.b 3rd _x Präsident Lund:\n"
)
_PIECES = [
    *"abAÄ äx-'’./_3,:!?\t\n",
    *("Der ", "die ", " von ", "Jan Ost", ", ", "....", " A. ", "Dr. ", "Prof. ", "(58)"),
    *("Landsmann", "-Landsfrau ", "! rief ", "Die Stadt meldete", "ist Minister.", ", der Chef,"),
]


def _texts(count: int, seed: int) -> list[str]:
    """Short random texts of the pieces above, then slices of the invented text."""
    chance = random.Random(seed)
    made = [
        "".join(chance.choice(_PIECES) for _ in range(chance.randint(0, 20))) for _ in range(count)
    ]
    return [*made, *(_TEXT[i : i + 90] for i in range(0, len(_TEXT), 7)), _TEXT]


# The reading `around` replaced (taken_up._around, session 31), kept here to compare with.
_DEGREE = r"(?:(?:Dr|Prof)\.\s+)?"
_LAST = re.compile(rf"([^\W\d_][\w-]*),?\s+{_DEGREE}$")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_OWNED = re.compile(r"[A-ZÄÖÜ][\w-]* (?:der|des) [\w-]+, $")


def _former(words: str, data: dict[str, Any]) -> bool:
    return any(w.lower() in data["former"] for w in _WORD.findall(words))


def _old_around(text: str, span: tuple[int, int], data: dict[str, Any]) -> object:
    lead, tail = text[max(0, span[0] - 40) : span[0]], text[span[1] : span[1] + 80]
    last = _LAST.search(lead)
    former = _former(" ".join(_WORD.findall(lead)[-3:]), data)
    roles = {last.group(1).lower()} if last and not former and not _OWNED.search(lead) else set()
    age = re.search(data["age_before"], lead)
    for pattern in data["age_after"]:
        age = age or re.match(pattern, tail)
    apposed, verbs = "|".join(data["apposed"]), "|".join(data["predicate"])
    phrase = re.match(rf", (?:{apposed}) ((?:[\w'’-]+ ){{0,3}}?[\w-]+)[,.;]", tail)
    said = re.match(rf" (?:{verbs}) (?:(?:{apposed}) )?((?:[\w-]+ ){{0,3}}?[\w-]+)[,.;]", tail)
    roles.update(
        name_around._phrase_head(m[1], data)
        for m in (phrase, said)
        if m and not _former(m[1], data) and not denied(m[1], data)
    )
    return frozenset(roles - {""}), age.group(1) if age else ""


@pytest.mark.parametrize("family", ["de", "en"])
def test_the_roles_around_a_name_are_read_as_before(family: str) -> None:
    data = taken_up.DATA[family]
    for text in _texts(300, 1):
        for name in re.finditer(r"[A-ZÄÖÜ]\w+ [A-ZÄÖÜ]\w+", text):
            assert name_around.around(text, name.span(), data) == _old_around(
                text, name.span(), data
            )


def test_the_word_before_a_name_is_the_end_anchored_search() -> None:
    for text in _texts(3000, 2):
        for cut in range(0, len(text) + 1, 3):
            found = _LAST.search(text[:cut])
            assert name_around.last_word(text[:cut]) == (found.group(1) if found else None)


@pytest.mark.parametrize("reads", [0, 40])
def test_a_lower_case_token_asked_alone_is_one_of_the_set(
    reads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lower_tokens, "_READS", reads)  # 0: the set of all words at once
    words = ["ab", "a", "ä", "a.b", "ab-ab", "x-ab", "3rd", "_x", "ende", "mitte", "", "3", "b.ab"]
    for text in _texts(2000, 3):
        lower_tokens._asked.cache_clear()
        every = lower_words(text)
        for word in words:
            assert lower_tokens.lower_token(word, text) is (word in every), (text, word)


def test_common_words_are_the_union_they_replace() -> None:
    closed = (frozenset({"speaker", "top"}), ("und",))
    for text in _texts(300, 4):
        common = common_words(text, *closed)
        union = lower_words(text).union(*closed)
        for word in ["speaker", "und", "ende", "ab", "jan", "Jan", "x", "a.b", ""]:
            assert (word in common) is (word in union)


# Many words asked of a long text, none written: past `_READS` whole-text reads the set is built.
def test_many_absent_words_build_the_set_once() -> None:
    text = _TEXT * 50
    lower_words.cache_clear()
    for index in range(200):
        assert not lower_tokens.lower_token(f"nichtda{index}", text)
    assert lower_words.cache_info().misses == 1
    assert lower_tokens._asked(text).spent <= (lower_tokens._READS + 1) * len(text)


_OLD = {
    "run": re.compile(r"(?<![\w.])([A-ZÄÖÜ][\w-]+)((?: [A-ZÄÖÜ][\w-]+)+)"),
    "initial": re.compile(r"[ \t][A-Z]\.[ \t]"),
    "leaders": re.compile(r"\.{4,}"),
    "fellows": re.compile(
        r"(?<![\w-])(?:Landsmann|Landsmännin|Landsfrau|Landsleute|Landsleuten|Landsmannes)(?![\w-])"
    ),
}


def _old_lines(text: str) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    for initial in _OLD["initial"].finditer(text):
        if lines and initial.start() < lines[-1][1]:
            continue
        end = text.find("\n", initial.end())
        lines.append((text.rfind("\n", 0, initial.start()) + 1, len(text) if end < 0 else end + 1))
    return lines


def _spans(matches: Any) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def test_whole_text_scans_find_what_the_old_patterns_found() -> None:
    links = tuple(taken_up.DATA["de"]["complement_links"])
    opening = "|".join(links)
    complement = re.compile(
        rf"(?<![\w-])(?:[Dd]er|[Dd]ie) ([A-ZÄÖÜ][\w-]*) ((?:{opening}) [^,.;:!?„“\"]{{1,40}}?), "
        rf"{german_intros._NAME}(?=,)"
    )
    fellows = epithets._DATA["de"]["fellows"]
    for text in _texts(3000, 5):
        assert _spans(german_carry._RUN.finditer(text)) == _spans(_OLD["run"].finditer(text))
        assert _spans(german_intros._complement(links).finditer(text)) == _spans(
            complement.finditer(text)
        )
        assert initialled._initial_lines(text) == _old_lines(text)
        leaders = colon_speech._LEADERS.finditer(text)
        assert _spans(leaders) == _spans(_OLD["leaders"].finditer(text))
        colons = [m.start() for m in colon_speech._FRAME_COLON.finditer(text)]
        assert list(colon_speech._colons(text)) == colons
        marks = heapq.merge(occurrences(text, "!"), occurrences(text, "?"))
        stops = matches_from(text, exclaimed._STOP, marks)
        assert _spans(stops) == _spans(exclaimed._STOP.finditer(text))
        new, old = re.search(fellows, text), _OLD["fellows"].search(text)
        assert (new and new.span()) == (old and old.span())


@pytest.mark.parametrize("stem", ["meld", "warn", "ana", "ss"])
def test_issuers_are_read_where_the_stem_stands_as_before(stem: str) -> None:
    pattern = re.compile(
        rf"{german_issuers._OPENS}{german_issuers._NAME}{re.escape(stem)}(?:te|ten|t|en)\b",
        re.IGNORECASE,
    )
    for text in _texts(1000, 6):
        places = (m.start() for m in re.finditer(re.escape(stem), text, re.IGNORECASE))
        old = found_in(pattern, text, places, german_issuers._BREAKS)
        assert _spans(german_issuers._sentences(pattern, text, stem)) == _spans(old)
