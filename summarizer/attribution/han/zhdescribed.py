"""Chinese subjects a description or an interview clause hides: the name after a role noun."""

# "农民曾金水说": 曾 (also "once") would end the name "农民" as an adverb; a full name right after
# a role noun is the subject all the same. "教授沈立平在接受《中国青年报》记者采访时说": the
# interview clause, with the medium's name in 《》, stands between the name and its verb.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.han.coverbs import first_skip
from summarizer.attribution.han.hanname import described_name
from summarizer.attribution.lexicon.cues import Cues, Mention

_ZH = _data.load_toml("dialogue.toml")["zh"]
_INTERVIEW_REACH = 40
_PARTICLE = "所"
_interviewed = re.compile(
    f"(?:在)?(?:{'|'.join(map(re.escape, _ZH['interview_accept']))})"
    f"[^，,。！？!?：:；;\\n“”「」]{{0,30}}?"
    f"(?:{'|'.join(map(re.escape, _ZH['interviewed_by']))})[时時]$"
)


def described_or(
    found: Mention | None, segment: str, cue: re.Match[str], cues: Cues, at: int
) -> Mention | None:
    """`found`, or the full name a description before the cue ends with ("经济学家周明")."""
    if found and found.kind != "anonymous" and not _cut_before(found, segment, at):
        return found
    cut = first_skip(segment, cues)
    name = described_name(segment) or described_name(segment[: cut.start()] if cut else segment)
    if name is None:
        return found
    return Mention(name, "name", cue.group(), at + segment.rfind(name), cue.start())


def _cut_before(found: Mention, segment: str, at: int) -> bool:
    """Whether `found` is a role noun an adverb-like surname cut off its name ("农民|曾金水")."""
    if found.kind not in ("name", "role") or found.at != at:  # "村民" is a title too
        return False
    name = described_name(segment)
    return name is not None and segment.startswith(found.words + name)


def subject_end(text: str, floor: int, cue_at: int) -> int:
    """Where the subject before a cue ends: before an interview clause ending at the cue, or
    before the particle 所 ("正如严国华所说": what 严国华 said)."""
    start = max(floor, cue_at - _INTERVIEW_REACH)
    found = _interviewed.search(text[start:cue_at])
    end = start + found.start() if found else cue_at
    return end - 1 if end - 1 > floor and text[end - 1] == _PARTICLE else end
