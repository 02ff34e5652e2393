"""A verb of saying further from its colon in older German print: a period report puts the
occasion, the place and the hearers between the verb and the speech it opens ("sagte beim
Abschiede zu den Offizieren: Meine Herren, …", "rief der Hauptmann mit donnernder Stimme: …",
"rief ein Student von der Gallerie: …"). The shared frame (cues.toml `frame_words`) allows four
words there, which modern news needs no more of ("… die G10-Kommission umgangen werden: …" is
no speech); in older print up to `_WORDS`. A perfect of saying closes such a frame too, after
its auxiliary or a modal of report ("Die Königin soll damals gesagt haben: …", "Der Alte hat
uns oft erzählt: …"); a participle alone ("Kurz gesagt: …") is the writer's."""

from __future__ import annotations

import functools
import re
from typing import Any

from summarizer import _data
from summarizer.attribution.german.spelling import older_print
from summarizer.attribution.lexicon.cue_regex import frame
from summarizer.attribution.lexicon.cues import Cues, cues_table

_GERMAN = _data.load_toml("german.toml")
_NESTED, _SAID = _GERMAN["nested"], _GERMAN["turns"]["perfect_frame"]
_PERFECT = re.compile(
    rf"(?<!\w)(?:{'|'.join(_NESTED['finite'])})(?:\s+[^\W\d][\w.-]*){{0,8}}?"
    rf"\s+(?:{'|'.join(_SAID)})(?:\s+hab(?:en|e))?\s*$"
)
_WORDS = 10  # "sagte bei der Eröffnung des Bazars zu den Damen des Vereins:"


@functools.cache
def _wider() -> re.Pattern[str]:
    """German's frame with `_WORDS` words between the verb and the colon (compiled once, on the
    first older text)."""
    data: dict[str, Any] = dict(cues_table()["de"])
    data["frame_words"] = _WORDS
    return frame(data, True)


def older_frame(text: str, clause: int, colon: int, cues: Cues) -> re.Match[str] | None:
    """The frame of the clause from `clause` ending at `colon` in older German print, or None.
    One bounded search, as the shared frame's."""
    if cues.family != "de" or not older_print(text):
        return None
    return _wider().search(text, clause, colon) or _PERFECT.search(text, clause, colon)
