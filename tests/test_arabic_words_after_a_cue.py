"""Arabic: "to me"/"to us" after a cue and a verb of talking after a subject are no words of
a name ("قال لي مريض", "سامي الخطيب تحدث عن")."""

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def test_to_me_after_the_cue_names_nobody() -> None:
    text = 'قال لي مريض في المستشفى: "الانتظار أصعب من المرض".'
    assert [q.speaker for q in find_quotes(text, "ar")] == [None]


def test_a_named_speaker_after_to_us_is_not_read_as_one() -> None:
    text = 'قال لنا الطبيب: "نحتاج إلى وقت".'
    assert all(q.speaker is None or "لنا" not in q.speaker for q in find_quotes(text, "ar"))


def test_the_verb_after_the_interviewee_is_no_part_of_the_name() -> None:
    text = (
        "في حوار مع مدير المستشفى سامي الخطيب تحدث عن نقص الأطباء.\n\n"
        "س: كم طبيبا ينقص؟\n\nج: ثلاثون طبيبا.\n\nس: ومتى البناء؟\n\nج: في الربيع."
    )
    assert {q.speaker for q in find_quotes(text, "ar")} == {"سامي الخطيب"}
