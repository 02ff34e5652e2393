"""Names in a cue that the cast of a Chinese story missed, as they are named there once."""

from __future__ import annotations

from summarizer.attribution.dialogue.cast import Cast, words_for
from summarizer.attribution.han.cjk import NOT_NAME_START
from summarizer.attribution.han.hanname import full_name
from summarizer.attribution.lexicon.lazy import lazy

_han2 = lazy("[\u4e00-\u9fff]{2}")
# what may stand between a titled full name and its verb of saying: an adverb or a verb
# ("赶忙回答说", "插话说"), a few characters and no punctuation; not one he makes speak ("让他说")
# nor the name's kin ("钱长顺的儿子说")
_near = lazy("(?:(?![的他她我你们們让讓叫使请請被])[\u4e00-\u9fff]){0,4}")
# the manner of a verb of saying right before it ("很生气地", "亲切地对他")
_manner = lazy("[\u4e00-\u9fff]{1,8}地(?:[对對向朝冲衝给給][他她我你]?[们們]?)?")


def missed_name(text: str, start: int, bounds: tuple[int, int], cast: Cast) -> str | None:
    """A two-character name opening a sentence with a verb of saying, unknown to the cast."""
    # "兰花不哭了，说：": in a short passage the cast misses people named once, before a verb or an
    # adverb, or before the manner of its verb of saying ("兰花很生气地对他说"); not a kinship
    # word, a title, or a word that is never a name
    verb_at, end = bounds
    start += len(text[start:end]) - len(text[start:end].lstrip())
    word, words = text[start : start + 2], words_for("zh")
    titled = _titled(text, start, verb_at, cast)
    if titled is not None:
        return titled or None
    # a title there makes the word part of a longer subject ("宣传部长客气地问")
    manner = _manner().fullmatch(text, start + 2, verb_at) is not None
    manner = manner and not words.titles.search(text, start, verb_at)
    after = text[start + 2 : start + 3] in words.after_name or manner
    shaped = _han2().fullmatch(word) is not None and after
    if not shaped or word[0] in NOT_NAME_START or words.not_in_name & set(word):
        return None
    if word in words.not_names or word[-1] in words.not_name_end or cast.persons(text, start, end):
        return None
    return None if words.kin.fullmatch(word) or words.titles.fullmatch(word) else word


def _titled(text: str, start: int, verb_at: int, cast: Cast) -> str | None:
    """The full name after a title opening a cue ("副主任钱长顺插话说："), "" for none, or None."""
    # a title is what the story calls someone it names in full right after it; the cast misses
    # people named so once or twice, as they seldom open a clause without their title
    title = words_for("zh").titles.match(text, start, verb_at)
    if title is None:
        return None
    word = text[title.end() : title.end() + 3]
    after = title.end() + 3
    # the verb right after it, or a short adverb or manner between ("赶忙回答说", "插话说")
    near = _near().fullmatch(text, after, verb_at) is not None
    if not full_name(word) or not near or cast.persons(text, start, verb_at):
        return ""
    return word
