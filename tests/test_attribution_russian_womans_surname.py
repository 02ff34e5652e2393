"""Russian: a woman's surname in the nominative never names the man of its masculine form."""
# "Виктор Смолин рассказал о жене. «…», — говорит Смолина." gave "Виктор Смолин" (high): a
# present-tense cue marks no gender, and "Смолина" was read as his genitive. As a subject it is
# a woman's nominative: nobody named, unless a woman of that surname is.

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    """The speaker of each quotation that is speech."""
    return [q.speaker for q in find_quotes(text, "ru", "") if q.kind != "title"]


def test_a_womans_surname_after_a_genderless_cue_is_not_the_mans() -> None:
    text = "Виктор Смолин рассказал о жене. «Мы не уедем», — говорит Смолина."
    assert _speakers(text) == [None]


def test_a_woman_of_that_surname_speaks() -> None:
    text = "Виктор Смолин и Людмила Смолина живут в деревне. «Мы не уедем», — говорит Смолина."
    assert _speakers(text) == ["Людмила Смолина"]


def test_the_mans_own_surname_and_its_genitive_after_hearsay_stay_his() -> None:
    assert _speakers("Виктор Смолин живёт в деревне. «Мы не уедем», — говорит Смолин.") == [
        "Виктор Смолин"
    ]
    assert _speakers("Виктор Смолин живёт в деревне. По словам Смолина, «никто не уедет».") == [
        "Виктор Смолин"
    ]


def test_a_womans_verb_keeps_her_surname_as_written() -> None:
    text = "Виктор Смолин рассказал о жене. «Мы не уедем», — сказала Смолина."
    assert _speakers(text) == ["Смолина"]
