"""German: the runs before an "er"/"sie" that name no person it may stand for."""

# "Im Stadtrat von Wellheim ist der Streit eskaliert. Finanzbürgermeister Ralf Ochsenreiter
# bezifferte die Kosten. „…“, sagte er.": the roster reads "Stadtrat von Wellheim" as a name,
# and a name of no known gender fits any pronoun, so "er" stood for either and named nobody. A
# run after an article is headed by a common noun, as no bare name is, and one the grammar makes
# an object or an attribute is no subject a pronoun takes up: after a preposition fused with an
# article ("Im Stadtrat …") or a preposition and an article ("vor dem Amtsgericht Tiergarten"),
# or as a genitive after a noun ("Forscher der Universität Grevenau"). Only a run with no mark
# of a person is dropped: no known first name, no title or article marking a gender ("der
# Ministerin Eva Roth" stays); a bare preposition may govern a name ("mit Talvo Merunek" stays).

from __future__ import annotations

from summarizer import _data
from summarizer.attribution.frames.clauses import TOKEN
from summarizer.attribution.german.forenames import FORENAMES
from summarizer.attribution.lexicon.cues import Cues
from summarizer.attribution.speakers.german_gender import given_gender, person_gender

_GOVERNING = frozenset(_data.load_toml("german.toml")["attribute"]["openers"])
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "einem", "einer", "eines"})
_GENITIVE = frozenset({"der", "des"})
# a preposition fused with an article ("im", "beim"): an article stands before no bare name
_JOINED = frozenset(_data.load_toml("german.toml")["older_print"]["joined_prepositions"])
_WORD = 40  # characters back to the two words before a run

Placed = list[tuple[str, int]]


def persons_in_view(text: str, placed: Placed, cues: Cues, at: int) -> Placed:
    """`placed` (name, where) less the runs that are no subject a pronoun at `at` may stand
    for; unchanged when all those kept stand before the pronoun's paragraph (a person the
    readers missed in it, "Der für Manchester United stürmende Nationalspieler …", is meant)."""
    kept = [(name, where) for name, where in placed if not _object_run(text, name, where, cues)]
    paragraph = text.rfind("\n", 0, at)
    return kept if not kept or any(where > paragraph for _, where in kept) else placed


def _object_run(text: str, name: str, at: int, cues: Cues) -> bool:
    """Whether an unmarked run stands after a preposition or as a genitive after a noun."""
    if any(word in FORENAMES for word in name.split()) or given_gender(name):
        return False
    at = text.find(name, at, at + len(name) + _WORD)  # the run may open with "Im", "Forscher der"
    if at < 0 or person_gender(text, at, name, cues):
        return False  # "der Ministerin Eva Roth": a person, whatever her case
    before = TOKEN.findall(text, max(0, at - _WORD), at)[-2:]
    if not before or not text.endswith(before[-1] + " ", 0, at):
        return False  # a comma or a stop between: no phrase governs it
    last = before[-1].lower()
    if last in _JOINED:
        return True  # "Im Stadtrat von Wellheim", "Am Landgericht Kornbach"; not "mit Talvo Ems"
    if last not in _ARTICLES or len(before) < 2:
        return False
    head = before[0]
    joined = text.endswith(f"{head} {before[-1]} ", 0, at)
    governed = head.lower() in _GOVERNING  # "vor dem Amtsgericht Tiergarten"
    genitive = last in _GENITIVE and head[:1].isupper()  # "Forscher der Universität Grevenau"
    return joined and (governed or genitive)
