"""The raw speaker mention next to a reporting cue, in the windows before and after a quotation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.attribution.arabic import ARABIC_REACH, arabic_run
from summarizer.attribution.cjk import cjk_frame, cjk_mention
from summarizer.attribution.clauses import anonymous, apposed, new_sentence
from summarizer.attribution.cues import LEAD, Cues, Mention, Window

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
_PARTICLES = frozenset(
    ["de", "del", "la", "van", "von", "der", "den", "di", "da", "du", "le", "bin", "al", "ibn"]
)
_INFLECTED_PRONOUN = re.compile(r"-t-(il|elle|ils|elles)$|-(il|elle)$", re.IGNORECASE)
_MAX_CUES = 4
_COLON = re.compile(":")
_GENITIVE = re.compile(r"(?:['’]s?|s)$")
_SENTENCE_REACH = 300
# Verb-second or verb-first word order: a name right after the cue is its subject
# ("Weiter sagte Larson:", "Über Fossett sagte Branson:").
_VERB_SECOND = frozenset({"de", "ar"})
_COMPLEMENT = 2


def find_mentions(text: str, before: Window, after: Window, cues: Cues) -> Iterator[Mention]:
    """Candidate speaker mentions for a quotation, best first: right after it, then before it."""
    if not cues.spaced:
        mention = cjk_mention(text, before, after, cues)
        if mention:
            yield mention
        return
    found = _spaced_after(text, after, cues)
    if found:
        yield found
    yield from _spaced_before(text, before, cues)


def frame_mentions(text: str, colon: int, cues: Cues) -> Iterator[Mention]:
    """Candidate speakers of the frame ending at `colon` ("Lin said in a statement:")."""
    if not cues.spaced:
        mention = cjk_frame(text, colon, cues)
        if mention:
            yield mention
        return
    start = max(0, colon - _SENTENCE_REACH)
    for stop in cues.sentence_end.finditer(text, start, colon):
        start = stop.end()
    yield from _spaced_before(text, (start, colon + 1), cues)


def _spaced_after(text: str, window: Window, cues: Cues) -> Mention | None:
    start = LEAD.match(text, window[0], window[1]).end()  # type: ignore[union-attr]
    if new_sentence(text, window[0], start):
        return None
    cue = cues.verbs.search(text, start, min(window[1], start + 120))
    if cue is None:
        return None
    if cue.start() == start:
        return _inflected(cue) or _right(text, cue, window[1], cues, lenient=True)
    if len(_TOKEN.findall(text, start, cue.start())) > 6:
        return apposed(text, start, cue, cues)
    return _left(text, start, cue, cues) or apposed(text, start, cue, cues)


def _spaced_before(text: str, window: Window, cues: Cues) -> Iterator[Mention]:
    found = list(cues.verbs.finditer(text, window[0], window[1]))
    for cue in reversed(found[-_MAX_CUES:]):
        if cue.group().lower() in cues.reported:
            # Konjunktiv I marks indirect speech; its subject is the topic, not the speaker.
            yield Mention("", "pronoun", cue.group(), cue.start(), cue.start())
            continue
        left = _left(text, window[0], cue, cues)
        right = _right(text, cue, window[1], cues)
        pair = (right, left) if cues.family in _VERB_SECOND else (left, right)
        yield from (m for m in pair if m)
    colon = _colon(text, window, cues) or _saying(text, window, cues)
    if colon:
        yield colon


def _saying(text: str, window: Window, cues: Cues) -> Mention | None:
    """ "Augsteins Motto …: »…«" - a possessive name before a noun for someone's words."""
    if not text[window[0] : window[1]].rstrip().endswith(":"):
        return None
    tokens = list(_TOKEN.finditer(text, window[0], window[1]))
    for index in range(len(tokens) - 1, 0, -1):
        owner = tokens[index - 1]
        if tokens[index].group().lower() in cues.sayings and _GENITIVE.search(owner.group()):
            run = _run(text, tokens[index - 1 :: -1], cues, forward=False)[::-1]
            if not run or not owner.group()[0].isupper():
                return None
            name = text[run[0].start() : owner.end()]
            return Mention(_GENITIVE.sub("", name), "name", tokens[index].group(), run[0].start())
    return None


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
    if mention is None or mention.kind != "name" or mention.words.isupper():
        return None  # an upper-case heading ("ANALYST'S TAKE:") is nobody
    return mention


def _inflected(cue: re.Match[str]) -> Mention | None:
    pronoun = _INFLECTED_PRONOUN.search(cue.group().split()[0])
    if pronoun is None:
        return None
    return Mention(
        pronoun.group(1) or pronoun.group(2), "pronoun", cue.group(), cue.start(), cue.start()
    )


def _adjacent(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


def _touching(text: str, one: re.Match[str], two: re.Match[str]) -> bool:
    first, second = (one, two) if one.start() < two.start() else (two, one)
    return _adjacent(text, first.end(), second.start()) or _initial(text, first, second.start())


def _initial(text: str, token: re.Match[str], until: int) -> bool:
    """Whether only the period of an initial or a name suffix follows `token` ("T.", "Jr.")."""
    short = len(token.group()) == 1 and token.group().isupper()
    suffix = token.group().lower() in ("jr", "sr")
    return (short or suffix) and text[token.end() : until].strip() == "."


def _left(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject that ends right before `cue` (skipping adverbs and an appositive)."""
    if cue.group().lower() in cues.participles:
        tokens = list(_TOKEN.finditer(text, start, cue.start()))
        return _classify(text, _run(text, tokens, cues, forward=True), cue, cues)
    tokens = list(_TOKEN.finditer(text, start, cue.start()))
    limit = cue.start()
    while (
        tokens
        and tokens[-1].group().lower() in cues.skip
        and _adjacent(text, tokens[-1].end(), limit)
    ):
        limit = tokens.pop().start()
    if not tokens:
        return None
    gap = "" if _initial(text, tokens[-1], limit) else text[tokens[-1].end() : limit].strip()
    if gap == "," and cues.family != "ar":
        tokens = _before_appositive(text, tokens, cues)
    elif gap and not (gap in ",،" and cues.family == "ar"):
        return None
    if not tokens:
        return None
    if cues.family == "ar":
        return arabic_run(text, tokens[::-1][:4], cue, cues, reverse=True)
    last = tokens[-1]
    if re.split("['’]", last.group().lower())[-1] in cues.pronouns:
        return Mention(last.group(), "pronoun", cue.group(), last.start(), cue.start())
    clause = max(start, text.rfind(",", start, last.start()) + 1)
    if anonymous(text, clause, last.end(), cues):
        words = text[clause : last.end()].strip()
        return Mention(words, "anonymous", cue.group(), clause, cue.start())
    return _classify(text, _run(text, tokens[::-1], cues, forward=False)[::-1], cue, cues)


def _before_appositive(text: str, tokens: list[re.Match[str]], cues: Cues) -> list[re.Match[str]]:
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
    lets a short adverbial come first ("a déclaré à cette occasion le ministre"). Where only
    some verbs invert (English "said X", never "called X"), others take no subject after."""
    if cues.inverting and cue.group().lower() not in cues.inverting:
        return None
    tokens = list(_TOKEN.finditer(text, cue.end(), min(end, cue.end() + 120)))
    limit = cue.end()
    while (
        tokens
        and tokens[0].group().lower() not in cues.indefinite
        and _skippable(tokens[0].group(), cues, lenient)
        and _adjacent(text, limit, tokens[0].start())
    ):
        limit = tokens.pop(0).end()
    if not tokens or not _adjacent(text, limit, tokens[0].start()):
        return None
    if anonymous(text, tokens[0].start(), tokens[0].end(), cues):
        return Mention(tokens[0].group(), "anonymous", cue.group(), tokens[0].start(), cue.start())
    if cues.family == "ar":
        return arabic_run(text, tokens[:ARABIC_REACH], cue, cues, reverse=False)
    first = tokens[0].group().lower()
    if first in cues.pronouns:
        return Mention(tokens[0].group(), "pronoun", cue.group(), tokens[0].start(), cue.start())
    run = _run(text, tokens, cues, forward=True)
    found = _classify(text, run, cue, cues)
    if found and found.kind == "role" and lenient:
        return _role_name(text, tokens[len(run) :], cue, cues) or found
    return found


def _role_name(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues
) -> Mention | None:
    """The name a role's complement leads to after a cue: "— отметил председатель комитета
    Олег Панин" (at most two lower-case words between the role and the name)."""
    for index, token in enumerate(tokens[: _COMPLEMENT + 1]):
        if token.group()[0].isupper():
            run = _run(text, tokens[index:], cues, forward=True)
            found = _classify(text, run, cue, cues)
            return found if found and found.kind == "name" else None
        if not token.group().islower() or (index and not _touching(text, tokens[index - 1], token)):
            return None
    return None


def _skippable(word: str, cues: Cues, lenient: bool) -> bool:
    lower = word.lower()
    if lower in cues.skip:
        return True
    plain = lower not in cues.titles or lower in cues.articles  # "a lancé la syndicaliste X"
    return lenient and word.islower() and plain and lower not in cues.pronouns


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
        if _name_part(word, cues, bool(run)):
            run.append(token)
        elif forward and not run and lower in cues.stop:
            continue
        else:
            break
    return run


def _name_part(word: str, cues: Cues, inside: bool) -> bool:
    """A capitalised word, a title, an organisation word, or a particle inside a name."""
    lower = word.lower()
    if word[0].isupper() and lower not in cues.stop:
        return True
    return lower in cues.titles or _org_word(lower, cues) or (lower in _PARTICLES and inside)


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
    if _org_word(lowers[-1], cues):
        return Mention(words, "org", cue.group(), run[0].start(), cue.start())
    if any(
        t.group()[0].isupper() and w not in cues.titles for t, w in zip(run, lowers, strict=True)
    ):
        return Mention(words, "name", cue.group(), run[0].start(), cue.start())
    if any(w in cues.titles and w not in cues.stop for w in lowers):
        return Mention(words, "role", cue.group(), run[0].start(), cue.start())
    return None
