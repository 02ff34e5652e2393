"""The words before a Chinese verb of saying that can be its subject, or None for no cue."""
# a negation before the verb makes it silence ("小河不说了"); a form of address ends the name
# before it ("苗凯同志说" -> 苗凯); an adverb before the verb is no name ("表情似乎说")

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.han.hanname import before_verb, name_shaped

_ZH = _data.load_toml("dialogue.toml")["zh"]
NEGATION = frozenset(_ZH["negation"])
ADDRESS = tuple(sorted(_ZH["address"], key=len, reverse=True))
ADVERBS = tuple(sorted(_ZH["adverbs"], key=len, reverse=True))
_PRONOUNS = frozenset(_ZH["pronouns"])


def subject_words(segment: str) -> str | None:
    """`segment` without a joined verb, form of address or adverb at its end; None if negated."""
    segment = before_verb(segment)
    if segment[-1:] in NEGATION:
        return None  # "没说话": the person stopped talking, no one speaks
    segment = unaddressed(segment)
    adverb = next((word for word in ADVERBS if segment.endswith(word)), "")
    if not adverb:
        return segment
    # the subject before an adverb only when it is a pronoun or shaped as a name ("李明似乎说")
    rest = segment[: -len(adverb)]
    return rest if rest in _PRONOUNS or name_shaped(rest) else None


def unaddressed(words: str) -> str:
    """`words` without a form of address that ends them after a name ("万江老汉" -> "万江")."""
    for term in ADDRESS:
        if words.endswith(term) and len(words) - len(term) >= 2:
            return words[: -len(term)]
    return words


def addressed(text: str, at: int) -> bool:
    """Whether a form of address starts at `at` in `text` ("苗凯同志": at the 同)."""
    return text.startswith(ADDRESS, at)
