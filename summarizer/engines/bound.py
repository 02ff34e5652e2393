"""A proven upper bound on the tokens of a text in either bundled encoding, loading neither."""
# tests/test_tokens.py checks its premise against both vocabularies

from __future__ import annotations

import re

_SPLIT = (
    "bq fj fz gj gk gq hj jg jv jw jx jy jz kq kx kz lq mz nq oq qf qg qj qk qo qv qy qz rj tj "
    "tq uq vq vz wq wv wz xg xh xj xk xq xu xv xw yf yj yq yv zg zj zq zr zv"
)
_SPLIT_PAIRS = frozenset(_SPLIT.split())
"""The pairs of lowercase ASCII letters that are not one token in o200k_base or cl100k_base."""
_JOINED_BLOCKS = (
    "900-aff b80-ebf f00-f7f 1000-103f 10c0-10ff 1780-17ff 1e80-1eff 2000-20bf 2100-21bf 2200-227f "
    "2440-247f 2500-267f 2700-27bf 3000-30ff 3140-317f 4e00-507f 50c0-50ff 5140-547f 54c0-55bf "
    "56c0-577f 57c0-597f 59c0-59ff 5b40-5cbf 5dc0-607f 60c0-613f 6200-63ff 6440-64bf 6500-687f "
    "68c0-68ff 6940-697f 6b00-6f3f 7040-707f 7100-713f 7200-727f 7380-743f 7500-757f 7640-777f "
    "7840-78bf 7900-7bff 7c40-7cbf 7d00-7d7f 7e80-7fbf 8000-80ff 81c0-837f 83c0-843f 8640-867f "
    "8840-88ff 8980-8abf 8b40-8dff 8f40-90ff 91c0-91ff 9300-933f 9480-977f 9800-98ff 9980-99bf "
    "9a40-9a7f 9ec0-9eff 9f80-9fbf ac00-acff ad40-ad7f adc0-ae7f b080-b0bf b100-b17f b280-b2ff "
    "b340-b37f b3c0-b43f b4c0-b53f b780-b87f b8c0-b8ff b940-b9ff ba40-babf bbc0-bc3f bc80-bcff "
    "bd80-bdbf be00-be3f c080-c1bf c280-c2ff c540-c7bf c800-c83f c900-c93f c980-c9ff cc00-cc3f "
    "cc80-ccbf cd80-cdbf ce40-ce7f d040-d07f d0c0-d13f d280-d2bf d300-d33f d540-d57f d600-d67f "
    "f080-f0bf fe00-fe3f ff00-ffff"
)
"""Code points (three UTF-8 bytes each) whose first two bytes are one token in both encodings."""
_THREE_BYTE = "".join(
    f"\\u{int(a, 16):04x}-\\u{int(b, 16):04x}"
    for a, b in (block.split("-") for block in _JOINED_BLOCKS.split())
)
# a space or lowercase letter and a lowercase letter are never cut apart by the pre-tokenizer of
# either encoding
_WINDOW = re.compile(rf"([ a-z][a-z]).?|[{_THREE_BYTE}]", re.DOTALL)
"""A space or lowercase letter, a lowercase letter, any character; or one of `_JOINED_BLOCKS`."""
_CONTRACTION = re.compile(r"'[A-Za-z]{1,3}")
"""An apostrophe and the letters after it, which the pre-tokenizer may split off ('s, 'll)."""


def upper_bound(text: str) -> int:
    """At most this many tokens in `text`, in either encoding, found without loading one."""
    # Why it holds: BPE starts from one token per UTF-8 byte and every merge removes one, so a text
    # never has more tokens than bytes. Merging stops only when no two neighbouring parts of a pre-
    # tokenizer piece form a token together, so two bytes that form a token (every `_WINDOW` pair
    # not in `_SPLIT_PAIRS`, see tests/test_tokens.py) are never both single-byte tokens: of the
    # three token boundaries around them one is missing. Windows that do not overlap miss different
    # boundaries, so each one found saves a token. A character of `_JOINED_BLOCKS` is such a window
    # by itself: its first two bytes form a token, and the pre-tokenizer never cuts a character.
    if "'" in text:
        text = _CONTRACTION.sub(lambda found: "'" * len(found[0]), text)
    pairs = _WINDOW.findall(text)
    return len(text.encode("utf-8")) - len(pairs) + sum(map(_SPLIT_PAIRS.__contains__, pairs))
