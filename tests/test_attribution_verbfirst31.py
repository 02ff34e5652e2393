"""A name set off after a verb-first cue's subject with a description ("said her opponent, Green
lawmaker Claire Fontaine"; "a indiqué son avocat, le pénaliste Marc Dunand"; "dijo su abogado, el
penalista Marcos Duarte") is the speaker; in German, a role's adjectives ("die grüne Abgeordnete
Clara Fuchs") and a bare agent's noun ("Strafverteidiger Mark Dunz") stay out of the apposed name
(verbfirst31; texts written for these tests)."""
# The probe paragraphs (tests/data/probes/appositions_verbfirst31.toml) were written with their
# gold before the finder ran; `bench/world_probes.py --file …` prints their figures.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


@pytest.mark.parametrize(
    ("lang", "paragraph", "speaker"),
    [
        (
            "en",
            '"We will fight this budget," said her opponent, Green lawmaker Claire Fontaine.',
            "Claire Fontaine",
        ),
        (
            "fr",
            "« Nous ferons appel », a indiqué son avocat, le pénaliste Marc Dunand.",
            "Marc Dunand",
        ),
        (
            "es",
            "«Vamos a recurrir», dijo su abogado, el penalista Marcos Duarte, el viernes.",
            "Marcos Duarte",
        ),
        (
            "fr",
            "« Le bruit commence », a expliqué leur voisin, l'ancien instituteur Paul Mercier.",
            "Paul Mercier",
        ),
        (
            "de",
            "Ihr Anwalt, Strafverteidiger Mark Dunz, sagte: „Wir gehen in Berufung.“",
            "Mark Dunz",
        ),
        (
            "de",
            "Ihre Gegnerin, die grüne Abgeordnete Clara Fuchs, sagte: „Der Haushalt opfert das"
            " Klima.“",
            "Clara Fuchs",
        ),
        (
            "de",
            "„Der Haushalt opfert das Klima“, sagte ihre Gegnerin, die grüne Abgeordnete Clara"
            " Fuchs.",
            "Clara Fuchs",
        ),
        (
            "de",
            "Ihre Heimat, die kleine Stadt Bad Ems, feierte. Die Bürgermeisterin sagte: „Wir sind"
            " stolz.“",
            "Bürgermeisterin",
        ),
        (
            "fr",
            "« Nous embaucherons », a affirmé le fondateur de la société, l'ingénieur Rémi Osset.",
            "Rémi Osset",
        ),
        (
            "es",
            "«Vamos a recurrir», dijo el abogado de la ministra, la penalista Lucía Herrero.",
            None,
        ),
        ("en", '"He was kind," said her sister, wife of Tom Hale.', "her sister"),
        ("fr", "« Nous ferons appel », a indiqué son avocat, représentant Marc Dunand.", None),
        ("es", "«Vamos a recurrir», dijeron sus abogados, Marcos Duarte y Ana Ruiz.", None),
    ],
)
def test_described_name_after_a_verb_first_cue(lang: str, paragraph: str, speaker: str) -> None:
    said = [q for q in find_quotes(f"Intro line here.\n\n{paragraph}", lang) if q.kind != "title"]
    assert len(said) == 1
    assert said[0].speaker == speaker
