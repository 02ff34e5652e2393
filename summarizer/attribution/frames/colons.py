"""Speakers a colon or a comma introduces with no reporting verb: "X: “…”", "X fue claro: «…»"."""

# Also the owner of a word for someone's words ("Augsteins Motto: »…«") and the name after a
# stance word that opens a sentence ("Pour le maire X, « … »").

from __future__ import annotations

import re

from summarizer import _data
from summarizer.attribution.frames.arabic_role import name_words, own_title, untitled
from summarizer.attribution.frames.canonical import canonical
from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.colon_lead import past_adverbs
from summarizer.attribution.frames.quoting_colon import quoted_object
from summarizer.attribution.frames.runs import adjacent, after_dash, classify, run_of
from summarizer.attribution.german.colon_labels import no_name
from summarizer.attribution.lexicon.cues import Cues, Mention, Window
from summarizer.attribution.lexicon.stops import last_stop
from summarizer.attribution.marks.marks import OPENERS

_COLON = re.compile(":")
_STANCES = _data.load_toml("particles.toml")
_PREDICATE = 3  # lower-case words after a copula before the colon ("fue muy claro")
_GENITIVE = re.compile(r"(?:['’]s?|s)$")
_MODIFIERS = 3  # lower-case words between the verb and its message ("a new and blunt")
_ADDRESSEE = 5  # words after the message naming whom it is for ("to the governor")
_ROLE = 4  # words of a role before the issuing name ("Republican presidential nominee")
_ROLE_WORDS = 8  # words of the role between a name and its colon


def introduced(text: str, window: Window, cues: Cues) -> Mention | None:
    """The speaker a colon (or a stance's comma) ending the window names without a cue."""
    # each reader below needs such an end: one test spares most quotations all three
    if text[window[0] : window[1]].rstrip()[-1:] not in (":", ","):
        return None
    found = colon_name(text, window, cues) or apposed_colon(text, window, cues)
    found = found or saying_owner(text, window, cues)
    found = found or stance_owner(text, window, cues) or issued_by(text, window, cues)
    return found or quoted_object(text, window, cues)  # "Le journal cite Anne Roux :"


def saying_owner(text: str, window: Window, cues: Cues) -> Mention | None:
    """ "Augsteins Motto …: »…«" - a possessive name before a noun for someone's words."""
    if not text[window[0] : window[1]].rstrip().endswith(":"):
        return None
    tokens = list(TOKEN.finditer(text, window[0], window[1]))
    for index in range(len(tokens) - 1, 0, -1):
        noun = tokens[index].group().lower()  # "Ann Roe's statement was short:" as her motto
        if noun not in cues.sayings and noun not in cues.messages:
            continue
        at = index - 1  # "Ann Roe's Facebook post:": past one capitalised medium
        if index > 1 and noun in cues.messages and tokens[at].group()[0].isupper():
            at -= 0 if _GENITIVE.search(tokens[at].group()) else 1
        owner = tokens[at]
        if not _GENITIVE.search(owner.group()):
            continue
        run = run_of(text, tokens[at::-1], cues, forward=False)[::-1]
        if not run or not owner.group()[0].isupper():
            return None
        if noun not in cues.sayings and not _opens(text, window[0], run[0].start(), cues):
            return None  # "The governor mocked Ann Roe's statement:": a subject of its own
        name = text[run[0].start() : owner.end()]
        return Mention(_GENITIVE.sub("", name), "name", tokens[index].group(), run[0].start())
    return None


def _opens(text: str, start: int, at: int, cues: Cues) -> bool:
    """Whether `at` opens its sentence (from `start` on), or follows only a preposition."""
    stops = list(cues.sentence_end.finditer(text, start, at))
    lead = text[stops[-1].end() if stops else start : at].split()
    return not lead or (len(lead) == 1 and lead[0].lower() in cues.governing)


def colon_name(text: str, window: Window, cues: Cues) -> Mention | None:
    """ "Prelogar: “…”" - a name and a colon right before the quotation."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":"):
        return None
    end = window[0] + len(head) - 1
    if cues.family == "ar":
        return _arabic_colon(text, (window[0], end), cues)
    tokens = list(TOKEN.finditer(text, after_dash(text, window[0], end), end))
    if not tokens or not adjacent(text, tokens[-1].end(), end):
        return None
    if cues.nouns_capitalized and no_name([t.group() for t in tokens], cues):
        return None  # "Dazu der Minister:", "Roths Fazit:": no name (german/colon_labels.py)
    colon = _COLON.match(text, end)
    run = run_of(text, tokens[::-1], cues, forward=False)[::-1]
    if colon is None or not run or run[0].start() != tokens[0].start():
        return None
    mention = classify(text, run, colon, cues)
    if mention is None or mention.kind != "name" or mention.words.isupper():
        return None  # an upper-case heading ("ANALYST'S TAKE:") is nobody
    if cues.frame.fullmatch(mention.words):
        return None  # "Zuruf: Welche Mittel denn?": a word for the words, not who said them
    return past_adverbs(mention, cues)  # "Hierauf Graf X:", not "Heute Abend: „Die Räuber.“"


# "رئيس الوزراء خالد ناصر: «…»": with no capitals, only a sentence that opens with a title and
# ends in the name after it, right before the colon, is a name ("وأضاف البيان:" is none).
def _arabic_colon(text: str, window: Window, cues: Cues) -> Mention | None:
    """The name after the titles that make up the whole Arabic sentence before a colon."""
    tokens = list(TOKEN.finditer(text, after_dash(text, *window), window[1]))
    if not tokens or tokens[0].group() not in cues.titles or text[window[1]] != ":":
        return None
    if text[tokens[0].start() - 1 : tokens[0].start()].strip() or not adjacent(
        text, tokens[-1].end(), window[1]
    ):
        return None  # no word or mark of the sentence before the title
    name = name_words(untitled(tokens, cues))
    if len(name) < 2 or name[-1] is not tokens[-1] or any(t.group() in cues.stop for t in name):
        return None
    if not own_title(tokens[: tokens.index(name[0])], cues) or name[0].group().startswith("ل"):
        return None
    words = text[name[0].start() : name[-1].end()]
    return Mention(words, "org", ":", name[0].start(), window[1])  # as `arabic_run` gives it


# "Paul Roux, porte-parole de la CGT : « … »": a sentence of a full name and its role only.
def apposed_colon(text: str, window: Window, cues: Cues) -> Mention | None:
    """The full name that opens a verbless sentence, before a comma, a role and the colon."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":") or "," not in head or cues.family == "ar" or not cues.clitics:
        return None
    end = window[0] + len(head) - 1
    start = last_stop(text, cues.sentence_end, window[0], end) or window[0]
    comma = text.find(",", start, end)
    tokens = TOKEN.findall(text, comma, end)
    if comma < 0 or not tokens or len(tokens) > _ROLE_WORDS or cues.verbs.search(text, start, end):
        return None
    role = [t.lower() for t in tokens[:2] if t.lower() not in cues.articles][:1]
    if not role or role[0] not in cues.titles:  # "X, la réforme et la rue :" is a headline's
        return None
    name = text[start:comma].strip()
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or canonical(name, cues) != name:
        return None
    return Mention(name, "name", ":", start + text[start:comma].find(name))


def stance_owner(text: str, window: Window, cues: Cues) -> Mention | None:
    """The full name whose view a sentence with no reporting verb gives (kind `stance`)."""
    # the subject of a copula and its short predicate before a colon ("El ministro de
    # Economía, Andrés Soler, fue claro:"), or the name after a stance word that opens the
    # sentence ("Pour le maire Henri Vasseur,"); never a sure speaker
    grammar = _STANCES.get(cues.family, {})
    if "copulas" not in grammar:  # a language without a view given so
        return None
    head = text[window[0] : window[1]].rstrip()
    end = window[0] + len(head) - 1
    start = last_stop(text, cues.sentence_end, window[0], end) or window[0]
    tokens = list(TOKEN.finditer(text, start, end))
    if not tokens or cues.verbs.search(text, start, end):
        return None
    if head.endswith(":"):
        at = [i for i, t in enumerate(tokens) if t.group().lower() in grammar["copulas"]]
        predicate = tokens[at[-1] + 1 :] if at else []
        if not at or not predicate or len(predicate) > _PREDICATE:
            return None
        if not all(t.group().islower() for t in predicate):
            return None
        return _named(text, (start, tokens[at[-1]].start()), cues)
    if head.endswith(",") and tokens[0].group().lower() in grammar["stance"]:
        return _named(text, (tokens[0].end(), end), cues)
    return None


def _named(text: str, span: Window, cues: Cues) -> Mention | None:
    """The full name that ends `span`, past a comma, and follows no preposition."""
    # "La situación de Juan Pérez es clara:": the subject is another
    runs = list(single_run().finditer(text, *span))
    if not runs or text[runs[-1].end() : span[1]].strip(" ,"):
        return None
    lead = TOKEN.findall(text, max(span[0], runs[-1].start() - 30), runs[-1].start())
    if lead and lead[-1].lower() in cues.governing:
        return None
    name = canonical(runs[-1].group(), cues)
    if " " not in name:
        return None
    return Mention(name, "stance", "", runs[-1].start() + runs[-1].group().find(name))


# "Senate leader Tom Birch", "In response, Republican presidential nominee Tom Birch": a role of
# a few words opens the clause; never a verb's object nor a preposition's ("Critics of Tom Birch
# issued", "Aides urged Tom Birch", "Lawyers representing Tom Birch"), whose words are not his.
def _role_before(opener: list[str], cues: Cues) -> bool:
    """Whether the words before the issuing name, after the clause's comma, are its role."""
    if opener[-1].lower() in cues.titles:
        return True
    commas = [i for i, word in enumerate(opener) if word.endswith(",")]
    role = opener[commas[-1] + 1 if commas else 0 :]
    if len(role) > _ROLE or not role[-1].isalpha() or not role[-1].islower():
        return False
    past = cues.past_verb
    verbs = [w for w in role if cues.verbs.fullmatch(w) or (past and past.fullmatch(w))]
    closed = cues.governing | cues.coordinating
    return not verbs and not any(w.lower() in closed or w.endswith("ing") for w in role)


# “Why now?” Mills then writes back, “…”: its clause ends in a comma or a colon where the next
# quotation opens, and this quotation is a sentence of its own or has its own introduction.
def leads_on(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the cue after a quotation introduces the next one instead."""
    clause = text[after[0] : after[1]].rstrip()
    if not clause.endswith((",", ":")) or text[after[1] : after[1] + 1] not in OPENERS:
        return False
    ending = text[max(0, after[0] - 4) : after[0]].rstrip("\"“”'’ ")
    introduced = text[before[0] : before[1]].rstrip().endswith((",", ":"))
    return ending.endswith((".", "?", "!")) or introduced


def issued_by(text: str, window: Window, cues: Cues) -> Mention | None:
    """ "Ann Roe issued the following statement: “…”" - the name that gives out the words."""
    head = text[window[0] : window[1]].rstrip()
    if not head.endswith(":") or not any(noun in head for noun in cues.messages):
        return None  # a substring test spares most colons the tokenizing below
    end = window[0] + len(head) - 1
    start = last_stop(text, cues.sentence_end, window[0], end) or window[0]
    tokens = list(TOKEN.finditer(text, start, end))
    verb = next((i for i, t in enumerate(tokens) if t.group() in cues.issuing), -1)
    rest = [t.group() for t in tokens[verb + 1 :]] if verb > 0 else []
    noun = next((i for i, w in enumerate(rest) if w.lower() in cues.messages), -1)
    if noun < 0 or noun > _MODIFIERS or not all(w.islower() for w in rest[:noun]):
        return None
    tail = rest[noun + 1 :]  # "to the governor", never "from the mayor", whose words they are
    if len(tail) > _ADDRESSEE or (tail and tail[0] not in cues.message_to):
        return None
    if any(w.lower() in cues.relatives | cues.relative_subjects for w in tail):
        return None  # "a message to Mia Ford, who replied:": the colon is the relative clause's
    run = run_of(text, tokens[verb - 1 :: -1], cues, forward=False)[::-1]
    if not run or not adjacent(text, run[-1].end(), tokens[verb].start()):
        run = _apposed_issuer(text, tokens[:verb], tokens[verb], cues)
    colon = _COLON.match(text, end)
    if not run or colon is None:
        return None
    opener = text[start : run[0].start()].split()
    if opener and not opener[-1].endswith(",") and not _role_before(opener, cues):
        return None  # "In response, Ann Roe issued", "Senate leader Tom Birch issued"
    mention = classify(text, run, colon, cues)
    return mention if mention is not None and mention.kind == "name" else None


# "Tom Hale, R-Ohio, delivered a blunt message to Ann Roe:", "Tom Hale, the chairman, issued …":
# one aside set off by two commas, within no sentence of its own; never "X, Y and Z issued".
_ASIDE = re.compile(r",\s(?!and\b|or\b)[^,;:!?()\"“”]{1,60}?,\s+")


def _apposed_issuer(
    text: str, tokens: list[re.Match[str]], verb: re.Match[str], cues: Cues
) -> list[re.Match[str]]:
    """The name opening the sentence whose apposition, set off by commas, ends at the verb."""
    run = run_of(text, tokens, cues, forward=True)
    if not run or run[0] is not tokens[0]:
        return []
    aside = _ASIDE.fullmatch(text, run[-1].end(), verb.start())
    return run if aside and not re.search(r"\.\s", aside.group()) else []
