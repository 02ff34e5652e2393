"""He or she stands for a person: never a body, nor one unmarked past a nearer one of its gender."""
# "Ben Ortner shouted and pointed at Laura Chen. “…,” she said": Laura Chen is no subject, so
# only Ben Ortner was in view, but the article marks her a woman and him as nobody: she may be
# either, so nobody. A pronoun's speaker marked with its own gender stays ("Ann Roe met Ben
# Ortner. “…,” she said": Ann Roe). "Die Nachrichtenagentur Reuters meldete … „…“, sagte sie":
# a body's name ("agence", "-agentur") is no one a gendered pronoun stands for.

from __future__ import annotations

import bisect
import functools
import re

from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.forenames import first_name, name_marks
from summarizer.attribution.frames.genders import gender, oblique_only
from summarizer.attribution.frames.lone_opener import lone_gender
from summarizer.attribution.lexicon.cues import Cues, Mention, gender_of
from summarizer.attribution.speakers.addressee import addressed
from summarizer.attribution.speakers.namesakes import shared
from summarizer.attribution.speakers.roster import Placed, Roster
from summarizer.attribution.speakers.shared_roster import by_surname

_REACH = 400  # how far before the pronoun a nearer name is looked for: bounded, linear
_OWN_TABLES = ("de", "en")  # families with their own first names; the others share English ones
_AGENT = 6  # words from a passive's subject to its agent's name: "was sentenced by Judge"
_WORD = re.compile(r"\w+")
_PARTS = re.compile(r"[^\W\d_]+")  # "France-Presse", "L'agence": each part a word
_COMPOUND = 3  # letters a German compound has before a body's word ("Nachrichtenagentur")


def _marked(text: str, span: tuple[int, int], cues: Cues) -> str | None:
    """The gender the name at `span` marks by its own words (ending, title, first name)."""
    found = gender(text, span, cues, span[1], names=True)
    if found or cues.family in _OWN_TABLES:
        return found
    marks = name_marks(text, span, "en")  # "Laura", "Marie", "Lucía": forenames cross borders
    return marks.pop() if len(marks) == 1 else None


def _own(found: str, cues: Cues, told: dict[str, str]) -> str | None:
    """The gender marked for `found`: by an earlier pronoun, or by its first name."""
    family = cues.family if cues.family in _OWN_TABLES else "en"
    return told.get(found) or first_name(found, family)


def body(name: str, cues: Cues) -> bool:
    """Whether a word of `name` names a body: an organisation's, an outlet's or an agency's."""
    for word in _PARTS.findall(name.lower()):
        if word in cues.orgs or word in cues.outlets or word in cues.bodies:
            return True
        ends = [
            end for end in cues.bodies if word.endswith(end) and len(word) - len(end) >= _COMPOUND
        ]
        if cues.nouns_capitalized and ends:  # "Nachrichtenagentur": a compound's head is its last
            return True
    return False


# "Ann Roe … her husband Tom Roe … Roe built it. “…,” she says": the bare surname stood for him,
# but "she" for the one other person of that surname who is not marked a man; with his full name
# the nearest, or two others, nobody.
def _namesake(
    text: str, found: str, last: int, told: dict[str, str], names: dict[str, frozenset[str]]
) -> str | None:
    """The one other person named with `found`'s surname not marked with `found`'s gender."""
    surname, own = found.split()[-1], told.get(found) or first_name(found, "en")
    if last < 0 or text.endswith(found[: -len(surname)], 0, last):
        return None  # his full name is the nearest: "she" is someone else
    fits = {
        name for name in names.get(surname, ()) if (told.get(name) or first_name(name, "en")) != own
    }
    return fits.pop() if len(fits) == 1 else None


# A Russian sentence opens with a capital: a lone word the article writes only there, once, is
# as likely an adjective or a numeral ("Один из чиновников") as a surname, unless its ending and
# its past verb's agree in gender ("Песков отказался", `frames/lone_opener.py`).
def sentence_opener(text: str, found: str, cues: Cues | None = None) -> bool:
    """Whether the one word `found` opens only one word of `text`, at the opening of a sentence."""
    if not _WORD.fullmatch(found):
        return False
    words, places = _words(text)
    first = bisect.bisect_left(words, found)
    if bisect.bisect_left(words, found + "\U0010ffff", first) - first != 1:
        return False  # absent, or written again, also inflected ("Петров", "Петрова")
    at = places[first]
    before = text[max(0, at - 3) : at].strip()
    surname = cues is not None and lone_gender(text, at, found, cues)
    return (not before or before[-1] in ".!?\n") and not surname


# Sorted once per text: looking a one-off word up must not scan the whole text per pronoun (an
# article of many names each written once would take quadratic time).
@functools.lru_cache(maxsize=2)
def _words(text: str) -> tuple[list[str], list[int]]:
    """Every word of `text`, sorted, and where each stands."""
    ordered = sorted((m.group(), m.start()) for m in _WORD.finditer(text))
    return [word for word, _ in ordered], [at for _, at in ordered]


# The name the pronoun resolved to was last written as its surname alone, which another person
# named in full bears too: the pronoun may be either (a wrong name is far worse than none).
def _bare_shared(text: str, found: str, at: int, index: dict[str, Placed], cues: Cues) -> bool:
    """Whether `found` was last written before `at` as a bare surname another person bears."""
    forenames, _, surname = found.rpartition(" ")
    last = text.rfind(surname, max(0, at - _REACH), at) if forenames else -1
    if last < 0 or text[max(0, last - len(forenames) - 2) : last].strip().endswith(forenames):
        return False
    return shared(text, index, found, at, cues)


# The subject of a passive whose agent is a name is no more the doer than that name is: the
# pronoun after it may be either ("Victor Crane was sentenced by Judge Alan Price").
def _agented(text: str, surname: str, last: int, at: int, cues: Cues) -> bool:
    """Whether the name last written at `last` is a passive's subject with a named agent."""
    words = _WORD.findall(text, last + len(surname), at)[:_AGENT] if last >= 0 else []
    if not words or words[0] not in cues.passive:
        return False
    agent = next((i for i, w in enumerate(words) if w in cues.agents), len(words) - 1)
    return agent + 1 < len(words) and words[agent + 1][:1].isupper()


def passed_over(
    text: str,
    found: str | None,
    mention: Mention,
    cues: Cues,
    told: tuple[dict[str, str], Roster],
) -> str | None:
    """`found`, or None for a body, a stop word or a nearer name of the pronoun's gender."""
    if found and (found.lower() in cues.stop or found.lower() in cues.quantifiers):
        return None  # "Another official said …": the determiner opening the sentence, no name
    if found and _bare_shared(text, found, mention.at, told[1].by_word(), cues):
        return None  # "Pete Varga and Rob Varga … Varga said … “…,” he said": either one
    if found and cues.case_endings and sentence_opener(text, found, cues):
        return None  # "Высокопоставленный чиновник заявил": a capital only as the sentence opens
    if found and oblique_only(found, cues):
        return None  # "Дочь Ольги Козловой рассказала": her mother is written as no subject
    wanted = gender_of(mention.words, cues) if found and mention.words else None
    if not found or not wanted or not cues.spaced or cues.family == "ar":
        return found
    if cues.bodies and body(found, cues):
        return None
    begin = max(0, mention.at - _REACH)
    surname = found.split()[-1]  # "Greenspan" for "Dorie Greenspan": the same one
    last = text.rfind(surname, begin, mention.at)  # read by each test below
    if _agented(text, surname, last, mention.at, cues):
        return None  # "Victor Crane was sentenced by Judge Alan Price. “…,” he said": either
    own = _own(found, cues, told[0])
    if own and own != wanted and cues.family == "en" and " " in found:
        return _namesake(text, found, last, told[0], by_surname(told[1]))
    if own:  # "Paul Girard … a-t-elle dit": never a man for "elle"
        found = found if own == wanted else None
        if found is None or not cues.pronoun_past_titles:
            return found
    begin = last + len(surname) if last >= 0 else begin
    return None if _nearer(text, mention, (begin, surname), wanted, cues) else found


# Also for a name marked with the pronoun's gender where `pronoun_past_titles` reads far back (fr,
# es): "Marie Leroy a rencontré Claire Vidal. « … », a-t-elle confié" may be either woman, so
# nobody. English news lost three right speakers to it (a school's "James M. Hill" as a man).
def _nearer(text: str, mention: Mention, after: tuple[int, str], wanted: str, cues: Cues) -> bool:
    """Whether a full name of the pronoun's gender, not the one found, stands nearer to it."""
    begin, surname = after
    objects = addressed(text, mention, cues)  # "he warned Hale": Hale is not the one he may be
    for run in single_run().finditer(text, begin, mention.at):
        words = run.group().split()
        if len(words) < 2 or surname in words or objects & set(words):
            continue
        if _marked(text, run.span(), cues) == wanted:
            return True
    return False
