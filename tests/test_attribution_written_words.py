"""The article's words before each word and pair (`frames/written_words.py`), read once per
article and handed from the Roster to the frames pass: the opening place's rule reads it."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes
from summarizer.attribution.frames.written_words import WrittenWords


def test_a_surname_alone_or_a_full_name_after_another_word_is_written_apart() -> None:
    alone = WrittenWords("In Port Vale Lena Okafor spoke. Okafor left.")
    assert alone.apart("Vale", "Lena", "Okafor")
    titled = WrittenWords("In Port Vale Lena Okafor spoke. Mayor Lena Okafor left.")
    assert titled.apart("Vale", "Lena", "Okafor")
    glued = WrittenWords("In Port Vale Lena Okafor spoke. In Port Vale Lena Okafor left.")
    assert not glued.apart("Vale", "Lena", "Okafor")
    assert not WrittenWords("").apart("Vale", "Lena", "Okafor")


def test_the_name_past_a_long_place_needs_the_article_to_write_it_apart() -> None:
    said = "In Port Vale Lena Okafor said: “We will rebuild the bridge.”"
    assert [q.speaker for q in find_quotes(said, "en")] == [None]
    later = f"{said} Mayor Lena Okafor spoke for an hour."
    assert [q.speaker for q in find_quotes(later, "en")] == ["Lena Okafor"]
