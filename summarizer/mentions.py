"""The raw speaker mention next to a reporting cue, in the windows before and after a quotation."""

from __future__ import annotations

import re

from summarizer.cues import Cues, Mention

Window = tuple[int, int]

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
_LEAD = re.compile(r"[\s,;:.!?…\-–—،，：]*")
_PARTICLES = frozenset("de del la van von der den di da du le bin al ibn".split())
_CJK_BREAK = re.compile(r"[、，,：:；;。！？!?“”「」『』（）()《》\s—]")
_CJK_CLAUSE = re.compile(r"[，,。；;！？!?：:\n]")
_INFLECTED_PRONOUN = re.compile(r"-t-(il|elle|ils|elles)$|-(il|elle)$", re.IGNORECASE)
_JA_AFTER = re.compile(r"と[、,]?(?:(?P<who>[^、。「」]{1,20}?)(?:は|が)[、,]?)?")
_JA_TOPIC = re.compile(r"(?P<who>[^、。「」\s]{1,25}?)(?:は|が)[、,]?")
_MAX_CUES = 4
_COLON = re.compile(":")


def find_mention(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """The speaker mention for a quotation, looking right after it first, then before it."""
    if cues.family == "zh":
        return _zh_after(text, after, before[1], cues) or _zh_before(text, before, cues)
    if cues.family == "ja":
        return _ja(text, before, after, cues)
    return _spaced_after(text, after, cues) or _spaced_before(text, before, cues)


def _spaced_after(text: str, window: Window, cues: Cues) -> Mention | None:
    start = _LEAD.match(text, window[0], window[1]).end()  # type: ignore[union-attr]
    cue = cues.verbs.search(text, start, min(window[1], start + 80))
    if cue is None:
        return None
    if cue.start() == start:
        return _inflected(cue) or _right(text, cue, window[1], cues, lenient=True)
    if len(_TOKEN.findall(text, start, cue.start())) > 6:
        return None
    return _left(text, start, cue, cues)


def _spaced_before(text: str, window: Window, cues: Cues) -> Mention | None:
    found = list(cues.verbs.finditer(text, window[0], window[1]))
    for cue in reversed(found[-_MAX_CUES:]):
        left = _left(text, window[0], cue, cues)
        right = _right(text, cue, window[1], cues)
        mention = (right or left) if cues.family == "ar" else (left or right)
        if mention:
            return mention
    return _colon(text, window, cues)


def _colon(text: str, window: Window, cues: Cues) -> Mention | None:
    """ "Prelogar: “…”" - a name and a colon right before the quotation."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":") or cues.family == "ar":
        return None
    end = window[0] + len(head) - 1
    tokens = list(_TOKEN.finditer(text, window[0], end))
    if not tokens or not _adjacent(text, tokens[-1].end(), end):
        return None
    colon = _COLON.match(text, end)
    run = _run(text, tokens[::-1], cues, forward=False)[::-1]
    if colon is None or not run or run[0].start() != tokens[0].start():
        return None
    mention = _classify(text, run, colon, cues)
    return mention if mention and mention.kind == "name" else None


def _inflected(cue: re.Match[str]) -> Mention | None:
    pronoun = _INFLECTED_PRONOUN.search(cue.group().split()[0])
    if pronoun is None:
        return None
    return Mention(pronoun.group(1) or pronoun.group(2), "pronoun", cue.group(), cue.start())


def _adjacent(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


def _touching(text: str, one: re.Match[str], two: re.Match[str]) -> bool:
    first, second = (one, two) if one.start() < two.start() else (two, one)
    return _adjacent(text, first.end(), second.start())


def _left(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject that ends right before `cue` (skipping adverbs and an appositive)."""
    if cue.group().lower() in cues.participles:
        tokens = list(_TOKEN.finditer(text, start, cue.start()))
        return _classify(text, _run(text, tokens, cues, forward=True), cue, cues)
    tokens = list(_TOKEN.finditer(text, start, cue.start()))
    limit = cue.start()
    while tokens and tokens[-1].group().lower() in cues.skip and _adjacent(text, tokens[-1].end(), limit):
        limit = tokens.pop().start()
    if not tokens:
        return None
    gap = text[tokens[-1].end() : limit].strip()
    if gap == "," and cues.family != "ar":
        tokens = _before_appositive(text, tokens, cues)
    elif gap and not (gap in ",،" and cues.family == "ar"):
        return None
    if not tokens:
        return None
    if cues.family == "ar":
        return _arabic_run(text, tokens[::-1][:4], cue, cues, reverse=True)
    last = tokens[-1]
    if re.split("['’]", last.group().lower())[-1] in cues.pronouns:
        return Mention(last.group(), "pronoun", cue.group(), last.start())
    return _classify(text, _run(text, tokens[::-1], cues, forward=False)[::-1], cue, cues)


def _before_appositive(
    text: str, tokens: list[re.Match[str]], cues: Cues
) -> list[re.Match[str]]:
    """Tokens before ", a spokesperson for X," when the comma-delimited aside describes them."""
    comma = text.rfind(",", max(0, tokens[-1].start() - 150), tokens[-1].start())
    aside = [t for t in tokens if t.start() > comma]
    head = [t for t in tokens if t.end() <= comma]
    if comma < 0 or not head or not aside or not _adjacent(text, head[-1].end(), comma):
        return []
    first = aside[0].group()
    return head if first[0].islower() or first.lower() in cues.titles else []


def _right(
    text: str, cue: re.Match[str], end: int, cues: Cues, *, lenient: bool = False
) -> Mention | None:
    """The subject right after `cue` ("said Lin Jian", "a déclaré X", "заявил он"); `lenient`
    lets a short adverbial come first ("a déclaré à cette occasion le ministre")."""
    tokens = list(_TOKEN.finditer(text, cue.end(), min(end, cue.end() + 120)))
    limit = cue.end()
    while tokens and _skippable(tokens[0].group(), cues, lenient) and _adjacent(
        text, limit, tokens[0].start()
    ):
        limit = tokens.pop(0).end()
    if not tokens or not _adjacent(text, limit, tokens[0].start()):
        return None
    if cues.family == "ar":
        return _arabic_run(text, tokens[:4], cue, cues, reverse=False)
    first = tokens[0].group().lower()
    if first in cues.pronouns:
        return Mention(tokens[0].group(), "pronoun", cue.group(), tokens[0].start())
    return _classify(text, _run(text, tokens, cues, forward=True), cue, cues)


def _skippable(word: str, cues: Cues, lenient: bool) -> bool:
    lower = word.lower()
    if lower in cues.skip:
        return True
    return lenient and word.islower() and lower not in cues.titles and lower not in cues.pronouns


def _run(
    text: str, tokens: list[re.Match[str]], cues: Cues, *, forward: bool
) -> list[re.Match[str]]:
    """Tokens nearest the cue that can belong to a name, title or organisation, contiguous."""
    run: list[re.Match[str]] = []
    for token in tokens[:8]:
        word = token.group()
        lower = word.lower()
        if run and not _touching(text, run[-1], token):
            break
        if word[0].isupper() and lower not in cues.stop:
            run.append(token)
        elif lower in cues.titles or _org_word(lower, cues) or (lower in _PARTICLES and run):
            run.append(token)
        elif forward and not run and lower in cues.stop:
            continue
        else:
            break
    return run


def _org_word(lower: str, cues: Cues) -> bool:
    return lower in cues.orgs or (lower.endswith("s") and lower[:-1] in cues.orgs)


def _classify(
    text: str, run: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """Name, organisation, role or pronoun, from a run of tokens in text order."""
    while run and run[-1].group().lower() in _PARTICLES:
        run.pop()
    if not run:
        return None
    words = text[run[0].start() : run[-1].end()]
    lowers = [t.group().lower() for t in run]
    if any(_org_word(w, cues) for w in lowers):
        return Mention(words, "org", cue.group(), run[0].start())
    if any(t.group()[0].isupper() and w not in cues.titles for t, w in zip(run, lowers)):
        return Mention(words, "name", cue.group(), run[0].start())
    if any(w in cues.titles for w in lowers):
        return Mention(words, "role", cue.group(), run[0].start())
    return None


def _arabic_run(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, *, reverse: bool
) -> Mention | None:
    """Up to four contiguous words next to an Arabic cue, stopping at function words."""
    kept: list[re.Match[str]] = []
    for token in tokens:
        if token.group() in cues.stop or cues.verbs.fullmatch(token.group()):
            break
        if kept and not _touching(text, kept[-1], token):
            break
        kept.append(token)
    if reverse:
        kept.reverse()
    if not kept:
        return None
    words = text[kept[0].start() : kept[-1].end()]
    kind = "pronoun" if words in cues.pronouns else "org"
    return Mention(words, kind, cue.group(), kept[0].start())


def _zh_after(text: str, window: Window, opened: int, cues: Cues) -> Mention | None:
    if opened > 0 and not _CJK_BREAK.match(text, opened - 1) and not cues.verbs.search(
        text, max(0, opened - 3), opened
    ):
        return None
    start = _LEAD.match(text, window[0], window[1]).end()  # type: ignore[union-attr]
    cue = cues.verbs.search(text, start, min(window[1], start + 24))
    if cue is None or _CJK_BREAK.search(text, start, cue.start()):
        return None
    return zh_subject(text[start : cue.start()], cue, cues, start)


def _zh_before(text: str, window: Window, cues: Cues) -> Mention | None:
    tail = text[window[0] : window[1]].rstrip()
    clause_end = window[0] + len(tail) - (1 if tail.endswith(("：", ":", "，", ",")) else 0)
    floor = last_break(text, window[0], clause_end, _CJK_CLAUSE)
    found = [
        cue
        for cue in cues.verbs.finditer(text, window[0], clause_end)
        if cue.start() >= floor or _CJK_CLAUSE.match(text, cue.end())
    ]
    for cue in reversed(found[-_MAX_CUES:]):
        clause = max(window[0], last_break(text, window[0], cue.start()))
        mention = zh_subject(text[clause : cue.start()], cue, cues, clause)
        if mention:
            return mention
    if tail.endswith(("：", ":")):
        clause = last_break(text, max(0, window[1] - 120), clause_end, _CJK_CLAUSE)
        return _zh_leading_name(text[clause:clause_end], cues, clause)
    return None


def last_break(text: str, start: int, end: int, breaks: re.Pattern[str] = _CJK_BREAK) -> int:
    found = start
    for match in breaks.finditer(text, start, end):
        found = match.end()
    return found


def zh_subject(segment: str, cue: re.Match[str], cues: Cues, at: int) -> Mention | None:
    """A Chinese name (or pronoun, surname, title) from the words before a cue."""
    segment = segment.rsplit("的", 1)[-1]
    title = ""
    changed = True
    while changed:
        changed = False
        for word in (*cues.skip, *cues.titles):
            if segment.endswith(word) and len(segment) > 0:
                segment, changed = segment[: -len(word)], True
                title = word if word in cues.titles else title
    for word in cues.titles:
        cut = segment.rfind(word)
        if cut >= 0:
            segment, title = segment[cut + len(word) :], word
    segment = _zh_cut(segment, cues)
    return _zh_mention(segment, title, cue.group(), at)


def _zh_cut(segment: str, cues: Cues) -> str:
    """A name stops at the first adverb or preposition that follows it."""
    cut = len(segment)
    for word in cues.skip:
        found = segment.find(word, 1)
        if 0 < found < cut:
            cut = found
    return segment[:cut]


def _zh_mention(name: str, title: str, cue: str, at: int) -> Mention | None:
    if name in ("他", "她", "他们", "她们", "他們", "她們"):
        return Mention(name, "pronoun", cue, at)
    if 1 <= len(name) <= 4 or ("·" in name or "‧" in name) and len(name) <= 16:
        return Mention(name, "name", cue, at)
    if not name and title:
        return Mention(title, "role", cue, at)
    return None


def _zh_leading_name(clause: str, cues: Cues, at: int) -> Mention | None:
    """The name at the start of a clause that introduces a quotation with a colon."""
    cut = min((i for i in (clause.find(t) for t in cues.titles) if i > 0), default=-1)
    if 2 <= cut <= 4:
        return Mention(clause[:cut], "name", "：", at)
    return None


def _ja(text: str, before: Window, after: Window, cues: Cues) -> Mention | None:
    """Japanese: 「…」と述べた with the speaker as topic before the quote, or after と."""
    tail = _JA_AFTER.match(text, after[0], after[1])
    cue = cues.verbs.search(text, tail.end(), min(after[1], tail.end() + 15)) if tail else None
    if tail and cue:
        if tail.group("who"):
            return Mention(tail.group("who"), "name", cue.group(), tail.start("who"))
        topic = _JA_TOPIC.match(text, last_break(text, before[0], before[1]), before[1])
        if topic:
            return Mention(topic.group("who"), "name", cue.group(), topic.start("who"))
    if cues.postfix:
        for match in cues.postfix.finditer(text, before[0], before[1]):
            clause = max(before[0], last_break(text, before[0], match.start()))
            return Mention(text[clause : match.start()], "name", match.group(), clause)
    return None
