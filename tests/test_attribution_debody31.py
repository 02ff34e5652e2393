"""German bodies that speak (`debody31`).

The probe paragraphs (tests/data/probes/german_bodies_debody31.toml, invented, gold set before
the finder ran) hold the forms a body speaks in: "teilte das Ministerium mit", "Die Polizei
erklärte:", "hieß es in einer Mitteilung der Stadtwerke", a spokesperson, a website, "nach
Angaben der Feuerwehr", reported speech, acronyms, a body and its chief, a body as object, and
negatives where a person speaks. On main at 2d19e956: right / wrong / none 119 / 10 / 13 of 142;
after this branch 129 / 0 / 13. The ten wrong named the bare plural after the cue ("Der ADAC rät
Autofahrern, „…“": "Autofahrern").
"""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str) -> str | None:
    [quote] = find_quotes(text, "de")
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a bare plural after the cue is its object: a dative plural of an "-er" noun after any
        # verb, a group noun after a singular verb (were "Autofahrern", "Beschäftigten", "Kunden")
        ("Der ADAC rät Autofahrern, „früh loszufahren“.", "ADAC"),
        ("Der DGB empfiehlt Beschäftigten: „Kennen Sie Ihre Rechte.“", "DGB"),
        ("Der TÜV rät Kunden, „den Vertrag zu prüfen“.", "TÜV"),
        ("Der Mieterverein rät Mietern: „Zahlen Sie nicht.“", "Mieterverein"),
        # a group noun after a plural verb is still its subject; a surname after a dative too
        ("„Das ist falsch“, sagten Experten.", "Experten"),
        ("Der ARD sagte Petersen: „Wir bleiben.“", "Petersen"),
        ("Der ARD sagte Kern: „Wir bleiben.“", "Kern"),
        ("„Wir kämpfen“, sagte Kapitän Jonas Wagner.", "Jonas Wagner"),
    ],
)
def test_bare_plural_shapes(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


def test_bare_plural_stays_linear() -> None:
    one = "Der ADAC rät Autofahrern, „früh loszufahren“. Der TÜV rät Kunden: „Prüfen!“ "
    assert_linear(lambda n: find_quotes(one * n, "de"), 25)
