"""German speed leftovers: work done once per text, the answers as before (despeed31b)."""

from __future__ import annotations

import math
import re

import pytest

from summarizer import _data
from summarizer.attribution.find import find_quotes
from summarizer.attribution.german import spelling
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.marks.alike import SET, alike
from summarizer.attribution.marks.marks import scan
from summarizer.attribution.marks.oldprint import Spellings
from summarizer.attribution.marks.stretches import found_in
from summarizer.attribution.marks.stretches import places as places_of
from summarizer.attribution.speakers.compound_bodies import _compounds
from summarizer.attribution.speakers.german_issuers import _issuers

_OLD = "Der Rat tagte. Er wußte, daß es spät war. Dr. Hallstein sagte: »Wir warten.«"
_NEW = "Der Rat tagte. Er wusste, dass es spät war. Dr. Hallstein sagte: »Wir warten.«"


def test_the_older_spellings_are_letters_only_so_marks_move_no_word_boundary() -> None:
    words = _data.load_toml("german.toml")["older_print"]["spellings"]
    assert words and all(w.isalpha() for w in words)  # the premise of same_words


def test_a_text_whose_marks_were_rewritten_is_not_scanned_again() -> None:
    for text in (_OLD, _NEW):
        older = spelling.older_print(text)
        rewrite = spelling.same_words(text.replace("»", "„").replace("«", "“"), text)
        misses = spelling._older.cache_info().misses
        assert spelling.older_print(rewrite) is older
        assert spelling._older.cache_info().misses == misses  # answered from the source
    assert spelling.older_print(_OLD) and not spelling.older_print(_NEW)


def test_a_rewrite_of_a_rewrite_answers_as_the_first_text() -> None:
    once = spelling.same_words(_OLD.replace("»", "''").replace("«", "''"), _OLD)
    twice = spelling.same_words(once.replace("''", "“"), once)
    assert spelling._SOURCES[twice] == _OLD and spelling.older_print(twice)
    assert spelling.same_words(None, _OLD) is None
    assert spelling.same_words(_OLD, _OLD) == _OLD
    assert _OLD not in spelling._SOURCES  # no rewrite: nothing remembered


class _Counted(str):
    """A text that counts the searches made in it."""

    searches = 0

    def find(self, *args: object) -> int:  # type: ignore[override]
        _Counted.searches += 1
        return super().find(*args)  # type: ignore[arg-type]


def test_words_without_a_set_mark_are_written_as_they_are_with_no_search() -> None:
    text = "Erika Brandt sagte: »Wir warten.« Brandt ging. „Die »Post«“ schrieb."
    plain = alike(text, scan(text, cues_for("de"), False))
    assert plain is not None and len(plain) == len(text)
    spellings = Spellings(_Counted(plain), text, range(len(text) + 1), SET)
    _Counted.searches = 0
    assert spellings.of("Erika Brandt") == "Erika Brandt"
    assert spellings.of("Brandt") == "Brandt"
    assert _Counted.searches == 0  # no mark in the words: read the same anywhere
    assert spellings.of("„Die") == "„Die" and _Counted.searches == 1  # a mark set: looked up


def test_the_rewritten_text_spells_names_as_the_text_does() -> None:
    text = "»Wir warten«, sagte Dr. Erika Brandt. Brandt ging. »Nein«, sagte Hallstein."
    quotes = find_quotes(text, "de")
    assert [q.speaker for q in quotes] == ["Erika Brandt", "Hallstein"]
    assert [q.text for q in quotes] == ["Wir warten", "Nein"]


_SIDES = [
    "Die Stadtwerke Oberau warnten am Abend. „Geht nicht“, hieß es in der Warnung.",
    "Die Stadt\nDie Polizei warnte. Die Polizei warnte Leute warnten. Das  Amt   warnt",
    "Der Deutsche Wetterdienst WARNTE, die Post warnt; Die Bahn warnten (Die Wache warnte)",
    "Das Landgericht Oberau wies ab. Beim Landgericht Berufung. Velmar-Gericht, Hansestadt Lübeck",
]


@pytest.mark.parametrize("side", _SIDES)
def test_the_stretches_that_hold_a_word_give_the_matches_of_the_whole_text(side: str) -> None:
    text = side * 3 + " " * 600 + side  # a stretch longer than the first look back
    for stem in ("warn", "gericht"):
        pattern = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Der|Die|Das)\s+\w+\s+{stem}\w*", re.I)
        places = (m.start() for m in re.finditer(stem, text, re.I))
        whole = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in found_in(pattern, text, places, re.compile(r"[^\w\s-]"))] == whole
    for noun in ("Gericht", "Stadt"):
        lower = noun.lower()
        found = re.compile(
            rf"(?<![\w-])(?:[A-Z][a-z]+{lower}[ \t]+[A-Z]\w*|[A-Z]\w*-{noun})(?![\w-])"
        )
        at = sorted({*places_of(text, noun), *places_of(text, lower)})
        read = [m.span() for m in found_in(found, text, at, re.compile(r"[^\w \t-]"))]
        assert read == [m.span() for m in found.finditer(text)]


def test_the_issuers_and_compounds_are_read_as_before() -> None:
    text = _SIDES[0] + " " + _SIDES[3]
    assert _issuers(text, "warn") == ((0, "Stadtwerke Oberau"), math.inf)
    assert _compounds(text, "Gericht", frozenset()) == [
        (text.index("Landgericht Oberau"), "Landgericht Oberau"),
        (text.index("Velmar-Gericht"), "Velmar-Gericht"),
    ]
