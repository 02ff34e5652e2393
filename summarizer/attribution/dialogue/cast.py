"""The people of a Chinese story, found from the shapes names take (no list of names)."""
# a common surname and a given name that recur ("孙少平", "少平"), and words that open clauses
# before a verb of saying or an adverb ("晓霞便", "润叶说")

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from summarizer import _data
from summarizer.attribution.han.cjk import NOT_NAME_START
from summarizer.attribution.han.hanname import full_name, name_shaped, surname
from summarizer.attribution.han.zhsubject import addressed
from summarizer.attribution.lexicon.cue_regex import alternation
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.lazy import lazy

_starts = lazy(r"(?:^|(?<=[，。！？：；、\n”」…]))(?=([\u4e00-\u9fff]{3}))", re.M)
CLAUSES = re.compile(r"[^。！？!?…\n，,；;：:]+")  # a clause: up to a stop or a comma
_ZH = _data.load_toml("dialogue.toml")["zh"]
PRONOUNS: tuple[str, ...] = tuple(_ZH["pronouns"])
NEGATION: str = _ZH["negation"]  # right before a verb of saying: silence ("不好再说什么")
_PLURAL = frozenset(_ZH["plural"])
_AND = frozenset(_ZH["joining"])
_DESCRIBED = 14
_AT = "在"
_OF = "的"
_NEAR = 2000
_EVEN_REACH = 40  # how far into its clause "连" looks for its 也 or 都
_NOT_SUBJECT = re.compile("[对對向给給跟和与與把被从從在让讓叫问問同到见見看]")


@dataclass(frozen=True)
class Words:
    """What `data/dialogue.toml` knows about one language's names and speech verbs."""

    not_in_name: frozenset[str]
    not_names: frozenset[str]
    not_name_end: frozenset[str]
    after_name: frozenset[str]
    kin: re.Pattern[str]
    lead: re.Pattern[str]
    titles: re.Pattern[str]
    speech: re.Pattern[str]
    asked: re.Pattern[str]
    speaker: re.Pattern[str]
    described: re.Pattern[str]
    openers: frozenset[str]
    female: frozenset[str]
    acts: re.Pattern[str]


@functools.lru_cache(maxsize=2)
def words_for(family: str) -> Words:
    """The dialogue knowledge for a language family ("zh")."""
    data = _data.load_toml("dialogue.toml").get(family, {})
    verbs = alternation(data.get("speech", []), False)
    titles = alternation(list(cues_for(family).titles), False)
    acts = alternation(data.get("speech_acts", []), False)
    return Words(
        frozenset(data.get("not_in_name", "")),
        frozenset(data.get("not_names", [])),
        frozenset(data.get("not_name_end", "")),
        frozenset(data.get("after_name", "")),
        # with a rank before it ("她大哥", "他二爸")
        re.compile(f"[{data.get('kin_rank', '')}]?(?:{alternation(data.get('kin', []), False)})"),
        re.compile(alternation(data.get("lead", []), False)),
        re.compile(f"副?(?:{titles})"),
        # a verb of saying that ends its clause, not negated ("不好再说什么" is silence), also
        # counted once ("说了句：", "咒骂了一句。"); not the 道 of "知道" (to know)
        re.compile(
            f"(?<![{NEGATION}])(?!(?<=[{data.get('dao_words', '')}])道)(?:{verbs})"
            f"(?:[道着著]|了一?[句声聲])?(?=[，。！？：,.!?…]|$)",
            re.M,
        ),
        # or one with a short object that ends the sentence after a quotation ("少平问她。"), not
        # talking ("没有说话。"), nor smiling while doing something else ("秀莲笑着拍了他一下")
        re.compile(
            f"(?<![{NEGATION}再有])(?:{verbs})(?:(?<![{data.get('manner_only', '')}])[着著完]"
            f"|(?![了着著起话話])(?=[\u4e00-\u9fff]{{1,3}}[。！？!?]))"
        ),
        re.compile(
            r"(?:^|(?<=[，。！？：；\n”」]))([\u4e00-\u9fff]{2,3}?)[说說问問喊答][道]?[：:，,]",
            re.M,
        ),
        re.compile(f"(?:的|{titles})$"),
        frozenset(
            (*PRONOUNS, "副", *(w[0] for w in (*data.get("lead", []), *cues_for(family).titles)))
        ),
        frozenset(data.get("female", "")),
        # not after a negation ("不好开口")
        re.compile(f"(?<![{NEGATION}])(?<![{NEGATION}][好敢能再])(?:{acts})"),
    )


# a given name maps to the one full name that contains it: "少平" -> "孙少平"
@dataclass(frozen=True)
class Cast:
    """The names of a story's people, each mapped to the person it stands for."""

    names: dict[str, str]
    pattern: re.Pattern[str]

    def person(self, clause: str) -> str | None:
        """The person or singular pronoun opening `clause`; "" for someone unnamed, else None."""
        # past a lead word ("但他说"), a title ("副书记金俊山") or a pronoun's or a name's kin
        # ("他儿子润生", "俊武的媳妇李玉玲"); "他妈" and "少安的妈" are someone not named
        words = words_for("zh")
        at = _skip(words.titles, clause, _skip(words.lead, clause, 0))
        if clause[at : at + 1] in PRONOUNS:
            kin = _kin(clause, at + 1)
            if kin:
                return self._kin_named(clause, kin.end())
            return clause[at] if clause[at + 1 : at + 2] not in _PLURAL else None
        found = self.pattern.match(clause, at)
        owner = found is not None and clause[found.end() : found.end() + 1] == _OF
        kin = _kin(clause, found.end()) if found and owner else None
        if kin:  # "俊武的媳妇李玉玲": the kin, named after it or not
            return self._kin_named(clause, kin.end())
        named = self._named(clause, at)
        kin = None if named is not None else words.kin.match(clause, at)
        if kin:  # "父亲就对少安说": someone the story does not name here
            return self._named(clause, kin.end()) or ""
        return named or self._described(clause, at)

    def _kin_named(self, clause: str, at: int) -> str:
        """The person named right after a kinship word ("媳妇李玉玲"), or "" for someone unnamed."""
        # a full name there is the kin's even when the cast missed it
        given = clause[at : at + 3]
        return self._named(clause, at) or (given if full_name(given) else "")

    def _described(self, clause: str, at: int) -> str | None:
        """A name after the words that describe it ("年轻的组织委员田海民")."""
        found = self.pattern.search(clause, at, at + _DESCRIBED)
        prefix = clause[at : found.start()] if found else ""
        # a place opening the words that describe it is theirs ("在锅台上擀面的秀莲")
        bare = prefix[1:] if prefix[:1] == _AT and prefix.endswith("的") else prefix
        if prefix and not _NOT_SUBJECT.search(bare) and words_for("zh").described.search(prefix):
            return self._named(clause, found.start()) if found else None
        return None

    def openers(self) -> frozenset[str]:
        """The characters a clause that names a person can start with."""
        return words_for("zh").openers | {name[0] for name in self.names}

    def persons(self, text: str, start: int, end: int) -> set[str]:
        """The people named in text[start:end], each once."""
        return {self.names[m.group()] for m in self.pattern.finditer(text, start, end)}

    def _named(self, clause: str, at: int) -> str | None:
        """The person named at `at`; "" for two people joined as one subject ("X和Y")."""
        found = self.pattern.match(clause, at)
        if found is None:
            return None
        joined = clause[found.end() : found.end() + 1] in _AND
        return (
            ""
            if joined and self.pattern.match(clause, found.end() + 1)
            else self.names[found.group()]
        )


def _kin(clause: str, at: int) -> re.Match[str] | None:
    """A kinship word at `at`, after 的 or not ("儿子", "的媳妇")."""
    return words_for("zh").kin.match(clause, at + (clause[at : at + 1] == _OF))


def _skip(pattern: re.Pattern[str], text: str, at: int) -> int:
    """Where `pattern` stops matching at `at` (or `at` itself)."""
    found = pattern.match(text, at)
    return found.end() if found else at


@functools.lru_cache(maxsize=8)
def cast_of(text: str) -> Cast:
    """The people of `text` (see `people`), longest names first in the pattern."""
    found = people(text)
    names = {}
    for name in found:
        longer = [other for other in found if len(other) > len(name) and other.endswith(name)]
        names[name] = longer[0] if len(longer) == 1 else name
    names |= _titled(text, found)
    found = tuple(sorted(names, key=len, reverse=True))
    pattern = re.compile(alternation(list(found), False))
    return Cast(names, pattern)


# Read by `people` twice and by `_titled`, over the same text: the text is scanned once.
@functools.lru_cache(maxsize=2)
def _openers(text: str) -> tuple[tuple[str, int], ...]:
    """The three characters after each place a clause opens, and that place, in order."""
    return tuple((match.group(1), match.start()) for match in _starts().finditer(text))


@functools.lru_cache(maxsize=8)
def people(text: str) -> tuple[str, ...]:
    """The names in `text`, found by the shapes and places of names."""
    # three-character words that open a clause and start with a common surname, whose given name
    # recurs nearby ("孙少平", and "少平"); two-character words that open clauses twice, once before
    # a verb or an adverb ("晓霞便"); and words that make a clause with a verb of saying and recur
    # nearby ("兰香说：")
    words = words_for("zh")
    titles = {*cues_for("zh").titles, *words.not_names}
    first: dict[str, int] = {}
    for word, at in _openers(text):
        first.setdefault(word, at)
    pairs = Counter(word[:2] for word in first)
    found: set[str] = set()
    for word, at in first.items():
        if words.not_in_name & set(word[:2]) or word[0] in NOT_NAME_START:
            continue
        # a form of address after two characters ends the name there ("苗凯同志": 苗凯, not 苗凯同)
        if addressed(text, at + 2):
            found.update(
                [word[:2]] if name_shaped(word[:2]) and _recurs(text, word[:2], at) else []
            )
            continue
        if pairs[word[:2]] >= 2 and word[2] in words.after_name:
            found.add(word[:2])
        if full_name(word) and word[1:] not in titles and _recurs(text, word[1:], at):
            found.update(() if _even(text, at) else (word, word[1:]))
    starts = Counter(word[:2] for word, _ in _openers(text))
    found.update(_speaking(text, words), *(_odd_named(word, starts, words) for word in first))
    found = {w for w in found if w[-1] not in words.not_name_end} - words.not_names
    # a two-character name and the word after it ("兰花瞪着") make no full name
    extended = {w for w in found if len(w) == 3 and w[:2] in found}
    found -= extended | {w[1:] for w in extended}
    return tuple(sorted(found, key=len, reverse=True))


def _odd_named(word: str, starts: Counter[str], words: Words) -> tuple[str, ...]:
    """A full name whose given name opens with a word that is rarely a name's ("李向前")."""
    # when the given name alone opens clauses twice ("向前只好说"); `starts` counts the two
    # characters opening each clause
    given = word[1:]
    if not surname(word[0]) or words.not_in_name & {word[0], word[2]} or given in words.not_names:
        return ()
    return (word, given) if word[1] in words.not_in_name and starts[given] >= 2 else ()


def _titled(text: str, found: tuple[str, ...]) -> dict[str, str]:
    """A surname and a title that open clauses ("马主任"), each for the one full name it can be."""
    # the story's one person of that surname, when no other word of three characters opening a
    # clause starts with it (a namesake the cast missed); with none or several it is nobody known,
    # as the novel may give the full name elsewhere; nor a name that ends as women's names do, as
    # an office holder's namesake in a story is most often a daughter ("马秀莲" and "马主任")
    titles = cues_for("zh").titles
    openers = dict(_openers(text))  # each word where it last opens a clause
    untitled: dict[str, set[str]] = {}
    for word in openers:
        if word[1:] not in titles:
            untitled.setdefault(word[0], set()).add(word)
    titled = {}
    for word, at in openers.items():
        if not (surname(word[0]) and word[1:] in titles and _recurs(text, word, at)):
            continue
        rivals = untitled.get(word[0], set())
        bearer = min(rivals) if len(rivals) == 1 else ""
        female = bearer[-1:] in words_for("zh").female
        if bearer in found and full_name(bearer) and not female:
            titled[word] = bearer
    return titled


def _even(text: str, at: int) -> bool:
    """Whether the clause at `at` is "连…也/都" (even …), not a name's."""
    if text[at] not in _ZH["even"]:
        return False
    clause = CLAUSES.match(text, at, at + _EVEN_REACH)
    return clause is not None and any(end in clause.group()[3:] for end in _ZH["even_end"])


def _recurs(text: str, word: str, at: int) -> bool:
    """Whether `word` occurs twice near `at` (a bounded count keeps this linear)."""
    return text.count(word, max(0, at - _NEAR), at + _NEAR) >= 2


def _speaking(text: str, words: Words) -> set[str]:
    """Short words that make a whole clause with a verb of saying after them and recur nearby."""
    # two or three characters: "兰香说："
    found = set()
    for match in words.speaker.finditer(text):
        word = match.group(1)
        if word[0] in NOT_NAME_START or words.not_in_name & set(word) or word in found:
            continue
        if _recurs(text, word, match.start()):
            found.add(word)
    return found
