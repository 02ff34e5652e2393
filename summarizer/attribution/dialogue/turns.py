"""The scene around Chinese dialogue lines: who 他 or 她 is, and the turns of an exchange."""
# a two-person exchange: quotation lines with only their own cue lines between them

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from summarizer import _data
from summarizer.attribution.dialogue.apart import (
    STOP,
    prior_subject,
    quoted_names,
    scene_apart,
    set_apart,
    stranger_before,
)
from summarizer.attribution.dialogue.cast import PRONOUNS, Cast
from summarizer.attribution.lexicon.records import quick_init

# a cue that adds to what was said ("他补充说："): the one who spoke the line just before goes on
_ADDS = re.compile("|".join(_data.load_toml("dialogue.toml")["zh"]["adding"]))
# how each way of finding the speaker is reported, and which name the speaker
BASES = {
    "prev_cue": "colon_intro",
    "intro_cue": "cue",
    "next_cue": "cue_after",
    "tail_cue": "cue_after",
    "prev_narr": "narration",
    "intro_narr": "narration",
    "goes_cue": "narration",
    "goes_narr": "narration",
    "tail_alone": "narration",
    "next_act": "narration",
    "tail_act": "narration",
    "turn_taking": "turn_taking",
    "prev_pronoun": "scene_pronoun",
    "prev_cont": "scene_pronoun",
    "next_cont": "scene_pronoun",
    "next_pronoun": "scene_pronoun",
    "vocative": "turn_taking",
}
ANCHORS = frozenset(BASES) - {"turn_taking"}
"""The ways a line's speaker is found that can anchor an exchange: its own narration names it,
or it addresses one of two people in the scene (a vocative), so it is the other's."""


# The fields: its quotations' indices, where it runs, who its narration names and how (`how`:
# where the cue stands and whether a verb of saying goes with it), the cue's verb, the narration
# lines it used, the person it addresses by name, whether it holds nothing but its quotation, the
# one other person its cue names, the 他 or 她 its speaker was resolved from, and for a 他 or 她
# left unresolved the people of its scene
@quick_init
@dataclass(frozen=True)
class Line:
    """A line (paragraph) with quotations and what its narration says about its speaker."""

    spans: tuple[int, ...]
    start: int
    end: int
    who: str | None = None
    how: str = "none"
    verb: str | None = None
    at: int = -1
    used: tuple[int, int] = (-1, -1)
    addressee: str | None = None
    pure: bool = True
    listener: str | None = None
    pronoun: str | None = None
    scene: frozenset[str] = frozenset()
    quoted: frozenset[str] = frozenset()


def line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def resolve_pronouns(
    texts: tuple[str, str], lines: list[Line], cast: Cast, gender: dict[str, str]
) -> list[Line]:
    """Each line whose cue's subject is 他 or 她, with the one person that can mean; a line with no
    cue that addresses one of the scene's two people, with the other."""
    # the person of that gender named since the last quotation line that named anyone (every person
    # there of known gender), or else the subject of the sentence just before, or else for 她 the
    # only woman of the story; `texts` is the text and its narration (quotations blanked out)
    text, narration = texts
    resolved: list[Line] = []
    floor = 0
    recent: set[str] = set()
    for line in lines:
        line = replace(line, quoted=quoted_names(texts, line.start, line.end, cast))
        recent = cast.persons(text, floor, max(floor, line.at)) or recent
        last = resolved[-1] if resolved else None
        spoke = last.who if last and _adjacent(text, last, line) else None
        if line.who in PRONOUNS and line.how.endswith(("_cue", "prev_narr")):
            cued = spoke if last and last.how in ANCHORS else None
            # the cue's own sentence: "他问张生民" is not 张生民
            opened = max([floor, *(m.end() for m in STOP.finditer(text, floor, line.at))])
            apart = set_apart(narration, opened, line_end(text, line.at), cast, line.who or "")
            apart |= scene_apart(narration, floor, opened, cast, line.who or "") | line.quoted
            scene = (floor, recent - apart, gender)
            line = _resolved(text, line, scene, cast, (spoke, cued, apart))
            line = replace(line, scene=frozenset(recent)) if line.who in PRONOUNS else line
        if line.listener in PRONOUNS:
            line = replace(line, listener=_spoken_to(line, recent, gender, spoke))
        # narration since the line before, else the scene it goes on with
        narrated = text[floor : line.start].strip()
        line = _answered(line, cast.persons(text, floor, line.start) if narrated else recent)
        resolved.append(line)
        floor = line.end
    return resolved


def _answered(line: Line, scene: set[str]) -> Line:
    """A line with no cue that addresses one of the scene's two people, as the other's."""
    # "“小河，明天还去不去？”" with only 钱小河 and 赵大山 in the scene: 赵大山 asks it
    if line.who is not None or line.how != "none" or line.addressee not in scene:
        return line
    others = scene - {line.addressee, *line.quoted}
    return replace(line, who=others.pop(), how="vocative") if len(others) == 1 else line


def _resolved(
    text: str,
    line: Line,
    scene: tuple[int, set[str], dict[str, str]],
    cast: Cast,
    before: tuple[str | None, str | None, set[str]],
) -> Line:
    """A pronoun line resolved, or as it was."""
    # one who adds to the line before is its speaker; never the person addressed, one the cue's
    # own clause sets apart ("他问张生民"), the one who
    # spoke the line just before, or when the cue has a second 他 or 她 ("他把他引在…"); the
    # subject of the sentence just before may be the one who spoke the line before unless that
    # line's own cue named them ("“…”\n满银愣住了。\n他说：")
    floor, recent, gender = scene
    spoke, cued, apart = before
    pronoun = line.who or ""
    if text.count(pronoun, line.at, line_end(text, line.at)) > 1:
        return line
    where = line.how.split("_")[0]
    if (
        spoke
        and gender.get(spoke) == pronoun
        and _ADDS.search(text, line.at, line_end(text, line.at))
    ):
        return replace(line, who=spoke, how=where + "_cont", pronoun=pronoun)  # "他补充说"
    stranger = stranger_before(text, floor, line.at, cast, pronoun)
    if stranger and stranger != line.addressee:
        return replace(line, who=stranger, how=where + "_cont", pronoun=pronoun)
    fits = [n for n in recent if gender.get(n) == pronoun]
    barred = {line.addressee, *apart, *line.quoted}  # and those the line's own words name
    if len(fits) == 1 and recent <= gender.keys() and fits[0] not in {spoke, *barred}:
        return replace(line, who=fits[0], how=where + "_pronoun", pronoun=pronoun)
    prior = prior_subject(text, floor, line.at, cast, pronoun)
    if prior and gender.get(prior, pronoun) == pronoun and prior not in {cued, *barred}:
        return replace(line, who=prior, how=where + "_cont", pronoun=pronoun)
    # 他 is everyone's gender by default, so only 她 can mean the one such person of a story
    women = {name for name, said in gender.items() if said == "她"}
    if pronoun == "她" and not fits and len(women) == 1 and not women & {spoke, *barred}:
        return replace(line, who=women.pop(), how=where + "_pronoun", pronoun=pronoun)
    return line


def _spoken_to(
    line: Line, recent: set[str], gender: dict[str, str], spoke: str | None
) -> str | None:
    """Whom the cue's 他 or 她 means: the last speaker, else the one of that gender in the scene."""
    # the one who spoke the line just before, if of that gender, else the one person of the scene
    # (`recent`) of that gender besides the speaker
    if not named(line.who):
        return None
    if spoke and named(spoke) and spoke != line.who:
        return spoke if gender.get(spoke) == line.listener else None
    fits = [n for n in recent - {line.who} if gender.get(n) == line.listener]
    return fits[0] if len(fits) == 1 else None


def runs(text: str, lines: list[Line]) -> list[list[Line]]:
    """The lines grouped into exchanges: quotation lines with only their own cue lines between."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and _adjacent(text, runs[-1][-1], line):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _adjacent(text: str, before: Line, after: Line) -> bool:
    """Whether two pure lines follow each other with only their own cue lines between them."""
    if not (before.pure and after.pure) or "someone" in (before.how, after.how):
        return False
    at = before.end + 1
    while at < after.start:
        if at not in (before.used[1], after.used[0]) and text[at : line_end(text, at)].strip():
            return False
        at = line_end(text, at) + 1
    return True


def turns(run: list[Line], gender: dict[str, str], speakers: set[str]) -> list[Line]:
    """The other lines of an exchange take the party of their turn, when two people take turns."""
    # when its named turns (and the people they address or speak to) make exactly two people taking
    # turns; the subjects of the narration after its lines, or a story of one man and one woman,
    # fill in a party that is missing
    parties: tuple[set[str], set[str]] = (set(), set())
    for index, line in enumerate(run):
        if line.how in ANCHORS and named(line.who):
            parties[index % 2].add(line.who or "")
            parties[1 - index % 2].update([line.listener] if line.listener else [])
        parties[1 - index % 2].update([line.addressee] if line.addressee else [])
    parties = _filled(parties, _weak_parties(run), gender)
    parties = _pronoun_party(run, parties, gender, speakers)
    if len(parties[0]) != 1 or len(parties[1]) != 1 or parties[0] == parties[1]:
        return run
    pair = (next(iter(parties[0])), next(iter(parties[1])))
    return [_turn(line, pair[index % 2], gender) for index, line in enumerate(run)]


def _filled(
    parties: tuple[set[str], set[str]], weak: tuple[set[str], set[str]], gender: dict[str, str]
) -> tuple[set[str], set[str]]:
    """The parties with a missing one filled in."""
    # from the weak parties, or as the other of the story's two people when they are a man and a
    # woman (`gender` holds everyone)
    if not parties[0] and not parties[1]:
        return weak
    if parties[0] and parties[1]:
        return parties
    side = 0 if parties[1] else 1
    if weak[1 - side] <= parties[1 - side] and not weak[side] & parties[1 - side]:
        parties[side].update(weak[side])
    story = set(gender)
    couple = len(story) == 2 and len(set(gender.values())) == 2
    if not parties[side] and couple and parties[1 - side] < story:
        parties[side].update(story - parties[1 - side])
    return parties


def _pronoun_party(
    run: list[Line], parties: tuple[set[str], set[str]], gender: dict[str, str], speakers: set[str]
) -> tuple[set[str], set[str]]:
    """A missing party filled in from the 他 or 她 of its own turns' cues."""
    # "贾冰问。" … "他散谎说。": the one person of that gender in their scenes besides the other
    # party, when a cue names that person as a speaker somewhere in the text (not a place the cast
    # took for a person)
    if bool(parties[0]) == bool(parties[1]):
        return parties
    side = 0 if parties[1] else 1
    fits = {
        name
        for index, line in enumerate(run)
        if index % 2 == side and line.who in PRONOUNS
        for name in line.scene
        if gender.get(name) == line.who
    } - parties[1 - side]
    if len(fits) == 1 and fits <= speakers:
        parties[side].update(fits)
    return parties


def _weak_parties(run: list[Line]) -> tuple[set[str], set[str]]:
    """The people the narration after a run's lines names, by turn ("“…” 少平愣住了。")."""
    # alone often the listener, but together they show who takes which turn
    weak: tuple[set[str], set[str]] = (set(), set())
    for index, line in enumerate(run):
        if line.how in ("next_narr", "tail_narr") and named(line.who):
            weak[index % 2].add(line.who or "")
    return weak


def _turn(line: Line, who: str, gender: dict[str, str]) -> Line:
    """The line as `who`'s turn, unless it names, addresses or cannot be `who`."""
    # unless its own cue names someone (or someone else speaks it), it addresses `who`, or its cue's
    # 他 or 她 is not `who`'s gender
    if (line.how in ANCHORS and named(line.who)) or line.how == "someone":
        return line
    if line.addressee == who or who in line.quoted:
        return line
    if line.who in PRONOUNS and gender.get(who, line.who) != line.who:
        return line
    return replace(line, who=who, how="turn_taking", verb=None)


def named(who: str | None) -> bool:
    """Whether `who` is a name, not nobody or a pronoun."""
    return bool(who) and who not in PRONOUNS
