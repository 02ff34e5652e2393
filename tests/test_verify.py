"""The verifier as a user meets it: which summaries pass, which fail, and what it reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.article import Article
from summarizer.summary import EngineInfo, Failure, Point, QuoteRef, SourceInfo, Summary
from summarizer.verification.check import verify
from summarizer.verification.match import index
from summarizer.verification.names import same_speaker

SEED_TEXT = (
    Path(__file__).parent / "data" / "articles" / "seed-blitz-china-nato" / "article.txt"
).read_text(encoding="utf-8")
SEED = Article.from_text(SEED_TEXT, title="China urges NATO", lang="en", origin="seed")
CONSEQUENCES = "At some point… there should be consequences"


def article(text: str, lang: str = "en") -> Article:
    """An article built from cleaned text (paragraphs separated by blank lines)."""
    return Article.from_text(text, title="Title", lang=lang, origin="test")


def summary(
    art: Article, *points: Point, headline: str = "NATO and China trade words", lang: str = "en"
) -> Summary:
    """A summary of `art` with the given points."""
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    return Summary(lang, source, EngineInfo("test"), headline, points)


def quote_point(
    source_text: str,
    speaker: str | None = "Lin Jian",
    start: int | None = None,
    end: int | None = None,
) -> Point:
    """A point quoting `source_text` in English, with optional given offsets."""
    quote = QuoteRef(source_text, start=start, end=end)
    return Point(f"{speaker or 'The article'} spoke about the war.", speaker, (quote,))


def failures(result: Summary) -> list[Failure]:
    """The findings of a verified summary."""
    assert result.verification is not None
    return list(result.verification.failures)


def kinds(result: Summary) -> list[str]:
    """The kinds of the findings of a verified summary."""
    return [f.kind for f in failures(result)]


def test_verbatim_quote_passes_with_original_offsets() -> None:
    text = "What NATO should do is self-reflection, not arbitrary smear and attack China"
    result = verify(summary(SEED, quote_point(text, start=3, end=9)), SEED)
    assert result.verification is not None
    assert result.verification.ok and result.verification.checked == 1
    ref = result.points[0].quotes[0]
    assert ref.start is not None and ref.end is not None
    assert SEED_TEXT[ref.start : ref.end] == text


def test_given_offsets_of_a_later_occurrence_are_kept_and_wrong_ones_corrected() -> None:
    art = article("He called it “digital”. Later she also said “digital” twice.")
    later = art.text.rindex("digital")
    result = verify(summary(art, quote_point("digital", start=later, end=later + 7)), art)
    assert result.points[0].quotes[0].start == later
    result = verify(summary(art, quote_point("digital", start=2, end=5)), art)
    assert result.points[0].quotes[0].start == art.text.index("digital")


@pytest.mark.parametrize(
    ("source", "quoted", "span"),
    [
        ("He said “we ‘will’ win” today.", 'we "will" win', "we ‘will’ win"),
        ("He said it’s China’s role.", "it's China's role", "it’s China’s role"),
        ("ＡＢＣ公司表示：「我們２０２４年會贏」。", "我们2024年会赢", "我們２０２４年會贏"),
        ("ABC公司表示：“我们2024年会赢”。", "我們２０２４年會贏", "我们2024年会赢"),
        (
            "Tens of thousands\nof people came.",
            "Tens of thousands of people",
            "Tens of thousands\nof people",
        ),
        ("Tens of thousands came.", "Tens of\n thousands came", "Tens of thousands came"),
        ("A  long   wait —  finally.", "long wait - finally", "long   wait —  finally"),
        ("It was a well–known fact.", "well-known fact", "well–known fact"),
        ("我们将继续\n推进改革。", "我们将继续推进改革", "我们将继续\n推进改革"),
        ("He wrote: “Wait… then go.”", "Wait... then go", "Wait… then go"),
        ("The ﬁnal café opened.", "final café opened", "ﬁnal café opened"),
        ("The cafe\u0301 opened.", "café opened", "cafe\u0301 opened"),
        ("Elle a dit\u00a0: « c’est fini ».", "c'est fini", "c’est fini"),
    ],
)
def test_normalized_forms_match_and_offsets_point_at_the_original(
    source: str, quoted: str, span: str
) -> None:
    art = article(source)
    found = index(art).find(f"“{quoted}” ")
    assert found is not None
    assert source[found[0] : found[1]] == span


def test_a_quote_ending_in_a_nested_quote_keeps_its_closing_mark_in_the_offsets() -> None:
    source = "He said “we will not ‘give in,’” and left."
    quoted = "we will not ‘give in,’"
    found = index(article(source)).find(quoted)
    assert found is not None
    assert source[found[0] : found[1]] == quoted


def test_elision_within_one_paragraph_spans_first_to_last_piece() -> None:
    elided = "China presents itself as a neutral party […] unlike the United States"
    result = verify(summary(SEED, quote_point(elided, "Stoltenberg")), SEED)
    assert kinds(result) == []
    ref = result.points[0].quotes[0]
    assert ref.start is not None and ref.end is not None
    assert SEED_TEXT[ref.start : ref.end].startswith("China presents itself as a neutral party")
    assert SEED_TEXT[ref.start : ref.end].endswith("unlike the United States")


@pytest.mark.parametrize(
    "elided",
    [
        "What NATO should do is self-reflection … do something practical",  # two paragraphs
        "unlike the United States … China presents itself as a neutral party",  # out of order
    ],
)
def test_elision_across_paragraphs_or_out_of_order_fails(elided: str) -> None:
    result = verify(summary(SEED, quote_point(elided)), SEED)
    assert kinds(result)[0] == "not_found"
    assert result.points[0].quotes[0].start is None


def test_miss_reports_closest_source_span_and_similarity() -> None:
    altered = "What NATO should do is self-examination, not arbitrary smear"
    result = verify(summary(SEED, quote_point(altered, start=0, end=10)), SEED)
    assert result.verification is not None and not result.verification.ok
    miss = failures(result)[0]
    assert (miss.kind, miss.point, miss.quote) == ("not_found", 0, 0)
    assert miss.closest is not None and "What NATO should do is self-" in miss.closest
    assert miss.similarity is not None and 0.7 < miss.similarity < 1.0
    assert "self-examination" in miss.detail
    assert result.points[0].quotes[0].start is None


def test_closest_of_nonsense_is_dissimilar() -> None:
    near, similarity = index(SEED).closest("zzqx vvkj wwpt")
    assert similarity < 0.5
    assert near in SEED_TEXT


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [("Lin Jian", ["wrong_speaker"]), (None, ["wrong_speaker"]), ("Stoltenberg", [])],
)
def test_quote_credited_to_the_wrong_speaker_fails(
    speaker: str | None, expected: list[str]
) -> None:
    result = verify(summary(SEED, quote_point(CONSEQUENCES, speaker)), SEED)
    assert kinds(result) == expected
    if expected:
        assert "Stoltenberg" in failures(result)[0].detail


def test_unattributed_source_quote_accepts_any_speaker() -> None:
    art = article("Lin Jian arrived on Monday.\n\nThe plan marks “a turning point” for the region.")
    result = verify(summary(art, quote_point("a turning point", "Lin Jian")), art)
    assert result.verification is not None and result.verification.ok
    assert kinds(result) == ["title_credited"]  # a scare quote: flagged, never enforced


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jens Stoltenberg", "Stoltenberg", True),
        ("NATO Secretary-General Jens Stoltenberg", "Jens Stoltenberg", True),
        ("Lin", "Lin Jian", True),
        ("林剑", "外交部发言人林剑", True),
        ("蔡英文", "總統蔡英文", True),
        ("José Pérez", "Jose Perez", True),
        ("Lin Jian", "Jens Stoltenberg", False),
        ("President Xi Jinping", "President Joe Biden", False),
        ("Bashar al-Assad", "Abu Mohammed al-Jolani", False),
        ("林剑", "斯托尔滕贝格", False),
        ("Joe Biden", "Joseph R. Biden Jr.", True),
        ("Labour's Ed Balls", "Ed Balls", True),
        ("Ed Balls", "Ed Miliband", False),
        ("Kim Jong Un", "Kim Yo Jong", False),
    ],
)
def test_speaker_names_match_by_surname_script_and_accents(a: str, b: str, same: bool) -> None:
    assert same_speaker(a, b) is same
    assert same_speaker(b, a) is same


def test_made_up_quotation_in_point_text_fails() -> None:
    point = Point("Lin said NATO should “dissolve itself at once”.", "Lin Jian")
    result = verify(summary(SEED, point), SEED)
    assert kinds(result) == ["unquoted_quote"]
    found = failures(result)[0]
    assert found.point == 0 and "dissolve itself at once" in found.detail
    assert found.closest is not None and found.similarity is not None


def test_made_up_quotation_in_headline_fails() -> None:
    result = verify(summary(SEED, headline="China tells NATO it should “go home now”"), SEED)
    assert kinds(result) == ["unquoted_quote"]
    assert failures(result)[0].point is None and "headline" in failures(result)[0].detail


def test_verbatim_quotation_in_point_text_passes() -> None:
    point = Point("Lin called China’s position “objective and impartial”.", "Lin Jian")
    assert kinds(verify(summary(SEED, point), SEED)) == []


def test_translation_shown_in_point_text_is_allowed() -> None:
    ref = QuoteRef("What NATO should do is self-reflection", text="北约应该做的是自我反省")
    point = Point("林剑表示：“北约应该做的是自我反省”，而不是抹黑中国。", "Lin Jian", (ref,))
    result = verify(summary(SEED, point, headline="中国敦促北约停止甩锅", lang="zh"), SEED)
    assert "unquoted_quote" not in kinds(result)
    invented = Point("林剑表示：“北约必须立即解散”。", "Lin Jian", (ref,))
    result = verify(summary(SEED, invented, headline="中国敦促北约停止甩锅", lang="zh"), SEED)
    assert kinds(result) == ["unquoted_quote"]


def test_point_in_the_wrong_language_fails() -> None:
    point = Point("China urged NATO to stop blaming Beijing for the war in Ukraine.", "Lin Jian")
    result = verify(summary(SEED, point, headline="中国敦促北约停止甩锅", lang="zh"), SEED)
    assert kinds(result) == ["wrong_language"]
    assert "en" in failures(result)[0].detail and failures(result)[0].point == 0


def test_english_quote_and_name_inside_chinese_point_is_chinese() -> None:
    ref = QuoteRef("What NATO should do is self-reflection, not arbitrary smear")
    text = "Lin Jian说：“What NATO should do is self-reflection, not arbitrary smear”。"
    point = Point(text, "Lin Jian", (ref,))
    result = verify(summary(SEED, point, headline="中国敦促北约停止甩锅", lang="zh"), SEED)
    assert kinds(result) == []


def test_headline_equal_to_source_title_may_stay_in_source_language() -> None:
    result = verify(summary(SEED, headline="China urges NATO", lang="zh"), SEED)
    assert "wrong_language" not in kinds(result)
    result = verify(
        summary(SEED, headline="China and NATO trade blame over Ukraine", lang="zh"), SEED
    )
    assert kinds(result) == ["wrong_language"]


def test_loaded_word_is_a_warning_and_verification_stays_ok() -> None:
    point = Point("Lin slams NATO over its remarks on the Ukraine war.", "Lin Jian")
    result = verify(summary(SEED, point), SEED)
    assert result.verification is not None and result.verification.ok
    (warning,) = failures(result)
    assert (warning.kind, warning.severity) == ("loaded_word", "warning")
    assert "slams" in warning.detail


def test_loaded_word_used_by_the_source_or_quoted_is_not_flagged() -> None:
    art = article("The opposition said the regime had arrested “shocking numbers” of people.")
    own = Point("The opposition said the regime arrested many people.", "The opposition")
    inside = Point("The opposition spoke of “shocking numbers” of arrests.", "The opposition")
    assert kinds(verify(summary(art, own, inside), art)) == []


def test_chinese_loaded_word_matches_in_traditional_text() -> None:
    art = article("外交部發言人表示，北約應停止甩鍋。", lang="zh-Hant")
    point = Point("發言人痛批北約甩鍋。", "發言人")
    result = verify(summary(art, point, headline="外交部回應北約", lang="zh-Hant"), art)
    assert kinds(result) == ["loaded_word"]


def test_summary_of_another_source_fails_with_both_hashes() -> None:
    other = article("A different article entirely.")
    result = verify(summary(other), SEED)
    assert result.verification is not None and not result.verification.ok
    mismatch = failures(result)[0]
    assert mismatch.kind == "source_mismatch"
    assert other.sha256 in mismatch.detail and SEED.sha256 in mismatch.detail


def test_a_prompt_slot_echoed_by_a_weak_model_fails_and_is_pruned() -> None:
    from summarizer.pipeline import prune

    echoed = Point("<one neutral sentence in English>", "<name as written in the article>")
    real = Point("China's foreign ministry criticised NATO.", None)
    result = verify(summary(SEED, echoed, real, headline="<neutral headline in English>"), SEED)
    assert kinds(result) == ["placeholder", "placeholder"]
    assert [f.point for f in failures(result)] == [None, 0]
    kept = prune(result, SEED)
    assert [p.text for p in kept.points] == [real.text]
    assert kept.headline == SEED.title


def test_angle_brackets_inside_a_real_sentence_are_not_a_slot() -> None:
    point = Point("The ministry's statement, headed <Urgent>, criticised NATO.", None)
    assert "placeholder" not in kinds(verify(summary(SEED, point), SEED))


GERASIMOV = article(
    "Valery Gerasimov, the chief of the Russian General Staff, briefed reporters in Moscow on "
    "Monday about the fighting in Syria.\n\n"
    "“Six kilometres of tunnels lie across Aleppo's territories,” according to the Washington "
    "Post, which obtained a transcript of the briefing.\n\n"
    "“We will not stop until the city is safe,” Gerasimov said."
)
TUNNELS = "Six kilometres of tunnels lie across Aleppo's territories"


@pytest.mark.parametrize("speaker", ["Valery Gerasimov", "Washington Post", None])
def test_a_guessed_source_speaker_is_never_enforced(speaker: str | None) -> None:
    result = verify(summary(GERASIMOV, quote_point(TUNNELS, speaker)), GERASIMOV)
    assert result.verification is not None and result.verification.ok
    assert {f.severity for f in failures(result)} <= {"warning"}


def test_correct_speaker_against_a_guess_is_a_warning_naming_the_guess() -> None:
    result = verify(summary(GERASIMOV, quote_point(TUNNELS, "Valery Gerasimov")), GERASIMOV)
    (warning,) = failures(result)
    assert (warning.kind, warning.severity) == ("speaker_unconfirmed", "warning")
    assert "Washington Post" in warning.detail


BALLS = article(
    "Ed Miliband and Ed Balls spoke at the party conference in Manchester on Monday.\n\n"
    "“We will balance the books by the end of the parliament,” Ed Balls said.\n\n"
    "“This party will never abandon working families,” Ed Miliband said."
)


def test_a_speaker_swapped_for_one_with_the_same_given_name_fails() -> None:
    books = "We will balance the books by the end of the parliament"
    assert kinds(verify(summary(BALLS, quote_point(books, "Ed Balls")), BALLS)) == []
    swapped = verify(summary(BALLS, quote_point(books, "Ed Miliband")), BALLS)
    assert kinds(swapped) == ["wrong_speaker"]


ROSKOSMOS = article(
    "Ministers met in Moscow on Monday to discuss the launch plans for the coming year.\n\n"
    "The «Роскосмос» chief, Ivan Petrov, attended the meeting with his deputies."
)


def test_a_quoted_title_credited_to_a_speaker_is_flagged_as_a_warning() -> None:
    result = verify(summary(ROSKOSMOS, quote_point("Роскосмос", "Ivan Petrov")), ROSKOSMOS)
    (flag,) = failures(result)
    assert (flag.kind, flag.severity) == ("title_credited", "warning")
    assert result.verification is not None and result.verification.ok
    unnamed = verify(summary(ROSKOSMOS, quote_point("Роскосмос", None)), ROSKOSMOS)
    assert kinds(unnamed) == []


def test_a_speaker_named_by_the_words_at_the_cue_passes() -> None:
    text = article(
        "Глава МИД Павел Климкин прилетел в Брюссель в понедельник.\n\n"
        "«Мы готовы к переговорам», — сказал глава МИД.",
        lang="ru",
    )
    ready = "Мы готовы к переговорам"
    assert kinds(verify(summary(text, quote_point(ready, "глава МИД")), text)) == []
    assert kinds(verify(summary(text, quote_point(ready, "МИД")), text)) == ["wrong_speaker"]


def test_swapped_speaker_against_a_confident_attribution_fails() -> None:
    said = "We will not stop until the city is safe"
    assert kinds(verify(summary(GERASIMOV, quote_point(said, "Valery Gerasimov")), GERASIMOV)) == []
    swapped = verify(summary(GERASIMOV, quote_point(said, "Washington Post")), GERASIMOV)
    assert kinds(swapped) == ["wrong_speaker"]
