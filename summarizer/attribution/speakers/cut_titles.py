"""A cue's subject that ends in an abbreviated title holds no name: the title's full stop cut it."""

from __future__ import annotations

import re

from summarizer.attribution.lexicon.cues import Cues, Mention

_DOT = "."
_TITLES = 3  # abbreviated titles in a row ("Lt. Gov.", "Atty. Gen."): bounded
_NAME = re.compile(r" ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})")  # up to three capitalised words


# "“…,” the former Pennsylvania Gov. said", "said Pennsylvania Gov.": the words end at the full
# stop of an abbreviated title ("Gov.", "Sen.", "Lt.", "Atty."), so the name that title stands
# before was cut off or never written; "Pennsylvania Gov" is no one's name, and the role alone,
# its abbreviation cut, no speaker: nobody.
def cut_title(text: str, mention: Mention, cues: Cues) -> int:
    """Where the full stop of an abbreviated title that ends `mention` stands, else -1."""
    words = mention.words.split()
    if not words or mention.at < 0:
        return -1
    last = words[-1].rstrip(_DOT)
    if (last.lower() + _DOT) not in cues.titles or not last[:1].isupper():
        return -1
    end = text.find(last, mention.at, mention.at + len(mention.words) + 1)
    return end + len(last) if end >= 0 and text.startswith(_DOT, end + len(last)) else -1


# "said the younger Mr. Trump": the name the reader cut off stands right after the full stop;
# the words as written through it describe the speaker (never sure: "the younger" is not a
# name, and the name alone may be the father's). Not a pronoun or function word ("Gov. He").
# A forename and surname after the title ("said the former Pennsylvania Gov. Tom Wolf") name
# the speaker in full, as "former Pennsylvania Gov. Tom Wolf said" does: that name, still low.
def through_name(text: str, mention: Mention, dot: int, cues: Cues) -> str | None:
    """The mention as written through the capitalised name right after the title, else None."""
    for _ in range(_TITLES):  # "the former Lt. Gov. Ann Roe": a title after a title
        name = _NAME.match(text, dot + 1)
        if name is None or name.group(1).split()[0].lower() in cues.pronouns | cues.stop:
            return None
        words = Mention(text[mention.at : name.end()], mention.kind, mention.cue, mention.at)
        dot = cut_title(text, words, cues)
        if dot < 0:
            return _full(name.group(1), cues) or words.words
    return None


def _full(name: str, cues: Cues) -> str | None:
    """`name` when it is two or more words, none a day or adverb ("Tom Wolf Monday"), else None."""
    words = name.split()
    return name if len(words) > 1 and not any(w.lower() in cues.skip for w in words) else None
