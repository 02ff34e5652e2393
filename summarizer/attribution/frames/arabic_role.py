"""The titles and role before an Arabic name, and where the name after them ends."""

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.arabic_before import LISTENER_NOUNS
from summarizer.attribution.frames.arabic_construct import construct
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.lexicon.name_particles import PARTICLES

_PARTICLES = _data.load_toml("particles.toml")["ar"]
_KIN = frozenset(_PARTICLES["kin_nouns"])
_OPENERS = frozenset(_PARTICLES["name_openers"])
_SECONDS = frozenset(_PARTICLES["name_seconds"])
_CLOSERS = frozenset(_PARTICLES["role_adjectives"])
_ON_BEHALF = frozenset(_PARTICLES["on_behalf"])
_ARTICLE = "ال"
_FEMININE = _PARTICLES["feminine_ending"]
_OF = _PARTICLES["to_the"]
_PLURAL = _PARTICLES["plural_genitive"]
_LINKS = 2  # indefinite nouns of the construct chain between the head and its definite noun
NAME = 4  # words of a name, past its particles


# "محلل الشؤون السياسية محمد علي": a noun without the article, its construct chain up to a
# definite noun, and the definite adjectives after it, is the role of the name that follows;
# "مدرب المنتخب الوطني السابق" ends a role alone at an adjective of office. A name may open the
# same way ("كريم الحسيني", "نور الدين"), so only a closing adjective makes the boundary sure;
# a role alone needs that adjective or two definite words ("أستاذ العلوم السياسية").
def _role(tokens: list[re.Match[str]], cues: Cues) -> tuple[int, bool]:
    """How many words open `tokens` as a role before a name, and whether that boundary is sure."""
    if not tokens or not _bare(tokens[0].group(), cues) or tokens[0].group() in _KIN:
        return 0, False
    index = 1
    while index < len(tokens) and index <= _LINKS and _bare(tokens[index].group(), cues):
        index += 1
    definite = index
    while index < len(tokens) and _definite(tokens[index].group(), cues):
        index += 1
    if index == definite or tokens[definite].group() in _SECONDS:
        return 0, False  # no definite noun closes the chain, or it is a name's ("نور الدين")
    closed = tokens[index - 1].group() in _CLOSERS
    rest = tokens[index:]
    if not rest:  # a role alone; one definite word after a bare noun may be a name's
        return (index, True) if closed or index - definite > 1 else (0, False)
    if len(rest) == 1 or not _bare(rest[0].group(), cues) or rest[0].group() in _SECONDS:
        return 0, False  # one word after it may be an adverb ("كريم الحسيني مؤخرا")
    return index, closed


# A role by its shape only, or more words than a name has (a role no list knows, its words cut
# short), leaves the boundary between role and name a guess.
def arabic_role(
    tokens: list[re.Match[str]], cues: Cues, *, cited: bool = False
) -> tuple[list[re.Match[str]], bool]:
    """The name after the titles and any role in `tokens`, and whether its boundary is a guess."""
    opened, closed = _role(tokens, cues)
    after = untitled(tokens[opened:], cues, cited=cited and not opened)
    rest = _apposed_after(after, cues)
    name = name_words(rest)
    titles = [t.group() for t in tokens[: len(tokens) - len(after)]]
    if titles and (_uncut(name) or any(t in _KIN for t in titles)):
        name = []  # "لحقوق الإنسان فولكر تورك": a complement no rule cut; a kin's owner
    # a complement in لـ read as the office's ("لكرة القدم") may be the one told ("لعائلة الضحية")
    told = any(_for_word(t.group()) for t in tokens[opened : len(tokens) - len(after)])
    return name, told or len(name) < len(rest) or (opened > 0 and not closed)


# After titles, a word in لـ that a definite word follows or that ends in ة ("لحقوق الإنسان",
# "لشبكة سي إن إن") is a complement, and one joined by و to a definite word ("والأمن") goes on
# with one; a name opens otherwise ("ليلى منصور").
def _uncut(name: list[re.Match[str]]) -> bool:
    """Whether what is read as the name after titles opens with a complement none cut."""
    first = name[0].group() if name else ""
    if first.startswith("و" + _ARTICLE):
        return True
    after = name[1].group() if len(name) > 1 else ""
    return _for_word(first) and (first.endswith(_FEMININE) or after.startswith(_ARTICLE))


def _for_word(word: str) -> bool:
    """Whether a word is in لـ ("for", "to") without the article."""
    return word.startswith("ل") and not word.startswith(_OF)


# "وزير الخارجية سامي حداد" -> "سامي حداد", "المتحدث باسم وزارة الدفاع سامي حداد"; none when no
# name follows the titles.
# `cited`: after وفقا or بحسب, whose لـ joins the first title ("وفقا للمتحدث باسم الجيش").
def untitled(
    tokens: list[re.Match[str]], cues: Cues, *, cited: bool = False
) -> list[re.Match[str]]:
    """The words after the titles and their definite complements that open an Arabic subject."""
    index = 0
    if cited and tokens and _cited_title(tokens[0].group(), cues):
        index = 1
        index += construct(tokens, index, cues)
    while index < len(tokens) and _titled(tokens, index, cues):
        index += 1
        index += construct(tokens, index, cues)
        while index < len(tokens) and tokens[index].group().startswith((_ARTICLE, _OF)):
            if tokens[index].group() in cues.titles:
                break
            index += 1
        index += _for_complement(tokens, index, cues)
        # "أمير قطر الشيخ تميم": a complement without the article between two titles
        if index + 1 < len(tokens) and tokens[index + 1].group() in cues.titles:
            index += 1
    rest = tokens[index:]
    # "علي حسن والمحلل سامي فهد": a title joined after a name opens a second subject: two people
    return [] if any(joined_title(t.group(), cues) for t in rest[:NAME]) else rest


# "رئيس الاتحاد الدولي لكرة القدم جياني إنفانتينو": after titles, لـ and a feminine noun (in ة)
# in the construct state with its definite noun ("for football") is the office's complement
# when a name of two words follows or nothing does; "وقال الوزير لعمر الحسن" (a title right
# before) and "لنظيره" (a listener) stay told, and "ليلى الحسيني" (no ة) a name. A woman's name
# in ة that opens with ل ("لطيفة") after a title's complement is read as a complement: nobody.
def _for_complement(tokens: list[re.Match[str]], index: int, cues: Cues) -> int:
    """How many words at `index` are a complement in لـ of the titles before it."""
    word = tokens[index].group() if 0 < index < len(tokens) else ""
    # a noun in ة: most first names that open with ل ("ليلى الحسيني", "لؤي") end otherwise
    if not word.startswith("ل") or word.startswith(_OF) or not word.endswith(_FEMININE):
        return 0
    if not _bare(word[1:], cues):
        return 0
    if word in cues.stop or _person(word[1:], cues):
        return 0
    end = index + 1
    while end < len(tokens) and _definite(tokens[end].group(), cues):
        end += 1
    name = [t.group() for t in tokens[end : end + 2]]
    named = len(name) == 2 and all(_bare(w, cues) and w not in cues.stop for w in name)
    # nothing after it: of the complement before it ("رئيس الاتحاد الدولي لكرة القدم:")
    alone = end == len(tokens) and tokens[index - 1].group() not in cues.titles
    return end - index if end > index + 1 and (named or alone) else 0


# With no verb to say who speaks, a colon's titles name their holder only as one office: a kin
# noun ("زوجة الرئيس السابق حسني مبارك": his wife speaks), a title past another word or past
# "باسم" ("مدير مكتب رئيس الوزراء", "المتحدث باسم رئيس الوزراء": the name is the second
# title's) or a complement in لـ without the article (an office's body or the one told:
# "لنظيره", "لصحيفة الشروق") leaves the name someone else's; "للأمم المتحدة" is the office's.
def own_title(titles: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the titles before a name make one office that the name holds."""
    words = [t.group() for t in titles]
    if any(w in _KIN or _for_word(w) for w in words):
        return False
    return not any(
        w in cues.titles and (words[i - 1] not in cues.titles or words[i - 1] in _ON_BEHALF)
        for i, w in enumerate(words)
        if i > 0
    )


# "للواء" is ل and "اللواء": before a noun that opens with ل the article's ل is written once.
def _cited_title(word: str, cues: Cues) -> bool:
    """Whether a word is لل and a title without its article, or its feminine ("للمتحدثة")."""
    forms = (_ARTICLE + word.removeprefix(_OF), _ARTICLE + word[1:])
    return word.startswith(_OF) and any(
        form in cues.titles or form.removesuffix(_FEMININE) in cues.titles for form in forms
    )


# "ونائبه", "والمحلل": و, a title and perhaps a possessive suffix ("his deputy").
def joined_title(word: str, cues: Cues) -> bool:
    """Whether a word is a title joined by و to what comes before it."""
    return word.startswith("و") and any(
        word[1 : len(word) - cut] in cues.titles for cut in (0, 1, 2)
    )


# "عبد الله بن زايد آل نهيان": بن and آل join the words of one name and never end it.
def name_words(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """Up to four words of a name, with the particles between them."""
    kept: list[re.Match[str]] = []
    words = 0
    for token in tokens:
        inner = token.group() in PARTICLES
        if not inner and words == NAME:
            break
        words += not inner
        kept.append(token)
    while kept and kept[-1].group() in PARTICLES:
        kept.pop()
    return kept


# A title; or after one, a body in the construct state ("المتحدث باسم وزارة الخارجية": "وزارة" is
# "الوزارة" with its complement); or a definite noun right before a word without the article: a
# description before a name ("النقابي عمر فارس"), where a body's name goes on with definite words
# ("الائتلاف الوطني").
def _titled(tokens: list[re.Match[str]], index: int, cues: Cues) -> bool:
    """Whether the word at `index` opens an Arabic subject as a title or part of one."""
    word = tokens[index].group()
    if word in cues.titles or (index > 0 and "ال" + word in cues.orgs):
        return True
    if word.endswith(_FEMININE) and word[: -len(_FEMININE)] in cues.titles:
        return True  # a title's feminine: "المستشارة الألمانية أنغيلا ميركل"
    if index > 0 and joined_title(word, cues):
        return True  # a second title joined to the first: "الكاتب والمحلل السياسي علي حسن"
    after = tokens[index + 1].group() if index + 1 < len(tokens) else "ال"
    if index > 0 or not word.startswith(_ARTICLE):
        return False
    return not after.startswith((_ARTICLE, "ل")) or _complemented(tokens)


# "المنسقة الخاصة للأمم المتحدة رنا خوري": definite words, then a complement with لل ("of the"),
# are a role with its body; no name goes on with لل, so the name is after them.
def _complemented(tokens: list[re.Match[str]]) -> bool:
    """Whether the definite words that open `tokens` run into a complement with لل."""
    index = 1
    while index < len(tokens) and index <= NAME and tokens[index].group().startswith(_ARTICLE):
        index += 1
    return index < len(tokens) and tokens[index].group().startswith(_OF)


# "كريم الحسيني وزير الخارجية": a bare title with its definite complement after two words of a
# name is an apposition after it, not more of the name.
def _apposed_after(tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
    """The words before a title in the construct state that follows a name."""
    for index in range(2, len(tokens) - 1):
        word, after = tokens[index].group(), tokens[index + 1].group()
        if word in cues.titles and not word.startswith(_ARTICLE) and after.startswith(_ARTICLE):
            return tokens[:index]
    return tokens


def _bare(word: str, cues: Cues) -> bool:
    """Whether a word may be a noun without the article, outside the titles and name particles."""
    taken = word in cues.titles or word in PARTICLES or word in _OPENERS
    return not (word.startswith(_ARTICLE) or taken)


def _definite(word: str, cues: Cues) -> bool:
    """Whether a word is a definite noun or adjective of a role, not a title's."""
    return word.startswith(_ARTICLE) and word not in cues.titles


# "المدير العام للشركة طارق بدران", "الأمين العام للجامعة العربية أحمد أبو الغيط": after titles
# alone, a definite noun in لـ with a name of two words after it says whose office it is; "وقال
# الوزير للصحفيين" and "لليلى منصور" (one word after it) stay the one told, and so does a person's
# noun: "وقال الوزير للرئيس محمد علي" is said to the president, no office of his. A lone noun
# takes its owner in the construct ("مدير الشركة"); only an adjective after it ("العام",
# "الخاصة") calls for لـ, so after one word ("وقال الطبيب للمريض X", "الشرطي للسائق X") لل
# opens the one told, never the office's body.
def title_complement(kept: list[re.Match[str]], rest: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the word opening `rest`, in لل after titles only, is their complement."""
    word = rest[0].group()
    # a plural of people in the genitive ("للصحفيين") is told, never an office's body
    if len(kept) < 2 or not word.startswith(_OF) or word.endswith(_PLURAL):
        return False
    # titles, or definite words before it ("المنسقة الخاصة للأمم المتحدة رنا خوري")
    if untitled(kept, cues) and not all(t.group().startswith(_ARTICLE) for t in kept):
        return False
    if _person(word[len(_OF) :], cues):
        return False
    index = 1
    while index < len(rest) and _definite(rest[index].group(), cues):
        index += 1
    name = [t.group() for t in rest[index : index + 2]]
    named = all((_bare(w, cues) or w in _OPENERS) and w not in cues.stop for w in name)
    return len(name) == 2 and named


def _person(noun: str, cues: Cues) -> bool:
    """Whether a noun after لل names a person: a title (its feminine too) or a listener noun."""
    definite = _ARTICLE + noun
    masculine = definite.removesuffix(_FEMININE)
    return definite in cues.titles or masculine in cues.titles or noun in LISTENER_NOUNS
