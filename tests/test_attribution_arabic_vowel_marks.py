"""Arabic written with some of its vowel marks (ـُ, ـّ, ـً) reads as the same words without them."""
# world22: "العُماني" read as two words ("الع", "ماني"), so the name after the title came out as
# "ماني سالم الحارثي" or nobody; the rules now read the text without the marks and give the
# speaker and the quotation as the text spells them.

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _only(text: str) -> Quote:
    (quote,) = find_quotes(text, "ar", "")
    return quote


def test_a_marked_adjective_after_a_title_leaves_the_name_after_it() -> None:
    quote = _only('أكد وزير الخارجية العُماني سالم الحارثي أن الجولة "حققت تقدما ملموسا".')
    assert (quote.speaker, quote.confidence) == ("سالم الحارثي", "high")


def test_a_marked_name_is_given_as_the_text_spells_it() -> None:
    text = 'وقالت المتحدثة باسم الوزارة سلمى الحدّاد للصحفيين إن "الوضعَ مستقرٌ".'
    quote = _only(text)
    assert quote.speaker == "سلمى الحدّاد"
    assert quote.text == "الوضعَ مستقرٌ" == text[quote.start : quote.end]


def test_a_marked_title_with_no_name_still_names_nobody() -> None:
    assert _only('وقال المتحدثُ باسم الوزارة إن "الوضعَ مستقر".').speaker is None


def test_many_marks_read_in_linear_time() -> None:
    assert_linear(
        lambda n: find_quotes("وقال " + "الوزيرُ " * n + 'إن "الوضع مستقر".', "ar", ""), 1000
    )
