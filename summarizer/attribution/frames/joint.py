"""Two names joined before a plural verb of saying: a joint subject, no one speaker."""

# "Петров и Сидоров заявили: «…»": both said it, so neither is named; the verb's plural ending
# (cues.plural_endings) tells, where only the last name would otherwise stand before the cue.

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues, Mention


def joint_subject(
    tokens: list[re.Match[str]], run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """An anonymous mention when `run` is the second of two names joined before a plural cue."""
    if not run or not cues.plural_endings or not cue.group().lower().endswith(cues.plural_endings):
        return None
    index = next((i for i, t in enumerate(tokens) if t.start() == run[0].start()), 0)
    if index < 2 or tokens[index - 1].group().lower() not in cues.coordinating:
        return None
    if not tokens[index - 2].group()[:1].isupper():
        return None
    return Mention(cue.group(), "anonymous", cue.group(), cue.start(), cue.start())
