"""Russian: a woman's first name in the nominative after a man's verb is no subject of it."""

# "— сказал Лукашенко Ксения Собчак": a past verb agrees with its subject's gender, so a
# woman's first name (-а, -я, no man's "Илья", "Никита") after "сказал" names neither the speaker
# nor the one told (her dative is "Ксении"); a man's surname by its form before her is the subject,
# low; a foreign first name never declined before her opens one name ("Хосе Мария Аснар"), low;
# else her name stays, low.

from __future__ import annotations

from dataclasses import replace

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.told_cases import NOMINATIVE_A, his_surname

_RU = _data.load_toml("particles.toml")["ru"]
_HIS_OR_EITHER = frozenset(_RU["masculine_forenames_in_a"] + _RU["either_forenames"])
_SHORTEST = 3  # "Ия": too short to tell
_FOREIGN = frozenset("еоуюэ")  # "Хосе", "Марио", "Жоао": a foreign man's first name's last letter


def _hers(word: str) -> bool:
    """Whether a word is a woman's first name in the nominative by its form."""
    lower = word.lower()
    return len(lower) >= _SHORTEST and lower.endswith(NOMINATIVE_A) and lower not in _HIS_OR_EITHER


def disagreeing(one: Attribution) -> Attribution:
    """`one`, low and with a man's name before hers, where a man's verb names a woman after it."""
    speaker, mention, cue = one.speaker or "", one.mention or "", one.cue or ""
    after = one.cue_at >= 0 and one.mention_at > one.cue_at
    if not (after and cue.endswith("л") and _hers(speaker.split(" ", 1)[0])):
        return one
    before = mention[: mention.rfind(speaker)].split() if speaker in mention else []
    tail: list[str] = []
    while before and before[-1][:1].isupper():
        tail.insert(0, before.pop())  # the capitalised words right before her name
    if tail and his_surname(tail[-1]):
        return replace(one, speaker=tail[-1], sure=False)  # "Лукашенко Ксения Собчак"
    # "Хосе Мария": a foreign first name never declined opens her name; "МИД", "Украины" do not
    foreign = len(tail) == 1 and tail[0][-1:] in _FOREIGN and not tail[0].isupper()
    return replace(one, speaker=f"{tail[0]} {speaker}" if foreign else speaker, sure=False)
