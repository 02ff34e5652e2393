"""The gender of each person of a Chinese story: 他 or 她, from its narration and the names."""

from __future__ import annotations

from summarizer.attribution.dialogue.cast import CLAUSES, PRONOUNS, Cast, words_for


def genders(story: str, cast: Cast) -> dict[str, str]:
    """他 or 她 for each person of the story, from the narration `story`."""
    # a person is the one whom the next narration clause goes on with as its subject
    # ("晓霞不笑了，她说着…"), when every such clause agrees; a given name ending as women's names
    # do ("晓霞") gives 她; anyone else unlearnt is 他
    votes: dict[str, set[str]] = {}
    previous = None
    openers = cast.openers()
    for match in CLAUSES.finditer(story):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if story[start : start + 1] not in openers:
            previous = None
            continue
        who = cast.person(story[start : match.end()])
        named = cast.persons(story, start, match.end()) if who else set()
        if previous and who in PRONOUNS and not named:
            votes.setdefault(previous, set()).add(who)
        # "志刚看了她一眼。她…": the next 她 is the one just mentioned, not the subject (the
        # clause is read for a pronoun only when one person names it: most clauses none)
        alone = bool(who) and named == {who}
        previous = who if alone and not any(p in match.group() for p in PRONOUNS) else None
    learnt = {name: seen.pop() for name, seen in votes.items() if len(seen) == 1}
    female = {name for name in cast.names.values() if name[-1] in words_for("zh").female}
    return dict.fromkeys(cast.names.values(), "他") | learnt | dict.fromkeys(female, "她")
