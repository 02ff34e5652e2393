"""Russian names written with initials ("А. Петров", "В. В. Путин", "В.В. Путин") are whole names
at a cue: after a verb-first cue, before a verb and after "по словам"; the initial is no
conjunction or preposition ("а", "в", "с") and no acronym of a role's complement. A capital and
a period before a pronoun, a function word or a verb end a sentence, no name (`ruinit25`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = "«Мы готовы к переговорам», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал А. Петров", "А. Петров"),
        ("сказал В. В. Путин", "В. В. Путин"),
        ("сказал В.В. Путин", "В.В. Путин"),
        ("сказал С. Иванов", "С. Иванов"),
        ("сказала О. Петрова-Водкина", "О. Петрова-Водкина"),
        ("заявил глава МИД С. Лавров", "С. Лавров"),
        ("заявил министр А. Петров", "А. Петров"),
        ("сказал глава Минфина А. Петров", "А. Петров"),
        ("сказал Пётр А. Иванов", "Пётр А. Иванов"),
    ],
)
def test_initials_after_a_verb_first_cue_are_part_of_the_name(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


def test_initials_after_a_quotation_and_before_more_words() -> None:
    text = _SAID.format(cue="сказал А. Петров, глава фирмы")
    assert _found(text) == [("А. Петров", "high")]


def test_initials_before_a_verb_of_saying() -> None:
    assert _found("А. Петров заявил: «Мы готовы к переговорам».") == [("А. Петров", "high")]
    text = "Это было в 5 ч. В. Иванов заявил: «Мы готовы к переговорам»."
    assert _found(text) == [("В. Иванов", "high")]


# Read back from a verb, a capital that is also a word ("А", "В") opens the name: the capitalised
# word before it may end a sentence ("Пункт А."), so it is never taken in.
def test_a_word_before_a_one_letter_initial_stays_out_of_the_name() -> None:
    text = "Пункт А. Петров заявил: «Мы готовы к переговорам»."
    assert _found(text) == [("А. Петров", "high")]


def test_initials_in_the_genitive_after_po_slovam() -> None:
    text = "По словам А. Петрова, «мы готовы к переговорам»."
    assert _found(text) == [("А. Петров", "low")]


# The fullest form the article uses, where the surname is one person's and the initials fit.
@pytest.mark.parametrize(
    ("before", "cue", "speaker"),
    [
        ("Владимир Путин прибыл в Минск.", "сказал В. В. Путин", "Владимир Путин"),
        ("Владимир Путин прибыл в Минск.", "сказал В.В. Путин", "Владимир Путин"),
        ("Андрей Петров прибыл.", "сказал А. Петров", "Андрей Петров"),
        ("Андрей Петров прибыл.", "сказал Б. Петров", "Б. Петров"),
        ("Андрей Петров и Алексей Петров прибыли.", "сказал А. Петров", "А. Петров"),
    ],
)
def test_initials_take_the_one_full_name_they_fit(before: str, cue: str, speaker: str) -> None:
    assert _found(f"{before} {_SAID.format(cue=cue)}") == [(speaker, "high")]


def test_initials_after_po_slovam_take_the_full_name() -> None:
    text = "Андрей Петров прибыл. По словам А. Петрова, «мы готовы к переговорам»."
    assert _found(text) == [("Андрей Петров", "low")]


# A capital and a period that end a sentence: the next word is a pronoun, a function word or a
# verb, or it is lower case; the one-letter word with no period is a preposition or conjunction.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_SAID.format(cue="сказал житель дома А") + " Он ушёл.", None),
        (_SAID.format(cue="сказал житель дома А") + " Потом он ушёл.", None),
        (_SAID.format(cue="сказал житель дома А") + " Сказал и ушёл.", None),
        (_SAID.format(cue="сказал Я") + " Он ушёл.", None),
        (_SAID.format(cue="сказал Петров") + " А Иванов промолчал.", "Петров"),
        ("Пришёл в 5 ч. В Москве Иванов сказал: «Мы готовы к переговорам».", "Иванов"),
        (_SAID.format(cue="ответил он") + " В. Иванов промолчал.", None),
    ],
)
def test_a_sentence_end_before_a_capital_is_no_initial(text: str, speaker: str | None) -> None:
    assert [s for s, _ in _found(text)] == [speaker]


# Other languages read an initial already ("said J. Smith", "sagte H. Müller").
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", '"We are ready," said J. Smith.', "J. Smith"),
        ("en", '"We are ready," J. Smith said.', "J. Smith"),
        ("de", "„Wir sind bereit“, sagte H. Müller.", "H. Müller"),
        ("fr", "« Nous sommes prêts », a déclaré J. Dupont.", "J. Dupont"),
    ],
)
def test_initials_in_other_languages(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, lang)] == [speaker]


# Each token reads one period, at most two more initials and one word: linear on any input.
def test_many_initials_stay_linear() -> None:
    said = _SAID.format(cue="сказал А. Петров")
    assert_linear(lambda n: find_quotes("А. " * n + said, "ru"), 500)
