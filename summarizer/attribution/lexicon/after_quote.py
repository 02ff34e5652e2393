"""Cue forms that are a verb of saying only right after a quotation and before a name."""
# "“…,” tweets Marla Quence": "tweets", "posts", "comments" are as often a noun ("his tweets",
# "the comments"), so english_verbs.toml leaves them out of the cues; but right after a
# quotation's comma (or ?, !) and its closing mark, and right before a capitalised word, nothing
# but the verb fits. cues.toml [en] `after_quote` lists them. Fixed-width looks only: linear.

from __future__ import annotations

import functools
import re
from typing import Any

from summarizer import _data

_BEFORE = '(?<=[,?!][”"] )'  # `,” ` right before the form
_NAME_AFTER = "(?= (?-i:[A-Z]))"  # a capitalised word right after it


def after_quote(data: dict[str, Any]) -> str:
    """One pattern of every `after_quote` form between a quotation's close and a name."""
    forms = sorted(data.get("after_quote", []), key=len, reverse=True)
    if not forms:
        return ""
    # lower case only: a headline capitalises every word ("“Not Again,” Posts Show After …")
    return f"{_BEFORE}(?-i:{'|'.join(re.escape(f) for f in forms)}){_NAME_AFTER}"


@functools.cache
def _forms(family: str) -> frozenset[str]:
    return frozenset(_data.load_toml("cues.toml").get(family, {}).get("after_quote", []))


def after_quote_form(cue: str, family: str) -> bool:
    """Whether `cue` is one of the language's `after_quote` forms (a reporting verb there)."""
    return cue in _forms(family)
