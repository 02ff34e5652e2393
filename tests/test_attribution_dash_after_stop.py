"""Old print sets the next line's dash right after a question mark ("– Wer?– Wir, sagte er."):
the first line ends at its stop, so no two dialogue lines overlap and nothing fails."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.attribution.find import find_quotes

# older print ("daß") with dialogue dashes set tight or loose against stops, incises and marks
PIECES = [
    "– ",
    "–",
    "— ",
    "?– ",
    "!– ",
    "?",
    "!",
    ".",
    ",",
    ", ",
    " ",
    "\n\n",
    ":",
    "„",
    "“",
    "»",
    "«",
]
PIECES += ["Wer", "Wir", "Ich", "da", "daß", "Gut", " sagte er", " fragte die Magd", "Jan Roth"]
PIECES += [" antwortete", " und ", "sei", " rief Hans Roth"]
OLD_DIALOGUE = st.lists(st.sampled_from(PIECES), max_size=60).map(
    lambda p: "Es war spät, daß " + "".join(p)
)


def test_a_dash_right_after_a_question_mark_opens_the_next_line() -> None:
    (quote,) = find_quotes("– Wer?– Wir, sagte er. Gut, daß du da bist.", "de", "")
    assert (quote.text, quote.cue, quote.mention) == ("Wir", "sagte", "er")


def test_a_tight_dash_after_a_question_in_a_later_paragraph_fails_nothing() -> None:
    text = "Es war spät, daß alle schliefen.\n\n– Wer da?– Ich, sagte er. Gut."
    (quote,) = find_quotes(text, "de", "")
    assert (quote.text, quote.speaker) == ("Ich", None)


@settings(max_examples=300)
@given(OLD_DIALOGUE)
def test_older_print_dialogue_of_any_shape_gives_spans_of_the_text(text: str) -> None:
    for quote in find_quotes(text, "de", ""):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
