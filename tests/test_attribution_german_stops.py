"""Where German sentences end: ordinals, abbreviations and a lower-case word are no stop."""

from __future__ import annotations

import itertools

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cues import cues_for


def _pieces(text: str) -> list[str]:
    """`text` cut at each German sentence stop."""
    ends = [0, *(m.end() for m in cues_for("de").sentence_end.finditer(text)), len(text)]
    return [text[a:b].strip() for a, b in itertools.pairwise(ends) if text[a:b].strip()]


@pytest.mark.parametrize(
    "text",
    [
        "Sie kam am 3. Oktober zurück.",
        "Seit 1. Januar gilt das neue Recht.",
        "Im 19. Jahrhundert wuchs die Stadt.",
        "Der 2. Weltkrieg prägte ihn.",
        "Zum 50. Mal trafen sie sich.",
        "Das regelt Art. 5 des Gesetzes.",
        "Es gilt z. B. für Kinder.",
        "Die sog. Experten kosten 5 Mio. Euro und 2 Mrd. Dollar.",
        "Es gilt vom 3. bis zum 5. Mai.",
        "Er zögerte... und ging dann.",
        "Peter M. Roth und Dr. Lang kamen.",
    ],
)
def test_no_stop_inside_a_german_sentence(text: str) -> None:
    assert _pieces(text) == [text]


# A count, not an ordinal, may end a sentence; so may a capital after "usw." or a number.
@pytest.mark.parametrize(
    "text",
    [
        "Er zählte bis 10. Danach ging er.",
        "Sie belegte Platz 3. Dann kam er.",
        "Der Umsatz stieg auf 15.000. Das war gut.",
        "Es gibt Äpfel, Birnen usw. Danach kam sie.",
        "Das war eine neue Art. Die Frau kam.",
    ],
)
def test_a_stop_stays_a_stop(text: str) -> None:
    assert len(_pieces(text)) == 2


# A date in an aside no longer cuts the subject off its verb.
@pytest.mark.parametrize("date", ["am 20. August 2007", "im 19. Jahrhundert", "am 2. Juni"])
def test_a_date_in_an_aside_keeps_the_subject(date: str) -> None:
    text = (
        f"Der Stadtrat Hans Kerber, der {date} bei der Sitzung anwesend war, verlangte „eine"
        " sofortige Prüfung aller Verträge mit der Baufirma“."
    )
    [quote] = find_quotes(text, "de")
    assert quote.speaker == "Hans Kerber"
