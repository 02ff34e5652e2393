"""A word list as one regex with its shared beginnings read once (a prefix tree)."""
# `cue_regex.dispatched` tries each first letter's words one after another: with every German
# verb form derived (german_verbs.py) a letter holds a hundred, and each word start that letter
# opens compared them all; inflect.py's French forms ("a déclaré", "annonce", "ajoutait") were
# hundreds behind one letter. As a tree, a word start reads each character once. The match is the
# one the longest-first alternation makes: two words both match at one place only when one begins
# the other, and the tree tries going on before it stops. So that no two branches of a node fit
# one character, a character's key is its regex: `literal` may read both apostrophes as one
# (`cue_regex._literal`), and with `fold` (for a pattern read ignoring case) its two cases are one.

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

_Node = dict[str, "_Node"]
_END = ""  # the key that marks a word ending at a node


def trie_pattern(
    words: list[str] | tuple[str, ...],
    literal: Callable[[str], str] = re.escape,
    fold: bool = False,
) -> str:
    """Any of `words` as one pattern, longest first, each character as `literal` writes it
    (lower-cased with `fold`); "" when there are none."""
    root: _Node = {}
    keys: dict[str, str] = {}  # each character written once: a language holds a few dozen
    for word in words:
        node = root
        for char in word:
            if (key := keys.get(char)) is None:
                key = keys[char] = literal(_folded(char) if fold else char)
            node = node.setdefault(key, {})
        node[_END] = {}
    return _emit(root)


def _folded(char: str) -> str:
    """`char` lower-cased, where that is one character ("İ" lower-cased is two)."""
    lower = char.lower()
    return lower if len(lower) == 1 else char


def _emit(node: _Node) -> str:
    """The pattern of one node: its children, optional where a word ends at it."""
    branches = [key + _emit(child) for key, child in node.items() if key != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if _END in node else body


# Written as the ASCII a class leaves out: the regex compiler walks a range up to U+10FFFF
# character by character (about a millisecond per class), a short negated range at once.
def beyond_ascii_but(left_out: Iterable[int]) -> str:
    """A class of every character beyond ASCII and every ASCII one not in `left_out` (sorted)."""
    runs: list[list[int]] = []
    for code in left_out:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[^" + "".join(f"\\x{a:02x}-\\x{b:02x}" for a, b in runs) + "]"
