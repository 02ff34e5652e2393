"""Chinese personal names: full names, surnames, and the name that ends a description."""
# a full name is a common surname and a two-character given name ("孙少平", "陈志强", from the
# structural word lists of `data/dialogue.toml`); a surname becomes the article's full name for it

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Reversible

from summarizer import _data
from summarizer.attribution.han.jaoffice import former_cut
from summarizer.attribution.han.jatitled import JA_KANJI, ja_titled
from summarizer.attribution.han.jatitled import ending_title as ending_title
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.lazy import lazy

_han = lazy("[\u4e00-\u9fff]{2,3}")
_HAN_CHAR = "[\u3400-\u9fff]"
# a foreign name transliterated with middle dots between its parts ("玛丽亚·洛佩斯")
_foreign = lazy("[\u4e00-\u9fff]{1,8}(?:[·‧•・][\u4e00-\u9fff]{1,8}){1,3}")
_ja_run = lazy(f"(?<!{JA_KANJI}){JA_KANJI}{{3,14}}(?!{JA_KANJI})")
_ZH = _data.load_toml("dialogue.toml")["zh"]
SPEECH = frozenset(_ZH["speech_in_name"])
# the words after a name at the end of a description: a manner adverbial ("动情地"), two characters
# or more before 地 or 时 ("王强激动地", "王强宣判时": 王强, never 王强激)
_manner = lazy("(?:[\u4e00-\u9fff]{2,4}[地时時])?$")
_DESCRIBED = frozenset(_ZH["described_by"])
ROLE_NOUN = frozenset(_ZH["role_nouns"])
BODY_END = frozenset(_ZH["body_ends"])
_UNITS = BODY_END | frozenset(_ZH["unit_places"])
_COMPOUND = frozenset(_ZH["compound_surnames"])
_NUMERALS = frozenset(_ZH["date_numerals"])
_COUNTRY_ENDS = frozenset(_ZH["country_ends"])
_RECENT = 20  # the names after a role that say who holds it: the last ones, a bounded count
_CUES = _data.load_toml("cues.toml")["zh"]
_JA = _data.load_toml("particles.toml")["ja"]
_JA_PREFIXES, JA_SAME, _JA_ANY = frozenset(_JA["title_prefixes"]), _JA["same"], _JA["any_title"]
_runs_into = lazy(
    "|".join(map(re.escape, sorted({*_CUES["skip"], *_CUES["verbs"]}, key=len, reverse=True)))
)

_LONG_VERBS = [verb for verb in _CUES["verbs"] if len(verb) > 1]
_verb_end = lazy(f"(?:{'|'.join(map(re.escape, _LONG_VERBS))})$")
_VERB_REACH = max(map(len, _LONG_VERBS))


@functools.lru_cache(maxsize=1)
def _shapes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The common surnames, the characters never inside a name, and the ends of non-names."""
    # the last characters of places, groups and roles
    data = _ZH
    surnames = frozenset("".join(data.get("surnames", "").split())) | _COMPOUND
    return surnames, frozenset(data.get("not_in_name", "")), frozenset(data.get("not_name_end", ""))


def surname(word: str) -> bool:
    """Whether `word` is one of the common surnames ("蔡", "陳", "歐陽")."""
    return word in _shapes()[0]


def full_name(word: str) -> bool:
    """Whether `word` has the shape of a full name: a common surname and two characters."""
    # no particle or pronoun in it, not ending as places, groups and roles do ("金家湾", "雷区长");
    # a two-character surname makes four ("欧阳娜娜")
    return (len(word) == 3 or word[:2] in _COMPOUND) and name_shaped(word)


def name_shaped(word: str) -> bool:
    """Whether `word` (two or three characters) may be a surname and a given name."""
    # two characters ("周明") are a name only where something else says so (a role before it);
    # four after a two-character surname ("诸葛明亮")
    surnames, inside, ends = _shapes()
    long = len(word) == 4 and word[:2] in _COMPOUND
    shaped = long or (_han().fullmatch(word) is not None and word[0] in surnames)
    return shaped and not inside & set(word) and word[-1] not in ends


def foreign_name(word: str) -> bool:
    """Whether `word` is a foreign name written with middle dots ("玛丽亚·洛佩斯")."""
    return len(word) <= 16 and _foreign().fullmatch(word) is not None


def before_verb(segment: str) -> str:
    """The words before a cue without a verb of saying that runs into them ("王明回答说")."""
    joined = _verb_end().search(segment, max(2, len(segment) - _VERB_REACH))
    return segment[: joined.start()] if joined else segment


def titled_person(words: str) -> bool:
    """Whether the words before a title may be the one holding it ("张一白导演", not "韩国总统")."""
    surnames, _, ends = _shapes()
    country = len(words) == 2 and words[-1] in _COUNTRY_ENDS
    opens = words[:1] in surnames or words[:2] in surnames
    return opens and len(words) <= 4 and words[-1] not in ends and not country


def office(words: str, titles: tuple[str, ...]) -> bool:
    """Whether `words` are a title and what it heads, not who holds it ("國防部長", "发言人")."""
    # what comes before a title is its holder only when shaped as one ("王毅发言人", "蔡總統");
    # before the title of a unit's head ("部長", "市长") only a full name, else it names the unit
    title = ending_title(words, titles)
    if not title:
        return False  # most words before a cue end in no title: no holder to read
    holder = words[: len(words) - len(title)]
    holder = holder[max((holder.rfind(t) + len(t) for t in titles if t in holder), default=0) :]
    if foreign_name(holder):
        return False
    if holder[-1:] in BODY_END:
        return True
    unit = title[0] in _UNITS and len(holder) > 1
    return not (full_name(holder) if unit else titled_person(holder))


def described_name(segment: str) -> str | None:
    """The full name that ends a description before a cue, before any manner adverbial."""
    # "剧中雨田的扮演者王慧杰动情地" -> "王慧杰"; two characters only after a role noun
    # ("经济学家周明")
    for start in range(len(segment) - 2, -1, -1):
        before = segment[start - 1 : start] if start else ""
        for name in (segment[start : start + 3], segment[start : start + 2]):
            if not _manner().fullmatch(segment, start + len(name)):
                continue
            if full_name(name) and (not before or before in _DESCRIBED):
                return name
            if len(name) == 2 and before in ROLE_NOUN and name_shaped(name):
                return name
    return None


def han_person(text: str, words: str, spoken: Reversible[str], cues: Cues) -> str | None:
    """A Chinese name, a surname ("蔡總統") made the full name the article gave it."""
    # with or without its title; the full name an earlier speaker (in `spoken`) or a title in `text`
    # gave it
    titled = (t for t in cues.titles if words.endswith(t) and len(words) > len(t))
    bare = words[: -len(title)] if (title := next(titled, "")) else words
    if cues.family == "ja":
        return ja_full_name(text, bare, cues.titles) or _ja_surname(text, words, bare, cues)
    if len(bare) > 1:
        return words
    for earlier in reversed(spoken):
        if earlier.startswith(bare) and len(earlier) > 1:
            return earlier
    return _most_titled(text, cues.titles, bare) or (words if len(words) > 1 else None)


# Japanese writes the title after the name ("岸田文雄首相", "林芳正官房長官"); two people of one
# surname named so ("林芳正", "林美香") leave the surname alone. After one character, "森田健吾"
# is more likely 森田 than 森: a one-character surname takes only a two-character given name.
def ja_full_name(text: str, surname: str, titles: tuple[str, ...]) -> str | None:
    """The one full name, `surname` and a given name, that `text` writes before a title."""
    found = _namesakes(text, surname, titles)
    return next(iter(found)) if len(found) == 1 else None


def ja_titled_name(text: str, bare: str, title: str, titles: tuple[str, ...]) -> str | None:
    """A surname with `title` as a mention: kept, or the full name it picks; None if two may be."""
    # kept when the article names one person by it (`han_person` makes it the full name); of
    # two, the one its title picks ("小川院長" of two 小川: the one titled 院長; "田中さん" of
    # 田中一郎さん and 田中次郎室長: 田中一郎); "田中部長" of two 部長 田中: either of them, nobody
    if ja_full_name(text, bare, titles):
        return bare
    found = ja_full_name(text, bare, (title,))
    return found or (bare if len(_namesakes(text, bare, titles)) < 2 else None)


def _namesakes(text: str, surname: str, titles: tuple[str, ...]) -> frozenset[str]:
    """The full names `text` writes before a title that `surname` opens."""
    given = (2,) if len(surname) == 1 else (1, 2, 3)
    names = ja_titled(text, titles).get(surname, frozenset())
    return frozenset(name for name in names if len(name) - len(surname) in given)


def _ja_surname(text: str, words: str, bare: str, cues: Cues) -> str:
    """A Japanese mention without its title ("林官房長官": 林), unless the text names others so."""
    # a prefix is no surname ("副大臣", "同氏"); two people titled with one surname, or a longer
    # name it begins ("森田健吾" for "森氏"), leave the mention as written
    if len(bare) == 1 and (bare in _JA_PREFIXES or bare in ja_titled(text, cues.titles)):
        return words
    return bare


# "同相" after "加藤勝信財務相": 同 and a title's last word stand for any title ending so; after
# two people so titled ("加藤勝信財務相と林芳正外務相") it may be either: nobody.
def ja_holder(text: str, title: str, at: int, titles: tuple[str, ...]) -> str | None:
    """The name `text` last writes right before `title` (氏: any title) before `at`."""
    written = _ja_holders(text, titles)
    last = bisect.bisect_right(written, at, key=lambda found: found[0])
    wanted = tuple(t for t in titles if t.endswith(title)) if title != _JA_ANY else titles
    recent = range(last - 1, max(-1, last - 1 - _RECENT), -1)  # bounded: linear
    holders = [written[index][1] for index in recent if written[index][2] in wanted]
    if not holders:
        return None
    # a surname alone is the full name it begins ("加藤財務相" after "加藤勝信財務相"): one person
    others = [h for h in holders if not (h.startswith(holders[0]) or holders[0].startswith(h))]
    return None if others and title != _JA_ANY else holders[0]


def ja_same(words: str, holder: str | None, previous: str | None) -> str | None:
    """Who "同" and a title stand for: their `holder`, unless that may be someone else."""
    # 同氏 (氏: any title) right after another person's quotation may be that one or the holder
    return None if words[1:] == _JA_ANY and previous not in (None, holder) else holder


@functools.lru_cache(maxsize=4)
def _ja_holders(text: str, titles: tuple[str, ...]) -> tuple[tuple[int, str, str], ...]:
    """Each name of two or more kanji `text` writes right before a title: end, name, title."""
    found = []
    for run in _ja_run().finditer(text):
        title = ending_title(run.group(), titles)
        name = former_cut(run.group()[: len(run.group()) - len(title)])
        if title and len(name) >= 2 and name[0] != JA_SAME:
            found.append((run.end(), name, title))
    return tuple(found)


@functools.lru_cache(maxsize=64)
def _most_titled(text: str, titles: tuple[str, ...], first: str) -> str | None:
    """The name starting with `first` that `text` writes most often after a title."""
    found = Counter(n for _, n in after_titles(text, titles, first) if not SPEECH & set(n))
    return found.most_common(1)[0][0] if found else None


def han_role(text: str, role: str, at: int, titles: tuple[str, ...]) -> str | None:
    """Who holds `role` before `at`: the name most often written after it ("國防部長顧立雄")."""
    # among its last few before `at` (bounded: linear); else the words before its title when the
    # text writes them after one ("总统普京", "普京总统")
    written = after_titles(text, (role,))
    last = bisect.bisect_right(written, at, key=lambda found: found[0])
    if last:  # two holders named as often ("台北市長蔣萬安與新北市長侯友宜"): either of them
        counts = Counter(n for _, n in written[max(0, last - _RECENT) : last]).most_common(2)
        return counts[0][0] if len(counts) == 1 or counts[0][1] > counts[1][1] else None
    words = role[: len(role) - len(ending_title(role, titles))]
    return words if len(words) < len(role) and words in _titled_names(text, titles) else None


@functools.lru_cache(maxsize=8)
def _titled_names(text: str, titles: tuple[str, ...]) -> frozenset[str]:
    """Every name `text` writes after a title."""
    return frozenset(name for _, name in after_titles(text, titles))


@functools.lru_cache(maxsize=256)
def after_titles(
    text: str, titles: tuple[str, ...], first: str = ""
) -> tuple[tuple[int, str], ...]:
    """Each name of two or three Han characters written right after one of `titles` in `text`."""
    # starting with `first` ("總統彭斯"), with the offset where it ends; cached, since every
    # quotation asks again
    if not titles:
        return ()
    alternation = "|".join(map(re.escape, titles))
    rest = f"{_HAN_CHAR}{{{2 - len(first)},{4 - len(first)}}}"
    pattern = re.compile(f"(?:{alternation})({re.escape(first)}{rest})")
    found = (_titled_name(text, *match.span(1)) for match in pattern.finditer(text))
    return tuple((at + len(name), name) for at, name in found if len(name) >= 2)


def _titled_name(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the name after a title starts and the name, "" when no name starts there."""
    # a time word, an adverb, a verb of saying or a date runs into it ("發言人毛寧今天", "局長表示")
    runs_into = _runs_into()
    if runs_into.match(text, start):
        return start, ""
    end = min(end, start + (4 if text[start : start + 2] in _COMPOUND else 3))
    cut = next((at for at in range(start + 2, end) if runs_into.match(text, at)), end)
    run = text[start:cut]
    return start, run[:2] if run[2:3] in _NUMERALS else run


def leading_name(clause: str, cues: Cues, at: int) -> Mention | None:
    """The name opening a clause that introduces a quotation with a colon."""
    # or the full name right after its title when none comes before it ("台北市長柯文哲受訪時說:":
    # 台北 is a place)
    cut = min((i for i in (clause.find(t) for t in cues.titles) if i > 0), default=-1)
    if not 2 <= cut <= 4 or clause[cut - 1] in BODY_END:
        return None
    end = max(cut + len(t) for t in cues.titles if clause.startswith(t, cut))
    named = full_name(clause[:cut]) or clause.startswith(cues.skip, end)
    if not named and full_name(clause[end : end + 3]):
        return Mention(clause[end : end + 3], "name", "：", at + end)
    # a country or a body before the title ("德国总理…", "北约秘书长…") is nobody's name
    return Mention(clause[:cut], "name", "：", at) if titled_person(clause[:cut]) else None
