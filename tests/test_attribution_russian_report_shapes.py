"""Russian report shapes (ru21): emphatic "сам", a manager, asides, interview tags."""
# Sentences written for these tests, modelled on the shapes of tests/data/russian_articles.

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes


def _said(text: str) -> list[Quote]:
    """The quotations of a Russian text whose words carry no label of a work."""
    return list(find_quotes(text, "ru", ""))


def _by_start(text: str, start: str) -> Quote:
    return next(q for q in _said(text) if q.text.startswith(start))


def test_the_emphatic_pronoun_is_no_word_of_the_name() -> None:
    text = (
        "Адвокат Олег Кравцов выступил в суде. Сам Кравцов вину не признал. "
        "«Меня оговорили», — сказал он."
    )
    assert _by_start(text, "Меня").speaker == "Олег Кравцов"


def test_a_name_that_only_begins_as_the_pronoun_stays_whole() -> None:
    text = "Суд отложил заседание. Самуил Кравцов вину не признал. «Меня оговорили», — сказал он."
    assert _by_start(text, "Меня").speaker == "Самуил Кравцов"


def test_an_asset_manager_named_once_is_the_manager_who_adds() -> None:
    text = (
        "Управляющий активами фонда Денис Поляков выступил на конференции. "
        "«Всё готово», — добавил управляющий."
    )
    quote = _by_start(text, "Всё")
    assert (quote.speaker, quote.confidence) == ("Денис Поляков", "high")


def test_two_managers_leave_the_manager_nobody() -> None:
    text = (
        "Управляющий фондом Денис Поляков спорит, управляющий банком Олег Гусев — нет. "
        "«Всё готово», — добавил управляющий."
    )
    assert _by_start(text, "Всё").speaker is None


# A coach's or a lawyer's genitive after the noun is whom they serve: never the speaker.
def test_the_one_a_coach_trains_never_speaks_for_the_coach() -> None:
    text = "Тренер Ивана Петрова выступил перед журналистами. По словам тренера, «спортсмен готов»."
    assert _by_start(text, "спортсмен").speaker is None


def test_a_legal_form_before_a_quoted_body_is_never_the_speaker() -> None:
    text = (
        "«Инвесторы закладывают худшее», — отметил управляющий активами УК «Альфа-Капитал» "
        "Денис Поляков."
    )
    assert _by_start(text, "Инвесторы").speaker in ("Денис Поляков", None)


_ASIDE = (
    "Главный тренер Виктор Новиков доволен. «Мы посмотрим повторы», — сообщил судья Алексей "
    "Громов.\n\nНовиков, отвечая на вопрос о титуле, был осторожен. «Говорить рано», — {}."
)


def test_a_name_before_a_comma_aside_and_a_past_verb_is_its_subject() -> None:
    quote = _by_start(_ASIDE.format("подчеркнул он"), "Говорить")
    assert quote.speaker == "Виктор Новиков"


def test_a_pronoun_of_the_other_gender_takes_neither() -> None:
    assert _by_start(_ASIDE.format("подчеркнула она"), "Говорить").speaker is None


def test_an_aside_without_a_verb_after_it_names_nobody_new() -> None:
    text = _ASIDE.replace("был осторожен", "Громов тоже").format("подчеркнул он")
    assert _by_start(text, "Говорить").speaker != "Виктор Новиков"


def test_many_commas_stay_linear() -> None:
    text = "Новиков" + ", слово" * 3000 + ". «Говорить рано», — подчеркнул он."
    assert _by_start(text, "Говорить").speaker in (None, "Новиков")


_TAGS = (
    "Гляциолог Ирина Котова: «Ледники тают»\n\n"
    "Ведущий сотрудник Ирина Котова и её коллега Андрей Мельников поднимаются на склоны.\n\n"
    "Корреспондент: Вы согласны?\n\nМельников: Я бы даже сказал, что она осторожничает.\n\n"
    "Котова: Андрей всегда был пессимистом.\n\nКорреспондент: Что дальше?\n\n"
    "Мельников: Локально почти ничего."
)


def test_a_tag_takes_the_name_without_the_word_the_sentence_start_capitalised() -> None:
    assert _by_start(_TAGS, "Андрей всегда").speaker == "Ирина Котова"


def test_no_tag_takes_the_occupation_as_a_name() -> None:
    speakers = {q.speaker for q in _said(_TAGS) if q.speaker}
    assert not [s for s in speakers if s.startswith("Гляциолог")]
