"""Russian: a lone surname whose ending and past verb agree in gender: a pronoun may be it."""
# "Песков отказался комментировать ситуацию. «…», — сказал он журналистам" named nobody: a lone
# capitalised word written once, opening a sentence, before a verb that is no cue, was no subject.
# Its ending (-ов, -ин, -ский; -ова, -ина, -ская) and its verb's (-л, -лся; -ла, -лась) agreeing
# make it a nominative subject, a person, when it is the one person of that gender in reach.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear

_SAID = " «Нам нечего добавить», — сказал он журналистам."
_SHE = " «Нам нечего добавить», — сказала она журналистам."


def _first(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation."""
    quote = find_quotes(text, "ru", "")[0]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Песков отказался комментировать ситуацию." + _SAID, "Песков"),
        ("Захарова отказалась комментировать ситуацию." + _SHE, "Захарова"),
        ("Песков не стал комментировать ситуацию." + _SAID, "Песков"),
        ("Зеленская отказалась от интервью." + _SHE, "Зеленская"),
        # a woman in reach is no rival of "он"
        ("Анна Котова ушла. Песков отказался комментировать ситуацию." + _SAID, "Песков"),
        # the full name written before is still the one
        ("Дмитрий Песков отказался комментировать ситуацию." + _SAID, "Дмитрий Песков"),
    ],
)
def test_a_lone_surname_of_the_pronouns_gender_speaks_low(text: str, who: str) -> None:
    assert _first(text) == (who, "low")


@pytest.mark.parametrize(
    "text",
    [
        # two men in reach, or joined: either one
        "Иван Петров пришёл в суд. Песков отказался комментировать ситуацию." + _SAID,
        "Лавров встретился с послом. Песков отказался комментировать ситуацию." + _SAID,
        "Песков и Лавров отказались комментировать ситуацию." + _SAID,
        # the other gender by ending and verb
        "Песков отказался комментировать ситуацию." + _SHE,
        "Захарова отказалась комментировать ситуацию." + _SAID,
        # a place the article writes after a preposition of place, or as an adjective
        "Киев отказался комментировать ситуацию в Киеве." + _SAID,
        "Пекин отказался от переговоров. Позиция пекинских властей известна." + _SAID,
        "В Ростове прошёл митинг. Ростов отказался от праздника." + _SAID,
        # a noun for people: written in lower case, or with a noun's ending
        "Гражданин отказался назвать своё имя. «Мне нечего добавить», — сказал он полицейским.",
        "Женщина отказалась назвать своё имя." + _SHE,
        "Вдова отказалась от интервью. Вдова погибшего живёт одна." + _SHE,
        # no verb of its gender right after it
        "Песков, по данным газеты, в отпуске." + _SAID,
    ],
)
def test_nobody_where_the_lone_word_may_be_another_or_no_person(text: str) -> None:
    assert _first(text)[0] is None


# Each lone surname looks its other forms up in the article's sorted words: linear in the article.
def test_many_lone_surnames_stay_linear() -> None:
    def run(n: int) -> None:
        text = " ".join(
            f"Песков отказался. Песковы отказались. «Да{i}», — сказал он." for i in range(n)
        )
        find_quotes(text, "ru", "")

    assert_linear(run, 75)
