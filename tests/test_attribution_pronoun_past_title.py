"""A quoted title or name before a quotation ends its cue window, not the text where its pronoun
finds its person: "Monique Berthier … « La Page blanche ». Samedi, elle … « … », a-t-elle dit"."""
# fres24: the title was read as the quotation before, so "elle" found nobody named after it.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str | None, str]]:
    """The speaker and kind of each quotation of `text`."""
    return [(q.speaker, q.kind) for q in find_quotes(text, lang, "")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Pendant quarante ans, Monique Berthier a levé le rideau de « La Page blanche ». "
            "Samedi, elle fermera. « Je pars », a-t-elle confié au Monde.",
            "fr",
            "Monique Berthier",
        ),
        (
            "Son entraîneur, Bastien Delmas, a qualifié le match de « plus mauvais de l'année ». "
            "« On n'a pas d'excuse », a-t-il déclaré.",
            "fr",
            "Bastien Delmas",
        ),
        (
            "Durante años, Pilar Sanz dirigió la revista «Tierra». Ahora deja el cargo. "
            "«Estoy cansada», dijo.",
            "es",
            "Pilar Sanz",
        ),
    ],
)
def test_the_pronoun_reads_back_past_the_title(text: str, lang: str, speaker: str) -> None:
    assert _said(text, lang)[-1] == (speaker, "speech")


# Negatives: a quotation that is speech still ends the context, and two people past the title
# leave the pronoun open.
@pytest.mark.parametrize(
    "text",
    [
        "Monique Berthier a dirigé la librairie. « C'est fini », a dit Anne Roux. Samedi, la "
        "boutique « La Page » fermera. « Je pars », a-t-elle confié.",
        "Monique Berthier et Anne Roux ont dirigé « La Page blanche ». « Je pars », a-t-elle dit.",
    ],
)
def test_speech_or_two_people_leave_it_open(text: str) -> None:
    assert _said(text, "fr")[-1][0] in (None, "Anne Roux")
