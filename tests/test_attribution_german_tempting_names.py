"""German: a wrong speaker is never given where two people, a body or a nested report tempt one."""
# Each case names the speakers a reader accepts; no speaker ("") is accepted wherever the sentence
# leaves it open. A wrong name is the failure: null is preferred to a guess. The cases are
# development probes (tests/data/probes/german_tempting_names.toml), and the ones the finder
# gets right guard against regressions.

from __future__ import annotations

from collections.abc import Callable

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


# The shapes this round fixed, by speaker, so a fall back to null would show too.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jan Roth sagte, Petra Berger habe erklärt, der Plan sei „nicht bezahlbar“.", None),
        ("Petra Berger erklärte, Jan Roth habe ihr gesagt, er wolle „keine Kompromisse“.", None),
        ("Nach Angaben von Jan Roth soll Petra Berger gesagt haben: „Das mache ich nicht.“", None),
        ("Petra Berger berichtete, ihr Kollege Jan Roth habe gerufen: „Feuer!“", None),
        ("Petra Berger erinnerte an die Worte ihrer Mutter: „Gib nie auf.“", None),
        ("Jan Roth erhielt einen Brief von Petra Berger: „Ich trete zurück.“", None),
        ("Petra Berger teilte die Einschätzung von Jan Roth, die Lage sei „dramatisch“.", None),
        ("Jan Roth wies den Vorwurf von Petra Berger zurück, er sei „korrupt“.", None),
        ("Der Verband kritisierte Minister Jan Roth: „Er ignoriert uns.“", "Verband"),
        ("Petra Berger kritisierte Jan Roth. Er habe „die Wähler getäuscht“.", None),
        ("Eva Ems traf Jan Roth. Er habe „nichts“ gewusst.", None),
        ("Petra Berger betonte, dass Jan Roth gesagt habe, man werde „nicht nachgeben“.", None),
        ("Jan Roth sagte, er habe von Petra Berger gehört, der Deal sei „geplatzt“.", None),
        ("Jan Roth meinte, Petra Berger habe recht, wenn sie sage, der Plan sei „riskant“.", None),
        (
            "„Das ist falsch“, widersprach dem Minister Jan Roth die Abgeordnete Petra Berger.",
            "Petra Berger",
        ),
    ],
)
def test_the_tempting_name_is_left_out(text: str, speaker: str | None) -> None:
    [quote] = [q for q in find_quotes(text, "de") if q.kind != "title"]
    assert quote.speaker == speaker


# Negatives: the same shapes with the cue's subject as the speaker stay so.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jan Roth sagte, er habe Petra Berger gefragt: „Warum jetzt?“", "Jan Roth"),
        ("Jan Roth sagte, Petra Berger habe ihn gefragt: „Warum jetzt?“", "Petra Berger"),
        ("Jan Roth erinnerte an einen Satz von Petra Berger: „Wir schaffen das.“", "Petra Berger"),
        ("Petra Berger reagierte auf die Kritik von Jan Roth: „Das ist unfair.“", "Petra Berger"),
        ("Laut Jan Roth sagte Petra Berger: „Ich trete zurück.“", "Petra Berger"),
        ("Der Zeitung sagte Jan Roth: „Wir bleiben.“", "Jan Roth"),
        ("„Wir bleiben“, sagte dem Sender Jan Roth.", "Jan Roth"),
        ("Jan Roth sagte, die Regierung habe „versagt“.", "Jan Roth"),
        ("Jan Roth kam spät. Er habe „nichts“ gewusst.", "Jan Roth"),
    ],
)
def test_the_cue_subject_still_speaks_its_own_words(text: str, speaker: str) -> None:
    [quote] = [q for q in find_quotes(text, "de") if q.kind != "title"]
    assert quote.speaker == speaker


# The clause and noun scans read each sentence once: many repeats of the shapes stay linear.
@pytest.mark.parametrize(
    "text",
    [
        lambda n: "Jan Roth sagte, " + "Petra Berger habe erklärt, " * n + "der Plan sei „teuer“.",
        lambda n: "Eva Ems teilte " + "die Einschätzung von Jan Roth, " * n + "sie sei „gut“.",
        lambda n: ("Roth sagte, er habe von Ems gehört, " * n + "„Ja“. ") * 3,
        lambda n: "„Ja“, widersprach " + "dem Minister Jan Roth " * n + "die Abgeordnete Eva Ems.",
    ],
)
def test_many_repeats_of_the_shapes_stay_linear(text: Callable[[int], str]) -> None:
    assert_linear(lambda n: find_quotes(text(n), "de"), 150)
