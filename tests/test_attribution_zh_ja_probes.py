"""Who said what in Chinese (Simplified, Traditional) and Japanese news: our own probe paragraphs
(tests/data/attribution/zh_ja_probes.toml), each with its gold set before the finder ran. A probe
with `miss` is a gap still open; every other one must name its speaker, or nobody."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tomllib

from summarizer.attribution.find import find_quotes

_PROBES = tomllib.loads(
    (Path(__file__).parent / "data" / "attribution" / "zh_ja_probes.toml").read_text("utf-8")
)["probe"]


def _outcome(probe: dict[str, Any]) -> str:
    """right, wrong, none (no speaker) or notfound (a spoken quotation the finder missed)."""
    found = [q for q in find_quotes(probe["text"], probe["lang"]) if probe["quote"] in q.text]
    gold = probe["gold"]
    if not found:
        return "notfound" if gold else "right"
    speaker = found[0].speaker if found[0].kind != "title" else None
    if not gold:
        return "wrong" if speaker else "right"
    if not speaker:
        return "none"
    return "right" if speaker in gold or gold in speaker else "wrong"


@pytest.mark.parametrize("probe", _PROBES, ids=lambda p: f"{p['lang']}-{p['family']}")
def test_each_probe_names_its_speaker_or_nobody(probe: dict[str, Any]) -> None:
    assert _outcome(probe) == probe.get("miss", "right"), probe["text"]


def test_the_particle_before_a_verb_ends_no_name() -> None:
    # "书记苗凯所说": what 苗凯 said; 所 is never the last character of a name
    text = "书记苗凯所说：“要先修路。”"
    assert find_quotes(text, "zh")[0].speaker != "苗凯所"


def test_a_plain_sentence_after_a_quotation_with_an_object_names_nobody() -> None:
    text = "「増税は避けられない」。与党の大野修氏は政府の方針に反論した。"
    assert find_quotes(text, "ja")[0].speaker is None


def test_no_name_follows_a_title_before_the_particle() -> None:
    # "专家所说": what experts said; "所说" is never the name after the title 专家
    assert find_quotes("正如专家所说，“房价不会只涨不跌”。", "zh")[0].speaker is None
