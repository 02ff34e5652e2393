"""German: a reported saying with a pronoun subject of another gender is not the reporter's."""
# "Anton Weiß erzählte, sie habe ihm gesagt, seine Gedichte seien „…“": the words are hers as he
# reports them; "er habe ihr gesagt" may be his own, and is kept.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str) -> str | None:
    """The speaker of the text's one quotation."""
    return find_quotes(text, "de", "")[-1].speaker


def test_her_saying_reported_by_him_is_not_his() -> None:
    text = (
        "Der Maler Paul Weber erzählte, sie habe ihm einmal gesagt, seine Bilder seien „zu bunt“."
    )
    assert _speaker(text) is None


def test_his_saying_reported_by_her_is_not_hers() -> None:
    text = "Anna Lindner berichtete, er habe ihr am Telefon erklärt, das Geld sei „längst weg“."
    assert _speaker(text) is None


def test_a_plural_pronoun_is_several_others() -> None:
    text = "Anna Lindner berichtete, sie haben ihr gesagt, der Plan sei „tot“."
    assert _speaker(text) is None


def test_a_title_marks_the_reporter_when_the_name_does_not() -> None:
    text = "Die Malerin Kim Weber erzählte, er habe ihr gesagt, ihre Bilder seien „zu bunt“."
    assert _speaker(text) is None


def test_a_pronoun_of_the_reporters_gender_may_be_the_reporter() -> None:
    text = "Paul Weber erzählte, er habe ihr gesagt, ihre Bilder seien „zu bunt“."
    assert _speaker(text) == "Paul Weber"


def test_a_pronoun_that_is_no_saying_leaves_the_reporter() -> None:
    text = "Paul Weber sagte, sie habe „viel zu lange“ gewartet."
    assert _speaker(text) == "Paul Weber"


# A clause that grows inside one sentence is read by a regex in one call: counting its calls
# proves nothing, so bench/linearity.py times it ("long reported clause"); here, its answer.
@pytest.mark.parametrize("n", [1, 2000])
def test_a_long_nested_clause_keeps_its_answer(n: int) -> None:
    assert _speaker("Paul Weber erzählte, " + "sie habe gesagt, " * n + "es sei „zu lang“.") is None


def test_many_reported_clauses_stay_linear() -> None:
    def run(n: int) -> None:
        text = "Paul Weber erzählte, sie habe gesagt, es sei „zu lang“. " * n
        quotes = find_quotes(text, "de", "")
        assert [q.speaker for q in quotes] == [None] * n

    assert_linear(run, 50)
