"""despeed31: whole-text passes read less of a German text and answer as the scans they replace."""

from __future__ import annotations

import math
import re
import time
from collections import defaultdict

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.frames.capital_runs import capital_run, capital_runs, single_run
from summarizer.attribution.kinds.cue_windows import matches_inside
from summarizer.attribution.lexicon import word_runs
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.word_runs import found_at, occurrences
from summarizer.attribution.marks.hyphens import HYPHENED
from summarizer.attribution.marks.lines import _DIVIDED
from summarizer.attribution.speakers import gendered_roles, initialled, taken_up
from summarizer.attribution.speakers.roster import Roster
from summarizer.attribution.speakers.roster_names import placed_once
from summarizer.attribution.speakers.title_endings import ending_in

# Invented German: titles, compounds and their weak forms, initials on some lines, divided words.
_TEXT = (
    "Innenminister Udo Kessler und die Landrätin Mira Falk trafen sich. Der Kroate Ante Lovrić, "
    "der SPD-Fraktionschef Timo Brandt und Vizekanzler Lena Horn sprachen. Eva Ems, Lehrerin aus "
    "Kornbach, sagte: „Wir bleiben.“ Jo A. Kaaaa und Udo Kessler kamen.\n"
    "Der Anwalt des Angeklagten, Tom Weber, widersprach. Die 42-jährige Ärztin Ina Roth, die als "
    "Ärztin arbeitet, nickte. Ein- und Ausgang; erklär= te er. Bundeskanzler Paul Linde, Kanzler "
    "Paul Linde und Minister Jan Ost.\nOhne Initial hier. Kai B. Lund\tC. Mo sagte es. Ex-Minister "
    "Ida Veit und die Ministerin Lea Ott. Trainer Ole Dahl, Co-Trainer Max Ruh, Kroaten Ivo Barić."
)


def test_capital_runs_are_the_scan_of_the_text() -> None:
    for text in (_TEXT, _TEXT[40:], "", "Anna Berg"):
        assert [m.span() for m in capital_runs(text)] == [
            m.span() for m in capital_run().finditer(text)
        ]


def test_each_placed_name_once_in_index_order() -> None:
    roster = Roster(_TEXT, cues_for("de"))
    every = [p for placed in roster.by_word().values() for p in placed]
    once = placed_once(roster)
    assert len(once) == len(set(every)) < len(every)  # a two-word name stands under each word
    assert once == sorted(set(every), key=every.index)


@pytest.mark.parametrize("text", [_TEXT, _TEXT.replace("\n", " ")])
def test_role_titles_by_ending_are_those_same_weighs(text: str) -> None:
    roster = Roster(text, cues_for("de"))
    data = taken_up.DATA["de"]
    titles = list(taken_up._indexed(roster)[0])
    roles = {*titles, "minister", "kanzler", "kroate", "ärztin", "ex", "co", "e", ""}
    for role in sorted(roles | {t[-4:] for t in titles}):
        brute = [t for t in titles if taken_up._same(role, t, data)]
        assert taken_up._titles(roster, role) == brute
        assert set(brute) <= set(ending_in(roster, role, taken_up._role_titles))


@pytest.mark.parametrize(("pattern", "literals"), [(HYPHENED, ("- ",)), (_DIVIDED, ("= ", "¬ "))])
def test_found_at_answers_as_a_search(pattern: re.Pattern[str], literals: tuple[str, ...]) -> None:
    texts = [_TEXT, "Ein- und Ausgang", "Haus- tür", "erklär= te", "a¬ b", "ab- cd", "- ab", ""]
    for text in texts + [t[i:] for t in texts for i in (1, 2, 3)]:
        assert found_at(text, pattern, literals) == bool(pattern.search(text))


def _initialled_scanned(text: str) -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for match in single_run().finditer(text):
        if initialled._INITIALLED.fullmatch(match.group()):
            found[match.group().rsplit(None, 1)[-1]].append((match.start(), match.group()))
    return found


def test_initialled_names_as_the_scan_of_every_run() -> None:
    texts = [_TEXT, _TEXT.replace("\n", " "), "Jo A. Kaaaa", "A. B. C. D. Ek", "\nJo A. Ka\n"]
    for text in texts + [t[i:] for t in texts for i in (1, 3, 9)]:
        assert initialled.initialled(text) == _initialled_scanned(text)
    assert initialled.initialled(_TEXT)["Kaaaa"] == [(_TEXT.index("Jo A."), "Jo A. Kaaaa")]


def _whole(text: str, window: tuple[int, int], pattern: re.Pattern[str]) -> list[int]:
    found = (m for m in pattern.finditer(text))
    return [m.start() for m in found if m.start() >= window[0] and m.end() <= window[1]]


# A line of some thousand characters with no break: its window's breaks are looked for farther.
def test_a_long_line_without_a_break_finds_what_the_text_holds() -> None:
    line = "und sagte dann noch etwas " * 60
    text = f"„Ja“, sagte Eva Ems. {line} teilte mit „Nein“ {line}\n„Gut“ gab an Jan Ost."
    cues = cues_for("de")
    for pattern in (cues.verbs, cues.framing):
        for at in range(0, len(text), 97):
            window = (at, min(len(text), at + 60))
            assert matches_inside(text, window, pattern) == _whole(text, window, pattern)


def _seconds(text: str) -> float:
    find_quotes.cache_clear()
    started = time.process_time()
    find_quotes(text, "de")
    return time.process_time() - started


# The look for a far break is charged to the text's budget: long lines stay linear in time
# (counted calls miss work inside one regex search, so this one is timed, with a wide margin).
def test_long_lines_without_breaks_take_linear_time() -> None:
    shape = "„Ja“ " + "und sagte dann noch etwas " * 40 + "\n"
    _seconds(shape * 10)
    small = min(_seconds(shape * 100) for _ in range(2))
    large = min(_seconds(shape * 400) for _ in range(2))
    assert large < 8 * small, (small, large)


@pytest.mark.parametrize(
    "pattern", [r"(?i)minister", r"(?i)kroate", r"(?<![\w-])(?:SPD|CDU)", "x?"]
)
def test_first_use_is_the_first_match_of_every_use(pattern: str) -> None:
    for text in (_TEXT, _TEXT[100:], ""):
        every = [m.end() for m in re.finditer(pattern, text)]
        assert gendered_roles._first(text, pattern) == (every[0] if every else math.inf)


# The premise of the lower-case search: of every character, only the odd ones match one of its
# letters case-blind and lower to another character.
def test_only_the_odd_cases_match_a_plain_letter_and_lower_to_another() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in sorted(word_runs._PLAIN):
        for found in re.finditer(re.escape(letter), every, re.IGNORECASE):
            assert found.group().lower() == letter or found.group() in word_runs.ODD_CASES


def _scanned_blind(text: str, literal: str) -> list[int]:
    find = re.compile(re.escape(literal), re.IGNORECASE)
    return [at for at in range(len(text) + 1) if find.match(text, at)]


@pytest.mark.parametrize("literal", ["minister", "kroate", "s", "ss", "ß", "ki", "ärztin", "K1"])
def test_case_blind_occurrences_as_the_pattern(literal: str) -> None:
    odd = ["Der Miniſter", "İnnenminister", "ınnen", "ΣΑΣ minister", "MINISTERIN ẞ STRASSE"]
    texts = [_TEXT, _TEXT.upper(), "Kelvin \u212aroate KROATE kRoAtE", "aaa", "", *odd]
    for text in texts:
        assert list(occurrences(text, literal, re.IGNORECASE)) == _scanned_blind(text, literal)
