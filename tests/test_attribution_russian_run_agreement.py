"""Russian: after a man's verb ("сказал") a woman's first name in the nominative (-а, -я) is no
sure subject (a man's surname before her is, low); two surnames of which one may be the other's
dative stay the pair, low; the dative of a known man's first name ("Игорю") is the one told; the
words after a whole Chinese name are told; a Vietnamese diphthong is one syllable; a woman's
genitive surname opening a sentence is the label's object (told_runs.py, told_cases.py,
foreign_dative.py, kinds/judged.py, `ru26`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_SAID = "«Мы готовы к переговорам», — {cue}."


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru") if q.kind == "speech"]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Лукашенко Ксения Собчак", "Лукашенко"),
        ("заявил Лукашенко Урсула фон дер Ляйен", "Лукашенко"),
        ("сказал Хосе Мария Аснар", "Хосе Мария Аснар"),
    ],
)
# "сказал Мадуро Лукашенко", "Меркель Путин": low only where the article writes a word apart
# (test_attribution_russian_told_apart.py, `rufix26`); alone, one name at its first mention
def test_a_run_the_verb_cannot_agree_with_is_low(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Хосе Игорю", "Хосе"),
        ("сказал Марио Олегу", "Марио"),
        ("сказал Лукашенко Андрею", "Лукашенко"),
    ],
)
def test_a_known_first_name_in_the_dative_is_the_one_told(cue: str, speaker: str) -> None:
    # the one told is sure; the speaker's gender is not known by his name's form: low
    assert _found(_SAID.format(cue=cue)) == [(speaker, "low")]


def test_a_man_telling_a_known_first_name_stays_sure() -> None:
    assert _found(_SAID.format(cue="сказал Лавров Сергею")) == [("Лавров", "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказала Ксения Собчак", "Ксения Собчак"),
        ("сказал Илья Петров", "Илья Петров"),
        ("сказал Никита Михалков", "Никита Михалков"),
        ("сказал Лука Модрич", "Лука Модрич"),
        ("сказал Адвокат Иван Петров", "Иван Петров"),
        ("сказал Госсекретарь Энтони Блинкен", "Энтони Блинкен"),
        ("сказал Сергей Шойгу", "Сергей Шойгу"),
        ("сказал Тарас Шевченко", "Тарас Шевченко"),
        ("сказал Лукашенко Путин", "Путин"),
        ("сказал Жозе Моуринью", "Жозе Моуринью"),
        ("сказал Олег Петров", "Олег Петров"),
        ("сказала Анна Петрова", "Анна Петрова"),
    ],
)
def test_a_speaker_agreeing_with_the_verb_stays_sure(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


def test_a_run_with_a_womans_first_name_after_a_mans_verb_stays_nobodys() -> None:
    assert _found(_SAID.format(cue="сказал Зеленский Анна Петрова")) == [(None, "low")]


def test_the_article_writing_the_pair_elsewhere_keeps_it_one_name() -> None:
    text = "Гонсалес Шойгу приехал в Мадрид. " + _SAID.format(cue="сказал Гонсалес Шойгу")
    assert _found(text) == [("Гонсалес Шойгу", "high")]


def _labelled(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, "ru")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Слова Пугачевой Песков назвал «ошибкой».", ("Песков", "low")),
        ("Слова Ворониной Лавров назвал «ложью».", ("Лавров", "low")),
        ("Андрей Луговой назвал решение «ошибкой».", ("Андрей Луговой", "high")),
        ("Никита Луговой назвал решение «ошибкой».", ("Никита Луговой", "high")),
        ("Анна Пугачева назвала решение «ошибкой».", ("Анна Пугачева", "high")),
    ],
)
def test_a_womans_surname_in_the_genitive_opening_the_sentence_is_the_object(
    text: str, speaker: tuple[str, str]
) -> None:
    assert _labelled(text) == [speaker]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал глава МИД Мария Захарова", None),
        ("сказал Анна Маляр", "Анна Маляр"),
        ("сказал министр Анна Попова", None),
    ],
)
def test_a_womans_name_after_a_mans_verb_and_no_name_before_is_low(
    cue: str, speaker: str | None
) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "low")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Си Цзиньпин Нгуен Фу Чонгу", "Си Цзиньпин"),
        ("сказал Ли Кэцян Нгуен Тан Зунгу", "Ли Кэцян"),
        ("сказал Ли Кэцян Лукашенко", "Ли Кэцян"),
        ("сказал Си Цзиньпин", "Си Цзиньпин"),
    ],
)
def test_words_after_a_whole_chinese_name_are_the_one_told(cue: str, speaker: str) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Нгуен Фу Чонг", "Нгуен Фу Чонг"),
        ("сказал Нгуен Тан Зунг", "Нгуен Тан Зунг"),
        ("сказал Ким Чен Ын", "Ким Чен Ын"),
        ("сказал Адвокат Иван Петров", "Иван Петров"),
    ],
)
def test_a_vietnamese_diphthong_is_one_syllable_of_a_three_syllable_name(
    cue: str, speaker: str
) -> None:
    assert _found(_SAID.format(cue=cue)) == [(speaker, "high")]
