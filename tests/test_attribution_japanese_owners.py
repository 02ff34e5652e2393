"""Japanese: a noun after a titled person and の is whose it is ("佐藤氏の妻"), never a name."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "佐藤花子氏の夫は「橋を架け替える」と述べた。",
        "佐藤氏の弁護士は「橋を架け替える」と語った。",
        "知事の秘書は「橋を架け替える」と話した。",
    ],
)
def test_what_a_titled_person_owns_is_no_speakers_name(text: str) -> None:
    [quote] = find_quotes(text, "ja")
    assert (quote.speaker, quote.confidence) == (None, "low")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("青森県の佐藤花子知事は「橋を架け替える」と述べた。", "佐藤花子"),
        ("青森県の佐藤花子は「橋を架け替える」と述べた。", "佐藤花子"),
        ("佐藤氏の長女の美咲さんは「橋を架け替える」と述べた。", "美咲"),
    ],
)
def test_a_name_after_a_place_or_with_its_own_title_still_speaks(text: str, speaker: str) -> None:
    [quote] = find_quotes(text, "ja")
    assert quote.speaker == speaker
