"""Japanese news: job titles after a name, a name's age before its topic particle, a comment
issued, and one of two people of one surname picked by the title at the cue (zhja24)."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _only(text: str) -> Quote:
    (quote,) = find_quotes(text, "ja", "")
    return quote


def test_a_katakana_job_after_a_name_is_its_title() -> None:
    quote = _only("研究所の田村健太首席エコノミストは「景気の分かれ目になる」と指摘した。")
    assert (quote.speaker, quote.confidence) == ("田村健太", "high")
    assert _only("銀行の森本彩チーフエコノミストは「利上げは遠い」と述べた。").speaker == "森本彩"


def test_a_job_alone_names_nobody() -> None:
    assert _only("あるエコノミストは「景気の分かれ目になる」と指摘した。").speaker is None
    assert _only("同研究所の研究員は「景気は弱い」と話した。").speaker is None


def test_the_head_of_a_unit_is_a_title() -> None:
    quote = _only("医療安全管理室の小川由紀室長は「対策をまとめる」と話した。")
    assert quote.speaker == "小川由紀"


def test_an_age_after_a_name_keeps_the_topic() -> None:
    text = "18日、東京都大田区で会社を営む松本浩二さん（58）は「余力はない」と話した。"
    assert (_only(text).speaker, _only(text).confidence) == ("松本浩二", "high")


def test_a_comment_issued_is_the_topic_s_speech() -> None:
    text = "市の中村武市長は同日、「大変申し訳ない」とのコメントを出した。"
    assert _only(text).speaker == "中村武"
    # a plan or a view whose content the quotation is stays nobody's
    assert _only("中村武市長は「早急に対応する」との方針を示した。").speaker is None


def test_of_two_people_of_one_surname_the_cue_s_title_picks_one() -> None:
    text = (
        "小川誠院長が謝罪した。医療安全管理室の小川由紀室長も同席した。"
        "小川院長は「責任は重い」と述べた。小川室長は「対策をまとめる」と話した。"
        "小川氏は「以上です」と話した。"
    )
    speakers = [q.speaker for q in find_quotes(text, "ja", "")]
    # 氏 is any title: either of them, so nobody (a surname of two people names neither)
    assert speakers == ["小川誠", "小川由紀", None]


def test_many_glossed_topics_stay_fast() -> None:
    def run(n: int) -> None:
        text = "会社を営む松本浩二さん（58）は「余力はない」と話した。" * n
        assert len(find_quotes(text, "ja", "")) == n

    assert_linear(run, 100)
