"""Russian: a man's first name in the genitive or accusative opens the one asked, not a speaker."""
# "«…», — спросила Ирина Волкова Петра Смирнова": after a cue the subject comes first, then the
# one the verb governs. A known man's first name in the genitive or accusative ("Петра",
# "Игоря", "Сергея") is never a subject, so the words from it on are the one asked or warned;
# only after a full name of two words ("директор Музея Петра Великого" stays as it was).

from __future__ import annotations

from summarizer.attribution.lexicon.russian_names import MENS

# the regular forms: "Петр" -> "Петра", "Игорь" -> "Игоря", "Сергей" -> "Сергея"; and the two
# whose vowel drops ("Павел" -> "Павла", "Лев" -> "Льва")
_MENS_OBJECTS = frozenset(
    {
        name[:-1] + "я" if name.endswith(("ь", "й")) else name + "а"
        for name in MENS
        if not name.endswith(("а", "я")) and "ё" not in name and name not in ("Павел", "Лев")
    }
    | {"Павла", "Льва"}
)
_SUBJECT_WORDS = 2  # the subject's full name before the one asked


def object_forename(tokens: list[str]) -> bool:
    """Whether a run's last two words open with a man's first name in the genitive or accusative,
    after two words or more of the subject's."""
    return len(tokens) >= _SUBJECT_WORDS + 2 and tokens[-2] in _MENS_OBJECTS
