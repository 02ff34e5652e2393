"""German roles, ages and nationalities at a cue, reviewed by fresh probes (`review29`).

The probe paragraphs (tests/data/probes/german_roles_review29.toml, invented, gold set before the
finder ran) put a second person of the role's gender in view, a person spoken of while someone
unnamed speaks ("Ihre Tochter kam"), a plural role, a noun in -e of any gender ("die Legende"), a
firm's agent noun ("der Autobauer") or the dead next to a role at the cue: no wrong name may come
out, and the cases where one person fits keep their floor.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.probe_cases import german_quote, load_cases, probe_params, same_name

_CASES = load_cases("german_roles_review29.toml")


def _verdict(case: dict[str, Any]) -> str:
    """The verdict: right, wrong or none (nobody, or the role as written at the cue)."""
    quote = german_quote(case)
    speaker = None if quote.kind == "title" else quote.speaker
    if speaker and any(same_name(speaker, gold) for gold in case["gold"]):
        return "right"
    if speaker is None or speaker == quote.mention:
        return "none" if case["gold"] else "right"
    return "wrong"


def test_the_probes_are_many() -> None:
    assert len(_CASES) >= 150


@pytest.mark.parametrize("case", probe_params(_CASES))
def test_no_wrong_name_for_a_role_at_the_cue(case: dict[str, Any]) -> None:
    assert _verdict(case) != "wrong", case["text"]


def test_the_probes_keep_their_floor() -> None:
    verdicts = [_verdict(case) for case in _CASES]
    assert verdicts.count("right") >= 129  # main before review29: 108 right, 29 wrong, 23 none
    assert verdicts.count("wrong") <= 8


# The unnamed person in view: a sentence opened by a definite or possessive person noun no name
# follows, "ein Mann", "eine Frau"; the noun right before a name introduces it.
@pytest.mark.parametrize(
    ("words", "unnamed"),
    [
        ("Der Pfarrer erinnerte an den Toten.", True),
        ("Gegen ihn wird ermittelt. Seine Frau meldete sich zu Wort.", True),
        ("Am Abend wurde eine Frau verletzt.", True),
        ("Der Vater des Opfers ist erschüttert.", True),
        ("Der Trainer des SV Rotheim, Dirk Lamprecht, übte Kritik.", False),
        ("Die Weinkönigin ", False),
        ("Der Sänger Tim Roland hat sich getrennt.", False),
        ("Der Gewinn sank. Die Lage ist ernst.", False),
        ("„Der Mann ist gefährlich“, hieß es.", False),
    ],
)
def test_unnamed_people(words: str, unnamed: bool) -> None:
    from summarizer.attribution.speakers.unnamed_people import unnamed_in

    assert unnamed_in(words) is unnamed
