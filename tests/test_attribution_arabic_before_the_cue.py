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


# "X تحفظه، وقال" gave "رامي عيسى تحفظه" ("… his reservation"), high: a verb with و joined to it
# opens a clause of its own, and the words right before و are never its subject. Since intl32
# the titled subject of the sentence's first verb goes on into it (frames/arabic_opener.py).
def test_the_object_before_and_said_is_no_subject() -> None:
    text = 'أبدى قائد الفريق السابق رامي عيسى تحفظه، وقال في مقابلة: "المشكلة ليست في المدرب".'
    assert _speaker(text) == "رامي عيسى"


def test_and_said_after_a_quotation_goes_on_with_its_speaker() -> None:
    text = 'قال الوزير سامي حداد إن "الأزمة انتهت". وأضاف: "نحن بخير".'
    assert [q.speaker for q in find_quotes(text, "ar", "")] == ["سامي حداد", "سامي حداد"]


# "وقال لبي بي سي إن" gave the one told, "لبي بي سي", high; since intl32 the visitor the
# sentence opens with speaks ("زار النائب عادل رضوان … وقال").
def test_the_one_told_right_after_the_verb_is_no_subject() -> None:
    text = 'زار النائب عادل رضوان المصنع، وقال لبي بي سي إن "العمال قلقون". وزارت بي بي سي المكان.'
    assert _speaker(text) == "عادل رضوان"


def test_a_titled_subject_after_the_one_told_still_speaks() -> None:
    text = 'وقال لبي بي سي وزير الخارجية سامح علي إن "الوضع مستقر". وكانت بي بي سي قد سألته.'
    assert _speaker(text) == "سامح علي"


def test_a_subject_after_the_reporters_told_still_speaks() -> None:
    assert _speaker('وقال للصحفيين وزير الخارجية سامح علي إن "الوضع مستقر".') == "سامح علي"


def test_a_name_that_opens_with_lam_still_speaks() -> None:
    assert _speaker('وقالت ليلى حمدان إن "المبيعات ارتفعت".') == "ليلى حمدان"
