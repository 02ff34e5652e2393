"""Names after a body's name (`leftde31`): German "der Außenminister der Russischen Föderation
Sergei Lawrow" (an adjective in -en opens the genitive's body) and "sagte Deutsche Fußball Liga
Marc Lenz." (a body run the clause closes on: the full name after it speaks); Russian "— сказала
Макрону Мелони" (a man's dative by form, then an undeclined foreign surname: she speaks)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_DE = "„Wir bleiben dabei“,"
_RU = "«Мы договорились», —"


def _found(text: str, lang: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.confidence) for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("sagte der Außenminister der Russischen Föderation Sergei Lawrow.", "Sergei Lawrow"),
        ("sagte die Präsidentin der Europäischen Kommission Ursula Weyden.", "Ursula Weyden"),
        ("sagte der Chef der Deutschen Bank Olaf Kern.", "Olaf Kern"),
        ("sagte Deutsche Fußball Liga Marc Lenz.", "Marc Lenz"),
        ("sagte Bayern München Olaf Kern.", "Olaf Kern"),
    ],
)
def test_the_person_after_a_body_speaks(cue: str, speaker: str) -> None:
    assert _found(f"{_DE} {cue}", "de") == [(speaker, "high")]


# Negatives: a town's name after the body is no person's; a verb's part after the run, or an
# aside, keeps the reading of a body telling someone; a body alone is described.
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (
            "sagte der Präsident der Technischen Universität Bad Homburg.",
            "Präsident der Technischen Universität Bad Homburg",
        ),
        ("sagte der Sprecher der Deutschen Bank.", "Sprecher der Deutschen Bank"),
        ("teilte Deutsche Fußball Liga Marc Lenz mit.", "Deutsche Fußball Liga"),
        ("sagte Bayern München Olaf Kern, der Trainer.", "Bayern München"),
    ],
)
def test_no_person_is_made_of_a_body(cue: str, speaker: str) -> None:
    assert _found(f"{_DE} {cue}", "de") == [(speaker, "low")]


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказала Макрону Мелони.", "Мелони"),
        ("сказала Блинкену Мадуро.", "Мадуро"),
        ("сказала Рамзану Каримова.", "Каримова"),
    ],
)
def test_a_mans_dative_before_her_undeclined_surname_is_told(cue: str, speaker: str) -> None:
    assert _found(f"{_RU} {cue}", "ru") == [(speaker, "high")]


# Negatives: after a man's verb the old readings stay; two datives of that shape are one name.
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("сказал Меркель Путин.", ("Меркель Путин", "low")),
        ("сказала Жаиру Болсонару.", (None, "low")),
    ],
)
def test_other_pairs_keep_their_reading(cue: str, speaker: tuple[str | None, str]) -> None:
    assert _found(f"{_RU} {cue}", "ru") == [speaker]
