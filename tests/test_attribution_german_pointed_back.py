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


# The paragraph that points back is read in its first sentence only, and its subject is the name
# right after the verb, ending where the name ends; a doubtful read names nobody, never the next
# name (fixA22).
_LECHNER = "Bürgermeisterin Eva Lechner eröffnete das Fest.\n\n„Wir feiern heute gemeinsam.“\n\n"


@pytest.mark.parametrize(
    "after",
    [
        "Das sagte Lechner. Landrat Jan Roth nickte.",
        "Das sagte Eva Lechner. Jan Roth nickte.",
        "Das betonte Lechner. Landrat Jan Roth sagte dazu nichts.",
        "Das sagte Lechner.\n\nLandrat Jan Roth nickte.",
    ],
)
def test_the_next_sentence_is_not_read_for_the_subject(after: str) -> None:
    quote = find_quotes(_LECHNER + after, "de", "")[-1]
    assert (quote.speaker, quote.confidence) == ("Eva Lechner", "high")


@pytest.mark.parametrize(
    "after",
    [
        "Das sagte Lechner Landrat Jan Roth ins Gesicht.",  # a subject, then the one told
        "Das sagte die Frau von Landrat Jan Roth.",  # an owner's name
        "Das sprach sich bis zu Landrat Jan Roth herum.",  # a preposition's noun; no saying
        "Das erklärte Landrat Jan Roth kurzerhand für beendet.",  # declaring ended is no saying
        "Mit diesen Worten hatte die Bürgermeisterin Landrat Jan Roth begrüßt.",  # two persons
        "Mit diesen Worten zitierte Landrat Jan Roth die Bürgermeisterin.",  # he quotes her
    ],
)
def test_a_doubtful_subject_names_nobody(after: str) -> None:
    speakers = {q.speaker for q in find_quotes(_LECHNER + after, "de", "")}
    assert not any(s and "Roth" in s for s in speakers)
    assert find_quotes(_LECHNER + after, "de", "")[-1].speaker is None


def test_a_cue_in_the_same_paragraph_ends_with_its_sentence() -> None:
    text = _LECHNER.rstrip("\n") + " Das sagte Lechner. Jan Roth nickte."
    quote = find_quotes(text, "de", "")[-1]
    assert (quote.speaker, quote.confidence) == ("Eva Lechner", "high")


@pytest.mark.parametrize(
    "after",
    [
        "Das sagte Lechner am Montag gegenüber der Zeitung.",
        "Das sagte Lechner, die Bürgermeisterin der Stadt, am Abend.",
        "Das sagte die SPD-Politikerin Eva Lechner am Abend.",
        "Dies teilte Eva Lechner am Abend mit.",
        "Das erklärte am Montag Eva Lechner.",
    ],
)
def test_a_plain_subject_still_speaks(after: str) -> None:
    quote = find_quotes(_LECHNER + after, "de", "")[-1]
    assert (quote.speaker, quote.confidence) == ("Eva Lechner", "high")


def test_many_doubtful_subjects_stay_linear() -> None:
    text = (
        _LECHNER
        + (_QUOTE + "Das sagte die Frau von Landrat Jan Roth, der dort am Abend war.\n\n") * 300
    )
    assert all(q.speaker is None or "Roth" not in q.speaker for q in find_quotes(text, "de", ""))
