"""French and Spanish listeners: the one told ("à Claire Fontaine", "a Efe") never speaks."""
# Sentences written for these tests (romance19), modelled on French and Spanish news shapes.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str, lang: str) -> Quote:
    """The text's last quotation that is no name or title."""
    return [q for q in find_quotes(text, lang, "") if q.kind != "title"][-1]


# "a dit X à Y", "indicó a Efe": the speaker is X or the dropped subject, never Y.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "fr",
            "« Nous serons prêts », a dit Julien Marchetti à Claire Fontaine.",
            "Julien Marchetti",
        ),
        (
            "fr",
            "« Nous serons prêts », a assuré Claire Fontaine à Julien Marchetti.",
            "Claire Fontaine",
        ),
        ("fr", "« Nous serons prêts », a confié Claire Fontaine au « Monde ».", "Claire Fontaine"),
        ("fr", "« Nous serons prêts », a déclaré Julien Marchetti à l'AFP.", "Julien Marchetti"),
        (
            "fr",
            (
                "Julien Marchetti était l'invité de France Inter. « Nous serons prêts », "
                "a-t-il déclaré au « Parisien »."
            ),
            "Julien Marchetti",
        ),
        ("es", "«Estaremos listos», dijo Javier Molina a Carmen Ortiz.", "Javier Molina"),
        ("es", "«Estaremos listos», aseguró Carmen Ortiz a Javier Molina.", "Carmen Ortiz"),
        ("es", "«Estaremos listos», indicó Carmen Ortiz a Efe.", "Carmen Ortiz"),
        ("es", "«Estaremos listos», declaró Javier Molina a El País.", "Javier Molina"),
        ("es", "«Estaremos listos», le dijo Javier Molina a Carmen Ortiz.", "Javier Molina"),
    ],
)
def test_the_one_told_never_speaks(lang: str, text: str, who: str) -> None:
    assert _last(text, lang).speaker == who


# A dropped Spanish subject past the one told ("dijo a Efe"): the person going on, a guess.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Javier Molina llegó tarde. «Estaremos listos», dijo a Efe.", "Javier Molina"),
        (
            "Javier Molina llegó tarde. «Estaremos listos», ha explicado a Europa Press.",
            "Javier Molina",
        ),
        (
            "«No cederé», dijo Javier Molina. «Estaremos listos», dijo a Efe Carmen Ortiz.",
            "Carmen Ortiz",
        ),
    ],
)
def test_a_dropped_subject_speaks_past_the_one_told(text: str, who: str) -> None:
    assert _last(text, "es").speaker == who
