"""Names compared as people write them: surname, Traditional/Simplified, accents, CJK."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from summarizer import _data, lang
from summarizer.attribution.frames.canonical import NAME_SUFFIXES
from summarizer.concurrency import once
from summarizer.verification.match import fold


@lru_cache(maxsize=4096)
def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names name the same person (surname, T/S, accents, CJK containment)."""
    # one name holds the other, or both end in the same surname ("Joe Biden", "Joseph R. Biden
    # Jr."); a shared given name alone is not enough ("Ed Balls", "Ed Miliband")
    if holds(a, b):
        return True
    fa, fb = fold_name(a), fold_name(b)
    if lang.CJK_CHAR.search(fa) or lang.CJK_CHAR.search(fb):
        return _titled_surname(fa, fb) or _titled_surname(fb, fa)
    surnames = _surname(fa), _surname(fb)
    return surnames[0] is not None and surnames[0] == surnames[1]


@lru_cache(maxsize=4096)
def holds(a: str, b: str) -> bool:
    """Whether one name has all the other's words ("Trump", "Donald Trump"; "发言人林剑")."""
    # unlike a shared surname, this tells "James Hall" from "Ellie Hall"
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if fa.casefold() == fb.casefold():
        return True
    if lang.CJK_CHAR.search(fa) or lang.CJK_CHAR.search(fb):
        return fa in fb or fb in fa
    ta, tb = name_tokens(fa), name_tokens(fb)
    if not (ta and tb):
        return _titled_last(fa, fb) or _titled_last(fb, fa)
    return (ta <= tb or tb <= ta) and not _apart(fa, fb)


def _apart(a: str, b: str) -> bool:
    """Whether two names whose tokens hold one another still end as two people (or bodies)."""
    if _described(a) != _described(b):
        return True
    return _ends_apart(a, b) or _ends_apart(b, a)


# "Trump campaign", "a Warren adviser", "Ryan’s office", "one Sanders supporter": a lower-case
# word after the last capitalised one is a head noun, so the phrase names someone else by the
# person's name (particles stand before a surname: "Ludwig van Beethoven"); two descriptions
# are compared by their words as before ("a senior Cruz adviser", "the senior Cruz adviser")
def _described(name: str) -> bool:
    """Whether `name` is a description ending in a lower-case noun after a capitalised word."""
    words = lang.LETTERS.findall(name)
    return len(words) >= 2 and words[-1].islower() and any(w[:1].isupper() for w in words)


# a surname that is also a title word ("Angus King", "Mark Judge", "Matthew Prince") is no
# name token, so "Angus King" would hold "Angus Jones", and "King" alone would name nobody
def _ends_apart(a: str, b: str) -> bool:
    """Whether full name `a` ends in a capitalised title word full name `b` lacks ("Angus King")."""
    words, others = _unsuffixed(a), _unsuffixed(b)
    last = words[-1] if len(words) >= 2 and len(others) >= 2 else ""
    if not last[:1].isupper() or last.casefold() not in _titles():
        return False
    return last.casefold() not in {w.casefold() for w in others}


def _titled_last(titled: str, full: str) -> bool:
    """Whether `titled`, title words only ("Senator King"), ends as `full` does ("Angus King")."""
    mine, theirs = _unsuffixed(titled), _unsuffixed(full)
    if not mine or name_tokens(titled) or not name_tokens(full) or len(theirs) < 2:
        return False
    return mine[-1][:1].isupper() and mine[-1].casefold() == theirs[-1].casefold()


def _unsuffixed(name: str) -> list[str]:
    """The words of `name` up to a generational suffix ("Martin Luther King Jr." ends in King)."""
    words = lang.LETTERS.findall(name)
    while len(words) > 1 and words[-1].casefold() in NAME_SUFFIXES:
        words.pop()
    return words


# not "李明" and "李明华": two people
def one_person(a: str, b: str) -> bool:
    """Whether one name holds the other and both are one person ("林剑", "发言人林剑")."""
    return holds(a, b) and not han_apart(a, b)


# "李明" and "李明华" are two people; "林剑" and "发言人林剑" one, "赖总统" a title form of "赖清德"
def han_apart(a: str, b: str) -> bool:
    """Whether two CJK names differ by name characters, not by a title ("李明", "李明华")."""
    fa, fb = sorted((fold_name(a), fold_name(b)), key=len)
    if fa == fb or not (lang.CJK_CHAR.search(fa) and lang.CJK_CHAR.search(fb)):
        return False
    if _titled_surname(fa, fb) or _titled_surname(fb, fa):
        return False
    rest = fb.replace(fa, "", 1)
    return not any(title in rest for title in _cjk_titles())


# "賴總統", "泉代表", "松野官房長官" for 賴清德, 泉健太, 松野博一: the surname is what the name
# starts with, or in a katakana name its last part ("バイデン氏" for "ジョー・バイデン"); only a
# name ending in a title may be this short
def _titled_surname(titled: str, full: str) -> bool:
    """Whether CJK `titled` is a title after the surname of `full` ("岸田首相" for "岸田文雄")."""
    for title in _cjk_titles():
        core = titled.removesuffix(title)
        if core == titled or not core or len(core) >= len(full):
            continue
        if full.startswith(core) or full.endswith(f"・{core}"):
            return True
    return False


def _surname(name: str) -> str | None:
    """The last name token of `name`, past a generational suffix ("Biden Jr." -> "biden")."""
    if _described(name):  # "Trump campaign" has no surname
        return None
    kept = name_tokens(name)
    ordered = [t.casefold() for t in lang.LETTERS.findall(name) if t.casefold() in kept]
    while ordered and ordered[-1] in NAME_SUFFIXES:
        ordered.pop()
    return ordered[-1] if ordered else None


@lru_cache(maxsize=4096)
def fold_name(name: str) -> str:
    """`name` folded, without accents, for comparing spellings."""
    return plain(fold(name)).strip()


def plain(text: str) -> str:
    """`text` without accents ("Sánchez" -> "Sanchez"; "й" loses its breve too)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_tokens(name: str) -> set[str]:
    """Name tokens of ≥2 letters, without titles or lowercase particles (al-, van, de)."""
    tokens = lang.LETTERS.findall(name)
    cased = any(t[0].isupper() for t in tokens)
    return {
        t.casefold()
        for t in tokens
        if len(t) >= 2 and not (cased and t[0].islower()) and t.casefold() not in _titles()
    }


@once
def _cjk_titles() -> tuple[str, ...]:
    """The Chinese and Japanese title words, Traditional folded to Simplified, longest first."""
    data = _data.load_toml("cues.toml")
    words = {fold_name(w) for code in ("zh", "ja") for w in data[code].get("titles", ())}
    return tuple(sorted(words, key=len, reverse=True))


@once
def _titles() -> frozenset[str]:
    """Title and role words of every language, from the attribution cues."""
    data = _data.load_toml("cues.toml")
    words = (w for table in data.values() for w in table.get("titles", ()))
    return frozenset(fold_name(w).casefold().rstrip(".") for w in words)
