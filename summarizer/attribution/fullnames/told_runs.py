"""Russian: a woman's first name in the nominative after a man's verb is no subject of it."""

# "— сказал Лукашенко Ксения Собчак": a past verb agrees with its subject's gender, so a
# woman's first name after "сказал" names neither the speaker nor the one told (her dative is
# "Ксении"); a man's surname by its form before any first word in -а, -я is the subject, low
# (a man's first name after it would be in the dative: "Николе"); a foreign first name
# never declined before her opens one name ("Хосе Мария Аснар"), low; else her name stays, low.
# A role noun before her is the subject the verb agrees with ("— сказал президент Мексики
# Клаудия Шейнбаум"): her name stays sure. A word in -а, -я is hers only as a first name
# (`_hers`): "— сказал Кучма", "— сказал Мустафа Кемаль", "— сказал Папа Франциск" are his.

from __future__ import annotations

from dataclasses import replace

from summarizer import _data
from summarizer.attribution.attributed import Attribution
from summarizer.attribution.frames.told_cases import NOMINATIVE_A, his_surname
from summarizer.attribution.lexicon.russian_names import EITHER, HER_NAMES, HIS_IN_A, SURNAME_ENDS

_HIS_OR_EITHER = HIS_IN_A | EITHER
_HER_SURNAMES = SURNAME_ENDS["feminine"]
_TITLES = frozenset(_data.load_toml("cues.toml")["ru"]["titles"])
_SHORTEST = 3  # "Ия": too short to tell
_SURNAME_LETTERS = 5  # "Лев", "Ина": a short word in -ин, -ина may be no surname
_FOREIGN = frozenset("еоуюэ")  # "Хосе", "Марио", "Жоао": a foreign man's first name's last letter


def _in_a(word: str) -> bool:
    """Whether a word may be a woman's first name in the nominative by its form (-а, -я)."""
    lower = word.lower()
    return len(lower) >= _SHORTEST and lower.endswith(NOMINATIVE_A) and lower not in _HIS_OR_EITHER


def _her_surname(word: str) -> bool:
    """Whether a surname has the form of a woman's nominative ("Петрова", "Собчак" does not)."""
    lower = word.lower()
    return len(lower) >= _SURNAME_LETTERS and lower.endswith(_HER_SURNAMES)


# Many men's foreign first names end in -а, -я ("Мустафа", "Акира", "Никола"), and so do titles
# ("Папа", "Аятолла"); a surname in -ян, -дзе, -швили, -ко or a foreign one is either's
# ("Маргарита Симоньян", "Никола Пашинян"): only a known woman's first name or her surname's
# own form (-ова, -ская) makes a name hers ("Никола Груевский" is his).
def _hers(words: list[str]) -> bool:
    """Whether a name of two words or more is a woman's by its first name or surname."""
    return words[0].lower() in HER_NAMES or _her_surname(words[-1])


def _titled(text: str, one: Attribution, ahead: list[str]) -> bool:
    """Whether a role noun stands between the cue and her name ("сказал министр обороны …"),
    before the mention or in it (`ahead`)."""
    between = text[one.cue_at + len(one.cue or "") : one.mention_at].split() + ahead
    return any(word in _TITLES for word in between)


# A lone word ("— сказал Кучма", "Дзюба", "Кисида") is a surname, never her first name alone.
def disagreeing(text: str, one: Attribution) -> Attribution:
    """`one`, low and with a man's name before hers, where a man's verb names a woman after it."""
    speaker, mention, cue = one.speaker or "", one.mention or "", one.cue or ""
    words = speaker.split()
    after = one.cue_at >= 0 and one.mention_at > one.cue_at and speaker in mention
    if not (after and cue.endswith("л") and len(words) > 1 and _in_a(words[0])):
        return one
    before = mention[: mention.rfind(speaker)].split()
    tail: list[str] = []
    while before and before[-1][:1].isupper():
        tail.insert(0, before.pop())  # the capitalised words right before her name
    if tail and his_surname(tail[-1]):
        return replace(one, speaker=tail[-1], sure=False)  # "Лукашенко Ксения Собчак"
    if not _hers(words):
        return one
    # "Хосе Мария": a foreign first name never declined opens her name; "МИД", "Украины" do not,
    # nor does the first word after a role ("президент Перу Дина Болуарте": its genitive)
    titled = _titled(text, one, before)
    opener = tail[-1] if len(tail) == 1 + titled else ""
    if opener[-1:] in _FOREIGN and not opener.isupper():
        return replace(one, speaker=f"{opener} {speaker}", sure=False)
    return one if titled else replace(one, sure=False)  # the role agrees with the verb
