"""Numbers compared by value across scripts and conventions: 3,000 = 3.000 = 3 000 = 三千 = 3千."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from summarizer import _data, lang
from summarizer.concurrency import once

_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5}
_CJK_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CJK_NUMERALS = "".join([*_CJK_DIGITS, *_CJK_UNITS, *_CJK_BIG])
"""The Chinese numeral characters: digits, units and myriads."""
_OTHER_DIGIT = re.compile(r"\d")
"""A decimal digit of any script (`str.isdecimal`)."""
_CJK_RUN = re.compile(f"(百分之)?([{CJK_NUMERALS}]+)")
_SPACES = "\u00a0\u202f\u2009 '’"
_NUMBER = re.compile(
    rf"(?<![\d.,])(?:"
    rf"(?P<date>\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}})"
    rf"|(?P<grouped>\d{{1,3}}(?P<sep>[,.{_SPACES}])\d{{3}}(?:(?P=sep)\d{{3}})*(?:[.,]\d+)?)"
    rf"|(?P<plain>\d+(?:[.,]\d+)?)"
    rf")(?!\d)"
)
_AFTER = re.compile(r"\s?([^\W\d_]+)\.?")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Number:
    """A number as a text writes it, and every value that writing can mean."""

    text: str
    values: frozenset[float]


def _key(value: float) -> float:
    """`value` rounded to 10 significant digits, so equal numbers compare equal."""
    return float(f"{value:.10g}")


@once
def _table() -> dict[str, object]:
    """data/numbers.toml."""
    return _data.load_toml("numbers.toml")


@cache
def _scales() -> dict[str, float]:
    """Scale words (million, 万) and their multipliers."""
    scales = _table()["scales"]
    assert isinstance(scales, dict)
    return {str(k): float(v) for k, v in scales.items()}


def _normal(text: str) -> str:
    """NFKC with every decimal digit (Arabic-Indic, full-width) as ASCII."""
    out = unicodedata.normalize("NFKC", text)
    return out if out.isascii() else _OTHER_DIGIT.sub(_ascii_digit, out)


def _ascii_digit(m: re.Match[str]) -> str:
    """The ASCII digit of one decimal digit of another script."""
    return str(unicodedata.decimal(m[0]))


def claimed(text: str) -> tuple[Number, ...]:
    """The numbers `text` states in digits, or in CJK numerals with a unit (三千, 百分之四十)."""
    text = _normal(text)
    found = [_digits(m, text) for m in _NUMBER.finditer(text)]
    found += [n for n in (_cjk(m) for m in _CJK_RUN.finditer(text)) if n is not None]
    return tuple(found)


def _digits(m: re.Match[str], text: str) -> Number:
    """A digit number: dates split in parts, grouping read both ways, a scale word applied."""
    if m.group("date"):
        parts = _DIGITS.findall(m.group("date"))
        return Number(m.group(), frozenset(float(p) for p in parts))
    raw = m.group("grouped") or m.group("plain")
    values = _readings(raw, m.group("sep"))
    scale = _scale(text, m.end())
    if scale:
        values = {v * scale for v in values}
    return Number(raw, frozenset(_key(v) for v in values))


def _readings(raw: str, sep: str | None) -> set[float]:
    """3,000 and 3.000 are 3000 (or 3 in the other convention); 2,5 and 2.5 are 2.5."""
    if sep is None:
        return {float(raw.replace(",", "."))}
    cut = max(raw.rfind("."), raw.rfind(","))
    decimal = ""
    if cut >= 0 and raw[cut] != sep:
        raw, decimal = raw[:cut], raw[cut + 1 :]
    values = {float("".join(_DIGITS.findall(raw)) + ("." + decimal if decimal else ""))}
    if sep in ".," and raw.count(sep) == 1 and not decimal:
        values.add(float(raw.replace(",", ".")))
    if sep not in ".,":  # "on March 3 100 people": spaces may separate two numbers
        values |= {float(p) for p in _DIGITS.findall(raw)}
    return values


def _scale(text: str, end: int) -> float | None:
    """The multiplier a scale word right after a number gives it (million, 万, млн)."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    word = m.group(1).casefold()
    if word[0] in _scales():
        return _scales()[word[0]]
    keys = [k for k in _scales() if word == k or (len(k) > 3 and word.startswith(k))]
    return _scales()[max(keys, key=len)] if keys else None


def _cjk(m: re.Match[str]) -> Number | None:
    """A CJK numeral run: needs a digit and a unit or two digits, so 十分 and 一些 are words."""
    percent, run = m.group(1), m.group(2)
    digits = sum(ch in _CJK_DIGITS for ch in run)
    units = any(ch in _CJK_UNITS or ch in _CJK_BIG for ch in run)
    if not percent and (digits == 0 or (not units and len(run) < 2)):
        return None
    value = _cjk_value(run)
    return None if value is None else Number(m.group(), frozenset({_key(value)}))


def _cjk_value(run: str) -> float | None:
    """The value of 三千五百, 二〇二四, 两万, 十二."""
    if not any(ch in _CJK_UNITS or ch in _CJK_BIG for ch in run):
        return float("".join(str(_CJK_DIGITS[ch]) for ch in run))
    total = section = digit = 0
    for ch in run:
        if ch in _CJK_DIGITS:
            digit = _CJK_DIGITS[ch]
        elif ch in _CJK_UNITS:
            section += (digit or 1) * _CJK_UNITS[ch]
            digit = 0
        else:
            total += (section + digit) * _CJK_BIG[ch]
            section = digit = 0
    return float(total + section + digit)


@lru_cache(maxsize=64)
def stated(text: str, family: str) -> frozenset[float]:
    """Every value `text` may state: its numbers, each digit run, number words and months."""
    values: set[float] = set()
    for number in claimed(text):
        values |= number.values
    normal = _normal(text)
    values |= {float(d) for d in _DIGITS.findall(normal)}
    values |= {float(v) for ch, v in _CJK_DIGITS.items() if ch in normal}
    words = {w.casefold() for w in lang.LETTERS.findall(normal)}
    values |= {float(v) for w, v in _word_values(family).items() if w in words}
    values |= {float(v) for v in _months(family, words)}
    return frozenset(_key(v) for v in values)


@cache
def _word_values(family: str) -> dict[str, int]:
    """Number words of a language family, and the tens, with their values."""
    data = _table()
    lists = data["words"]
    tens = data["tens"]
    assert isinstance(lists, dict) and isinstance(tens, dict)
    values = {w: i for i, w in enumerate(lists.get(family, ()))}
    return values | {str(k): int(v) for k, v in tens.items()}


def _months(family: str, words: set[str]) -> set[int]:
    """The months (1-12) that one of `words` names, by the month stems of `family`."""
    months = _table()["months"]
    assert isinstance(months, dict)
    found = set()
    for number, stems in enumerate(months.get(family, ()), 1):
        if any(w.startswith(s) for s in stems.split("|") for w in words):
            found.add(number)
    return found


def unstated(point_text: str, evidence: frozenset[float]) -> tuple[Number, ...]:
    """The numbers of `point_text` none of whose values is among `evidence`."""
    return tuple(n for n in claimed(point_text) if not n.values & evidence)
