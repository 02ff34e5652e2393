"""The one person of a pronoun's gender among people the article marks with a gender each."""
# "Julien Marchetti a rencontré Claire Fontaine. « … », a-t-elle ajouté": she is Claire Fontaine,
# named as an object, since the one other person is marked a man. Two women, or anyone whose
# gender the article does not mark, and "elle" stays unnamed.

from __future__ import annotations

from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.forenames import first_name, name_marks
from summarizer.attribution.frames.subjects import last_sentence
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.paired import paired
from summarizer.attribution.speakers.pronoun_fit import body
from summarizer.attribution.speakers.roster import Roster


# `window`: from the previous quotation's close (or the text's start) to the pronoun's quotation
# or cue; `previous`: the previous quotation's speaker, who must be marked the other gender too.
def only_of_gender(
    text: str,
    window: tuple[int, int],
    wanted: str | None,
    previous: str | None,
    found: tuple[Roster, Cues, dict[str, str]],
) -> str | None:
    """The one person named in the sentence before `window`'s end of gender `wanted`, if sure."""
    people = _marked_people(text, window, wanted, found)
    ours = [name for name, marked in people.items() if marked == wanted]
    if len(people) < 2 or len(ours) != 1 or None in people.values():
        return _paired_before(text, window, wanted, previous, found)
    if not _named_subject(text, window, found):  # "A spokeswoman for Tom Hale met Ann Roe": hers
        return None
    _, cues, told = found
    other = told.get(previous or "") or first_name(previous or "", cues.family)
    return ours[0] if previous in (None, ours[0]) or (other and other != wanted) else None


# "Tom Hale and Ida Moss met. “…,” he said. “…,” she replied.": the one of the paragraph's two
# people of the pronoun's gender, never the previous speaker again (`paired`).
def _paired_before(
    text: str,
    window: tuple[int, int],
    wanted: str | None,
    previous: str | None,
    found: tuple[Roster, Cues, dict[str, str]],
) -> str | None:
    """`paired`'s person for a pronoun after `window`'s start, when not `previous`."""
    pair = paired(text, window, wanted, found)
    return pair if pair != previous else None


# "« … », a déclaré Sophie Aubry. Julien Marchetti a rencontré Claire Fontaine. « … », a-t-elle
# ajouté": Sophie Aubry may go on, but Claire Fontaine may answer; nobody sure.
def rivalled(
    text: str,
    window: tuple[int, int],
    wanted: str | None,
    speaker: str,
    found: tuple[Roster, Cues, dict[str, str]],
) -> bool:
    """Whether the sentence before `window`'s end names one more of gender `wanted`."""
    named = _named(text, window, wanted, found)
    if any(n in speaker or speaker in n for n, _ in named):
        return False  # "Cuban said he sees Donald Trump … “…,” he said": the one named goes on
    return any(marked == wanted for marked in _marks_of(text, named, found).values())


def _marked_people(
    text: str,
    window: tuple[int, int],
    wanted: str | None,
    found: tuple[Roster, Cues, dict[str, str]],
) -> dict[str, str | None]:
    """Each person named in the last sentence of `window`, with the gender the name marks."""
    return _marks_of(text, _named(text, window, wanted, found), found)


def _named(
    text: str,
    window: tuple[int, int],
    wanted: str | None,
    found: tuple[Roster, Cues, dict[str, str]],
) -> list[tuple[str, tuple[int, int]]]:
    """Each person's name in the last sentence of `window`, with its run's span, in text order."""
    roster, cues, _ = found
    if wanted is None or window[1] <= window[0]:
        return []
    begin = max(window[0], last_sentence(text, window, cues))
    named = []
    for run in single_run().finditer(text, begin, window[1]):
        name = roster.name(run.group(), run.start())
        if name and not body(name, cues):
            named.append((name, run.span()))
    return named


# Marks are read only for names a cheaper test has not already settled (`rivalled`).
def _marks_of(
    text: str, named: list[tuple[str, tuple[int, int]]], found: tuple[Roster, Cues, dict[str, str]]
) -> dict[str, str | None]:
    """Each of the `named` with the gender its name marks, or None."""
    # by a first name, title or role, and a pronoun resolved before; not a pronoun after it,
    # which may be the one being resolved ("… the Sony Open.\n\n“…,” he said")
    _, cues, told = found
    people: dict[str, str | None] = {}
    for name, span in named:
        marks = name_marks(text, span, cues.family) | {told.get(name)} - {None}
        people[name] = people.get(name) or (marks.pop() if len(marks) == 1 else None)
    return people


# The pronoun goes on the sentence's subject; an object is picked only because the subject is
# named and of the other gender. A subject that is a noun ("A spokeswoman for Tom Hale", "Tom
# Hale's lawyer", "L'avocate de Julien Marchetti") is an unnamed person who may be the one.
def _named_subject(
    text: str, window: tuple[int, int], found: tuple[Roster, Cues, dict[str, str]]
) -> bool:
    """Whether the first person named in the last sentence of `window` is its subject."""
    roster, cues, _ = found
    begin = max(window[0], last_sentence(text, window, cues))
    for run in single_run().finditer(text, begin, window[1]):
        name = roster.name(run.group(), run.start())
        if name and not body(name, cues):  # the first: "Tom Hale's mother called Ann Roe"
            return roster.subject(run)
    return False


# A pronoun's guess that a later rule may set aside ("il" for "Claire Fontaine") must not teach
# the article a gender for that name: the name's own first name says otherwise.
def learned(speaker: str | None, wanted: str | None, family: str) -> dict[str, str]:
    """`speaker` with the gender `wanted`, unless the first name marks another, as a mapping."""
    own = first_name(speaker or "", family)
    return {speaker: wanted} if speaker and wanted and own in (None, wanted) else {}
