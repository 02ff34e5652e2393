"""German roles, ages and nationalities at a cue, reviewed by fresh probes (`review29`).

The probe paragraphs (tests/data/probes/german_roles_review29.toml, invented, gold set before the
finder ran) put a second person of the role's gender in view, a person spoken of while someone
unnamed speaks ("Ihre Tochter kam"), a plural role, a noun in -e of any gender ("die Legende"), a
firm's agent noun ("der Autobauer") or the dead next to a role at the cue: no wrong name may come
out, and the cases where one person fits keep their floor.
"""

from __future__ import annotations

import pytest


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
