"""Bytes to text: BOMs, UTF-16, strict UTF-8, a declared charset that fits, then a best guess."""

from __future__ import annotations

import codecs
import re

from summarizer.concurrency import once
from summarizer.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"RIFF": "a media file",
}
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_LATIN_GUESSES = frozenset(
    {"cp1250", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9"}
    | {"iso8859_10", "iso8859_13", "iso8859_15", "iso8859_16", "mac_latin2", "mac_roman", "cp850"}
)
"""Latin single-byte guesses that, for the Western languages we read, really mean Windows-1252."""


@once
def _readable() -> re.Pattern[str]:
    """A character of any script we read (not only lang.CJK): which UTF-16 byte order reads."""
    # compiled at first use: its wide ranges take 2 ms, and only UTF-16 without a BOM needs it
    return re.compile(
        "[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u04ff\u0600-\u06ff\u2000-\u206f"
        "\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]"
    )


_GARBAGE = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")
"""C0 controls and replacement marks; C1 controls are left alone (cp1252 quotes stored as C1)."""
_UNDECODABLE = "could not decode the text (unknown encoding or binary data)"
_META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I
)


def decode(raw: bytes, declared: str | None = None) -> str:
    """Decode `raw`: BOM, UTF-16, strict UTF-8, a declared charset that fits, then a best guess."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _checked(raw.decode(codec, errors="replace"))
    _check_magic(raw)
    stray = _utf8_with_stray_nuls(raw)
    if stray is not None:
        return _checked(stray)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _checked(raw.decode(utf16, errors="replace"))
    _check_binary(raw)
    try:
        return _checked(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for charset in (declared, _meta_charset(raw)):
        fitting = _codec(charset)
        if fitting and fitting != "utf-8":
            try:
                return _checked(raw.decode(fitting))
            except UnicodeDecodeError:
                continue
    return _checked(_best_guess(raw))


def _check_magic(data: bytes) -> None:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"this is {kind}, not text")


def _utf8_with_stray_nuls(raw: bytes) -> str | None:
    """UTF-8 text carrying a few NUL bytes, decoded with them removed; None for anything else."""
    # checked before any UTF-16 guess: UTF-16 text has far more NULs, or is not UTF-8 at all
    nuls = raw.count(0)
    if not nuls or nuls * 100 > len(raw):
        return None
    try:
        return raw.replace(b"\x00", b"").decode("utf-8")
    except UnicodeDecodeError:
        return None


def _check_binary(data: bytes) -> None:
    if b"\x00" in data[:65536]:
        raise InputError("this is a binary file (it contains NUL bytes), not text")


def _utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 byte order in which NUL-bearing `raw` reads as text, if any."""
    sample = raw[:8192]
    if len(raw) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    orders = ("utf-16-le",) if odd > 3 * even else ("utf-16-be",) if even > 3 * odd else None
    best, best_share = None, 0.8
    for codec in orders or ("utf-16-le", "utf-16-be"):
        text = sample.decode(codec, errors="replace")
        share = len(_readable().findall(text)) / len(text)
        if share > best_share:
            best, best_share = codec, share
    return best


def _meta_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:32768])
    return match.group(1).decode("ascii").lower() if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    key = name.strip().lower()
    try:
        return codecs.lookup(_CHARSET_ALIASES.get(key, key)).name
    except LookupError:
        return None


def _best_guess(raw: bytes) -> str:
    import charset_normalizer

    match = charset_normalizer.from_bytes(raw).best()
    if match is None:
        raise InputError(_UNDECODABLE)
    if match.encoding in _LATIN_GUESSES:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(match)


def _checked(text: str) -> str:
    """`text`, unless control characters or replacement marks show it was decoded wrongly."""
    sample = text[:20000]
    if len(_GARBAGE.findall(sample)) > max(2, len(sample) // 100):
        raise InputError(_UNDECODABLE)
    return text
