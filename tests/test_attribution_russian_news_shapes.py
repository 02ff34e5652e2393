"""Who speaks in Russian news shapes (the written cases of data/attribution/russian_news.toml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarizer._data import parse_toml
from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

# `shape`, not `case`: test_attribution_patterns reads every `case` of that folder in its format
_CASES: list[dict[str, Any]] = parse_toml(
    (Path(__file__).parent / "data" / "attribution" / "russian_news.toml").read_text("utf-8")
)["shape"]
_TITLE = "#title"


def _read(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in find_quotes(text, "ru", "")]


def _expected(case: dict[str, Any]) -> list[str | None]:
    return [None if who in ("", _TITLE) else who for who in case["speakers"]]


# "Кузин" or "Д.Песков" for "Иван Кузин", "Дмитрий Песков": the surname alone names the same one.
def _same(speaker: str | None, who: str | None) -> bool:
    if speaker is None or who is None:
        return speaker == who
    return speaker == who or speaker.replace(".", ". ").split()[-1] == who.split()[-1]


def _marks(case: dict[str, Any]) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(reason=case["wrong"], strict=True)] if "wrong" in case else []


# Precision first: in every case a quotation names its speaker or nobody, never someone else, and a
# quoted name or title is never speech.
@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=_marks(c)) for c in _CASES], ids=lambda case: case["text"][:60]
)
def test_a_russian_quotation_names_its_speaker_or_nobody(case: dict[str, Any]) -> None:
    read = _read(case["text"])
    for (speaker, _), who in zip(read, _expected(case), strict=False):
        assert speaker is None or _same(speaker, who) or speaker in case.get("also", ())
    assert all(speaker is None for speaker, _ in read[len(case["speakers"]) :])


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=_marks(c)) for c in _CASES if "gap" not in c],
    ids=lambda case: case["text"][:60],
)
def test_a_russian_news_shape_names_the_speaker(case: dict[str, Any]) -> None:
    read = [None if s in case.get("also", ()) else s for s, _ in _read(case["text"])]
    wanted = _expected(case)
    assert len(read) == len(wanted)
    assert all(_same(s, who) for s, who in zip(read, wanted, strict=True)), case["text"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("По словам министра обороны Сергея Шойгу, «армия укомплектована».", "Сергей Шойгу"),
        ("«Армия укомплектована», — цитирует ТАСС Сергея Шойгу.", "Сергей Шойгу"),
        ("«Всё идёт по плану», — цитирует ТАСС Ольгу Смирнову.", "Ольга Смирнова"),
        ("По словам Натальи Воробьёвой, «очереди сократились».", "Наталья Воробьёва"),
    ],
)
def test_the_words_of_a_name_share_its_case(text: str, speaker: str) -> None:
    assert [s for s, kind in _read(text) if kind != "title"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("«Мы не придём». Об этом заявил глава МИД Сергей Лавров.", "Сергей Лавров"),
        ("«Мы не придём». Об этом заявила вице-премьер Анна Белова.", "Анна Белова"),
        ("«Мы не придём». Об этом сообщили в пресс-службе Кремля.", None),
        ("Он сказал, что «мы не придём». Об этом заявил глава МИД Сергей Лавров.", None),
        ("«Мы не придём».\n\nОб этом заявил глава МИД Сергей Лавров.", None),
    ],
)
def test_a_sentence_pointing_back_names_the_speaker_of_a_whole_quotation(
    text: str, speaker: str | None
) -> None:
    quotes = find_quotes(text, "ru", "")
    assert [q.speaker for q in quotes] == [speaker]
    assert all(q.confidence == "low" for q in quotes)


# One paragraph of pointing sentences with no stop after the cue: at 4n a linear pass takes
# about 4 times as long, one that reads on to the paragraph's end at each quotation about 16.
def test_pointing_back_stays_linear_on_many_quotations() -> None:
    line = "«Да». Об этом заявил глава "
    assert_linear(lambda n: find_quotes(line * n, "ru"), 200)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("«Газ будет», — сказал министр Алексею Миллеру.", [None]),
        ("«Газ будет», — заявил Алексею Миллеру Иван Петров.", ["Иван Петров"]),
        ("«Газ будет», — заявил глава «Газпрома» Алексей Миллер.", ["Алексей Миллер", None]),
        ("«Газ будет», — заявил глава компании «Нафтогаз Украины».", [None, None]),
        ('"Газ будет", - заявил глава "Нафтогаза" Андрей Коболев.', ["Андрей Коболев", None]),
    ],
)
def test_a_role_reads_past_its_quoted_body_but_not_into_the_one_told(
    text: str, speakers: list[str | None]
) -> None:
    assert [s for s, _ in _read(text)] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Сын Марии Беловой рассказал о задержании. «Её увезли утром», — сказал он.",
        "Жена Алексея Громова рассказала о задержании. «Его увезли утром», — сказала она.",
    ],
)
def test_a_pronoun_never_stands_for_an_owner_of_the_other_gender(text: str) -> None:
    assert [s for s, _ in _read(text)] == [None]
