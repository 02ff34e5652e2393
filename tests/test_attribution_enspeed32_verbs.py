"""The planned infinitive (`lexicon/planned_form.py`) matches as the look-behinds-first form did."""

import random
import re

import pytest

from summarizer.attribution.lexicon import inflect
from summarizer.attribution.lexicon.cue_regex import dispatched
from summarizer.attribution.lexicon.cues import cues_for, cues_table
from summarizer.attribution.lexicon.planned_form import planned_infinitive

_FAMILIES = [
    f for f, d in cues_table().items() if isinstance(d, dict) and d.get("planned_infinitives")
]


def _plain(planned: list[str], infinitives: list[str]) -> str:
    """`inflect._after_planned` as it read before: the planned words looked back at first."""
    behind = "|".join(f"(?<={re.escape(word)} )" for word in planned)
    return f"(?:{behind}){inflect._any(infinitives)}"


def _verbs(family: str, plain: bool) -> re.Pattern[str]:
    data = cues_table()[family]
    forms = inflect.derived(data)
    if plain:
        new = inflect._after_planned(data["planned"], data["planned_infinitives"])
        old = _plain(data["planned"], data["planned_infinitives"])
        forms = [old if f == new else f for f in forms]
    keys = ("verbs", "future", "reported", "documents", "participles", "quoting")
    verbs = [w for key in keys for w in data.get(key, [])]
    return dispatched(verbs, cues_for(family).spaced, forms, inflect.older(data))


def _pieces(family: str) -> list[str]:
    data = cues_table()[family]
    words = [*data["planned"], *data["planned_infinitives"], *data["verbs"][:40]]
    cased = [w.upper() for w in words[:20]] + [w.title() for w in words[:20]]
    return [*words, *cased, " ", " ", ", ", ". ", "\n", "“", "»", "K", "ſ", "ı", "İ", "x", "-"]


@pytest.mark.parametrize("family", _FAMILIES)
@pytest.mark.parametrize("seed", range(15))
def test_the_verbs_match_where_they_matched(family: str, seed: int) -> None:
    rng = random.Random(seed)
    new, old = _verbs(family, False), _verbs(family, True)
    assert new.pattern != old.pattern
    pieces = _pieces(family)
    text = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(300))
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    for _ in range(200):
        start = rng.randrange(len(text))
        end = rng.randrange(start, len(text) + 1)
        found, plain = new.search(text, start, end), old.search(text, start, end)
        assert (found and found.span()) == (plain and plain.span())
        found, plain = new.match(text, start, end), old.match(text, start, end)
        assert (found and found.span()) == (plain and plain.span())


def test_a_planned_infinitive_matches_after_its_word_only() -> None:
    form = re.compile(f"(?<!\\w)(?i:{planned_infinitive(['will', 'plans to'], ['say', 'add'])})")
    found = [m.group() for m in form.finditer("He will say it; Ann plans to ADD; to say; willsay")]
    assert found == ["say", "ADD"]
    assert planned_infinitive(["will"], ["", "say"]) is None
