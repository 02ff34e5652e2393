"""Chinese news: a whole-sentence quotation right after its speaker's indirect speech (zhja24)."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear

_OPENING = (
    "统计局发言人付凌晖、研究员王丽出席发布会。"  # each named once before: a name the text repeats
)


def _last(text: str) -> Quote:
    return find_quotes(_OPENING + text, "zh", "")[-1]


def test_a_quotation_after_a_sentence_of_reported_speech_is_its_speaker_s_low() -> None:
    text = "付凌晖指出，规模以上工业增加值同比增长5.3%。“高技术制造业的贡献持续加大。”"
    quote = _last(text)
    assert (quote.speaker, quote.confidence) == ("付凌晖", "low")
    text = "对此，发言人付凌晖表示，消费数据回升。“促消费政策正在显效。”"
    assert _last(text).speaker == "付凌晖"


def test_no_reported_speech_or_no_whole_sentence_names_nobody() -> None:
    # no verb of saying with a comma, a two-character name, a quotation inside a sentence,
    # a quotation on a line of its own
    assert _last("付凌晖出席了发布会。“高技术制造业的贡献持续加大。”").speaker is None
    assert _last("王丽指出，房价仍在下行。“拖累不容忽视。”").speaker is None
    assert _last("付凌晖指出，数据回升。“好于预期”的说法不少。").speaker is None
    assert _last("付凌晖指出，数据回升。\n“高技术制造业的贡献持续加大。”").speaker is None


def test_many_quotations_after_reported_speech_stay_fast() -> None:
    def run(n: int) -> None:
        assert len(find_quotes("付凌晖指出，数据回升。“贡献加大。”" * n, "zh", "")) == n

    assert_linear(run, 150)
