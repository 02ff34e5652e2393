"""A "he" or "she" in a paragraph that names one man and one woman in full: that one."""
# "Mayor Tom Hale and council member Ida Moss met. “…,” he said. “…,” she replied.": she is Ida
# Moss, though her name stands before the quotation he spoke. The paragraph must name exactly two
# people, each of a gender the article marks (a known first name, "Ms", "spokeswoman"), one of
# each; a role noun of the pronoun's gender ("a spokeswoman") may be a third person: nobody.

from __future__ import annotations

import re
from bisect import bisect_right

from summarizer import _data
from summarizer.attribution.frames.capital_runs import single_run
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.frames.forenames import first_name, honorifics, name_marks
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.pronoun_fit import body
from summarizer.attribution.speakers.roster import Roster

_REACH = 400  # how far back in its paragraph the two are looked for: bounded, cheap
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_DATA = _data.load_toml("genders.toml")
# role words that mark a gender ("spokeswoman", "actor"), per language
_ROLES = {
    family: {word: gender for gender, words in part.get("roles", {}).items() for word in words}
    for family, part in _DATA.items()
}
_LEAD = 12  # a word of address right before a name ("Ms Ida Moss")


# `window`: from the previous quotation's close to the pronoun; the two stand before that close,
# in its paragraph ("Donald Trump, her opponent, said he …": the name at the cue goes first).
def paired(
    text: str,
    window: tuple[int, int],
    wanted: str | None,
    found: tuple[Roster, Cues, dict[str, str]],
) -> str | None:
    """The one of two people named in full in the paragraph before `window` of gender `wanted`."""
    roster, cues, told = found
    end = window[0]
    start = max(text.rfind("\n", 0, window[1]) + 1, end - _REACH)
    if wanted is None or cues.family not in _ROLES or start >= end:
        return None
    if _named_since(text, window, roster, cues):
        return None  # "“…” Tom Roe opened the shop. “…,” she says": the nearest name decides
    quoted = [m.span() for m in _QUOTED.finditer(text, start, end)]
    people: dict[str, str | None] = {}
    for run in single_run().finditer(text, start, end):
        if _inside(quoted, run.start()):
            continue
        name = roster.name(run.group(), run.start())
        if name and " " in name and not body(name, cues):
            people[name] = _gender(text, run.span(), name, cues, told.get(name))
    ours = [name for name, gender in people.items() if gender == wanted]
    if len(people) != 2 or None in people.values() or len(ours) != 1:
        return None
    return None if _role_of(text, (start, end), quoted, wanted, cues.family) else ours[0]


# The quotations are found in text order and never overlap: only the last one opened before
# `at` may hold it, found by bisection (in dialogue a paragraph holds many).
def _inside(quoted: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` stands inside one of the `quoted` spans."""
    last = bisect_right(quoted, at, key=lambda span: span[0]) - 1  # the last opened by `at`
    return last >= 0 and at < quoted[last][1]


def _named_since(text: str, window: tuple[int, int], roster: Roster, cues: Cues) -> bool:
    """Whether a person is named in full since the previous quotation, in `window`."""
    for run in single_run().finditer(text, *window):
        name = roster.name(run.group(), run.start())
        if name and " " in name and not body(name, cues):
            return True
    return False


def _gender(
    text: str, span: tuple[int, int], name: str, cues: Cues, told: str | None
) -> str | None:
    """The one gender marked for `name` at `span`: first name, title, role, address, pronoun."""
    lead = TOKEN.findall(text, max(0, span[0] - _LEAD), span[0])[-1:]
    own = TOKEN.findall(text, *span)[:1]  # "Mrs Pat Voss" run together
    address = {honorifics(cues.family).get(w.lower().rstrip(".")) for w in (*lead, *own)}
    marks = name_marks(text, span, cues.family) | address | {first_name(name, cues.family), told}
    marks.discard(None)
    return marks.pop() if len(marks) == 1 else None


def _role_of(
    text: str,
    window: tuple[int, int],
    quoted: list[tuple[int, int]],
    wanted: str,
    family: str,
) -> bool:
    """Whether a role word of gender `wanted` stands in `window` outside quotations."""
    roles = _ROLES[family]
    for word in re.finditer(r"[^\W\d_]+", text[window[0] : window[1]]):
        at = window[0] + word.start()
        if roles.get(word.group().lower()) != wanted or _titling(text, word.end() + window[0]):
            continue  # "spokeswoman Ida Moss": her own
        if not _inside(quoted, at):
            return True
    return False


def _titling(text: str, end: int) -> bool:
    """Whether a capitalised word follows the role word ending at `end` ("actress Ida Moss")."""
    after = TOKEN.findall(text, end, end + _LEAD)[:1]
    return bool(after) and text[end : end + 1] == " " and after[0][:1].isupper()
