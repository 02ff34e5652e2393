"""A definite description at a cue that takes up the noun a person was introduced with."""

# "The coroner, Dr. Helen Wong, ruled … “…,” the coroner wrote", "Kamala Brooks, the
# vice-president, toured … “…,” the vice-president said": the noun is no registered title, so the
# mention is a description, which `taken_up` links only by an age, unless it is definite ("the"
# and one lower-case noun, `definite_nouns` in roles_again.toml) and exactly one person was
# introduced with that noun (apposed, or right before the name). "another witness", "a
# spokesperson", "the company" (nobody introduced as one) link nobody.

from __future__ import annotations

import re
from typing import Any


def definite_noun(words: str, data: dict[str, Any]) -> bool:
    """Whether `words` are a definite article and one lower-case noun ("the coroner")."""
    articles = data.get("definite_nouns", [])
    found = re.fullmatch(r"(\w+) ([a-z][a-z-]+)", words)
    return bool(found and found.group(1).lower() in articles)
