"""A name in apposition after a describing word, maybe before a hearsay aside, is the subject."""
# "Пассажирка автобуса, пенсионерка Галина Орлова, по словам врачей, отделалась ушибами.
# «…», — сказала она": she is Орлова; it gave the woman who spoke in the paragraph before.

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_BEFORE = "«Мы прибежали первыми», — сказала Людмила Смолина.\n\n"


def _last(text: str) -> str | None:
    """The speaker of the last quotation that is speech."""
    return [q.speaker for q in find_quotes(text, "ru", "") if q.kind != "title"][-1]


def test_a_described_name_in_commas_is_the_pronouns_subject() -> None:
    text = _BEFORE + (
        "Пассажирка автобуса, пенсионерка Галина Орлова, отделалась ушибами. "
        "«Я сидела сзади», — сказала она."
    )
    assert _last(text) == "Галина Орлова"


def test_a_hearsay_aside_may_follow_the_apposition() -> None:
    text = _BEFORE + (
        "Пассажирка автобуса, пенсионерка Галина Орлова, по словам врачей, отделалась ушибами. "
        "«Я сидела сзади», — сказала она."
    )
    assert _last(text) == "Галина Орлова"


def test_a_name_governed_by_a_preposition_is_no_subject() -> None:
    text = _BEFORE + (
        "Соседка автобуса, рядом с Галиной Орловой, осталась цела. «Я сидела сзади», — сказала она."
    )
    assert _last(text) != "Галина Орлова"


def test_an_aside_that_is_not_hearsay_is_not_skipped() -> None:
    text = _BEFORE + (
        "Пассажирка автобуса, пенсионерка Галина Орлова, в синем пальто, отделалась ушибами. "
        "«Я сидела сзади», — сказала она."
    )
    assert _last(text) != "Галина Орлова"


# Each apposition looks at a bounded window before and after the name: many in a row stay linear.
def test_many_appositions_in_a_row_are_read_in_one_pass() -> None:
    row = "Пассажирка, пенсионерка Галина Орлова, по словам врачей, отделалась ушибами. "
    text = row * 400 + "«Я сидела сзади», — сказала она."
    assert _last(text) == "Галина Орлова"
