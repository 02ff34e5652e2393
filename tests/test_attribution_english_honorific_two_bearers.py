"""An honorific and a surname ("Mr. Lee") that two men named in full before may bear is at most a
guess at the first named (low); any other of them is no pick, so the surname stays as written; one
the honorific's gender rules out is no bearer."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        # an initial hid the first from the names of the article
        'Tom A. Lee met Jon Lee today.\n\n"We agree," Mr. Lee said.',
        # forenames that might be one person's, but one sentence names two
        'Jo A. Kaaaa met Jon Kaaaa today.\n\n"We agree," Mr. Kaaaa said.',
        'Robert E. Lee and Tom Lee visited Ohio on Monday.\n\n"We need teachers," Mr. Lee said.',
    ],
)
def test_mr_and_a_surname_two_men_bear_stays_as_written(text: str) -> None:
    (quote,) = find_quotes(text, "en")
    assert (quote.speaker, quote.confidence) == (text.split()[-2], "low")


def test_the_first_of_two_named_stays_the_guess_never_sure() -> None:
    (quote,) = find_quotes('Tom Lee met Jon Lee today.\n\n"We agree," Mr. Lee said.', "en")
    assert (quote.speaker, quote.confidence) == ("Tom Lee", "low")


# negatives: the honorific's gender singles one out; one bearer only
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Michelle Obama met Barack Obama today.\n\n"We agree," Mr. Obama said.', "Barack Obama"),
        ('Sara Pike and Dan Pike run the bakery.\n\n"We bake," Mr. Pike said.', "Dan Pike"),
        ('Jon A. Lee visited Ohio today.\n\n"We agree," Mr. Lee said.', "Jon A. Lee"),
        ('Gov. Jon Lee visited the U.S. Navy today.\n\n"We agree," Mr. Lee said.', "Jon Lee"),
    ],
)
def test_an_honorific_that_singles_out_one_bearer_names_him(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == [speaker]


def test_many_quotations_of_one_shared_surname_stay_linear() -> None:
    def run(n: int) -> None:
        text = 'Tom A. Lee met Jon Lee today.\n\n"We agree," Mr. Lee said.\n\n' * n
        assert {q.speaker for q in find_quotes(text, "en")} == {"Lee"}

    assert_linear(run, 100)
