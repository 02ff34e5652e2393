"""Japanese: the sentence after a quotation standing alone, its topic and a verb of speaking."""

# "「最後まで諦めない」。坂本愛さんは力強く語った。": no と and no こう, yet the sentence after the
# quotation is only its topic, an adverb (ending in く or に) and a verb of speaking that ends it;
# the topic said the quotation. The last は before the verb is the topic ("受賞が決まった作家の
# 森本さんは": not 受賞). A verb with an object ("反論した", "語った内容") is read by no one here.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.lexicon.lazy import lazy

_PARTICLES = _data.load_toml("particles.toml")["ja"]
_VERBS = "|".join(map(re.escape, _PARTICLES["plain_after"]))
_plain = lazy(
    r"。(?:[^、。「」\s]{1,8}、)?(?P<who>[^、。「」\s]{1,25})は[、,]?(?:[\u4e00-\u9fff\u3041-\u3096]{1,6}[くに])?"
    rf"(?=(?:{_VERBS})[\u3041-\u3096]{{1,6}}。)"
)
_REACH = 60


def plain_said(text: str, at: int) -> re.Match[str] | None:
    """The topic and adverb of the sentence at `at` (after a quotation) that only says it."""
    return _plain().match(text, at, min(len(text), at + _REACH))
