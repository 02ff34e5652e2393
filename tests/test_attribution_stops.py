"""The article's sentence stops, found once, read as a window's own search would read them."""

import re
from collections import deque

import pytest

from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.stops import first_stop, last_stop, stops_in

_TEXTS = [
    "Mr. Lund spoke. “It works.” Then Dr. Roe left!\n\nWas it over? Yes.",
    "Er kam.„Nein“, sagte Roth.Danach ging er. Am 3. Mai, z.B. hier. Ende.",
    "U.S. officials said so. M. Dupont a dit « oui ». Fin.\n",
    "市长表示：“明年见。”她说：“好！”他问？是的；结束。",
    "Он сказал: «Нет». Т.е. так. г. Москва. Конец.",
    "قال: «نعم». هل انتهى؟ نعم.",
]


@pytest.mark.parametrize("family", ["en", "de", "fr", "ru", "zh", "ja", "ar", "es"])
def test_window_lookups_match_the_window_search(family: str) -> None:
    stop = cues_for(family).sentence_end
    for text in _TEXTS:
        windows = [(start, start + width) for start in range(len(text)) for width in range(-2, 12)]
        windows += [(start, end) for start in (0, 3) for end in range(len(text) + 1)]
        for start, end in windows:
            if 0 <= end <= len(text):
                _same_as_search(text, stop, start, end)


def _same_as_search(text: str, stop: re.Pattern[str], start: int, end: int) -> None:
    found = [m.end() for m in stop.finditer(text, start, end)]
    first = stop.search(text, start, end)
    assert stops_in(text, stop, start, end) == found
    assert last_stop(text, stop, start, end) == (found[-1] if found else None)
    assert first_stop(text, stop, start, end) == (first.end() if first else None)


def test_last_stop_is_the_deque_of_the_window() -> None:
    stop = cues_for("en").sentence_end
    text = "One. Two.” Three. Four"
    last = deque(stop.finditer(text, 0, 18), maxlen=1)
    assert last_stop(text, stop, 0, 18) == last[0].end() == 17
    assert last_stop(text, stop, 18, len(text)) is None
