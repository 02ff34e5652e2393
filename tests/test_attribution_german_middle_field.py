"""German cues whose subject has adverbials or a verb bracket around it: "Wie X am Montag sagte,",
"…“ gebaut, erklärte X gegenüber der Zeitung.", "…“ gebaut, hatte X zuvor erklärt."."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.quoted import only_quote
from tests.work_counts import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        # a clause "Wie" opens puts its verb last: adverbials stand between subject and cue
        "Wie Eva Lindner am Dienstag mitteilte, sei der Vertrag „eine gute Grundlage“.",
        "Wie Eva Lindner im Landtag sagte, werde das Gesetz „noch im Herbst“ beschlossen.",
        "Wie die Ministerin Eva Lindner am Dienstag im Landtag sagte, sei das „kein Problem“.",
        # a cue after the clause that holds the quotation, its subject followed by adverbials
        "Das Gesetz werde „noch im Herbst“ beschlossen, erklärte Eva Lindner gegenüber dem Sender.",
        # or inside an indicative verb bracket after that clause's comma
        "Das Gesetz werde „noch im Herbst“ beschlossen, hatte Eva Lindner zuvor erklärt.",
        "Das Gesetz werde „noch im Herbst“ beschlossen, hat Eva Lindner am Dienstag gesagt.",
    ],
)
def test_subject_found_past_adverbials_and_brackets(text: str) -> None:
    assert only_quote(text, "de").speaker == "Eva Lindner"


@pytest.mark.parametrize(
    "text",
    [
        # not a verb of saying: "erfuhr" reports no words
        "Wie Eva Lindner am Dienstag erfuhr, sei der Vertrag „eine gute Grundlage“.",
        # a Konjunktiv bracket reports what someone else said she said
        "Das Gesetz werde „noch im Herbst“ beschlossen, habe Eva Lindner gesagt.",
        # denied
        "Das Gesetz werde „noch im Herbst“ beschlossen, hatte Eva Lindner nie gesagt.",
        # a participle that says no words
        "Das Gesetz werde „noch im Herbst“ beschlossen, hatte Eva Lindner gehofft.",
        # an object after the subject: the quotation is not what she said
        "Das Gesetz sei „zu spät“ gekommen, kritisierte Eva Lindner den Plan der Opposition.",
    ],
)
def test_other_frames_name_nobody(text: str) -> None:
    assert only_quote(text, "de").speaker is None


def test_many_bracketed_clauses_stay_linear() -> None:
    sentence = "Das werde „bald“ gebaut, hatte Eva Lindner am Montag im Rat erklärt. "

    def run(n: int) -> None:
        quotes = [q for q in find_quotes(sentence * n, "de") if q.kind != "title"]
        assert quotes[-1].speaker == "Eva Lindner"

    assert_linear(run, 100)
