"""Arabic: the auxiliary كان ("was") is no word of a name; a draft or a document is no speaker."""
# world22: "وكان الرئيس الأمريكي قد دعا … إلى «…»" gave "وكان الرئيس الأمريكي", high; "وبحسب مسودة
# اطلعت عليها الصحيفة" ("according to a draft the paper saw") gave the draft's words, low.

from __future__ import annotations

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> str | None:
    return find_quotes(text, "ar", "")[-1].speaker


def test_was_before_an_unnamed_title_names_nobody() -> None:
    text = 'وكان الرئيس الأمريكي قد دعا في وقت سابق الطرفين إلى "اغتنام هذه الفرصة".'
    assert _speaker(text) is None


def test_was_before_a_titled_name_keeps_the_name() -> None:
    text = 'وكان وزير الخارجية سامح علي قد دعا في وقت سابق الطرفين إلى "اغتنام هذه الفرصة".'
    assert _speaker(text) == "سامح علي"


def test_a_draft_as_the_source_is_nobody() -> None:
    text = (
        'قال سامي حداد إن "الأزمة انتهت". '
        'وبحسب مسودة اطلعت عليها الصحيفة، فإن الاتفاق ينص على "وقف شامل".'
    )
    assert _speaker(text) is None


def test_a_named_source_after_according_to_still_speaks() -> None:
    assert _speaker('وبحسب وزير الطاقة سامر داود، فإن "الإنتاج سيرتفع".') == "سامر داود"
