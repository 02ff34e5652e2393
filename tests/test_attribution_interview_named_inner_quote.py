"""A quotation inside an interview answer whose cue names its speaker is that speaker's."""
# "Баранов: … Мой учитель Сергей Ломов говорил: «…»" named nobody: every marked quotation in
# an answer was nobody's. Where the answer names the one quoted at the cue, it is that person's;
# a pronoun ("она сказала: «…»") or the interviewee's own words stay as before.

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes


def _interview(answer: str) -> tuple[Quote, ...]:
    """The quotations of a short tagged interview whose first answer is `answer`."""
    text = "\n\n".join(
        [
            "Корр.: Вас это задевает?",
            f"Баранов: {answer}",
            "Корр.: А что дальше?",
            "Баранов: Сериал. Больше ничего не скажу.",
        ]
    )
    return find_quotes(text, "ru", "")


def _marked(answer: str) -> Quote:
    """The one quotation in «» of the answer."""
    return next(q for q in _interview(answer) if q.basis != "interview_turn")


def test_a_named_speaker_at_the_cue_speaks() -> None:
    quote = _marked("Уже нет. Мой учитель Сергей Ломов говорил: «Снимай для одного зрителя».")
    assert quote.speaker == "Сергей Ломов"


def test_a_pronoun_at_the_cue_stays_nobody() -> None:
    quote = _marked("Анна Гусева спорила. В итоге она сказала: «Делай как знаешь».")
    assert quote.speaker is None


def test_words_the_answer_quotes_without_a_cue_stay_nobody() -> None:
    quotes = _interview("Один чиновник заявил мне: «Вы нас пугаете». Я не согласилась.")
    assert [q.speaker for q in quotes if q.basis != "interview_turn"] == [None]


def test_the_answer_itself_is_still_the_interviewees() -> None:
    turns = [
        q
        for q in _interview("Уже нет. Мой учитель Сергей Ломов говорил: «Снимай».")
        if q.basis == "interview_turn"
    ]
    assert turns and all(q.speaker == "Баранов" for q in turns)
