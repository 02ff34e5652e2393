"""Japanese: a kanji noun for a trade or office ("警察官") is a description, nobody (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speaker(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the only quotation in `text`."""
    (quote,) = find_quotes(text, "ja", "")
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    "text",
    [
        "警察官は「現場には誰もいなかった」と述べた。",
        "救急隊員は「到着した時には火が回っていた」と話した。",
        "看護師が「患者は落ち着いている」と説明した。",
        "調査官は「書類に不備はなかった」と語った。",
    ],
)
def test_trade_noun_without_name_is_nobody(text: str) -> None:
    """A kanji word ending in 官, 員 or 師 with no name before it names nobody."""
    assert _speaker(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("林官房長官は「状況を注視している」と述べた。", "林"),
        ("鈴木花子知事は「予算を見直す」と述べた。", "鈴木花子"),
        ("山中竹春は「市の財政は厳しい」と語った。", "山中竹春"),
    ],
)
def test_titled_or_full_names_still_speak(text: str, speaker: str) -> None:
    """A title ending in 官 still leaves the name before it; a full name is still a name."""
    assert _speaker(text)[0] == speaker
