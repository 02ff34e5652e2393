"""A quotation with no cue after "…, sagte er." is not his where the sentence after it points back
at it with a verb of saying ("Diesen Satz hatte X gesagt"): that sentence names its speaker."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_BEFORE = "Jan Roth sprach. Der Plan sei gut, sagte er. „Wir schaffen das.“ "


def _speaker(after: str) -> str | None:
    (quote,) = find_quotes(_BEFORE + after, "de", "")
    return quote.speaker


def test_a_sentence_that_names_who_had_said_it_is_not_the_reporter_s() -> None:
    assert _speaker("Diesen Satz hatte Angela Merkel 2015 gesagt.") is None


def test_das_sagte_after_the_quotation_names_its_speaker() -> None:
    assert _speaker("Das sagte einst Angela Merkel.") == "Angela Merkel"


# negative: narration that says nothing of the quotation leaves it to the reporting clause before
def test_a_sentence_after_that_says_nothing_keeps_the_reporter() -> None:
    assert _speaker("Dann ging er.") == "Jan Roth"


# a time adverb between the verb and the subject dates the words; the subject is still the name
@pytest.mark.parametrize("adverb", ["einst", "früher", "einmal", "kürzlich", "damals", "gestern"])
def test_a_time_adverb_before_the_subject_keeps_it(adverb: str) -> None:
    assert _speaker(f"Das sagte {adverb} Angela Merkel.") == "Angela Merkel"


# negatives: after the adverb, a name that is no subject alone still names nobody
@pytest.mark.parametrize(
    "after",
    ["Das sagte einst Angela Merkel ihrem Mann.", "Das erklärte einst Angela Merkel für beendet."],
)
def test_after_a_time_adverb_a_name_with_an_object_names_nobody(after: str) -> None:
    assert _speaker(after) is None
