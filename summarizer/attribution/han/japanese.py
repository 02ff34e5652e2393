"""Who speaks a Japanese quotation: the topic before 「…」と述べた, or the subject after と."""
# The topic may stand before past adverbials: "岸田首相は15日、記者団に対し「…」と語った".

from __future__ import annotations

import re
from dataclasses import replace

from summarizer import _data
from summarizer.attribution.han.cjk import last_break
from summarizer.attribution.han.hanname import ja_full_name, ja_titled_name
from summarizer.attribution.han.jacarried import carried_topic
from summarizer.attribution.han.jaoffice import (
    LOCAL_TITLES,
    body_name,
    dotted_office,
    former_cut,
    place_cut,
)
from summarizer.attribution.han.japlain import plain_said
from summarizer.attribution.han.jatopic import (
    EXALTED,
    SUBJECT,
    clause_start,
    same_role,
    sentence_start,
    spoken_noun,
    told_form,
)
from summarizer.attribution.lexicon.cues import Cues, Mention, Window, cues_for
from summarizer.attribution.lexicon.lazy import lazy

_PARTICLES = _data.load_toml("particles.toml")["ja"]
_NOUN_SUFFIXES = tuple(_PARTICLES["noun_suffixes"])
_ja_after = lazy(
    re.escape(_PARTICLES["quotative"])
    + rf"[、,]?(?:(?P<who>[^、。「」]{{1,20}}?)(?:{SUBJECT})[、,]?)?"
)
_ja_bare = lazy(re.escape(_PARTICLES["quotative"]) + r"[、,]?(?P<who>)")
_ALSO = "|".join(map(re.escape, _PARTICLES["also"]))
_ja_also_after = lazy(
    re.escape(_PARTICLES["quotative"]) + rf"[、,]?(?P<who>[^、。「」]{{1,20}}?)(?:{_ALSO})"
)
_ja_also = lazy(rf"(?P<who>[^、。「」\s]{{1,25}})(?:{_ALSO})[、,]?$")
_content = lazy(
    re.escape(_PARTICLES["quotative"])
    + f"(?:{'|'.join(map(re.escape, _PARTICLES['content']))})"
    + r"(?P<noun>[^\u3041-\u3096、。「」\s]{1,12})"
)
_THUS = "|".join(map(re.escape, _PARTICLES["thus"]))
_ja_thus = lazy(
    rf"。(?P<who>[^、。「」\s]{{1,25}})(?:{SUBJECT})[、,]?[^。「」\n]{{0,20}}?(?:{_THUS})"
)
_THUS_REACH = 60
_ANNOUNCING = "|".join(map(re.escape, _PARTICLES["announcing"]))
_ja_announced = lazy(
    rf"(?P<who>[^、。「」\s]{{1,25}}?)(?:{SUBJECT})[、,]?[^。「」\n]{{0,20}}?"
    rf"(?:{_ANNOUNCING})(?P<cue>[^。「」\n]{{1,12}})[。：:]\s*$"
)
_ALSO_REACH = 30
_LISTENER = "|".join(map(re.escape, _PARTICLES["cleft_listener"]))
_ja_cleft = lazy(
    re.escape(_PARTICLES["quotative"])
    + rf"(?:[^、。「」\s]{{1,8}}?(?:{_LISTENER}))?"
    + rf"(?P<cue>[^、。「」\s]{{1,12}}?){re.escape(_PARTICLES['cleft'])}[、,]?"
    + rf"(?P<who>[^、。「」\s]{{1,25}}?)(?:{'|'.join(_PARTICLES['cleft_copulas'])})(?:[。\n]|$)"
)
_CAUSATIVE = tuple(_PARTICLES["causative"])
# after a cue: a cleft whose predicate is someone ("…と述べたのは岸田首相だと説明した")
_ja_cleft_tail = lazy(
    rf"[\u3041-\u3096]{{0,4}}?{re.escape(_PARTICLES['cleft'])}[、,]?"
    + rf"(?P<who>[^、。「」\s]{{1,25}}?)(?:{'|'.join(_PARTICLES['cleft_copulas'])})"
)
_ja_noun_end = lazy(
    re.escape(_PARTICLES["quotative"])
    + r"(?P<who>[^、。「」\s]{1,20})(?:[（(][^）)]{1,10}[）)])?。"
)
# a relative clause and a name with its age may run past 25 characters ("…営む松本浩二さん（58）は")
_ja_topic = lazy(rf"(?P<who>[^、。「」\s]{{1,30}}?)(?:{SUBJECT})[、,]?")
_SENTENCE_REACH = 200
_gloss = lazy(r"[（(][^（）()]{1,40}[）)]$")
_PREFIXES = frozenset(_PARTICLES["title_prefixes"])
_SAME = _PARTICLES["same"]
_KANA_END = lazy("[\u3041-\u3096]$")
# a kanji surname and a given name in hiragana ("森まさこ"), not a verb or an adjective
_KANA_NAME = lazy("[\u4e00-\u9fff々]{1,3}[\u3041-\u3096]{2,4}")
_PREDICATE = tuple(_PARTICLES["predicate_endings"])
# a country or a place between a katakana name and its title is the office's ("トランプ米大統領")
_katakana_office = lazy(rf"(?<=[\u30a1-\u30fa\u30fc])[{''.join(sorted(_PREFIXES))}]+$")
_PLACE_OR_SURNAME = 3  # "横浜", "佐々木": a place or a surname; longer, a full name or both
_FULL_NAME = 5  # kanji of the longest full name ("山中竹春"); more, a name and a place
_kanji = lazy("[\u4e00-\u9fff々]+")
_TITLES = cues_for("ja").titles
# a title, a joining particle, then another name: two people ("田中一郎氏と鈴木花子氏")
_joint = lazy(
    f"(?:{'|'.join(map(re.escape, _TITLES))})(?:{'|'.join(_PARTICLES['joining'])})"
    "[^\u3041-\u3096]{2,}$"
)
_relative = lazy(r"[\u3041-\u3096](?P<name>[^\u3041-\u3096]{2,})$")


def ja_mention(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """Japanese: 「…」と述べた with the speaker as topic before the quote, or after と."""
    tail = _person(_ja_also_after().match(text, after[0], after[1]), cues)
    tail = tail or _ja_after().match(text, after[0], after[1])
    if tail and tail.group("who") and _no_subject(text, tail.group("who"), tail.start("who"), cues):
        tail = _ja_bare().match(text, after[0], after[1])  # "と述べたが、": a verb, not a topic
    content = _content().match(text, after[0], after[1])
    content = None if content and spoken_noun(content["noun"]) else content  # "とのコメント"
    tail = None if content else tail  # "「…」との方針を示した": a noun's content, no speech
    cue = cues.verbs.search(text, tail.end(), min(after[1], tail.end() + 15)) if tail else None
    lead = (before[1] - _SENTENCE_REACH, tail.end()) if tail else before  # "と皇后さまは"
    # "と言われた": the one told; "と言わせた": who made another say it; "と述べたのは": a cleft's
    cue = None if cue and _not_said(text, cue.end(), lead, cues) else cue
    if tail and cue:
        told = _told_by(text, before, tail, cue, cues)
        if told:
            return told
    thus = (
        _thus(text, after, cues)
        or _announced(text, before, cues)
        or _noun_end(text, after, cues)
        or _cleft(text, after, cues)
    )
    if thus:
        return thus
    if cues.postfix:
        for match in cues.postfix.finditer(text, before[0], before[1]):
            # "小林氏によると": the one cited loses the title, as a cue's subject does
            clause = max(before[0], last_break(text, before[0], match.start()))
            return _ja_subject(text, text[clause : match.start()], clause, match, cues)
    # whose view or plan the noun is, this sentence does not say for sure: nobody named
    return Mention(content["noun"], "anonymous", content.group(), -1, after[0]) if content else None


def _told_by(
    text: str, before: Window, tail: re.Match[str], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The subject of a cue after the quotation: named after と, else the topic before it."""
    if tail.group("who"):
        return _ja_subject(text, tail.group("who"), tail.start("who"), cue, cues)
    also = _ja_also().search(text, max(before[0], before[1] - _ALSO_REACH), before[1])
    topic = _person(also, cues) or _ja_topic().match(text, clause_start(text, before), before[1])
    # "岸田首相は15日、記者団に対し「…」と語った": the sentence's topic, past adverbials
    # and of the sentence an earlier quotation opened ("Xは「…」と述べた上で、「…」と強調した")
    sentence = (max(0, before[1] - _SENTENCE_REACH), before[1])
    topic = topic or _ja_topic().match(text, sentence_start(text, sentence), before[1])
    if topic is None:  # "Xは会見を開いた。「…」と述べた。": the topic before goes on
        return carried_topic(text, before[1], cue, cues, _ja_subject)
    return _ja_subject(text, topic.group("who"), topic.start("who"), cue, cues)


# With no name, a description, anonymous: "地元当局者", "あるアナリスト", "監督", "外務省の報道官".
def _ja_subject(text: str, who: str, at: int, cue: re.Match[str], cues: Cues) -> Mention:
    """A Japanese cue's subject: a name without title, clause and affiliation, else anonymous."""
    # A name loses its title, a clause before it and the affiliation before の
    # ("東京都の鈴木花子知事" -> "鈴木花子"); with no name left, what the cue's subject says is
    # a description: nobody named. Either loses an age or a gloss ("男性（35）").
    who = _gloss().sub("", who)
    if _joint().search(who) and who.endswith(cues.titles):  # "田中氏と鈴木氏は": both of them
        return Mention(who, "anonymous", cue.group(), at, cue.start())
    name = _untitled(text, who, cues)
    head = _relative().search(name)  # "避難所で暮らす佐藤健": a clause that ends in kana describes
    start = head.start("name") if head else name.rfind("の") + 1
    bare = name[start:]
    # "取材に応じた村長": no name; after a title stripped, a given name in hiragana ("森まさこ法相")
    titled = name != who and bool(_KANA_NAME().fullmatch(bare)) and not bare.endswith(_PREDICATE)
    if _KANA_END().search(bare) and not bare.endswith(EXALTED) and not titled:
        return Mention(who, "anonymous", cue.group(), at, cue.start())
    body = name != who and body_name(bare)  # "自民党衆院議員": the party, no name
    if name != who and bare and not bare.endswith(cues.description_endings) and not body:
        if (full := ja_titled_name(text, bare, who[len(name) :], _TITLES)) is None:
            return Mention(who, "anonymous", cue.group(), at, cue.start())  # two 田中 so titled
        return Mention(full, "name", cue.group(), at + start, cue.start())
    described = who.endswith(cues.description_endings) or who.startswith(tuple(cues.indefinite))
    described = described or body
    if same_role(who, cues.titles):  # "同氏", "同相", "首相": the one so titled
        return Mention(who, "role", cue.group(), at, cue.start())
    # no title: a word of two kanji is a noun ("漁師"), more than a full name's a name and more
    kanji = _kanji().fullmatch(bare) is not None and not bare.endswith(cues.titles)
    described = described or (kanji and not _FULL_NAME >= len(bare) > _PLACE_OR_SURNAME - 1)
    described = described or (kanji and bare.endswith(_NOUN_SUFFIXES))  # "警察官": a trade
    described = described or (who[:1] in _PREFIXES and who[1:] in cues.titles)  # "元首相"
    described = described or who[:1] == _SAME  # "同社", "同省": the same body, no name
    # "山田氏の妻": after a titled person and の, whose the noun is; no name of its own
    described = described or (start > 0 and name[: start - 1].endswith(cues.titles))
    if described or not bare or bare in cues.titles:
        return Mention(who, "anonymous", cue.group(), at, cue.start())
    return Mention(bare, "name", cue.group(), at + start, cue.start())


# "と涙ながらに語った": "涙な" and が is no subject; a verb or a kana word ends none ("と述べたが").
def _no_subject(text: str, who: str, at: int, cues: Cues) -> bool:
    """Whether the words between と and a subject particle are no subject."""
    return bool(cues.verbs.match(text, at)) or (
        _KANA_END().search(who) is not None and not who.endswith(cues.titles + EXALTED)
    )


# "「…」。植田総裁はこう述べた。": the sentence after the quotation says so of it; not when a
# quotation follows that sentence, which "こう" may announce instead.
def _thus(text: str, after: Window, cues: Cues) -> Mention | None:
    """The subject of the sentence after a quotation that says "so" of it."""
    found = _ja_thus().match(text, after[0], after[0] + _THUS_REACH) or plain_said(text, after[0])
    cue = cues.verbs.match(text, found.end()) if found else None
    if found is None or cue is None or _kanji().match(text, cue.end()):
        return None  # "そうした見方": a verb that runs into a noun describes it ("such")
    stop = text.find("。", cue.end(), cue.end() + _SENTENCE_REACH)
    if stop < 0 or text.startswith("「", stop + 1):
        return None
    return _ja_subject(text, found.group("who"), found.start("who"), cue, cues)


# "「…」と植村総裁。": the sentence ends on the titled speaker with no verb; a guess, low.
def _noun_end(text: str, after: Window, cues: Cues) -> Mention | None:
    """The titled person that ends the quotation's sentence right after と, with no verb."""
    found = _ja_noun_end().match(text, after[0], after[1] + 1)
    who = _gloss().sub("", found.group("who")) if found else ""
    if found is None or not who.endswith(cues.titles) or who.endswith(cues.description_endings):
        return None
    mention = _ja_subject(text, who, found.start("who"), found, cues)
    return replace(mention, cue=_PARTICLES["quotative"], sure=False)


# "「…」と述べたのは岸田首相だ。": the one who said it is the cleft's predicate.
def _cleft(text: str, after: Window, cues: Cues) -> Mention | None:
    """The predicate of a cleft whose noun is the quotation's cue made a noun by のは."""
    found = _ja_cleft().match(text, after[0], after[0] + _THUS_REACH)
    cue = cues.verbs.match(text, found.start("cue")) if found else None
    if found is None or cue is None or told_form(text, cue.end(), after):
        return None
    # "と言わせたのは": a causative; "と述べたと報じたのは": the cleft's cue is a second verb's
    ending = text[cue.end() : found.end("cue")]
    if ending.startswith(_CAUSATIVE) or _PARTICLES["quotative"] in ending:
        return None
    return _ja_subject(text, found.group("who"), found.start("who"), cue, cues)


# "岸田首相はこう述べた。「…」": the sentence right before the quotation announces it.
def _announced(text: str, before: Window, cues: Cues) -> Mention | None:
    """The subject of the sentence before a quotation that says "so" or "as follows" of it."""
    # the window stops at the sentence's 。, which here belongs to the quotation's frame
    sentence = sentence_start(text, (max(0, before[1] - _THUS_REACH), before[1] - 2))
    found = _ja_announced().search(text, sentence, before[1])
    cue = cues.verbs.match(text, found.start("cue")) if found else None
    if found is None or cue is None:
        return None
    return _ja_subject(text, found.group("who"), found.start("who"), cue, cues)


def _person(found: re.Match[str] | None, cues: Cues) -> re.Match[str] | None:
    """`found` when the words it marks with も end in a title or a description ending."""
    who = _gloss().sub("", found.group("who")) if found else ""
    return found if who.endswith(cues.titles + cues.description_endings) else None


# Whole when a one-character surname is all that the longest such title leaves ("林官房長官", not
# "林官房"): the resolver finds the full name an earlier mention gave that surname.
def _untitled(text: str, words: str, cues: Cues) -> str:
    """A Japanese name without the title that follows it ("山田一郎外相" -> "山田一郎")."""
    for title in cues.titles:  # longest first
        if words.endswith(title):
            name = words[: -len(title)] if len(words) > len(title) + 1 else words
            name = dotted_office(text, _katakana_office().sub("", name), title)
            name = former_cut(name)  # "菅義偉前首相"
            if title in LOCAL_TITLES and name and name != words:
                return _local_holder(text, name, title)
            return name
    return words


# A short word alone before "市長" or "県知事" may be the place itself ("横浜市長"): a place
# when the text writes it so elsewhere ("横浜市の"), a surname when it gives it a full name
# before a title ("大村秀章知事"); else a surname before "市長" ("山本市長"), nobody before
# "県知事" ("愛知県知事"). A long run of kanji may be a full name and a place
# ("山中竹春横浜市長"): nobody, where the text can't cut it.
def _local_holder(text: str, name: str, title: str) -> str:
    """The name before a local office's title, without the place; "" when it names no one."""
    cut = place_cut(text, name, title)
    if cut is not None:
        return cut
    prefecture = title.endswith("知事")
    if len(name) > _PLACE_OR_SURNAME:
        both = len(name) > _FULL_NAME and _kanji().fullmatch(name) is not None
        return "" if prefecture or both else name  # "山中竹春市長": a full name
    if text.count(name + title[0]) > 1:
        return ""
    return name if ja_full_name(text, name, _TITLES) or not prefecture else ""


# "岸田首相は「…」と述べたのは初めてだ" stays his: only a cleft that names a holder of a title
# says someone other than the topic spoke.
def _not_said(text: str, end: int, before: Window, cues: Cues) -> bool:
    """Whether the cue ending at `end` is passive, causative or a cleft's noun: no topic said it."""
    cleft = _ja_cleft_tail().match(text, end)
    other = cleft is not None and cleft.group("who").endswith(cues.titles)
    return other or told_form(text, end, before) or text.startswith(_CAUSATIVE, end)
