"""Direct quotations: every quote style found with exact offsets, and who said each one."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

ARTICLES = Path(__file__).parent / "data" / "articles"


def said(text: str, lang: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker) pairs, after checking every offset against the source."""
    quotes = find_quotes(text, lang)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return [(q.text, q.speaker) for q in quotes]


def only(text: str, lang: str) -> Quote:
    quotes = find_quotes(text, lang)
    assert len(quotes) == 1, quotes
    return quotes[0]


# Quote styles ---------------------------------------------------------------------------------


def test_curly_double_quotes_have_exact_offsets() -> None:
    text = "“We urge restraint,” Lin said."
    quote = only(text, "en")
    assert (quote.start, quote.end) == (1, 19)
    assert quote.text == "We urge restraint,"


def test_straight_double_quotes() -> None:
    text = 'Officials were "very concerned" about it, Smith said.'
    assert said(text, "en")[0][0] == "very concerned"


def test_apostrophes_do_not_open_or_close_quotes() -> None:
    text = "China’s view is Beijing’s own, and the ministers’ reply was ‘not now’ today."
    assert [q for q, _ in said(text, "en")] == ["not now"]


def test_straight_single_quotes_only_when_they_look_like_quotes() -> None:
    text = "It's Adelson's team, dubbed 'The American friends' by staff."
    assert [q for q, _ in said(text, "en")] == ["The American friends"]


def test_french_guillemets_with_inner_spaces_and_comma_inside() -> None:
    text = "« Je n'ai enfreint aucune règle, » a-t-il estimé."
    quote = only(text, "fr")
    assert quote.text == "Je n'ai enfreint aucune règle,"
    assert quote.start == 2


def test_german_reversed_guillemets() -> None:
    text = "»Ich habe ihm dann geglaubt«, sagt Geicke."
    assert said(text, "de") == [("Ich habe ihm dann geglaubt", "Geicke")]


def test_german_low_high_quotes() -> None:
    text = "Merkel sagte: „Wir schaffen das.“ Dann ging sie."
    assert said(text, "de") == [("Wir schaffen das.", "Merkel")]


def test_japanese_corner_brackets_and_white_corner_brackets() -> None:
    text = "佐藤首相は「『改革』を進める」と述べた。"
    assert said(text, "ja") == [("『改革』を進める", "佐藤")]
    # a bare title names nobody (issue 13: a description is no speaker)
    assert said("首相は「『改革』を進める」と述べた。", "ja") == [("『改革』を進める", None)]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    text = "“在‘益村’上，每天都有好多人向我订货。”村民陈福香说。"
    assert said(text, "zh-Hans") == [("在‘益村’上，每天都有好多人向我订货。", "陈福香")]


def test_multi_paragraph_quote_parts_share_the_speaker() -> None:
    text = "“First part of the statement.\n\n“Second part of it,” Jens Stoltenberg said."
    assert said(text, "en") == [
        ("First part of the statement.", "Jens Stoltenberg"),
        ("Second part of it,", "Jens Stoltenberg"),
    ]


def test_split_quote_around_the_cue() -> None:
    text = "“The path to peace,” he said, “is more weapons.” Stoltenberg spoke in Washington."
    text = "Jens Stoltenberg spoke in Washington. " + text
    assert said(text, "en") == [
        ("The path to peace,", "Jens Stoltenberg"),
        ("is more weapons.", "Jens Stoltenberg"),
    ]


def test_unbalanced_mark_is_capped_at_its_paragraph() -> None:
    text = "He said “this never closes.\n\nThen “Real quote,” Lin Jian said."
    assert said(text, "en") == [("Real quote,", "Lin Jian")]


def test_stray_opening_mark_does_not_swallow_later_quotes() -> None:
    text = "A stray “ mark, then “a real quote,” Lin Jian said."
    assert [q for q, _ in said(text, "en")] == ["a real quote,"]


def test_article_without_quotes() -> None:
    assert find_quotes("Nothing is quoted here.\n\nNor here.", "en") == ()
    assert find_quotes("", "en") == ()


def test_lone_marks_do_not_crash() -> None:
    for text in ["”", "«", "»»»", "「", "'", '"', "‘’", "„“", "“”"]:
        assert find_quotes(text, "en") == ()


# Speaker patterns -----------------------------------------------------------------------------


def test_cue_after_quote_then_surname_carried_to_full_name() -> None:
    text = (
        "Foreign Ministry spokesperson Lin Jian spoke on Tuesday.\n\n"
        "“What NATO should do is self-reflection,” Lin stated."
    )
    assert said(text, "en") == [("What NATO should do is self-reflection,", "Lin Jian")]


def test_inverted_cue_with_title_stripped() -> None:
    text = "“We are ready,” said NATO Secretary-General Jens Stoltenberg."
    assert only(text, "en").speaker == "Jens Stoltenberg"


def test_cue_before_quote_with_colon() -> None:
    assert only("Prelogar said: “No.”", "en").speaker == "Prelogar"


def test_pronoun_carries_the_last_named_speaker() -> None:
    text = "“One,” Samuel Alito said.\n\nThe court adjourned.\n\n“Two,” he added."
    assert said(text, "en") == [("One,", "Samuel Alito"), ("Two,", "Samuel Alito")]


def test_speaker_introduced_in_an_earlier_sentence() -> None:
    text = (
        "Lin Jian addressed the issue. He reiterated the community’s recognition of China’s "
        "“objective and impartial position” and its “constructive role.”"
    )
    assert said(text, "en") == [
        ("objective and impartial position", "Lin Jian"),
        ("constructive role.", "Lin Jian"),
    ]


def test_organisation_speakers() -> None:
    text = "The G7 foreign ministers recently expressed “strong concern” over the transfers."
    assert only(text, "en").speaker == "G7 foreign ministers"
    text = "China’s Foreign Ministry said the claims were false. “Stop,” the ministry said."
    assert only(text, "en").speaker == "China’s Foreign Ministry"


def test_unknown_speaker_is_none() -> None:
    text = "The word “resilience” appears often in such reports."
    assert only(text, "en").speaker is None


def test_chinese_cue_before_and_after() -> None:
    text = "张一白导演表示：“这是一部悬疑片。”随后，“三位都是演技派。”王昱说。"
    assert said(text, "zh-Hans") == [("这是一部悬疑片。", "张一白"), ("三位都是演技派。", "王昱")]


def test_traditional_chinese_surname_and_title() -> None:
    text = "總統蔡英文今天發表談話。「我也衷心相信每一位國民」,蔡總統說。"
    assert said(text, "zh-Hant") == [("我也衷心相信每一位國民", "蔡英文")]


def test_spanish_cues() -> None:
    text = (
        "El juez José Castro habló ayer. «No lo sé», manifestó Castro. "
        "Según Pedro Horrach, «las conjeturas no bastan»."
    )
    assert said(text, "es") == [
        ("No lo sé", "José Castro"),
        ("las conjeturas no bastan", "Pedro Horrach"),
    ]


def test_french_inverted_pronoun_cue() -> None:
    text = "Le ministre Roman Prymula a parlé. « Je reste, » a-t-il déclaré."
    assert only(text, "fr").speaker == "Roman Prymula"


def test_russian_dash_cue_and_feminine_verb() -> None:
    """A dash cue names Климкин; "заявила она" is a woman's, never his carried over (en20)."""
    text = '"Газ будет транзитным", - сказал Павел Климкин. "Нет", - заявила она.'
    text = "Мария Захарова выступила. " + text
    assert said(text, "ru") == [("Газ будет транзитным", "Павел Климкин"), ("Нет", None)]


def test_japanese_topic_before_quote() -> None:
    text = "山本健二外相は「死傷者の大半はロケット弾によるものだった」と述べた。"
    assert only(text, "ja").speaker == "山本健二"


def test_a_japanese_description_is_the_mention_and_nobody_named() -> None:
    """issue 13: "地元当局者" describes an unnamed official; it was the speaker, high."""
    quote = only("地元当局者は「死傷者の大半はロケット弾によるものだった」と述べた。", "ja")
    assert (quote.speaker, quote.mention, quote.confidence) == (None, "地元当局者", "low")


def test_arabic_organisation_after_cue() -> None:
    text = 'وقال الائتلاف الوطني السوري إن "الوضع خطير".\n\nوشدد الائتلاف على "ضرورة الحوار".'
    assert said(text, "ar") == [
        ("الوضع خطير", "الائتلاف الوطني السوري"),
        ("ضرورة الحوار", "الائتلاف الوطني السوري"),
    ]


def test_german_message_after_colon_credits_the_sender_not_a_noun() -> None:
    text = (
        "Die Sprecherin Anna Kessler war wütend. Am Abend um 22 Uhr schickt sie dem Verlag "
        "eine Nachricht: »Das lasse ich mir nicht gefallen.«"
    )
    assert said(text, "de") == [("Das lasse ich mir nicht gefallen.", "Anna Kessler")]


def test_german_indirect_speech_with_pronoun_and_follow_up_quote() -> None:
    text = (
        "Der Pilot Jonas Brandl meldete sich aus Kairo.\n\n"
        "Am Morgen dann eine knappe Mail. Er habe »einen sehr guten Kontakt« gefunden: "
        "»Ein Mann, der alles über den Hafen weiß.«"
    )
    assert said(text, "de") == [
        ("einen sehr guten Kontakt", "Jonas Brandl"),
        ("Ein Mann, der alles über den Hafen weiß.", "Jonas Brandl"),
    ]


def test_german_subjectless_indirect_speech_speaks_for_the_paragraph_subject() -> None:
    text = (
        "Die Ärztin Maria Vogt schrieb an den Senat.\n\n"
        "Vogt hat Bedenken, sie nennt Zahlen, die die Kollegen Schulz beunruhigen. "
        "Aber das heiße nicht, »dass wir einfach aufgeben«."
    )
    assert said(text, "de")[-1] == ("dass wir einfach aufgeben", "Maria Vogt")


def test_possessive_motto_names_its_author() -> None:
    text = "Im Foyer hängt Willy Brandts Motto für die Partei an der Wand: »Mehr Demokratie wagen.«"
    assert said(text, "de") == [("Mehr Demokratie wagen.", "Willy Brandt")]


def test_quoted_titles_and_names_take_no_speaker() -> None:
    text = (
        "“I love radio,” Dana Whitfield said about her guest spot on the BBC’s "
        "“Just A Minute Please!” and an ‘Exit’ campaign."
    )
    assert said(text, "en") == [
        ("I love radio,", "Dana Whitfield"),
        ("Just A Minute Please!", None),
        ("Exit", None),
    ]
    text = "»Stern«-Chefin Petra Lorenz lobt das Heft, sagt Kurt Wendler."
    assert said(text, "de") == [("Stern", None)]


def test_chinese_speech_frame_credits_every_whole_sentence() -> None:
    text = (
        "法國總理杜蘭德當地時間3日在國會演講,以下是他的演說全文: "
        "謝謝各位。我們提出了「綠色轉型」計畫。今年經濟會更好。"
    )
    quotes = find_quotes(text, "zh-Hant")
    assert [(q.text, q.speaker, q.kind, q.marked) for q in quotes] == [
        ("謝謝各位。", "杜蘭德", "speech", False),
        ("我們提出了「綠色轉型」計畫。", "杜蘭德", "speech", False),
        ("今年經濟會更好。", "杜蘭德", "speech", False),
    ]
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_chinese_surname_and_title_frame_runs_to_the_end() -> None:
    text = "市長林志明今天出席典禮。 林市長新年談話全文如下:\n\n大家好。\n\n新年快樂。"
    assert said(text, "zh-Hant") == [("大家好。", "林志明"), ("新年快樂。", "林志明")]


def test_english_statement_frame_takes_the_next_paragraph_only() -> None:
    text = (
        "Mayor Ruth Okafor said in a statement:\n\n"
        "We will rebuild the bridge. Work starts in May.\n\n"
        "The council meets on Friday."
    )
    assert said(text, "en") == [
        ("We will rebuild the bridge.", "Ruth Okafor"),
        ("Work starts in May.", "Ruth Okafor"),
    ]


def test_colon_without_a_speech_frame_is_no_quote() -> None:
    text = "The plan has two parts: a tax cut and a new bridge.\n\n政府提出兩項目標:減稅與建橋。"
    assert find_quotes(text, "en") == ()
    assert find_quotes(text, "zh-Hant") == ()


def test_results_are_cached_for_the_same_text() -> None:
    text = "“Again,” Lin Jian said."
    assert find_quotes(text, "en") is find_quotes(text, "en")


# Real articles and speed ----------------------------------------------------------------------


def test_seed_article_speakers() -> None:
    text = (ARTICLES / "seed-blitz-china-nato" / "article.txt").read_text(encoding="utf-8")
    speakers = [s for _, s in said(text, "en")]
    assert speakers[:4] == ["Lin Jian"] * 4
    assert speakers[4:6] == ["Jens Stoltenberg"] * 2
    assert speakers[-2:] == ["Jens Stoltenberg"] * 2


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("ru-01-klimkin-gas-transit-talks", "ru", {"Павел Климкин"}),
        ("es-01-infanta-cristina-noos-case", "es", {"Pedro Horrach", "José Castro"}),
        ("zh-03-film-premiere-ni-shi-xiong-shou", "zh-Hans", {"王昱", "张一白", "贾樟柯"}),
        ("zh-06-pence-wilson-center-speech-hant-LONG", "zh-Hant", {"彭斯"}),
    ],
)
def test_real_articles_name_their_speakers(name: str, lang: str, expected: set[str]) -> None:
    text = (ARTICLES / name / "article.txt").read_text(encoding="utf-8")
    assert expected <= {s for _, s in said(text, lang)}


def test_a_real_japanese_article_keeps_its_unnamed_sources_as_mentions() -> None:
    text = (ARTICLES / "ja-01-nigeria-girl-suicide-bombing-afp" / "article.txt").read_text("utf-8")
    quotes = find_quotes(text, "ja")
    assert {"地元の民兵指導者", "あるアナリスト"} <= {q.mention for q in quotes}
    assert {q.speaker for q in quotes} == {None}


def test_megabyte_source_with_200_quotes_stays_linear() -> None:
    filler = "Lorem ipsum dolor sit amet, Consectetur Adipiscing elit. " * 90

    def run(n: int) -> None:
        text = "\n\n".join(f"{filler} “Quote {i} here,” Jens Stoltenberg said." for i in range(n))
        assert len(find_quotes(text, "en")) == n

    assert_linear(run, 25)


def test_unmatched_marks_stay_linear() -> None:
    def run(n: int) -> None:
        assert find_quotes("“a ‘b " * n, "en") == ()

    assert_linear(run, 1000)
