"""Japanese: a public body before によると speaks only when the quotation ends its report."""
# Sentences written by the session-20 reviewer: what follows 」 tells whether the body's own
# words end the sentence ("という。") or someone else's words are relayed ("と供述している").

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _first(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation that is speech."""
    quote = next(q for q in find_quotes(text, "ja", "") if q.kind != "title")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "警視庁によると、「殺すつもりはなかった」と供述しているという。",
        "警視庁によると、「殺すつもりはなかった」と容疑を認めているという。",
        "厚生労働省によると、「熱が出た」と訴える患者が増えている。",
        "消防庁によると、「助けて」と叫ぶ声が聞こえたという。",
        "国土交通省によると、「揺れを感じた」との通報が相次いだ。",
        "文部科学省によると、「いじめがあった」と学校側が認めた。",
        "外務省によると、「ウクライナ」という表記に改めた。",
        "外務省によると、「事態は深刻だ」と話した上で、岸田首相は「対応する」と述べた。",
    ],
)
def test_words_the_body_relays_name_nobody(text: str) -> None:
    assert _first(text)[0] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("外務省によると、「邦人の被害は確認されていない」という。", "外務省"),
        ("防衛省によれば、「ミサイルは落下した」という。", "防衛省"),
        ("外務省によると、「邦人の被害はない」としている。", "外務省"),
    ],
)
def test_the_bodys_own_report_is_still_its_own(text: str, who: str) -> None:
    assert _first(text) == (who, "low")
