"""A cue's subject that ends in an abbreviated title holds no name: the title's full stop cut it."""

from __future__ import annotations

from summarizer.attribution.lexicon.cues import Cues, Mention

_DOT = "."


# "“…,” the former Pennsylvania Gov. said", "said Pennsylvania Gov.": the words end at the full
# stop of an abbreviated title ("Gov.", "Sen.", "Lt.", "Atty."), so the name that title stands
# before was cut off or never written; "Pennsylvania Gov" is no one's name, and the role alone,
# its abbreviation cut, no speaker: nobody.
def cut_title(text: str, mention: Mention, cues: Cues) -> bool:
    """Whether `mention` ends in an abbreviated title written with its full stop."""
    words = mention.words.split()
    if not words or mention.at < 0:
        return False
    last = words[-1].rstrip(_DOT)
    if (last.lower() + _DOT) not in cues.titles or not last[:1].isupper():
        return False
    end = text.find(last, mention.at, mention.at + len(mention.words) + 1)
    return end >= 0 and text.startswith(_DOT, end + len(last))
