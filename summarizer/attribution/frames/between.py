"""The words between a reporting cue and its subject."""
# After it: adverbs, a listener or a place and its words ("сказал РИА Новости источник", "dijo a
# Efe X", "заявил «Вестнику» глава комиссии X"); before it: an aside ("X, a spokesperson, said").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.appositives import before_appositive
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.english_words import determiners, verb_like
from summarizer.attribution.frames.front_particle import opens_lower
from summarizer.attribution.frames.hearer_inverted import hearer_inverted
from summarizer.attribution.frames.linked import apposed_name
from summarizer.attribution.frames.listeners import antecedent, listener, told_first, unheard
from summarizer.attribution.frames.objects import possessed, quoted_person
from summarizer.attribution.frames.passive_agent import agent_follows
from summarizer.attribution.frames.roles import complemented, documented
from summarizer.attribution.frames.runs import adjacent, governs, initial, preposition
from summarizer.attribution.lexicon.cues import Cues, Mention

_PAST_MARK = re.compile('[»"”]|[ \xa0]»|')  # a quoted listener's closing mark: « Figaro »
_GRAMMAR = _data.load_toml("particles.toml")
_CLAUSE_END = frozenset('.,;:!?)»"”—–\n')
_PHRASE_WORDS = 4
_REACH = 150  # how far back an aside's comma is looked for (`before_appositive`)
_QUOTED_NAME = re.compile(r"\s*«([^«»\n]{1,40})»")
_ASIDE = re.compile(r"\([^()\"“”«»\n]{1,40}\)\s*$")
_TO_QUOTATION = re.compile(r"[\s,]*(?:[«\"“]|$)")


def adverbial_first(text: str, cue: re.Match[str], cues: Cues) -> bool:
    """Whether a short adverbial may stand between `cue` and the subject after it."""
    # "según el economista Jorge Alcalá": hearsay governs a noun phrase, its name at the end
    hearsay = cues.spaced and cue.group().lower() in cues.hearsay
    dashed = cue.start() > 0 and text[cue.start() - 1] in cues.dashes  # "—dijo"
    return hearsay or dashed or bool(cues.patronymics)  # "Как пояснил в разговоре с …, X"


# Right after a quotation set off by its comma (or ?, !, a dash), any verb of saying but a
# transitive one ("“…,” admitted Lin"; not "“…” suggests that Lin"), unless a verb of addressing's
# name closes the clause ("“…,” reminded Jane Roe."; `rest`: the text and where the verb ends).
def inverts(verb: str, cues: Cues, *, after: bool, rest: tuple[str, int] = ("", 0)) -> bool:
    """Whether a subject may follow the reporting verb `verb` (before or right after a quote)."""
    if not cues.inverting or verb in cues.inverting:
        return True
    if after and cues.family == "en" and hearer_inverted(verb, *rest):
        return True
    if agent_follows(verb, cues, *rest):  # "was told by Hal Brin:": the agent says it
        return True
    return after and verb not in cues.transitive and verb not in cues.participles


# Drops the adverbs, then a listener or a place and the words after it: "сказал РИА Новости
# источник", "написала в Instagram певица X", "заявил «Вестнику» глава".
def listened(
    text: str, tokens: list[re.Match[str]], cue: re.Match[str], cues: Cues, lenient: bool
) -> int:
    """Where the words between a cue and its subject end, from the front of `tokens`."""
    limit = _skip(text, tokens, cue.end(), cues, lenient)
    heard = listener(text, tokens, cue.end(), cues) or told_first(text, tokens, cue, cues)
    if heard <= 0:
        del tokens[: len(tokens) * -heard]  # -1: "— попросила Котова Орлова", who asks is unknown
        return limit
    closed = _PAST_MARK.match(text, tokens[heard - 1].end()).end()  # type: ignore[union-attr]
    rest = tokens[heard:]
    limit = _skip(text, tokens, closed, cues, True, drop=heard)
    if any(governs(t.group().lower(), cues) for t in rest[: len(rest) - len(tokens)]):
        tokens.clear()  # "сообщает «Вестник» со ссылкой на X", "sobre el líder del PP": no subject
    return limit


def _skip(
    text: str, tokens: list[re.Match[str]], limit: int, cues: Cues, lenient: bool, drop: int = 0
) -> int:
    """Where the adverbs (`lenient`: any loose lower-case word) before a cue's subject end."""
    del tokens[:drop]
    governed = False  # "en un comunicado", "à sa sortie": after a preposition, no subject
    while (
        tokens
        and (governed or tokens[0].group().lower() not in cues.indefinite)
        and (governed or tokens[0].group().lower() not in cues.possessive_determiners)
        and _skippable(tokens[0].group(), cues, lenient)
        and not opens_lower(tokens[0].group(), tokens[1:3], cues)  # "said van Oordt": his
        and adjacent(text, limit, tokens[0].start())
    ):
        word = tokens.pop(0)
        limit, governed = word.end(), preposition(word.group().lower(), cues)
    return limit


# Drops the adverbs, a plan frame ("is expected to", "plans to", "will") and an aside in
# parentheses.
def verb_gap(text: str, tokens: list[re.Match[str]], limit: int, cues: Cues) -> int:
    """Where the words between a subject and its cue begin, from the end of `tokens`."""
    limit = _adverbs_before(text, tokens, _relative_before(text, tokens, limit, cues), cues)
    return _aside_before(text, tokens, _plan_before(text, tokens, limit, cues))


# "It was Hale who said", "Ann Roe, who told": its head speaks; past an aside, whom it describes
# ("Lee Holt, an aide, who"); the one told ("Hale told Ann Roe, who") or cited ("according to X,").
def _relative_before(text: str, tokens: list[re.Match[str]], limit: int, cues: Cues) -> int:
    """Drops a relative pronoun (and its comma) right before the cue; where its head ends."""
    if len(tokens) < 2 or tokens[-1].group().lower() not in cues.relatives:
        return limit
    relative = tokens.pop()
    if text[tokens[-1].end() : relative.start()].strip() == ",":
        head = antecedent(text, tokens, cues)
        if not head and not _clause_aside(text, tokens, cues):
            head = before_appositive(text, tokens, cues)
        tokens[:] = head or tokens
    return tokens[-1].end()


# "Carl Dunne, R-Ohio, delivered a message to Mia Ford, who replied", "…, met Mia Ford, who":
# after the last comma a verb and its object, no apposition, so the relative's head is the name
# right before it; "Lee Holt, an aide to Mia Ford, who said" describes Lee Holt (English only).
def _clause_aside(text: str, tokens: list[re.Match[str]], cues: Cues) -> bool:
    """Whether the words from the last comma to the name ending `tokens` are a verb's clause."""
    if cues.past_verb is None or not tokens[-1].group()[:1].isupper():
        return False
    comma = text.rfind(",", max(0, tokens[-1].start() - _REACH), tokens[-1].start())
    aside = [t.group() for t in tokens if t.start() > comma]
    lower = [w for w in aside if not w[:1].isupper()]
    if comma < 0 or not lower or not aside[0].islower():
        return False
    closed = determiners(cues)
    if aside[0] in closed:
        return False  # "an aide to Mia Ford": a noun phrase
    last = lower[-1]  # right before the name: "met Mia Ford", not "to Mia Ford"
    bare = last not in cues.governing and last not in cues.titles and last not in closed
    return verb_like(aside[0], cues) or verb_like(last, cues) or bare


def _plan_before(text: str, tokens: list[re.Match[str]], limit: int, cues: Cues) -> int:
    """Drops a plan frame and its auxiliary ("is expected to"); where the subject ends."""
    frame = cues.planned.search(text, tokens[0].end(), limit) if cues.planned and tokens else None
    if frame is None or frame.group("tail").strip():
        return limit
    while tokens[-1].start() >= frame.start():
        tokens.pop()
    if tokens[-1].group().lower() in cues.passive and len(tokens) > 1:
        tokens.pop()  # the auxiliary of "is expected to", "was set to"
    return _adverbs_before(text, tokens, tokens[-1].end(), cues)


# A party, a state, an age; only there, where it cannot hide who the subject is.
def _aside_before(text: str, tokens: list[re.Match[str]], limit: int) -> int:
    """Drops a parenthesis right after a full name ("Tom Harlan (R-Okla.) said")."""
    aside = _ASIDE.search(text, tokens[0].end(), limit) if tokens else None
    if aside is None:
        return limit
    kept = [t for t in tokens if t.start() < aside.start()]
    if len(kept) < 2 or not adjacent(text, kept[-1].end(), aside.start()):
        return limit
    name = all(t.group()[0].isupper() for t in kept[-2:])
    # "Harry M. Reid (D-Nev.)": a middle initial's period joins the last two words too
    joined = adjacent(text, kept[-2].end(), kept[-1].start()) or initial(
        text, kept[-2], kept[-1].start()
    )
    if not name or not joined:
        return limit
    del tokens[len(kept) :]
    return kept[-1].end()


def _adverbs_before(text: str, tokens: list[re.Match[str]], limit: int, cues: Cues) -> int:
    """Drops the adverbs right before `limit` ("jokingly"); where they begin."""
    while tokens and adverb(tokens[-1].group(), cues) and adjacent(text, tokens[-1].end(), limit):
        limit = tokens.pop().start()
    return limit


def adverb(word: str, cues: Cues) -> bool:
    """An adverb or object pronoun between a subject and its cue ("jokingly", "Ruiz le dijo")."""
    lower = word.lower()
    skipped = lower in cues.skip or word in cues.clitics
    return skipped or (word.islower() and lower.endswith(cues.adverb_endings))


def _skippable(word: str, cues: Cues, lenient: bool) -> bool:
    lower = word.lower()
    if lower in cues.skip:
        return True
    plain = lower not in cues.titles or lower in cues.articles  # "a lancé la syndicaliste X"
    return lenient and word.islower() and plain and lower not in cues.pronouns


# "“…”, ha explicado a los periodistas." resolves like a pronoun; not a plural cue ("señalaron"),
# nor a cue before a quotation right after a noun and its article ("La acusada dijo:").
def dropped(
    text: str, cue: re.Match[str], end: int, cues: Cues, *, before: bool = False
) -> Mention | None:
    """Spanish: the dropped él or ella of a singular cue with no subject after it, as a pronoun."""
    head = cue.group().split()[0].lower()
    if not cues.null_subject or head.endswith(cues.plural_endings) or head in cues.hearsay:
        return None
    if before and noun_before(text, cue, cues):
        return None
    if any(word.group()[0].isupper() for word in unheard(text, cue.end(), end, cues)):
        return None
    return Mention("", "pronoun", cue.group(), cue.start(), cue.start())


def noun_after(text: str, cue: re.Match[str], end: int, cues: Cues) -> Mention | None:
    """The lower-case subject noun right after `cue` that ends its clause ("заявил пилот.")."""
    tokens = list(TOKEN.finditer(text, cue.end(), min(end, cue.end() + 60)))[:2]
    if not tokens or not adjacent(text, cue.end(), tokens[0].start()):
        return None
    noun = tokens[0]
    article = noun.group().lower() in cues.articles and len(tokens) > 1
    if article and adjacent(text, noun.end(), tokens[1].start()):
        noun = tokens[1]
    word = noun.group()
    closed = noun.end() >= end or text[noun.end()] in _CLAUSE_END
    if not closed or not word.islower() or _function_word(word, cues):
        return None
    if (cues.articles and noun is tokens[0]) or not _nominative(word, cues):
        return None  # "dijo ayer", "a déclaré hier", "— заявил журналистам."
    named = apposed_name(text, noun.end(), cue) if text.startswith(",", noun.end()) else None
    return named or Mention(word, "noun", cue.group(), noun.start(), cue.start())  # ", X": X


def noun_before(text: str, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The lower-case noun that, with its article, stands right before `cue`: its subject."""
    words = list(TOKEN.finditer(text, max(0, cue.start() - 40), cue.start()))[-2:]
    ends = [*(w.start() for w in words[1:]), cue.start()]
    gaps = zip([w.end() for w in words], ends, strict=True)
    if len(words) < 2 or any(text[a:b].strip() for a, b in gaps):
        return None
    noun, article = words[1], words[0].group().lower() in cues.articles
    if not article or not noun.group().islower() or _function_word(noun.group(), cues):
        return None
    return Mention(noun.group(), "noun", cue.group(), noun.start(), cue.start())


def _nominative(word: str, cues: Cues) -> bool:
    """Whether a lower-case word may be a subject noun: no adverb, no oblique case ending."""
    grammar = _GRAMMAR.get(cues.family, {})
    if word in grammar.get("adverbs", ()) or adverb(word, cues):
        return False
    return not word.endswith(tuple(grammar.get("oblique_endings", ())))


def _function_word(word: str, cues: Cues) -> bool:
    lower = word.lower()
    return lower in cues.pronouns or lower in cues.stop or cues.verbs.fullmatch(lower) is not None


# Adverbials stand between a subject and its cue ("X на совещании в правительстве заявил:", "X в
# своем блоге сообщил, что") when a capitalised word ends right before them. None when a
# capitalised word inside follows no preposition ("X в ответ на слова Павла Рудина заявил": whose
# words they are is not sure).
def phrase_start(text: str, start: int, cue: re.Match[str], cues: Cues) -> int | None:
    """Russian: where one or two short prepositional phrases right before `cue` begin, or None."""
    if not cues.patronymics:
        return None
    tokens = list(TOKEN.finditer(text, start, cue.start()))[-(_PHRASE_WORDS + 2) :]
    ends = [*(t.start() for t in tokens[1:]), cue.start()]
    for index in range(len(tokens) - 1, 0, -1):
        word, before = tokens[index].group(), tokens[index - 1]
        if not adjacent(text, tokens[index].end(), ends[index]):
            return None
        governs = word.islower() and preposition(word, cues)
        if not governs and word[0].isupper() and not preposition(before.group().lower(), cues):
            return None
        if governs and before.group()[0].isupper():
            return tokens[index].start() if adjacent(text, before.end(), ends[index - 1]) else None
    return None


# Only where nothing but a comma stands between it and the quotation (`end`: "Как сообщает
# «Северный телеграф», «…»") or the cue follows the quotation ("«…», — сообщает «Вестник»."). A
# listener ("заявил «Вестнику» глава X") has words after it.
def _quoted_subject(text: str, cue: re.Match[str], end: int, cues: Cues) -> Mention | None:
    """Russian: a quoted name right after a cue as the cue's subject, an outlet as written."""
    found = _QUOTED_NAME.match(text, cue.end()) if cues.patronymics else None
    if found is None or not found.group(1)[:1].isupper():
        return None
    rest = _TO_QUOTATION.match(text, found.end(), end)
    closes = rest is not None and rest.end() >= end - 1
    if not closes and text[found.end() : found.end() + 1] not in (".", "!", "?", ""):
        return None
    return Mention(found.group(1), "org", cue.group(), found.start(1), cue.start())


# The person quoted ("приводит слова X", "по его словам"), a document's author ("говорится в
# заявлении МИД России"), a role and its complement ("dijo el ministro de Economía, X": never
# "Economía"), a quoted outlet ("Как сообщает «Вестник», «…»").
def marked_subject(
    text: str, cue: re.Match[str], end: int, cues: Cues, lenient: bool
) -> Mention | None:
    """A subject after `cue` that particular words mark."""
    found = quoted_person(text, cue, end, cues) or possessed(cue, cues)
    found = found or documented(text, cue, cues)
    found = found or (complemented(text, cue.end(), cue, cues) if lenient else None)
    return found or _quoted_subject(text, cue, end, cues)
