"""Labels given by many different sentence-first words are read in linear time."""
# "Бавегов назвал решение «ошибкой»." and "Bavegimente calificó la reforma de «absurda».": whether
# a lone sentence-first word is a surname the text writes in full, or a word it writes
# capitalised inside a sentence, was one search of the whole text per distinct word, so four
# times the sentences took fifteen times as long (1.7 s, 25 s at 500, 2000). The text is now
# read once into its words.

from __future__ import annotations

import itertools

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SYLLABLES = ("ba", "ve", "gi", "do", "ju", "za", "ki", "lo", "mu", "ne", "po", "ru", "si")
_SYLLABLES += ("tu", "fa", "ko", "ta", "mi", "pe", "du")  # 20 ** 3: a word for each sentence
_RUSSIAN = str.maketrans("abdefgijklmnoprstuvz", "абдефгийклмнопрстувз")
_CASES = [
    ("{word}ов назвал решение «ошибкой». ", "ru"),
    ("{word}mente calificó la reforma de «absurda». ", "es"),
]


def _text(frame: str, lang: str, count: int) -> str:
    """`count` sentences of `frame`, each opened by a word of its own."""
    words = ("".join(p) for p in itertools.product(_SYLLABLES, repeat=3))
    if lang == "ru":
        words = (w.translate(_RUSSIAN) for w in words)
    return "".join(frame.format(word=w.capitalize()) for w in itertools.islice(words, count))


@pytest.mark.parametrize(("frame", "lang"), _CASES)
def test_many_sentence_first_words_before_a_label_take_linear_time(frame: str, lang: str) -> None:
    assert_linear(lambda n: find_quotes(_text(frame, lang, n), lang), 100)
