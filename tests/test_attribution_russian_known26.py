"""Russian: three-word foreign names opened by a word in -е, a title's epithet, two surnames."""
# "— сказал Хосе Мануэль Баррозу" gave "Мануэль Баррозу", high: a first word in -е was cut as a
# dative, though no woman's name the list knows ends so; now the three stay, low where the last
# may be the one told (consonant and -у). "Папа Римский Франциск" gave "Римский", high: an
# adjective in -ский after a noun in -а is the title's epithet, so the three are one. "— сказал
# Меркель Путин" alone gave the pair, high: either may tell the other, so it is low.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "«Мы готовы к переговорам», — {verb} {name}."


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation."""
    quote = find_quotes(text, "ru", "")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("name", "confidence"),
    [
        ("Хорхе Эстебан Борхас", "high"),
        ("Жозе Мануэл Карвалью", "high"),  # -ю, never a dative after a consonant
        ("Хосе Мануэль Баррейру", "low"),  # "Хосе Мануэль" may tell "Баррейр"
    ],
)
def test_a_foreign_first_name_in_e_opens_the_whole_name(name: str, confidence: str) -> None:
    assert _last(_SAID.format(verb="сказал", name=name)) == (name, confidence)


def test_the_three_before_the_verb_are_sure() -> None:
    text = "Хосе Мануэль Баррейру заявил: «Мы готовы к переговорам»."
    assert _last(text) == ("Хосе Мануэль Баррейру", "high")


@pytest.mark.parametrize(
    ("verb", "name", "speaker"),
    [
        ("сказала", "Анне Мария Санчес", "Мария Санчес"),  # "Анна": a known name's dative
        ("сказал", "Кате Иван Петров", "Иван Петров"),  # "Катя"
    ],
)
def test_a_known_womans_dative_still_opens_the_one_told(verb: str, name: str, speaker: str) -> None:
    assert _last(_SAID.format(verb=verb, name=name))[0] == speaker


@pytest.mark.parametrize(
    "name",
    ["Папа Римский Франциск", "Митрополит Киевский Онуфрий", "Патриарх Московский Кирилл"],
)
def test_a_titles_epithet_is_no_surname(name: str) -> None:
    assert _last(_SAID.format(verb="сказал", name=name)) == (name, "high")


def test_after_a_first_name_the_word_in_ski_is_a_surname() -> None:
    # "Никита Вышинский" telling "Франциск" (a woman's surname never declines): as before
    assert _last(_SAID.format(verb="сказал", name="Никита Вышинский Франциск"))[0] == "Вышинский"


# A word in -ь may be a woman's surname never declined ("Меркель"): low. One in a hard consonant
# is no man's dative ("Рамзану"), so it is his first name (`rufix28`): "Рамзан Кадыров", and at
# its one mention "Гонсалес Лавров" too (the cost: a woman never declined may be the one told).
@pytest.mark.parametrize("name", ["Меркель Путин", "Ребель Зеленин"])
def test_two_surnames_alone_are_never_sure(name: str) -> None:
    assert _last(_SAID.format(verb="сказал", name=name)) == (name, "low")


@pytest.mark.parametrize("name", ["Рамзан Кадыров", "Гонсалес Лавров"])
def test_a_hard_consonant_before_his_surname_is_his_first_name(name: str) -> None:
    assert _last(_SAID.format(verb="сказал", name=name)) == (name, "high")


@pytest.mark.parametrize(
    "name",
    ["Владимир Путин", "Марио Драги", "Олаф Шольц", "Эммануэль Макрон"],
)
def test_a_first_name_and_surname_stay_sure(name: str) -> None:
    assert _last(_SAID.format(verb="сказал", name=name)) == (name, "high")


def test_the_pair_written_twice_is_one_name() -> None:
    text = "Рамзан Кадыров прибыл в Грозный. «Мы готовы к переговорам», — сказал Рамзан Кадыров."
    assert _last(text) == ("Рамзан Кадыров", "high")
