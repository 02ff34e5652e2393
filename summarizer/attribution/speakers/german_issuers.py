"""A German document's noun at a cue: the one body whose verb of its stem gave it out."""

# "Der Deutsche Wetterdienst warnte am Abend vor Orkanböen. „…“, hieß es in der Warnung": the
# warning ("Warnung") is the one the body that warned ("warnte") gave out, so its words are the
# Deutsche Wetterdienst's. A noun in "-ung" and a sentence opened by an article, a name of up to
# three capitalised words and a verb of the noun's stem ("warnte", "warnten"); two such names
# before the cue, or a title alone ("Der Minister warnte"), give nobody.

from __future__ import annotations

import functools
import re

from summarizer.attribution.lexicon.cues import Cues

_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Der|Die|Das)\s+"
_NAME = r"((?:[A-ZÄÖÜ][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)\s+"


@functools.lru_cache(maxsize=32)
def _issuers(text: str, stem: str) -> list[tuple[int, str]]:
    """Where each sentence opened by a name and a verb of `stem` stands, and the name (one pass)."""
    pattern = re.compile(rf"{_OPENS}{_NAME}{re.escape(stem)}(?:te|ten|t|en)\b", re.IGNORECASE)
    return [(m.start(), m.group(1)) for m in pattern.finditer(text) if m.group(1)[0].isupper()]


def issued_by(text: str, words: str | None, at: int, cues: Cues) -> str | None:
    """The one body that gave out the document `words` ("Warnung") before `at`, else None."""
    if not words or not cues.nouns_capitalized or " " in words or not words.endswith("ung"):
        return None
    stem = words[:-3].lower()
    names = {name for start, name in _issuers(text, stem) if start < at} if len(stem) > 3 else set()
    name = names.pop() if len(names) == 1 else None
    return None if name is None or name.lower() in cues.titles else name
