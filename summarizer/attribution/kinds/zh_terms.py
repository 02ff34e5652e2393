"""Chinese and Japanese quoted terms, which nobody says."""
# a short quotation with no stop inside that is a word of its sentence ("“数字”农业", "更显“成色”",
# "威胁“脱钩”和“去风险”") names a thing

from __future__ import annotations

import re
from collections import Counter

from summarizer import _data
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.marks.marks import Span

_HAN = re.compile(r"[\u3400-\u9fff]")
_CJK_PUNCT = re.compile(r"[，。！？、；：,.!?;:]")
_STOPS = re.compile(r"[，。！？、；：,.!?;:…—]")
_SENTENCE = re.compile(r"[。！？!?\n]")
_EMBEDDED_CHARS = 8
_TERM_CHARS = 12
_SENTENCE_REACH = 120
_BOOK_OPEN = "《〈"
_INTRODUCED = "：:—"
_JOINS = tuple(_data.load_toml("terms.toml")["joins"])
_NAMED_AFTER = tuple(_data.load_toml("terms.toml")["named_after"])
_NAME_NOUNS = tuple(_data.load_toml("terms.toml")["cjk_name_nouns"])
_NAMING = tuple(_data.load_toml("terms.toml")["cjk_naming"])
_FOUNDING = tuple(_data.load_toml("terms.toml")["cjk_founding"])


def cjk_title(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """A short CJK term inside a sentence, a word the sentence is built around, or unquoted."""
    # a quotation no quotative particle follows
    before = text[span.open_at - 1 : span.open_at]
    after = text[span.close_at + 1 : span.close_at + 2]
    embedded = bool(_HAN.match(before) and _HAN.match(after))
    if embedded and len(inner) <= _EMBEDDED_CHARS and not _CJK_PUNCT.search(inner):
        return True
    term = len(inner) <= _TERM_CHARS and not _CJK_PUNCT.search(inner)
    if term and text.endswith(_NAMING, 0, span.open_at):
        return True  # 所謂的「九二共識」: what something is called, nobody's words
    if term and cues.family == "zh" and text.endswith(_FOUNDING, 0, span.open_at):
        return True  # 成立「飆股群組」: the name of what was set up
    if cues.family == "zh" and _word_of_sentence(text, span, inner, cues):
        return True
    if text.startswith(_NAMED_AFTER, span.close_at + 1):
        return True  # 「ひまわり」と呼ばれる船: the name it is called by, nobody's words
    named = text.endswith(_NAME_NOUNS, 0, span.open_at) and len(inner) <= _TERM_CHARS
    if named and not _CJK_PUNCT.search(inner):
        return True  # 網路平台「大師鏈」: the platform's name
    return _unquoted(text, span, cues)


def _word_of_sentence(text: str, span: Span, inner: str, cues: Cues) -> bool:
    """A quotation with no stop at its end that a word runs into, or a short term, not speech."""
    # A word runs into it ("“数字”赋能农业", "开展“学习 ……，做表率”教育活动") with no reporting verb
    # after it (a longer one under a reporting verb is a partial quote:
    # "王昱说…碰到这么个“发生在城市，比较好讲的”改编剧本"); or a short one with no stop inside in a
    # book title ("《“大”人物》"), one that ends a clause after a word no reporting verb governs
    # ("更显“成色”。"), or one that makes a paragraph of its own (a heading). Speech ends in its own
    # stop or follows a cue, a colon or a dash; a term does none of these.
    before = text[span.open_at - 1 : span.open_at]
    after = text[span.close_at + 1 : span.close_at + 2]
    if before and before in _INTRODUCED:
        return False
    short = len(inner) <= _TERM_CHARS and not _STOPS.search(inner)
    if _HAN.match(after) or (after and after in _BOOK_OPEN):
        if _STOPS.match(inner[-1:]) or _cue_runs_on(text, span, cues):
            return False
        return short or not _governed(text, span, cues)
    if not short:
        return False
    if before and before in _BOOK_OPEN:
        return True
    if before in ("", "\n"):
        return after in ("", "\n")
    return bool(_HAN.match(before)) and not _governed(text, span, cues)


def _cue_runs_on(text: str, span: Span, cues: Cues) -> bool:
    """A reporting verb in the clause right after the quotation (“走”他说)."""
    clause = _STOPS.split(text[span.close_at + 1 : span.close_at + 1 + _SENTENCE_REACH], 1)[0]
    return cues.verbs.search(clause) is not None


def _governed(text: str, span: Span, cues: Cues) -> bool:
    """A reporting verb earlier in the quotation's sentence: a partial quote, not a term."""
    # a partial quote of the speaker's own word: "何俊仁说，……让他“震惊”"
    lead = text[max(0, span.open_at - _SENTENCE_REACH) : span.open_at]
    ends = list(_SENTENCE.finditer(lead))
    sentence = lead[ends[-1].end() :] if ends else lead
    return cues.verbs.search(sentence) is not None


def _unquoted(text: str, span: Span, cues: Cues) -> bool:
    """Where speech always has a quotative particle after it, a quotation without one is a name."""
    # Japanese 「…」と述べた; a quotation with no particle and no sentence end inside is a name
    # (「赤い星」による)
    if not cues.quotatives or _CJK_PUNCT.search(text, span.end - 1, span.end):
        return False
    after = text[span.close_at + 1 : span.close_at + 2]
    return after.isalpha() and not text.startswith(cues.quotatives, span.close_at + 1)


def terms(text: str, spans: list[Span], titles: list[bool]) -> list[bool]:
    """Titles with the Chinese terms only the article as a whole shows."""
    # a short quotation with no stop that is quoted twice or more ("“脱钩”" … "“脱钩”"), and one
    # listed right after a term ("“脱钩”和“去风险”"); a speaker's partial quote is quoted once,
    # alone
    inner = [text[s.start : s.end] for s in spans]
    short = [
        s.marked and len(w) <= _TERM_CHARS and not _STOPS.search(w)
        for s, w in zip(spans, inner, strict=True)
    ]
    seen = Counter(w for w, keep in zip(inner, short, strict=True) if keep)
    kept = [t or (keep and seen[w] > 1) for t, keep, w in zip(titles, short, inner, strict=True)]
    for index in range(1, len(spans)):
        previous, span = spans[index - 1], spans[index]
        joined = text[previous.close_at + 1 : span.open_at] in _JOINS
        if short[index] and kept[index - 1] and previous.marked and joined:
            kept[index] = True
    return kept
