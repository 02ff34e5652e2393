"""A word list as one regex with its shared beginnings read once (a prefix tree)."""
# `cue_regex.dispatched` tries each first letter's words one after another: with every German
# verb form derived (german_verbs.py) a letter holds a hundred, and each word start that letter
# opens compared them all. As a tree, a word start reads each character once. The match is the
# one the longest-first alternation makes: two words both match at one place only when one begins
# the other, and the tree tries going on before it stops.

from __future__ import annotations

import re

_Node = dict[str, "_Node"]
_END = ""  # the key that marks a word ending at a node


def trie_pattern(words: list[str]) -> str:
    """Any of `words` as one pattern, longest first; "" when there are none."""
    if not words:
        return ""
    if any(quote in word for word in words for quote in "'’"):
        # "s'est" reads both apostrophes (`cue_regex._literal`): kept as plain alternatives
        ordered = sorted(set(words), key=len, reverse=True)
        return "|".join(re.escape(w).replace("'", "['’]") for w in ordered)
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _emit(root)


def _emit(node: _Node) -> str:
    """The pattern of one node: its children, optional where a word ends at it."""
    branches = [re.escape(char) + _emit(child) for char, child in node.items() if char != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if _END in node else body
