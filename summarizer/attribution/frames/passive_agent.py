"""A verb of addressing with its agent after it: "was told by Hal Brin: “…”"."""
# The subject of "told", "assured", "reminded" … is the speaker, their object the one spoken to;
# in the passive the one spoken to is the subject and the speaker the agent after "by": "Mara Zell
# was assured by Hal Brin that “…”" is Hal Brin's, "Mara Zell, told by Hal Brin that “…”" never
# Mara Zell's. English only; a capitalised agent, no month or day ("by Monday").

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues

_AGENT = re.compile(r"[ \t]+by[ \t]+([^\W\d_][\w'’-]*)")


def _agent(verb: str, cues: Cues, text: str, end: int) -> str | None:
    """The first word of the agent after the verb of addressing `verb` ending at `end`, if any."""
    if (
        cues.family != "en"
        or not text
        or (verb not in cues.transitive and verb not in cues.addressed)
    ):
        return None
    found = _AGENT.match(text, end)
    return found.group(1) if found and found.group(1).lower() not in cues.calendar else None


def agent_follows(verb: str, cues: Cues, text: str = "", end: int = 0) -> bool:
    """Whether the verb of addressing `verb`, ending at `end` in `text`, has "by" and a name after
    it: the name is the speaker."""
    agent = _agent(verb, cues, text, end)
    return agent is not None and agent[0].isupper()


def passive(verb: str, cues: Cues, text: str, end: int) -> bool:
    """Whether the verb of addressing has any agent after it ("told by officials"): its subject
    is the one spoken to, never the speaker."""
    return _agent(verb, cues, text, end) is not None
