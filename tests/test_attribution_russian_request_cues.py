"""Russian: "попросил" and "обратился" in a dash incise are cues of the quotation they cut."""
# "«Станислав Игоревич, заканчивайте», — попросил он" and "«…, — обратился он к Дроздовой. — …»"
# named nobody: neither verb was a reporting verb, so the pronoun was never read.

from __future__ import annotations

from summarizer.attribution.find import find_quotes

_CHAIR = "Председательствующий Пётр Гордеев напомнил, что время выступления истекло. "
_MEMBER = "Депутат Станислав Мухин выступил против. "


def _speakers(text: str) -> list[str | None]:
    """The speaker of each quotation that is speech."""
    return [q.speaker for q in find_quotes(text, "ru", "") if q.kind != "title"]


def test_a_request_names_the_one_who_asked() -> None:
    assert _speakers(_CHAIR + "«Заканчивайте, пожалуйста», — попросил он.") == ["Пётр Гордеев"]
    assert _speakers(_CHAIR + "«Заканчивайте», — просила она.") == [None]


def test_turning_to_someone_cuts_the_quotation_and_names_the_speaker() -> None:
    text = _MEMBER + "«Вы опять ошиблись, — обратился он к Дроздовой. — Аптеки не справятся»."
    assert _speakers(text) == ["Станислав Мухин", "Станислав Мухин"]


def test_turning_to_a_body_outside_quotation_marks_is_no_quotation() -> None:
    assert _speakers(_MEMBER + "Он обратился в суд, но ответа пока нет.") == []
