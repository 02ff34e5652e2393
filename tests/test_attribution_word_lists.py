"""The cue word lists that are tested for membership: a set's speed, a tuple's answers."""

from __future__ import annotations

import pickle

from summarizer.attribution.frames.elision import elided
from summarizer.attribution.lexicon.cue_fields import Words
from summarizer.attribution.lexicon.cues import cues_for


def test_words_answer_membership_as_the_tuple_does() -> None:
    words = Words(["secretary", "mayor", "dr."])
    plain = ("secretary", "mayor", "dr.")
    for probe in ("mayor", "Mayor", "dr", "dr.", "", "secretary general", 3, None, ["mayor"]):
        assert (probe in words) == (probe in plain)


def test_words_keep_their_order_for_prefix_tests() -> None:
    titles = cues_for("en").titles
    assert isinstance(titles, Words)
    assert list(titles) == sorted(titles, key=len, reverse=True)
    assert "the city mayor".endswith(titles)
    assert "mayor" in titles and "okafor" not in titles


def test_cues_with_word_lists_survive_pickling() -> None:
    cues = cues_for("fr")
    again = pickle.loads(pickle.dumps(cues))
    assert again == cues
    assert list(again.titles) == list(cues.titles)
    assert all(title in again.titles for title in cues.titles)


def test_elided_is_the_word_after_the_last_apostrophe() -> None:
    assert elided("qu'il") == "il"
    assert elided("l’AFP") == "AFP"
    assert elided("aujourd'hui'") == ""
    assert elided("Okafor") == "Okafor"
