"""Grounding as a user meets it: points rest on sentences that hold their numbers and names."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from summarizer import summary as contract
from summarizer.article import Article
from summarizer.errors import InputError
from summarizer.source.sentences import numbered
from summarizer.summary import EngineInfo, Failure, NameRef, Point, SourceInfo, Span, Summary
from summarizer.verification.check import verify

TEXT = (
    "Officials said 3,000 civilians were evacuated from the city on 14 July 2024.\n\n"
    "Lin Jian said China would sanction NATO members. The ministry gave no details.\n\n"
    "Forty percent of the budget, or 2.5 million dollars, went to repairs."
)
ART = Article.from_text(TEXT, title="Evacuation", lang="en", origin="test")


def sentence(fragment: str, art: Article = ART) -> Span:
    """The span of the sentence of `art` that contains `fragment`."""
    found = next(s for s in numbered(art) if fragment in s.text)
    return Span(found.start, found.end)


def check(*points: Point, art: Article = ART, lang: str = "en") -> Summary:
    """The verified summary of `art` with `points`."""
    source = SourceInfo(art.title, art.lang, art.sha256, art.origin)
    made = Summary(lang, source, EngineInfo("test"), "Civilians evacuated", points)
    return verify(made, art)


def found(result: Summary, severity: str = "error") -> list[Failure]:
    """The findings of `severity` of a verified summary."""
    assert result.verification is not None
    return [f for f in result.verification.failures if f.severity == severity]


def kinds(result: Summary, severity: str = "error") -> list[str]:
    """The kinds of the findings of `severity`."""
    return [f.kind for f in found(result, severity)]


FIRST = sentence("3,000")


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        ("3,000 civilians were evacuated on 14 July 2024.", "en"),
        ("3.000 Zivilisten wurden am 14.07.2024 evakuiert.", "de"),
        ("3 000 civils ont été évacués le 14 juillet 2024.", "fr"),
        ("2024年7月14日，三千名平民被疏散。", "zh"),
        ("2024年7月14日，3千名平民被疏散。", "zh"),
        ("2024年7月14日，3000人被疏散。", "zh"),
        ("２０２４年７月１４日，３０００人被疏散。", "zh"),
        ("3000 مدني تم إجلاؤهم", "ar"),
        ("٣٠٠٠ مدني تم إجلاؤهم", "ar"),
    ],
)
def test_a_number_written_another_way_is_the_same_number(text: str, reader: str) -> None:
    assert kinds(check(Point(text, evidence=(FIRST,)), lang=reader)) == []


@pytest.mark.parametrize(
    "text",
    [
        "2.5 million dollars, forty percent of the budget, went to repairs.",
        "40% of the budget, 2.5 million dollars, went to repairs.",
        "预算的百分之四十、即250万美元用于维修。",
        "预算的40%、即250 万美元用于维修。",
        "40 процентов бюджета, 2,5 млн долларов, ушли на ремонт.",
    ],
)
def test_amounts_and_percentages_compare_by_value(text: str) -> None:
    point = Point(text, evidence=(sentence("Forty percent"),))
    assert "number_not_in_evidence" not in kinds(check(point))


@pytest.mark.parametrize(
    "text",
    ["3,500 civilians were evacuated.", "三千五百名平民被疏散。", "2024年8月14日平民被疏散。"],
)
def test_a_changed_number_or_date_is_not_in_evidence(text: str) -> None:
    result = check(Point(text, evidence=(FIRST,)))
    assert kinds(result) == ["number_not_in_evidence"]
    assert result.verification is not None and not result.verification.ok


def test_a_number_of_another_sentence_is_not_evidence_of_this_point() -> None:
    point = Point("2.5 million dollars went to repairs.", evidence=(FIRST,))
    assert kinds(check(point)) == ["number_not_in_evidence"]


def test_words_like_very_or_some_in_chinese_are_not_numbers() -> None:
    point = Point("官员表示，这十分重要，一些平民已被疏散。", evidence=(FIRST,))
    assert kinds(check(point, lang="zh")) == []


def test_a_point_citing_nothing_has_no_evidence() -> None:
    result = check(Point("Civilians were evacuated.", evidence=()))
    assert kinds(result) == ["no_evidence"]


def test_evidence_outside_the_article_is_no_evidence() -> None:
    result = check(Point("Civilians were evacuated.", evidence=(Span(5000, 5100),)))
    assert kinds(result) == ["no_evidence"]
    assert "outside the article" in found(result)[0].detail


def test_evidence_is_widened_to_whole_sentences_and_merged() -> None:
    inside = Span(FIRST.start + 5, FIRST.start + 9)
    result = check(Point("3,000 civilians were evacuated.", evidence=(inside, FIRST, inside)))
    assert kinds(result) == [] and result.points[0].evidence == (FIRST,)


def test_a_point_from_before_evidence_is_not_held_to_it() -> None:
    """Summaries without the evidence field (older files, hand-written goldens) still verify."""
    result = check(Point("3,500 civilians were evacuated."))
    assert kinds(result) == [] and result.points[0].evidence is None


def test_listed_names_must_be_in_the_article_and_the_point() -> None:
    point = Point(
        "林剑表示，中方将制裁北约成员国。",
        "Lin Jian",
        evidence=(sentence("Lin Jian"),),
        names=(NameRef("Lin Jian", "林剑"), NameRef("Wang Yi", "王毅"), NameRef("NATO", "欧盟")),
    )
    details = [f.detail for f in found(check(point, lang="zh"))]
    assert details == ['name "Wang Yi" is not in the article', 'name "欧盟" is not in the point']


def test_a_name_the_article_writes_without_an_initials_dot_is_in_the_article() -> None:
    art = Article.from_text(
        "The memo, edited by Derek E Mix, the chief analyst, says the ties have weakened.",
        title="Memo",
        lang="en",
        origin="test",
    )
    evidence = (sentence("Derek", art),)

    def named(name: str) -> Point:
        text = f"{name} says the ties have weakened."
        return Point(text, None, evidence=evidence, names=(NameRef(name, name),))

    assert kinds(check(named("Derek E. Mix"), art=art)) == []
    assert kinds(check(named("Derek E Mix"), art=art)) == []
    assert [f.detail for f in found(check(named("Derek F. Mix"), art=art))][:1] == [
        'name "Derek F. Mix" is not in the article'
    ]
    assert kinds(check(named("Derek Mix"), art=art))[:1] == ["name_not_in_source"]


def test_an_outside_name_in_the_same_language_is_caught() -> None:
    point = Point("Lin Jian and Angela Merkel said China would act.", "Lin Jian")
    grounded = Point(point.text, point.speaker, evidence=(sentence("Lin Jian"),))
    result = check(grounded)
    assert kinds(result) == ["name_not_in_source", "name_not_in_source"]
    assert [f.detail for f in found(result)] == [
        '"Angela" is not in the article',
        '"Merkel" is not in the article',
    ]


def test_a_speaker_the_article_never_names_is_unknown() -> None:
    result = check(Point("Wang Yi said China would sanction NATO members.", "Wang Yi"))
    assert kinds(result) == ["unknown_speaker"]


def test_a_speaker_not_in_the_cited_sentences_is_a_warning() -> None:
    point = Point("Lin Jian said civilians left.", "Lin Jian", evidence=(FIRST,))
    result = check(point)
    assert kinds(result) == [] and kinds(result, "warning") == ["speaker_not_in_evidence"]
    assert result.verification is not None and result.verification.ok


def test_evidence_and_names_round_trip_and_old_points_stay_as_they_were() -> None:
    result = check(
        Point("3,000 civilians were evacuated.", evidence=(FIRST,), names=()),
        Point("Lin Jian spoke.", "Lin Jian", names=(NameRef("Lin Jian", "Lin Jian"),)),
    )
    data = contract.to_dict(result)
    assert data["points"][0]["evidence"] == [{"start": FIRST.start, "end": FIRST.end}]
    assert "evidence" not in data["points"][1] and "names" not in data["points"][0]
    assert contract.loads(contract.dumps(result)) == result


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("evidence", [{"start": 9, "end": 3}], "points[0].evidence[0] must have 0 <= start < end"),
        ("evidence", [{"start": -1, "end": 3}], "points[0].evidence[0] must have 0 <= start"),
        ("evidence", [{"start": "a", "end": 3}], "points[0].evidence[0].start must be an integer"),
        ("evidence", {"start": 1}, "points[0].evidence must be a list"),
        ("names", [{"source_text": "", "text": "x"}], "points[0].names[0].source_text must not be"),
        ("names", [{"source_text": "x", "text": " "}], "points[0].names[0].text must not be empty"),
    ],
)
def test_malformed_evidence_or_names_name_the_field(
    field: str, value: object, message: str
) -> None:
    data = contract.to_dict(check(Point("Civilians were evacuated.")))
    data["points"][0][field] = value
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        contract.loads(json.dumps(data))


VOICES = Article.from_text(
    "“We will rebuild every school, every clinic and every road in the province before winter,” "
    "Governor Ana Ruiz said.\n\n"
    "“The budget is too small,” Mayor Tom Berg said.\n\n"
    "“It is late,” Tom Berg added.",
    title="Rebuilding",
    lang="en",
    origin="test",
)


def test_balance_gives_each_voice_its_share_of_quoted_words_and_points() -> None:
    result = check(Point("Tom Berg said the budget was too small.", "Tom Berg"), art=VOICES)
    assert result.verification is not None
    shares = {v.speaker: (v.article_share, v.points) for v in result.verification.balance}
    assert set(shares) == {"Ana Ruiz", "Tom Berg"}
    assert shares["Ana Ruiz"][0] == 0.652 and shares["Ana Ruiz"][1] == 0
    assert shares["Tom Berg"][1] == 1
    assert kinds(result, "warning") == []


def test_a_guessed_speaker_is_no_voice() -> None:
    article = Article.from_text(
        "Minister Jan Novak (PSD) spoke on Friday.\n\n"
        "“Rules are the same for everyone in this country, without any exception,” he said.\n\n"
        "“The budget is too small,” Mayor Tom Berg said.",
        title="Rules",
        lang="en",
        origin="test",
    )
    result = check(Point("Tom Berg said the budget was too small.", "Tom Berg"), art=article)
    assert result.verification is not None
    assert [v.speaker for v in result.verification.balance] == ["Tom Berg"]
    assert kinds(result, "warning") == []


def test_a_loud_voice_left_out_while_another_gets_two_points_is_a_warning() -> None:
    berg = Point("Tom Berg said the budget was too small.", "Tom Berg")
    result = check(berg, replace(berg, text="Tom Berg said it was late."), art=VOICES)
    (warning,) = found(result, "warning")
    assert warning.kind == "voice_missing" and warning.detail.startswith("Ana Ruiz has 65%")
    assert result.verification is not None and result.verification.ok
    assert contract.loads(contract.dumps(result)) == result


def test_a_name_the_cited_sentences_do_not_hold_is_a_warning() -> None:
    """A point that names someone from elsewhere in the article is flagged, once per name."""
    point = Point(
        "Officials said the ministry and Lin Jian evacuated 3,000 civilians.",
        evidence=(FIRST,),
        names=(NameRef("Lin Jian", "Lin Jian"),),
    )
    result = check(point)
    assert kinds(result) == [] and result.verification is not None and result.verification.ok
    assert [f.detail for f in found(result, "warning")] == [
        '"Lin Jian" is in the article but not in its evidence (sentences 1)'
    ]


def test_names_in_the_cited_sentences_are_not_flagged() -> None:
    point = Point(
        "Lin Jian said China would sanction NATO members.",
        "Lin Jian",
        evidence=(sentence("Lin Jian"),),
        names=(NameRef("Lin Jian", "Lin Jian"), NameRef("NATO", "NATO")),
    )
    result = check(point)
    assert kinds(result) == [] and kinds(result, "warning") == []


def test_a_point_its_evidence_does_not_support_in_wording_is_a_warning() -> None:
    """An invented sentence that cites a real but unrelated sentence is flagged."""
    point = Point("Observers described the mood as calm and constructive.", evidence=(FIRST,))
    result = check(point)
    assert kinds(result) == [] and kinds(result, "warning") == ["evidence_unrelated"]
    assert "holds only" in found(result, "warning")[0].detail


def test_wording_is_compared_only_within_one_language() -> None:
    """A Chinese point about an English article cannot share its wording; no warning."""
    point = Point("观察人士称气氛平静而富有建设性。", evidence=(FIRST,))
    assert "evidence_unrelated" not in kinds(check(point, lang="zh"), "warning")


def test_a_faithful_paraphrase_of_its_evidence_is_not_flagged() -> None:
    point = Point("On 14 July 2024 officials evacuated 3,000 civilians.", evidence=(FIRST,))
    assert kinds(check(point), "warning") == []


@pytest.mark.parametrize("share", ["article_share", "summary_share"])
def test_a_malformed_voice_share_names_its_own_field(share: str) -> None:
    data = contract.to_dict(check(Point("Tom Berg said it.", "Tom Berg"), art=VOICES))
    data["verification"]["balance"][0][share] = "half"
    with pytest.raises(InputError, match=rf"balance\[0\]\.{share} must be a number, got str"):
        contract.loads(json.dumps(data))
