"""German: a quotation paragraph the next paragraph points back to is not the speaker before's."""
# "„…“\n\nMit diesen Worten beschrieb Bürgermeisterin Eva Lechner …": the paragraph after gives
# the words to someone, so neither the speaker before nor the paragraph before speaks (deown21a).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_BEFORE = "Georg Stadler kam am Morgen. „Niemand wird allein gelassen“, sagte Stadler.\n\n"
_NARRATED = "Georg Stadler kam am Morgen. Er versprach den Anwohnern schnelle Hilfe.\n\n"
_QUOTE = "„Jeder hier kannte die beiden. Sie haben das Café geführt.“\n\n"


def _second(text: str) -> str | None:
    return find_quotes(text, "de", "")[-1].speaker


@pytest.mark.parametrize(
    "after",
    [
        "Mit diesen Worten beschrieb Bürgermeisterin Eva Lechner die Stimmung im Ort.",
        "Mit diesen Worten beschrieb Bürgermeisterin Eva Lechner am Nachmittag die gedrückte "
        "Stimmung im ganzen Ort.",
        "Das sagte Bürgermeisterin Eva Lechner am Abend.",
        "So äußerte sich Bürgermeisterin Eva Lechner am Abend.",
    ],
)
@pytest.mark.parametrize("before", [_BEFORE, _NARRATED])
def test_words_pointed_back_to_are_not_the_speaker_befores(before: str, after: str) -> None:
    assert _second(before + _QUOTE + after) != "Georg Stadler"


@pytest.mark.parametrize(
    "after",
    [
        "Das Gutachten soll bis Ende des Monats vorliegen.",  # "Das" and a noun: no pointing back
        "So schnell wie möglich soll geholfen werden.",  # "So" and no reporting verb
    ],
)
def test_a_paragraph_that_points_nowhere_lets_the_speaker_go_on(after: str) -> None:
    assert _second(_BEFORE + _QUOTE + after) == "Georg Stadler"


def test_many_quotation_paragraphs_stay_linear() -> None:
    text = _BEFORE + (_QUOTE + "Das sagte Eva Lechner.\n\n") * 300
    assert _second(text) == "Eva Lechner"


# The sentence that points back names the speaker, as it does in the quotation's own paragraph.
@pytest.mark.parametrize(
    "after",
    [
        "Das sagte Bürgermeisterin Eva Lechner am Abend. Die Gemeinde plant eine Trauerfeier.",
        "Mit diesen Worten beschrieb Eva Lechner die Stimmung.",
    ],
)
def test_the_paragraph_that_points_back_names_the_speaker(after: str) -> None:
    assert _second(_BEFORE + _QUOTE + after) == "Eva Lechner"


@pytest.mark.parametrize(
    "after",
    [
        "Das bestätigte Bürgermeisterin Eva Lechner am Abend.",  # she agrees; someone else spoke
        "Das sagte Eva Lechner nie.",  # the words are denied her
    ],
)
def test_a_paragraph_that_agrees_or_denies_names_nobody(after: str) -> None:
    assert _second(_BEFORE + _QUOTE + after) != "Eva Lechner"
