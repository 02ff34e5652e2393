"""A run of thousands of capitalised words before a cue is read in linear time."""
# "Tom Roe Tom Roe … spoke." and "Отец Ивана Петрова Ивана Петрова … сказал:": the owned-title,
# acronym-label and told-pair scans sliced the run's word list at every word, so twice the words
# took four times as long (0.16 s, 0.58 s, 2.7 s at 8k, 16k, 32k words). A second run of one text
# would find its roster cached, so each of the best-of-three runs ends in its own paragraph.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_CASES = [
    ('{run}spoke.\n\n"It was time," Roe said.', "Tom Roe ", "en"),
    ("Отец {run}сказал: «Мы готовы».", "Ивана Петрова ", "ru"),
    ("«Мы готовы», — сказал {run}.", "Ивана Петрова ", "ru"),
]


@pytest.mark.parametrize(("frame", "shape", "lang"), _CASES)
def test_a_long_run_of_names_takes_linear_time(frame: str, shape: str, lang: str) -> None:
    assert_linear(lambda n: find_quotes(frame.format(run=shape * n), lang), 250)
