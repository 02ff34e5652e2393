"""German cue words found in a window around a quotation: as a scan of the whole text finds them."""

import re

from summarizer.attribution.find import find_quotes
from summarizer.attribution.kinds.cue_windows import BREAKS, matches_inside
from summarizer.attribution.lexicon.cues import cues_for, cues_table
from summarizer.attribution.lexicon.inflect import derived, older
from summarizer.attribution.lexicon.unless_after import unless_after
from tests.work_counts import assert_linear

# Own sentences: cues of several words ("teilte mit", "gab an", "hieß es") at every window edge.
_TEXT = (
    "Die Behörde teilte mit, der Plan sei „unsinnig“; Eva Roth gab an diesem Abend an, er sei "
    "„gelogen“ worden. Aus Berlin hieß es dazu, das sei ein „Skandal“. Er nannte es „fahrlässig“, "
    "so der Sprecher (laut einem Bericht „dreist“)\nund fügte hinzu: „Nein“ gab an Jan Ems"
)


def _whole(text: str, window: tuple[int, int], pattern: re.Pattern[str]) -> list[int]:
    """The starts of the matches of one scan of the whole text that lie inside `window`."""
    found = (m for m in pattern.finditer(text))
    return [m.start() for m in found if m.start() >= window[0] and m.end() <= window[1]]


# The premise: no German cue word holds a break, and no derived pattern reads one.
def test_no_german_cue_word_holds_a_break() -> None:
    data = cues_table()["de"]
    lists = ["verbs", "future", "reported", "documents", "participles", "quoting", "framing"]
    words = [w for key in lists for w in data.get(key, [])] + older(data)
    assert words and derived(data) == [unless_after(data)]  # a look past spaces, no break
    assert not [w for w in words if any(c in BREAKS for c in w)]
    assert not any(re.fullmatch(r"\w", c) for c in BREAKS)


def test_every_window_finds_what_the_whole_text_holds() -> None:
    cues = cues_for("de")
    for pattern in (cues.verbs, cues.framing):
        assert _whole(_TEXT, (0, len(_TEXT)), pattern)
        for start in range(len(_TEXT) + 1):
            for end in range(start, min(len(_TEXT), start + 90) + 1, 7):
                window = (start, end)
                assert matches_inside(_TEXT, window, pattern) == _whole(_TEXT, window, pattern)


# Ten thousand quoted words in one paragraph: the windows would read the text many times over,
# so past its length the text is read once and looked up.
def test_many_quoted_words_in_one_paragraph_take_linear_time() -> None:
    line = "Er nannte den Plan „gut“ und teilte mit, er sei „klar“ "

    assert_linear(lambda n: find_quotes(line * n, "de"), 240)
