"""German: a noun an article and an adjective ask for is no forename of the name after it."""
# "der mitangeklagte Bauunternehmer Horst Kessler": "mitangeklagte" needs a noun, so
# "Bauunternehmer" is the man's occupation and "Horst Kessler" his name (deown21a).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "de", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Der mitangeklagte Bauunternehmer Horst Kessler wurde verurteilt. Kessler sagte, er "
        "bereue „jeden einzelnen Umschlag“.",
        "Der frühere Dachdecker Horst Kessler stand vor Gericht. „Das tut mir leid“, sagte "
        "Kessler.",
        "Die neue Vereinsvorsitzende Anna Lauber trat an. „Wir fangen neu an“, sagte Lauber.",
    ],
)
def test_the_noun_after_an_adjective_is_left_out_of_the_name(text: str) -> None:
    speaker = _speakers(text)[0]
    assert speaker is not None and speaker.split()[0] in ("Horst", "Anna"), speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # two capitalised words after the adjective: a forename and a surname, kept whole
        ("Der junge Horst Kessler stand auf. „Das tut mir leid“, sagte Kessler.", "Horst Kessler"),
        # no adjective after the article: nothing changes
        (
            "Der Bauunternehmer Horst Kessler stand auf. „Das tut mir leid“, sagte Kessler.",
            "Horst Kessler",
        ),
    ],
)
def test_a_name_of_two_words_after_an_adjective_stays_whole(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_many_adjectives_and_names_stay_linear() -> None:
    text = "Der frühere Maurer Jan Roth kam. " * 400 + "„Gut“, sagte Roth."
    assert _speakers(text) == ["Jan Roth"]


# A known forename after the article and the adjective is part of the name, never their noun; the
# noun is the capitals before the first known forename; with no known forename nothing is cut
# (fixA22).
@pytest.mark.parametrize(
    ("lead", "surname", "speaker"),
    [
        ("Die 34-jährige Anna Lena Roth kam ins Ziel.", "Roth", "Anna Lena Roth"),
        ("Der 45-jährige Jan Philipp Roth kam ins Ziel.", "Roth", "Jan Philipp Roth"),
        ("Der kleine Karl Heinz Berg kam ins Ziel.", "Berg", "Karl Heinz Berg"),
        ("Gestern kam der junge Hans Peter Berg ins Ziel.", "Berg", "Hans Peter Berg"),
        ("Der brasilianische Luiz Inácio Lula kam an.", "Lula", "Luiz Inácio Lula"),
        ("Die ehemalige First Lady Michelle Obama kam an.", "Obama", "Michelle Obama"),
    ],
)
def test_a_double_forename_keeps_its_first_word(lead: str, surname: str, speaker: str) -> None:
    quotes = find_quotes(f"{lead} „Ich bin froh“, sagte {surname}.", "de", "")
    assert [(q.speaker, q.confidence) for q in quotes] == [(speaker, "high")]
