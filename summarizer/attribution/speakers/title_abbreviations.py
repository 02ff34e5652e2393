"""An abbreviated title before a name, registered under the full words a cue takes it up by."""

# "Sen. Laura Pham … “…,” the senator said": the roster registers "Laura Pham" under "sen" (the
# word before her name); the cue's role is "senator". Data: data/title_abbreviations.toml.

from __future__ import annotations

from summarizer import _data

_SPELLED: dict[str, dict[str, list[str]]] = _data.load_toml("title_abbreviations.toml")


def spelled_out(title: str, family: str) -> tuple[str, ...]:
    """`title` (lower case) and the full words its abbreviation stands for in `family`."""
    return (title, *_SPELLED.get(family, {}).get(title.rstrip("."), ()))
