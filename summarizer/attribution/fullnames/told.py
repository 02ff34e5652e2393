"""A Russian listener's surname in the dative cut off the speaker's name, where the article
declines it elsewhere."""

# "— заявил Эрдоган Макрону": a foreign surname in a consonant and -у or -ю after a name is the
# one told, in the dative, when the article writes its stem in another case too ("с Макроном",
# "Макрон приехал"); a surname whose nominative so ends is never declined ("Сергей Шойгу",
# "Мевлют Чавушоглу"), so its stem stands nowhere alone.

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.three_words import foreign_told, unsure_before_told
from summarizer.attribution.fullnames.told_pairs import unsure_pairs
from summarizer.attribution.lexicon.cues import Cues

_RU = _data.load_toml("particles.toml")["ru"]
_DATIVE = tuple(_RU["dative_after_consonant"])
_OTHER_CASES = tuple(_RU["declined_endings"])
_VOWELS = frozenset("аеёиоуыэюя")
_WORD = re.compile(r"\w+")
_SHORTEST = 4  # "Ли Ю": a short word is no surname told


def _dative(word: str) -> str | None:
    """The stem of a capitalised word in a consonant and a dative ending, or None."""
    ending = next((end for end in _DATIVE if word.endswith(end)), None)
    if ending is None or len(word) < _SHORTEST or not word[:1].isupper():
        return None
    stem = word[: -len(ending)]
    return stem if stem[-1].lower() not in _VOWELS else None


def untold(text: str, found: Sequence[Attribution], cues: Cues) -> tuple[Attribution, ...]:
    """`found`, each Russian speaker's name without a listener in the dative the text declines."""
    candidates = {
        a.speaker
        for a in found
        if cues.family == "ru" and a.speaker and " " in a.speaker and _dative(a.speaker.split()[-1])
    }
    if cues.family == "ru":
        found = [_lone_unsure(a) for a in found]
    if not candidates:
        return unsure_pairs(text, found, cues.family)
    words = set(_WORD.findall(text))
    cut = {
        name: name.rsplit(" ", 1)[0]
        for name in candidates
        if any(f"{_dative(name.split()[-1])}{end}" in words for end in _OTHER_CASES)
        or _surname_elsewhere(text, name)
    }
    cut_off = [replace(a, speaker=cut[a.speaker]) if a.speaker in cut else a for a in found]
    return unsure_pairs(text, cut_off, cues.family)


# "Олаф Шольц прибыл … — сказал Шольц Макрону": a first word the article ends a full name with
# elsewhere is a surname, so the word in a consonant and -у after it is the one told; a first
# name ("Жаир Болсонару", "Президент Жаир Болсонару") has a further capital after it there.
def _surname_elsewhere(text: str, name: str) -> bool:
    """Whether the first of two words ends a run of capitalised words elsewhere in `text`."""
    first, *rest = name.split()
    if len(rest) != 1:
        return False
    ending = re.compile(rf"[А-ЯЁ]\w* {re.escape(first)}(?![\w-])(?! +[А-ЯЁ])")
    return ending.search(text) is not None


def _lone_unsure(one: Attribution) -> Attribution:
    """`one`, unsure where its lone speaker word stands before the one told (`three_words`)."""
    unsure = one.speaker and unsure_before_told(one.speaker, one.mention or "")
    after = one.cue_at >= 0 and one.mention_at > one.cue_at  # "Хосе Мануэль Баррозу заявил": sure
    unsure = unsure or (after and one.speaker and foreign_told(one.speaker.split()))
    return replace(one, sure=False) if unsure else one
