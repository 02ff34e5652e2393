"""Language codes: the reader languages we support, and offline detection of a text's language."""

from __future__ import annotations

import array
import re
import unicodedata

from summarizer.concurrency import once
from summarizer.errors import InputError

SUPPORTED = ("en", "zh", "zh-Hant", "es", "fr", "de", "ja", "ru", "ar")

_ALIASES = {
    "zh-hans": "zh",
    "zh-cn": "zh",
    "zh-sg": "zh",
    "cn": "zh",
    "zh-hant": "zh-Hant",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
}

KANA = "\u3040-\u30ff"
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
"""Han ideographs: the unified block and extension A."""
HAN_COMPATIBILITY = "\uf900-\ufaff"
HANGUL = "\uac00-\ud7af"
CJK = KANA + HAN + HAN_COMPATIBILITY + HANGUL
"""Chinese, Japanese and Korean letters, as code-point ranges for a regex character class."""
CJK_CHAR = re.compile(f"[{CJK}]")
"""One Chinese, Japanese or Korean letter (kana, Han ideograph or hangul syllable)."""
LETTERS = re.compile(r"[^\W\d_]+")
"""A run of letters: a word, without the digits it may hold."""
WORD = re.compile(r"[^\W_]+")
"""A run of letters and digits."""

# Characters that exist only in one Chinese script, among the most frequent ones.
_HANT_ONLY = set(
    "這個們來會說對時國學為與從當發經過開關還樣點實現體問題機應東車長門見買賣話語麼讓認歲錢號電視臺灣後戰爭議員總統黨選舉際華區業義務場險負責濟線軍聯"
)
_HANS_ONLY = set(
    "这个们来会说对时国学为与从当发经过开关还样点实现体问题机应东车长门见买卖话语么让认岁钱号电视台湾后战争议员总统党选举际华区业义务场险负责济线军联"
)

_STOPWORDS = {
    "en": "the of and to in that is was for on with said as by at from his it he has have be are",
    "es": "el la de que y en los las del se por un una con para su al lo como más dijo es",
    "fr": "le la les de des et en un une du que qui dans pour est pas sur au aux avec a été",
    "de": "der die das und ist nicht den dem ein eine zu mit von sich auf für des im auch sagte",
}
_STOP_SETS = {lang: set(words.split()) for lang, words in _STOPWORDS.items()}
_SCRIPT_RANGES = {
    "han": HAN,
    "kana": KANA,
    "hangul": HANGUL,
    "arabic": "\u0600-\u06ff",
    "cyrillic": "\u0400-\u04ff",
    "latin": "\x00-\u024f",
}
"""Code-point ranges of the scripts `detect` tells apart, in order of precedence on a tie."""


@once
def _scripts() -> dict[str, re.Pattern[str]]:
    """Per script, a pattern for runs of its letters (str.isalpha), built once (a few ms)."""
    # counting runs is about 4x faster on a long article than counting letters one by one
    patterns = {}
    for name, ranges in _SCRIPT_RANGES.items():
        spans: list[list[int]] = []
        for low, high in zip(map(ord, ranges[::3]), map(ord, ranges[2::3]), strict=True):
            points = array.array("I", range(low, high + 1)).tobytes().decode("utf-32-le")
            _letter_spans(points, low, 0, len(points), spans)
        letter = "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans) + "]"
        patterns[name] = re.compile(letter + letter + "*")  # sre finds "[..]" faster than "[..]+"
    return patterns


def _letter_spans(points: str, low: int, start: int, end: int, spans: list[list[int]]) -> None:
    """Append to `spans` the runs of letters in `points[start:end]` (code point `low` at 0)."""
    # halving the slice until each part is all letters: str.isalpha over a slice runs in C
    if points[start:end].isalpha():
        if spans and spans[-1][1] == low + start - 1:
            spans[-1][1] = low + end - 1
        else:
            spans.append([low + start, low + end - 1])
    elif end - start > 1:
        middle = (start + end) // 2
        _letter_spans(points, low, start, middle, spans)
        _letter_spans(points, low, middle, end, spans)


def normalize(code: str) -> str:
    """Canonical reader-language code for `code`, or InputError listing what is supported."""
    # a region or script after it is read as the language: "en-US", "zh-Hant-TW", "fr_CA"
    key = code.strip().replace("_", "-").lower()
    parts = key.split("-")
    for tag in (key, "-".join(parts[:2]), parts[0]):
        canonical = _ALIASES.get(tag, tag)
        if canonical in SUPPORTED:
            return canonical
    raise InputError(f"unknown language {code!r}; supported: {', '.join(SUPPORTED)}")


def family(code: str) -> str:
    """The language without script or region: zh-Hant and zh-Hans are both zh."""
    return code.split("-")[0].lower()


def _script_counts(text: str) -> dict[str, int]:
    """Letters of each script in `text` (runs of them found by regular expressions, in C)."""
    return {name: sum(map(len, runs.findall(text))) for name, runs in _scripts().items()}


def detect(text: str) -> str:
    """Best guess at the language of `text` ("und" when there are no letters); offline."""
    sample = unicodedata.normalize("NFKC", text[:20000])
    counts = _script_counts(sample)
    letters = sum(counts.values())
    if letters == 0:
        return "und"
    script = max(counts, key=lambda name: counts[name])
    if counts["kana"] >= 0.05 * letters and (script in ("han", "kana")):
        return "ja"
    if script == "han":
        return _chinese_variant(sample)
    if script == "hangul":
        return "ko"
    if script == "arabic":
        return "ar"
    if script == "cyrillic":
        return "ru"
    return _latin_language(sample)


def _chinese_variant(text: str) -> str:
    only_hant, only_hans = _variant_only()
    hant = len(only_hant.findall(text))
    hans = len(only_hans.findall(text))
    return "zh-Hant" if hant > hans else "zh-Hans"


@once
def _variant_only() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One character that exists only in traditional Chinese, and one only in simplified."""

    def one_of(chars: set[str]) -> re.Pattern[str]:
        return re.compile("[" + "".join(sorted(chars)) + "]")

    return one_of(_HANT_ONLY), one_of(_HANS_ONLY)


def _latin_language(text: str) -> str:
    words = [w.lower() for w in LETTERS.findall(text)[:3000]]
    if not words:
        return "und"
    scores = {lang: sum(map(stops.__contains__, words)) for lang, stops in _STOP_SETS.items()}
    best, hits = max(scores.items(), key=lambda kv: kv[1])
    ranked = sorted(scores.values(), reverse=True)
    if hits >= 3 and hits >= 0.15 * len(words) and hits >= 1.5 * ranked[1]:
        return best
    return _langid(text)


def warm() -> None:
    """Load the statistical language model now rather than on first use."""
    _langid("warm up")


def _langid(text: str) -> str:
    import py3langid

    code, _ = py3langid.classify(text)
    return str(code)


def matches(text: str, target: str) -> bool:
    """True when `text` reads as `target` (a reader language); short texts always match."""
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < 12:
        return True
    found = detect(text)
    if family(target) == "zh" and found in ("zh-Hans", "zh-Hant"):
        return True
    return family(found) == family(target)
