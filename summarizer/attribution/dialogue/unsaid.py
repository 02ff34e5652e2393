"""Verbs of saying in Chinese narration that are no cue: inside a thought, or heard."""
# "少平想，只要…以后再说，": what follows a verb of thinking and its comma is the thought;
# "钱小河听赵大山这么说，笑了。": the one who hears is the listener, not the speaker

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.dialogue.cast import Cast
from summarizer.attribution.lexicon.lazy import lazy

# a verb of thinking that opens what is thought ("少平意识到，"), not one done ("想了想，说：")
_THINKING = "|".join(_data.load_toml("dialogue.toml")["zh"]["thinking"])
_thought = lazy(f"(?<![了一])(?:{_THINKING})[，,：:]")
# a verb of hearing right before the verb, with the one heard between ("听他这么一说", "聽見她說",
# "听赵大山说"); not a listener's noun ("听众"), hearsay ("听说") or a manner ("好听地说")
_heard = lazy(
    "[听聽](?![众眾说說])[见見到]?(?:[他她你我][们們]?|人家|别人|別人|[\u4e00-\u9fff]{2,3})?"
    "(?:这么|这样|那么|那样|這麼|這樣|那麼|那樣)?一?$"
)


def unsaid(text: str, start: int, at: int) -> bool:
    """Whether the verb of saying at `at` is thought or heard, read from `start`."""
    return bool(_thought().search(text, start, at) or _heard().search(text, max(start, at - 9), at))


# the person heard saying it, right after the verb of hearing ("听赵大山这么一说")
_hears = lazy("[听聽](?![众眾说說])[见見到]?")
_says_after = lazy("(?:这么|这样|那么|那样|這麼|這樣|那麼|那樣)?一?[说說讲講]")


def heard_from(text: str, start: int, end: int, cast: Cast) -> str | None:
    """The person text[start:end] says was heard saying something: the line's speaker."""
    for hearing in _hears().finditer(text, start, end):
        who = cast.pattern.match(text, hearing.end())
        if who and _says_after().match(text, who.end()):
            return cast.names[who.group()]
    return None
