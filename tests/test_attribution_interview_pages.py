"""Interview pages a new user runs `summarize quotes` on: each answer under the one who gives it,
no question under anyone (pages of our own, tests/data/interviews/gold.toml, written before the
tool was run on them, session 21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import source
from summarizer.attribution.find import Quote, find_quotes
from tests.article_gold import load
from tests.work_counts import assert_linear

_DIR = Path(__file__).parent / "data" / "interviews"
_GOLD = load(_DIR)


def _quotes(page: str) -> list[Quote]:
    """What `summarize quotes` lists for the page, read as the command reads it."""
    article = source.load(str(_DIR / page), min_letters=source.ANY_LETTERS)
    found = find_quotes(article.text, article.lang, article.title)
    return [q for q in found if q.kind != "title"]


# museo-es.txt names its guest only by elimination (a subject beside the one she succeeded, "Ana
# Beltrán … sustituyó a Jorge Mena"), no interview verb: its answers stay nobody's (fixI22).
_BY_ELIMINATION = {"museo-es.txt"}


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="guest only by elimination"))
        if p in _BY_ELIMINATION
        else p
        for p in sorted(_GOLD)
    ],
)
def test_each_answer_is_listed_under_the_one_who_gives_it(page: str) -> None:
    quotes = _quotes(page)
    for start, who in _GOLD[page]:
        if who:
            said = [q for q in quotes if q.text.startswith(start)]
            assert said, (page, start)
            assert {(q.speaker, q.basis) for q in said} == {(who, "interview_turn")}, start


# A question, or words of someone the guest quotes, is never the guest's nor the other guest's
# (a whole sentence that only holds such words inside an answer stays the answer). Words the
# guest quotes may keep their own cue's description, only at low ("A neighbour of mine said").
@pytest.mark.parametrize("page", sorted(_GOLD))
def test_no_question_is_anyones(page: str) -> None:
    answers = [start for start, who in _GOLD[page] if who]
    guests = {who for _, who in _GOLD[page] if who}
    for start, who in _GOLD[page]:
        if not who:
            for quote in _quotes(page):
                if start in quote.text and not any(a in quote.text for a in answers):
                    assert quote.speaker is None or (
                        quote.speaker not in guests and quote.confidence == "low"
                    ), (page, quote.text, quote.speaker)


def test_a_panels_answers_go_each_to_its_own_guest_never_merged() -> None:
    quotes = [q for q in _quotes("panel-en.html") if q.confidence == "high"]
    haddad = " ".join(q.text for q in quotes if q.speaker == "Farid Haddad")
    ng = " ".join(q.text for q in quotes if q.speaker == "Ruth Ng")
    assert "Mill Street" in haddad and "permits" in haddad and "Mill Street" not in ng
    assert "villages" in ng and "winter" in ng and "villages" not in haddad
    assert {q.speaker for q in quotes} == {"Farid Haddad", "Ruth Ng"}  # never the byline's


def test_a_label_is_no_speech() -> None:
    for page, tag in (
        ("kousha-ja.txt", "佐藤"),
        ("xiaomai-zh.html", "晨报"),
        ("panel-en.html", "Q"),
    ):
        assert not any(q.text.startswith(tag) for q in _quotes(page)), page


_ZH = (
    "农业科学家赵明远培育的小麦今年推广。\n\n"
    "晨报：小麦有什么不同？\n\n{answer}：根扎得更深。\n\n"
    "晨报：农民愿意种吗？\n\n{answer}：一开始不愿意。"
)


# A Chinese label that is no name ("观点：") answers for nobody: no interview is read.
def test_a_chinese_answer_label_that_is_no_name_credits_nobody() -> None:
    assert {q.speaker for q in find_quotes(_ZH.format(answer="赵明远"), "zh")} == {"赵明远"}
    assert all(q.speaker is None for q in find_quotes(_ZH.format(answer="观点"), "zh"))


_AR = (
    "أصدرت الروائية سلمى الحداد روايتها الرابعة، وكان لـ«الأفق» معها هذا الحوار.\n\n"
    "الأفق: لماذا الأسواق القديمة؟\n\n{answer}: لأنني كبرت فيها.\n\n"
    "الأفق: هل تغيرت الأسواق؟\n\n{answer}: نعم، تغيرت كثيرا."
)


# An Arabic surname label answers for the person the introduction names with it, only then.
def test_an_arabic_surname_label_is_the_guest_the_introduction_names() -> None:
    said = [q for q in find_quotes(_AR.format(answer="الحداد"), "ar") if q.kind != "title"]
    assert [q.speaker for q in said] == ["سلمى الحداد", "سلمى الحداد"]
    assert all(q.speaker is None for q in find_quotes(_AR.format(answer="المنصور"), "ar"))


_EN = "{intro}\n\nQ: Why clay?\n\nA: Because it is cheap.\n\nQ: And rain?\n\nA: Lime keeps it out."


# Two people the introduction writes as subjects, neither asking, or a subject and the one asked:
# the answers are nobody's.
def test_two_subjects_in_the_introduction_leave_the_answers_nobodys() -> None:
    met = "Our writer Simon Clarke met the architect Lena Morales in Bristol."
    both = "The architect Lena Morales builds with her partner Tom Hale in Bristol."
    assert {q.speaker for q in find_quotes(_EN.format(intro=met), "en")} == {"Lena Morales"}
    assert {q.speaker for q in find_quotes(_EN.format(intro=both), "en")} == {None}
    # an object asked beside a subject: the mayor may be the one who answers as well
    asked = "Mayor Tom Hale wants a tram. We talked with Anna Berg, who designed it."
    assert {q.speaker for q in find_quotes(_EN.format(intro=asked), "en")} == {None}


# The label scans stay linear: many label paragraphs and many uses of the surname.
def test_many_labels_stay_fast() -> None:
    def run(n: int) -> None:
        intro = "الروائية سلمى الحداد " * n
        turns = "الأفق: لماذا؟\n\nالحداد: لأنني كبرت فيها.\n\n" * n
        find_quotes(f"{intro}\n\n{turns}", "ar")
        find_quotes(("晨报：为什么？\n\n赵明远：因为天气干燥。\n\n" * n), "zh")

    assert_linear(run, 100)
