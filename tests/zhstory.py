"""Short Chinese stories of our own that several dialogue tests continue with their lines."""

from __future__ import annotations

from summarizer.attribution.find import Quote, find_quotes

ARRIVAL = [
    "赵大山挑着担子进了镇子，钱小河跟在他后面。",
    "大山走到一个货摊前，停下了脚。",
    "小河也停下了。",
]
MARKET = [
    *ARRIVAL,
    "摊主是个外地来的女人，她笑着问：",
    "“大哥，看看手表？”",
    "“不看。”",
    "“便宜哩！”",
]


def story_lines(opening: list[str], lines: list[str]) -> dict[str, Quote]:
    """Each quotation of the story `opening` continued by `lines`, by its text."""
    return {q.text: q for q in find_quotes("\n\n".join([*opening, *lines]), "zh")}


def market_lines(lines: list[str]) -> dict[str, Quote]:
    """Each quotation of the market story continued by `lines`, by its text."""
    return story_lines(MARKET, lines)
