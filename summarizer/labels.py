"""Per-language wording of rendered summaries, read from summarizer/data/labels.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer import _data

DEFAULT = "en"
_CJK_END = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]$")


@dataclass(frozen=True)
class Labels:
    """Headings, phrases and quotation marks for one reader language."""

    lang: str
    colon: str
    key_points: str
    source: str
    engine: str
    original: str
    notice: str
    according_to: str
    closest: str
    verified_ok: str
    verified_one: str
    verified_none: str
    verified_failed: str
    warnings: str
    removed: str
    voices: str
    voice: str
    evidence: str
    article: str
    lead: str
    said: str
    planned: str
    unnamed: str
    marks: tuple[tuple[str, str], ...]
    notice_untranslated: str
    notice_extractive: str
    name_gap: str = ""

    def quote(self, content: str) -> str | None:
        """`content` in the first mark pair it does not contain; None when every pair clashes."""
        for open_mark, close_mark in self.marks:
            if open_mark.strip() not in content and close_mark.strip() not in content:
                return f"{open_mark}{content}{close_mark}"
        return None

    def speaker(self, name: str) -> str:
        """`name` as `said` and `planned` take it: "Lin Jian 表示" but "陈福香表示"."""
        return name if _CJK_END.search(name) else name + self.name_gap

    def field(self, label: str, value: str) -> str:
        """`label` and `value` joined by this language's colon."""
        return f"{label}{self.colon}{value}"

    def heading(self, label: str) -> str:
        """`label` ending in a colon, unless it already has one."""
        return label if label.endswith((":", "：")) else label + self.colon.rstrip(" ")

    def verified(self, checked: int) -> str:
        """The line saying all `checked` quotes were found."""
        if checked <= 1:
            return self.verified_one if checked else self.verified_none
        return self.verified_ok.format(checked=checked)


@cache
def _table() -> dict[str, Labels]:
    data = _data.load_toml("labels.toml")
    return {
        code: Labels(lang=code, **{**entry, "marks": tuple(tuple(m) for m in entry["marks"])})
        for code, entry in data.items()
    }


def labels(lang: str) -> Labels:
    """Labels for `lang` (e.g. "zh-Hans" reads as zh, "fr-CA" as fr); English when unknown."""
    table = _table()
    if lang in table:
        return table[lang]
    lowered = lang.lower()
    if lowered in ("zh-hant", "zh-tw", "zh-hk", "zh-mo"):
        return table["zh-Hant"]
    return table.get(lowered.split("-")[0], table[DEFAULT])


def supported() -> tuple[str, ...]:
    """Every language that has labels."""
    return tuple(_table())
