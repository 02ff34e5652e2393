"""A word divided at a line's end with a hyphen, in German text whose lines were run together."""

from __future__ import annotations

import re

from summarizer import _data

# Old print divides a word at a line's end, and a transcription that runs the lines together
# keeps the hyphen and a space (`Regie- rung`, `Bürger- meister`, `Rieden- thal`): the rules read
# the word whole, so a cue's subject and verb read as words (`Der Bürger- meister Kahl sagte:`).
# German writes a hyphen and a space inside no word but a compound's shared part before a
# conjunction (`Ein- und Ausfuhr`, `Bus- bzw. Bahnfahrer`, `ein- bis zweimal`; german.toml
# `shared_part_links`): never there. Two letters on each side: not an initial or a lone letter's
# list (`A- und B-Seite`).
_SHARED = "|".join(_data.load_toml("german.toml")["older_print"]["shared_part_links"])
HYPHENED = re.compile(rf"(?<=[^\W\d_]{{2}})- (?=[a-zäöüß]{{2}})(?!(?:{_SHARED})\b)")
