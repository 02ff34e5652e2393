"""French and Spanish: "elle"/"il" after two people of its gender named in the text it reads back
through (past a title too) may be either: nobody, even when the first is marked by her name."""
# fixF24: after fres24's `pronoun_past_titles` the subject of the sentence before the title was
# taken though the one she met, a woman too, was nearer (speakers/pronoun_fit._nearer).

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str = "fr") -> list[str | None]:
    """The speaker of each quotation of `text`."""
    return [q.speaker for q in find_quotes(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        "Marie Leroy a rencontré Claire Vidal, autrice de « Les Ombres ». « C'est un livre sur le "
        "deuil », a-t-elle confié.",
        "Paul Roux a défendu Marc Petit, auteur de « La Chute ». « Je n'ai rien à me reprocher », "
        "a-t-il déclaré.",
        "Marie Leroy a rencontré Claire Vidal. « C'est un livre sur le deuil », a-t-elle confié.",
    ],
)
def test_a_pronoun_after_two_people_of_its_gender_names_nobody(text: str) -> None:
    assert _said(text)[-1] is None


# Negatives: the other one named is of the other gender, or is the one found.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Marie Leroy a rencontré Paul Roux, auteur de « La Chute ». « C'est un livre dur », "
            "a-t-elle confié.",
            "Marie Leroy",
        ),
        (
            "Marie Leroy a rencontré Paul Roux. « C'est un livre dur », a-t-elle confié.",
            "Marie Leroy",
        ),
        (
            "Monique Berthier a levé le rideau de « La Page blanche ». Samedi, elle a salué. "
            "« C'est une fête », a-t-elle confié.",
            "Monique Berthier",
        ),
    ],
)
def test_a_pronoun_with_one_person_of_its_gender_finds_her(text: str, speaker: str) -> None:
    assert _said(text)[-1] == speaker
