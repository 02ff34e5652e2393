"""Arabic: the word after a preposition before a verb of saying is no subject of that verb."""
# world22: "من جهته، أعلن X رفضه «…»" ("for his part, X announced his rejection") gave the
# preposition's object "جهته" ("his side") as the speaker, high.

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "ar", "")
    return quote.speaker


def test_for_his_part_before_the_verb_is_nobody() -> None:
    text = 'من جهته، أعلن رئيس الوفد فيصل العمري رفضه "أي صيغة تتجاهل المعتقلين".'
    assert _speaker(text) is None


def test_for_her_part_is_nobody_either() -> None:
    assert _speaker('من جهتها، أعلنت وزيرة الصحة هالة علي رفضها "أي تأجيل".') is None


def test_the_name_after_the_verb_still_speaks() -> None:
    text = 'من جانبه، قال رئيس الوفد فيصل العمري إن "الوضع مستقر".'
    assert _speaker(text) == "فيصل العمري"


def test_a_subject_before_its_verb_still_speaks() -> None:
    text = 'وفي المؤتمر، وزير الخارجية سامح علي قال إن "الوضع مستقر".'
    assert _speaker(text) == "سامح علي"
