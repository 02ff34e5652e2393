"""German: a quotation that holds the words of a statement noun's owner, not the cue's subject."""
# "Berger widersprach der Darstellung von Jan Roth, sie habe „…“", "Roth wies den Vorwurf der
# Ministerin zurück, er sei „…“": the content clause after the comma spells out the noun, so the
# words are its owner's. "Berger las einen Brief von Roth vor: „…“", "erinnerte an die Worte ihrer
# Mutter:": a saying or a letter before a colon quotes its owner too. The cue's subject before
# the noun is never the speaker; a named owner found at the noun (owned_words.py) still is, and
# with none left the quotation gets an unnamed speaker rather than a guess from around it.

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.german.phrases import TOKEN
from summarizer.attribution.lexicon.cues import Cues, Mention

_DATA = _data.load_toml("german.toml")["nested"]
_QUOTING = frozenset(_DATA["quoting"])
_NOUNS = frozenset(_data.load_toml("german.toml")["statements"]["nouns"]) | _QUOTING
_NOUNS |= frozenset(_DATA["owned"])
_OWNERS = frozenset(_DATA["owners"])
_REPLIES = frozenset(_DATA["replies"])
_ABOUT = frozenset(_DATA["about"])
_TIMES = frozenset(_DATA["times"])
_POSSESSED = _data.load_toml("german.toml")["possessed"]
_POSSESSIVES = frozenset([*_POSSESSED["masculine"], *_POSSESSED["feminine"]])
_THAT = frozenset(_data.load_toml("german.toml")["partial"]["that"])
_OWNER_WORDS = 5  # words from the owner word to the comma or colon ("von der Ministerin Eva Ems")
_CONTENT_WORDS = 4  # words into the content clause its Konjunktiv may stand


def owned_statement(
    text: str, start: int, open_at: int, mentions: tuple[Mention, ...], cues: Cues
) -> tuple[Mention, ...]:
    """`mentions` less those before a statement noun whose owner's words the quotation holds."""
    noun = _noun_at(text, start, open_at, cues)
    if noun is None:
        return mentions
    kept = tuple(m for m in mentions if (m.at if m.at >= 0 else m.cue_at) >= noun.start())
    word = noun.group()
    return kept or (Mention(word, "anonymous", word, -1, noun.start()),)


def _noun_at(text: str, start: int, open_at: int, cues: Cues) -> re.Match[str] | None:
    """The owned statement noun whose clause the quotation at `open_at` stands in, else None."""
    tokens = list(TOKEN.finditer(text, start, open_at))
    for i in range(len(tokens) - 2, 0, -1):
        word = tokens[i].group().lower()
        if word in _NOUNS and tokens[i + 1].group().lower() in _OWNERS:
            return tokens[i] if _holds(text, tokens, i, open_at, cues) else None
    return None


def _holds(text: str, tokens: list[re.Match[str]], i: int, open_at: int, cues: Cues) -> bool:
    """Whether the owner phrase after the noun ends in a comma and a content clause, or a colon."""
    stop = next((j for j in range(i + 1, len(tokens)) if tokens[j].group() == ","), len(tokens))
    colon = text.find(":", tokens[i].end(), open_at)
    if colon >= 0 and (stop == len(tokens) or colon < tokens[stop].start()):
        owner = TOKEN.findall(text, tokens[i].end(), colon)
        rest = text[colon + 1 : open_at].strip()
        reply = i > 1 and tokens[i - 2].group().lower() in _REPLIES
        quoting = tokens[i].group().lower() in _QUOTING and not reply
        return quoting and not rest and len(owner) <= _OWNER_WORDS and not _cue_in(owner, cues)
    if stop == len(tokens) or stop - i - 1 > _OWNER_WORDS:
        return False
    owner = [t.group() for t in tokens[i + 1 : stop]]
    if not _owner_speaks(tokens, i, owner):
        return False
    content = [t.group() for t in tokens[stop + 1 :]]
    if not content or _cue_in(owner, cues) or _cue_in(content, cues) or "," in content:
        return False
    reported = cues.reported | cues.subjunctive | _THAT
    return any(w.lower() in reported for w in content[:_CONTENT_WORDS])


def _cue_in(words: list[str], cues: Cues) -> bool:
    """Whether any of `words` is a reporting verb (a Konjunktiv of report is none here)."""
    return any(cues.verbs.fullmatch(w) and w.lower() not in cues.reported for w in words)


# "sagte über die Kritik der Opposition, sie sei …": a content clause after speaking about or
# against the noun is the subject's own. "seine Kritik vom Montag, …": a possessive before the
# noun gives its owner, so the words after it name a time or place, not whose words they are.
def _owner_speaks(tokens: list[re.Match[str]], i: int, owner: list[str]) -> bool:
    """Whether the words after the noun at `i` may name its owner in a comma's content clause."""
    before = {t.group().lower() for t in tokens[max(0, i - 2) : i]}
    if before & _ABOUT or tokens[i - 1].group().lower() in _POSSESSIVES:
        return False
    return not owner or owner[-1].lower() not in _TIMES
