"""Session 31's dense-English speed cuts read the same as the plain readings they replace."""

import random
from collections import defaultdict

import pytest

from summarizer.attribution.attributed import NOBODY, Attribution
from summarizer.attribution.confidence import judge
from summarizer.attribution.dialogue import alternation
from summarizer.attribution.dialogue.turns import Line
from summarizer.attribution.find import find_quotes
from summarizer.attribution.frames import coordinated
from summarizer.attribution.lexicon.cues import cues_for
from summarizer.attribution.lexicon.records import recast
from summarizer.attribution.marks import oldprint
from summarizer.attribution.marks.marks import scan
from summarizer.attribution.speakers.roster import WEIGHED, two_people

_NAMES = ["Anna Berg", "Tom Berg", "Berg Anna", "Anna Lind", "Ruth Okafor", "Lind Berg", "Leo XIV"]


def _two_people_plain(index: dict[str, list[tuple[int, str]]], name: str) -> list[set[str]]:
    """`two_people` as it read before: a set built from each entry."""
    words = name.split()
    owners: list[set[str]] = []
    pair = len(words) == 2 and words[1] != "XIV"
    for w in words if pair else []:
        owners.append({n for _, n in index.get(w, [])[:WEIGHED] if n != name and n.endswith(w)})
        if not owners[-1]:
            return []
    return owners if owners and not owners[0] & owners[1] else []


@pytest.mark.parametrize("seed", range(40))
def test_two_people_reads_the_distinct_names_as_every_entry(seed: int) -> None:
    rng = random.Random(seed)
    index: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
    for pos in range(rng.randrange(0, 3 * WEIGHED)):  # repeated names, past the weighed few
        name = rng.choice(_NAMES)
        for word in name.split():
            index[word].append((pos, name))
    for name in [*_NAMES, "Berg Lind", "Okafor Berg"]:
        assert two_people(index, name) == _two_people_plain(index, name)


@pytest.mark.parametrize("seed", range(30))
def test_the_last_stop_before_a_cue_is_the_last_of_each_mark(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice("ab .!?\n:«“”,") for _ in range(120))
    for start in range(0, 120, 7):
        for end in range(start, 121, 11):
            plain = max(text.rfind(m, start, end) for m in coordinated._STOPS)
            assert coordinated._last_stop(text, start, end) == plain


@pytest.mark.parametrize("family", ["en", "es", "fr", "de", "ru", "ar", "pl"])
def test_the_joined_agents_owners_are_the_definite_words_but_the(family: str) -> None:
    cues = cues_for(family)
    plain = frozenset(w for w in cues.definite if w != "the")
    assert frozenset(cues.definite).difference(("the",)) == plain


@pytest.mark.parametrize("seed", range(30))
def test_a_mark_with_no_space_after_it_is_never_a_ditto_mark(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(' 5.·»«"„x\n') for _ in range(200))
    for pos in range(1, len(text) - 1):
        if text[pos] in '»«"„' and text[pos + 1] != " ":
            assert not oldprint.ditto(text, pos)


_PLAIN_TEXTS = [
    "“We will rebuild,” Mayor Ruth Okafor said. « Nous », a-t-elle ajouté.",
    "Er sagte: „Ja.“ Sie sagte: ‚Nein‘ und ging.",
    "“It's done,” she said. 'Fine,' he said.",
]


@pytest.mark.parametrize("text", _PLAIN_TEXTS)
def test_a_text_with_no_doubled_mark_collapses_nothing(text: str) -> None:
    spans = [(s.open_at, s.close_at) for s in scan(text)]
    assert spans  # marks, but neither two commas nor two apostrophes
    doubled = [o for o, _ in spans if text.startswith(",,", o)]
    doubled += [c for o, c in spans if c > o + 2 and text.startswith("''", c - 1)]
    assert not doubled and oldprint.collapsed(text, spans) is None


def test_doubled_marks_still_collapse() -> None:
    text = "Er sagte: ,,Wir kommen wieder'' und ging."
    spans = [(s.open_at, s.close_at) for s in scan(text)]
    assert oldprint.collapsed(text, spans) is not None


def _lines_plain(text, spans, titles, found):  # type: ignore[no-untyped-def]
    """`alternation._lines` as it read before: every quotation of a paragraph that is no turn."""
    lines: dict[int, Line] = {}
    for index, span in enumerate(spans):
        if titles[index] or not span.marked:
            continue
        line = lines.get(span.para_start)
        if line is None and not alternation._OPEN.match(text[span.para_start : span.open_at]):
            lines[span.para_start] = Line((), span.para_start, span.para_end, pure=False)
            continue
        said = found[index]
        if said.basis in alternation._TAKES and alternation._narrated(text, spans, index):
            line = line or Line((), span.para_start, span.para_end)
            lines[span.para_start] = recast(line, pure=False)
            continue
        how = (
            alternation._ANCHORS.get(said.basis, "none") if said.named and said.speaker else "none"
        )
        if line is None:
            lines[span.para_start] = Line(
                (index,), span.para_start, span.para_end, said.speaker, how
            )
        elif line.pure:
            anchor = line.how if line.how != "none" else how
            who = line.who if line.how != "none" else said.speaker
            lines[span.para_start] = recast(line, spans=(*line.spans, index), who=who, how=anchor)
    return [line for line in lines.values() if line.pure]


# Invented dialogue: turns that open with a quotation, narrated ones, and paragraphs of prose
# that hold several quotations (no turn: their later quotations are skipped).
_DIALOGUES = [
    "“Where were you?” Lena Voss asked.\n\n“At the mill,” Tomas Brandt said.\n\n“Alone?”\n\n"
    "“Yes.”\n\nThe room went quiet. “Fine,” she said. “Go.” He left. “Wait!”\n\n“What?”",
    "The council met. “We build,” Mayor Ruth Okafor said. “Soon.” An aide said the “plan” was "
    "ready.\n\n“Is it?” Rita Dean asked. She smiled. “It is.”\n\n“Good.”",
]


@pytest.mark.parametrize("text", _DIALOGUES)
def test_the_turns_are_those_every_quotation_read_before(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[list[Line], list[Line]]] = []
    fast = alternation._lines

    def both(text, spans, titles, found):  # type: ignore[no-untyped-def]
        seen.append((fast(text, spans, titles, found), _lines_plain(text, spans, titles, found)))
        return seen[-1][0]

    monkeypatch.setattr(alternation, "_lines", both)
    find_quotes.__wrapped__(text, "en")  # type: ignore[attr-defined]
    assert seen and all(new == old for new, old in seen)


def test_a_record_equal_to_nobody_is_judged_as_nobody() -> None:
    cues = cues_for("en")
    text = "He nodded. “Fine.”"
    span = next(iter(scan(text)))
    fresh = Attribution(None, None)
    assert fresh is not NOBODY
    assert judge(text, span, fresh, False, cues, None) == judge(
        text, span, NOBODY, False, cues, None
    )
    cued = recast(NOBODY, cue="said")
    assert judge(text, span, cued, False, cues, None).mood == "said"


def test_the_dense_text_keeps_its_quotations() -> None:
    para = (
        "The council met on Monday. “We will rebuild the bridge,” Mayor Ruth Okafor said. "
        "An aide said the “plan” was ready. 市长林志明表示：“明年见。” «Нет», — заявил пилот."
    )
    found = find_quotes.__wrapped__("\n\n".join([para] * 3), "en")  # type: ignore[attr-defined]
    assert [q.speaker for q in found[:4]] == ["Ruth Okafor", None, None, None]
    assert found[1].kind == "title"
