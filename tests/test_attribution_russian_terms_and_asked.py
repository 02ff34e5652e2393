"""Russian: a short «…» after a noun for a thing is a term; the one asked by first name; a
negated stance after a quotation (fixru26). The names are invented."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_HE = "Игорь Волков"
_SHE = "Ирина Волкова"


def _read(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's kind and speaker."""
    return [(q.kind, q.speaker) for q in find_quotes(text, "ru", "")]


# A lower-case quotation opening with an adjective in the genitive after a noun for a thing is
# that noun's complement, a term: it was read as the subject's words, high (russian_terms.py).
@pytest.mark.parametrize(
    "text",
    [
        f"{_SHE} делится рецептом «идеального борща».",
        f"{_SHE} поделилась рецептом «бабушкиных пирожков».",
        f"{_HE} делится секретом «вечной молодости».",
    ],
)
def test_a_genitive_term_after_a_noun_for_a_thing_is_no_speech(text: str) -> None:
    assert [kind for kind, _ in _read(text)] == ["title"]


# Nouns for works and things (`name_nouns`): a capitalised quotation after them is a name.
@pytest.mark.parametrize(
    "text",
    [
        f"{_HE} рассказывает о сорте «Уральская красавица».",
        f"{_SHE} вспоминает мультфильм «Рыжий кот».",
        f"{_HE} прочитал стихотворение «Зимний вечер».",
        f"{_SHE} победила в номинации «Лучший дебют».",
    ],
)
def test_a_name_after_a_noun_for_a_work_is_a_title(text: str) -> None:
    assert [kind for kind, _ in _read(text)] == ["title"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SHE} заявила о «серьёзных нарушениях» на выборах.", _SHE),  # after a preposition
        (f"{_SHE} заявила, что закон «нарушает права граждан».", _SHE),  # a verb opens it
        (f"{_HE} назвал программу «провальной».", _HE),  # a label the subject gives
        (f"{_SHE} призвала жителей «беречь парк».", _SHE),
    ],
)
def test_the_subjects_own_short_words_stay_speech(text: str, speaker: str) -> None:
    assert _read(text) == [("speech", speaker)]


# A known first name alone in an oblique case after a full name is the one asked or answered:
# "Волкова Петра" was read as the speaker's name, high (object_forename.told_words).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"«Вы уверены?» — спросила {_SHE} Петра.", _SHE),
        (f"«Вы уверены?» — спросила {_SHE} Игоря.", _SHE),
        (f"«Да, уверен», — ответил {_HE} Анне.", _HE),
        (f"«Работаем», — сказал {_HE} Марии.", _HE),
        ("«Вы уверены?» — переспросила Анна Белова Дениса.", "Анна Белова"),
        ("«Работаем», — сказала Галина Ивановна Петрова.", "Галина Ивановна Петрова"),
    ],
)
def test_a_first_name_alone_after_the_speaker_is_the_one_asked(text: str, speaker: str) -> None:
    assert _read(text) == [("speech", speaker)]


# "не возражает", "не отрицает" after a quotation: a stance, still the subject's words (as
# "не возражала: «…»" before one); a negated verb of saying names nobody.
def test_a_negated_stance_after_a_quotation_names_its_subject() -> None:
    assert _read(f"«Пусть работают», — не возражает {_HE}.") == [("speech", _HE)]
    assert _read(f"«Мы ошиблись», — не отрицает {_SHE}.") == [("speech", _SHE)]
    assert _read(f"«Нет», — не сказал {_HE}.") == [("speech", None)]
    assert _read(f"«Мы против», — не возражают {_HE} и {_SHE}.") == [("speech", None)]
