"""Whether a capitalised run of words is a clause's subject: who "he" or "she" can be."""

from __future__ import annotations

import re

from summarizer.attribution.frames.apposition import described_from, past_hearsay
from summarizer.attribution.frames.asked import asked
from summarizer.attribution.frames.clauses import TOKEN, past_apposition, verb_at
from summarizer.attribution.frames.elision import elision
from summarizer.attribution.frames.english_words import CLAUSE_OPENERS, opens_clause
from summarizer.attribution.frames.genders import role_opening
from summarizer.attribution.frames.glossed import past_gloss
from summarizer.attribution.frames.inverted import ROLE_REACH, ROLE_WORDS, after_cue
from summarizer.attribution.frames.modifier import modifies_plural, titled_work
from summarizer.attribution.frames.noun_led import noun_led
from summarizer.attribution.frames.object_role import in_object
from summarizer.attribution.frames.opening_place import subject_start
from summarizer.attribution.frames.role_led import role_led, role_words
from summarizer.attribution.frames.runs import adjacent, classify, run_of
from summarizer.attribution.frames.subordinate import subordinate_subject
from summarizer.attribution.german.adjective_led import adjective_led
from summarizer.attribution.german.attributed_name import clause_ends
from summarizer.attribution.german.german_inverted import holds_object, inverted_subject
from summarizer.attribution.german.role_opened import role_opened
from summarizer.attribution.lexicon.cues import Cues, Mention
from summarizer.attribution.lexicon.name_particles import PARTICLES
from summarizer.attribution.lexicon.stops import stops_in

POSSESSIVE = re.compile(r"['’]s?$")
_CLAUSE_OPENERS = CLAUSE_OPENERS + "-"  # "-- Tom Hale said"
_LINES = re.compile(r"\n+")
_VISIBLE = re.compile(r"\S")
_OPENING_MARKS = '"“‘«„'
_CLOSED = re.compile('["”’»“]')  # a quotation's first word is no subject of the cue after it
_STOPS = (".", "!", "?")


# In the same sentence only: a subject and its verb never stand in two ("Talks stalled. He told").
def cue_follows(text: str, run: re.Match[str], cues: Cues, reach: int = 2) -> bool:
    """Whether a reporting verb (not a mere Konjunktiv form) follows within `reach` words."""
    cue = cues.verbs.search(text, run.end(), run.end() + 30)
    if cue is None or cue.group().lower() in cues.reported:
        return False
    opened = text[max(0, run.start() - 1) : run.start()] in _OPENING_MARKS  # “Vamos…”, dijo
    if _breaks(text, run.end(), cue.start(), cues) or (
        opened and _CLOSED.search(text, run.end(), cue.start())
    ):
        return False
    if cue.group().lower() in cues.hearsay:  # "Ситуация, по его словам, …": no subject before
        return False
    between = TOKEN.findall(text, run.end(), cue.start())
    if any(word.lower() in cues.pronouns for word in between):  # "Puis elle a ajouté"
        return False
    return len(between) <= reach


# The clause ends right after a cue: "сказал Климкин.".
def is_subject(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether the name is a subject: a verb or cue follows, a title precedes, or a cue ends it."""
    if POSSESSIVE.search(run.group()) or _governed(text, run, cues) or _aside(text, run):
        return False
    if titled_work(text, run, cues):
        return False
    if cues.nouns_capitalized and holds_object(text, run.span()):
        return False  # "lobte Olaf Kern den Kollegen Timo Brandt.": the name is the object's
    if cues.nouns_capitalized and inverted_subject(text, run.start(), cues, run.end()):
        return True  # "Gestern lobte Eva Ems den Plan."
    end = past_gloss(text, run.end(), cues)
    after = TOKEN.match(text, end + (end == run.end()))
    leads = _leads(text, run) or _described(text, run, cues) or _titled(text, run, cues)
    leads = leads or noun_led(text, run, cues)  # "Водитель маршрутки Артур Гаспарян выжил"
    leads = leads or role_led(text, run, cues)  # "Campaign manager Tom Hale released"
    leads = leads or (cues.nouns_capitalized and adjective_led(text, run))  # "Der neue Chef X"
    if after and leads and (end > run.end() or text[run.end()] == " "):
        word = after.group()
        verb = word not in cues.stop and word not in cues.reported
        if (
            word.islower()
            and verb
            and word not in PARTICLES
            and not modifies_plural(text, after, cues, run.group())
        ):
            return True
    if cue_follows(text, run, cues, 3) and leads:
        return True
    if _apposed(text, run, cues) or subordinate_subject(text, run, cues):
        return True
    if after and not cues.nouns_capitalized and cues.verbs.fullmatch(after.group()):
        return True  # "tenants advocate Josh Lund, 40, told"; not German "um 22 Uhr schickt"
    before = TOKEN.findall(text, max(0, run.start() - 30), run.start())
    last = before[-1] if before else ""
    inside = [w.lower() for w in TOKEN.findall(run.group())[:-1]]
    if any(w in cues.titles and w not in cues.stop for w in [last.lower(), *inside]):
        return not in_object(text, run, cues)  # not "The mayor replaced police chief Tom Hale"
    ends_clause = clause_ends(text, run.end(), cues.nouns_capitalized)
    return (ends_clause and after_cue(text, run, cues)) or asked(text, run, cues)


# The second may come after its title: "Ann Cole and Ben Ruiz met", "Климкин и министр Сомов
# подписали", "X y el ministro Y firmaron".
def joined(text: str, first: re.Match[str], second: re.Match[str], cues: Cues) -> bool:
    """Whether two names opening a clause, joined by a conjunction, are its one subject."""
    words = text[first.end() : second.start()].split()
    if not words or words[0].lower() not in cues.coordinating or POSSESSIVE.search(first.group()):
        return False
    titled = all(w.isalpha() and (w in cues.titles or w in cues.articles) for w in words[1:])
    if not titled and not role_words(words[1:], cues):  # "and campaign manager Tom Hale"
        return False
    leads = _leads(text, first) or _described(text, first, cues) or _titled(text, first, cues)
    leads = leads or role_led(text, first, cues)  # "Campaign manager Tom Hale and lawyer Ben Cole"
    after = TOKEN.match(text, second.end() + 1)
    verb = after is not None and after.group().islower() and after.group() not in cues.stop
    return leads and (verb or cue_follows(text, second, cues))


# "Moreno hat …", "Holt, a nurse, said"; not after another word: "with Heart and Stroke in
# Manitoba", "dass die Milizmänner Relotius angelogen haben", "um 22 Uhr schickt". A line break
# opens a clause even after a headline or a byline with no full stop: only spaces are stripped.
def _leads(text: str, run: re.Match[str]) -> bool:
    """Whether a name can be a subject here, where it starts a clause."""
    return opens_clause(text, run.start(), _CLAUSE_OPENERS)


# An apposed description: "La chercheuse Lina Morel travaille", "El pescador Andrés Vidal".
def _described(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether an article and one lower-case noun open the clause before the name."""
    before = list(TOKEN.finditer(text, max(0, run.start() - 40), run.start()))
    dropped, noun = elision(before[-1].group()) if before else ("", "")
    if dropped in cues.articles and noun.islower() and _leads(text, before[-1]):
        return adjacent(text, before[-1].end(), run.start())  # "L'avocat Paul Roux a plaidé"
    if len(before) < 2 or not before[-1].group().islower():
        return False
    article = before[-2]
    opens = _leads(text, article) and article.group().lower() in cues.articles
    return opens and adjacent(text, article.end(), before[-1].start())


# A verb goes on after it: "Le maire de Lyon, Paul Verne, a défendu …"; after a role that opens
# the sentence any verb ("Le ministre de l'Économie, Bruno Le Maire, était à Bercy").
def _apposed(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether the name is apposed between commas to the phrase that opens its clause."""
    start = described_from(text, run.start(), cues)
    before = text[max(0, start - 3) : start].rstrip()
    if not before.endswith(",") or text[run.end() : run.end() + 1] != ",":
        return False
    opened = start < run.start() or role_opening(text, run.start(), cues) is not None
    opened = opened or (cues.nouns_capitalized and role_opened(text, run.start(), cues))
    return verb_at(text, past_hearsay(text, run.end() + 1, cues), opened, cues) >= 0


# The role's name, not the complement's: "Глава ведомства Игорь Сомов провел …".
def _titled(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a title and its lower-case complement open the clause before the name."""
    before = list(TOKEN.finditer(text, max(0, run.start() - ROLE_REACH), run.start()))
    for back in range(1, min(len(before), ROLE_WORDS) + 1):
        word = before[-back]
        if word.group().lower() in cues.titles and back > 1:
            return _leads(text, word) and word.group().lower() not in cues.stop
        if not word.group().islower() or word.group() in cues.stop:
            return False
    return False


# A party or a place glossing the subject before it: "Jan Novák (ČSSD) a estimé".
def _aside(text: str, run: re.Match[str]) -> bool:
    """Whether the name stands alone in parentheses, never a subject itself."""
    return text[run.start() - 1 : run.start()] == "(" and text[run.end() : run.end() + 1] == ")"


# An object or a place: "at the Diamond Resorts", "to the Ford government", "Selon Le Monde".
def _governed(text: str, run: re.Match[str], cues: Cues) -> bool:
    """Whether a preposition or an article comes right before the name, so it is no subject."""
    lead = TOKEN.findall(text, max(0, run.start() - 20), run.start())
    first = TOKEN.match(text, run.start())
    if first and first.group().lower() in cues.hearsay:
        return True
    words = run.group().split()
    if subject_start(words, cues) == len(words):
        return True  # "En Bruselas calificó …": the place the sentence opens with, no subject
    return bool(lead) and (lead[-1].lower() in cues.governing or lead[-1].lower() in cues.hearsay)


# The sentence right before a pronoun, or before the quotation its cue follows ("Lund said …
# \n\n“…,” he said"), taken with the lead of the pronoun's own sentence ("Asked why, he said").
def last_sentence(text: str, window: tuple[int, int], cues: Cues) -> int:
    """Where the sentence before the one holding the end of `window` starts."""
    return sentence_breaks(text, window, cues)[0]


def sentence_breaks(text: str, window: tuple[int, int], cues: Cues) -> tuple[int, list[int] | None]:
    """`last_sentence`; and, where no end was trimmed, the window's breaks (for `own_sentence`)."""
    start, end = window
    while end > start and (text[end - 1].isspace() or text[end - 1] in _OPENING_MARKS):
        end -= 1
    found = _breaks(text, start, end, cues)
    breaks = [start, *found]
    ended = end > start and text[end - 1] in ".!?"
    begin = breaks[-1] if ended else (breaks[-2] if len(breaks) > 1 else start)
    return begin, (found if end == window[1] else None)  # the narrator's two asks, searched once


# Only when it starts on the quotation's own line and the quotation does not open it. A window
# opens mid-sentence (after a quotation, a reach back) but at 0, the text's and a sentence's start.
def own_sentence(
    text: str, window: tuple[int, int], cues: Cues, breaks: list[int] | None = None
) -> int | None:
    """Where the sentence holding the end of `window` starts, if it starts in the window."""
    start, end = window
    breaks = _breaks(text, start, end, cues) if breaks is None else breaks
    last = breaks[-1] if breaks else (None if start else 0)
    return last if last is not None and text[last:end].strip(_OPENING_MARKS + " ") else None


# Before the opening mark of the quotation after it: "Lund agreed. “".
def ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the text in [start, end) ends a sentence, on one line, before a quotation."""
    head = text[start:end]
    ended = head.rstrip().rstrip(_OPENING_MARKS + "'").rstrip().endswith(_STOPS)
    return ended and "\n" not in head


# After a stop and before a capital or a quotation mark (not "on Feb. 9"), and after a line break.
def _breaks(text: str, start: int, end: int, cues: Cues) -> list[int]:
    """Where sentences start between `start` and `end`."""
    found = [line.end() for line in _LINES.finditer(text, start, end) if line.end() < end]
    for stop in stops_in(text, cues.sentence_end, start, end):  # the article's, found once
        # the first visible character, found without copying the rest of the window per stop
        visible = _VISIBLE.search(text, stop, end)
        after = visible.group() if visible else ""
        if stop < end and (after.isupper() or after in _OPENING_MARKS):
            found.append(stop)
    return sorted(set(found))


# Only where `people` (those named in the sentence right before) is that speaker alone, of no
# other gender (Lund said it was “unfair.”\n\n“…,” he said). When that quotation has no speaker (a
# phrase quoted inside a report: Bains said the talks were on a “broad scale.”), the one person
# named there.
def goes_on(
    people: list[tuple[str, str | None, int]], previous: str | None, wanted: str | None
) -> str | None:
    """The previous quotation's speaker, for a pronoun with nobody named since that quotation."""
    if len(people) != 1:
        return None
    name, marked, _ = people[0]
    return name if name == (previous or name) and marked in (None, wanted) else None


# Also past a preposed adverbial that ends in a comma: "Hours later, Lund agreed, telling …".
def clause_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject opening the clause that `cue` ends."""
    found = _opening_subject(text, start, cue, cues)
    comma = text.find(",", start, cue.start())
    if found or comma < 0 or not cues.coordinating:
        return found
    return _opening_subject(text, comma + 1, cue, cues)


# None when the clause opens with a preposition: "on Twitter, writing".
def _opening_subject(text: str, start: int, cue: re.Match[str], cues: Cues) -> Mention | None:
    """The subject at the start of the clause a participle ends ("She posted it, saying")."""
    tokens = list(TOKEN.finditer(text, start, cue.start()))
    if tokens and tokens[0].group().lower() in cues.pronouns:
        first = tokens[0]
        return Mention(first.group(), "pronoun", cue.group(), first.start(), cue.start())
    lead = next((t for t in tokens if t.group().lower() not in cues.stop), None)
    skipped = tokens[: tokens.index(lead)] if lead else tokens
    if any(t.group().lower() in cues.governing for t in skipped):
        return None
    run = run_of(text, tokens, cues, forward=True)
    if not run:
        return None
    verb = TOKEN.match(text, past_apposition(text, run[-1].end(), cues) + 1)
    if verb is None or not verb.group().islower() or verb.group() in cues.stop:
        return None  # no verb after it: an adverb or a place opens the clause ("Even so,")
    return classify(text, run, cue, cues)
