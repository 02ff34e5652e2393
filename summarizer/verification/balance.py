"""Voice balance: each speaker's share of the article's quoted words and of the summary's points."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from summarizer import lang
from summarizer.attribution.find import Quote
from summarizer.summary import Failure, Point, Voice
from summarizer.verification.names import one_person, same_speaker

LOUD = 0.2
"""A voice with at least this share of the attributed words should get a point..."""
CROWDING = 2
"""...when another voice gets this many."""


def words(text: str) -> int:
    """Length in words; two CJK characters count as one."""
    cjk = len(lang.CJK_CHAR.findall(text))
    return len(lang.WORD.findall(lang.CJK_CHAR.sub(" ", text))) + (cjk + 1) // 2


def balance(quotes: Sequence[Quote], points: Sequence[Point]) -> tuple[Voice, ...]:
    """Every confidently quoted speaker (and every credited one), loudest in the article first."""
    # a guessed speaker is no voice, so no reader sees a guessed name here
    said: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker and quote.confidence == "high":
            # the attribution gives one name per person: two that share only a surname are two
            name = next((k for k in said if one_person(quote.speaker, k)), quote.speaker)
            said[name] = said.get(name, 0) + words(quote.text)
    credited: dict[str, int] = {}
    for point in points:
        if point.speaker:
            name = _known(point.speaker, said) or _known(point.speaker, credited) or point.speaker
            credited[name] = credited.get(name, 0) + 1
    total = sum(said.values()) or 1
    count = len(points) or 1
    voices = [
        Voice(name, round(said.get(name, 0) / total, 3), n, round(n / count, 3))
        for name in {**said, **credited}
        for n in [credited.get(name, 0)]
    ]
    return tuple(sorted(voices, key=lambda v: (-v.article_share, -v.points, v.speaker)))


def _known(name: str, seen: dict[str, int]) -> str | None:
    """The speaker in `seen` that names the same person as `name`, if any, the closest first."""
    # "James Hall" is James Hall, not the Ellie Hall seen before him; "李明" is not "李明华"
    held = next((k for k in seen if one_person(name, k)), None)
    return held or next((k for k in seen if same_speaker(name, k)), None)


def missing(voices: Sequence[Voice]) -> Iterator[Failure]:
    """voice_missing: a loud voice with no point while another voice has several."""
    crowding = [v for v in voices if v.points >= CROWDING]
    for voice in voices:
        if voice.article_share >= LOUD and voice.points == 0 and crowding:
            detail = (
                f"{voice.speaker} has {voice.article_share:.0%} of the article's quoted words "
                f"but no point, while {crowding[0].speaker} has {crowding[0].points}"
            )
            yield Failure("voice_missing", detail, severity="warning")
