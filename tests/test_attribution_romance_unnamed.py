"""French and Spanish quotations that name nobody: anonymous sources, roles, groups."""
# Sentences written for these tests (romance19), modelled on French and Spanish news shapes.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


# Not the principal of "un proche du ministre" nor "fuentes del ministerio", nor a role's holder.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Selon une source diplomatique, l'accord est « à portée de main »."),
        ("fr", "Selon un proche du ministre, celui-ci est « furieux »."),
        ("fr", "D'après une source proche du dossier, l'enquête est « très avancée »."),
        ("fr", "« La décision est prise », a déclaré le ministre."),
        ("fr", "« Aucun blessé n'est à déplorer », a indiqué la préfecture."),
        ("fr", "« Il y a eu des erreurs », a reconnu un haut fonctionnaire."),
        ("fr", "« Il est furieux », a confié un proche du ministre."),
        ("fr", "« Les discussions sont bloquées », a indiqué une source diplomatique."),
        ("fr", "« Rien n'est encore signé », a précisé une source proche du dossier."),
        (
            "fr",
            (
                "Claire Fontaine a rencontré ses alliés. « Elle n'a pas dormi », a "
                "confié un de ses proches."
            ),
        ),
        (
            "fr",
            (
                "Le ministre Gérald Martin a quitté Paris. « Il est épuisé », a confié "
                "un conseiller."
            ),
        ),
        (
            "fr",
            (
                "Gérald Martin a refusé de commenter. « Le ministre est très remonté », "
                "a glissé son entourage."
            ),
        ),
        (
            "fr",
            (
                "Gérald Martin a refusé de commenter. « Le ministre est très remonté », "
                "selon un proche."
            ),
        ),
        ("fr", ("Julien Marchetti a rencontré Paul Leclerc. « Il le faut », a-t-il ajouté.")),
        ("fr", "« Rien n'est joué », a-t-il dit."),
        ("fr", "« C'est possible », dit-on à Matignon."),
        ("fr", "« La question se pose », explique-t-elle."),
        ("fr", "« Tout va bien », a affirmé à Claire Fontaine le ministre."),
        ("fr", "« Nous serons prêts », a-t-elle confié au « Monde »."),
        ("fr", "« Nous serons prêts », a-t-il déclaré à l'AFP."),
        ("fr", "Les syndicats ont dénoncé une réforme « brutale »."),
        ("fr", "« Nous sommes inquiets », ont déclaré les habitants."),
        ("fr", "« Nous attendons », a-t-elle répété, selon Julien Marchetti."),
        (
            "fr",
            (
                "Julien Marchetti a rencontré Claire Fontaine et Sophie Aubry. « Il le "
                "faut », a-t-elle ajouté."
            ),
        ),
        (
            "fr",
            (
                "« Rien n'est fait », a déclaré Sophie Aubry. Julien Marchetti a "
                "rencontré Claire Fontaine. « Il le faut », a-t-elle ajouté."
            ),
        ),
        (
            "fr",
            ("Julien Marchetti a rencontré Dominique Bernard. « Il le faut », a-t-elle ajouté."),
        ),
        ("fr", "La juge a interrogé Julien Marchetti. « Il le faut », a-t-elle dit."),
        ("es", "Según fuentes diplomáticas, el acuerdo está «muy cerca»."),
        ("es", "Según fuentes del ministerio, el ministro está «furioso»."),
        (
            "es",
            ("De acuerdo con una fuente cercana al caso, la investigación está «muy avanzada»."),
        ),
        ("es", "«La decisión está tomada», dijo el ministro."),
        ("es", "«No hay heridos», informó la Policía."),
        ("es", "«Hubo errores», reconoció un alto funcionario."),
        ("es", "«Está furioso», dijeron fuentes del ministerio."),
        ("es", "«Las conversaciones están bloqueadas», indicaron fuentes diplomáticas."),
        ("es", "«Nada está firmado aún», precisó una fuente cercana al caso."),
        (
            "es",
            (
                "Carmen Ortiz se reunió con sus aliados. «No ha dormido», contó una "
                "persona de su entorno."
            ),
        ),
        ("es", ("El ministro Fernando Blanco salió de Madrid. «Está agotado», dijo un asesor.")),
        (
            "es",
            (
                "Fernando Blanco no quiso comentar. «El ministro está muy molesto», "
                "señalaron fuentes de su departamento."
            ),
        ),
        (
            "es",
            (
                "Fernando Blanco no quiso comentar. «El ministro está muy molesto», "
                "según fuentes de su entorno."
            ),
        ),
        ("es", "Javier Molina se reunió con Sergio Romero. «Hay que hacerlo», dijo él."),
        ("es", "«Nada está decidido», dijo."),
        ("es", "«Es posible», se comenta en Moncloa."),
        ("es", "«La cuestión está abierta», explica ella."),
        ("es", "«Todo va bien», aseguró a Carmen Ortiz el ministro."),
        ("es", "«Estaremos listos», indicó a Efe."),
        ("es", ("Javier Molina recordó que Carmen Ortiz había calificado el plan de «absurdo».")),
        ("es", "Los sindicatos denunciaron una reforma «brutal»."),
        ("es", "«Estamos preocupados», dijeron los vecinos."),
        ("es", "«No lo sé», contestó ella, según relató Javier Molina."),
        (
            "es",
            (
                "Javier Molina se reunió con Carmen Ortiz y Lucía Herrera. «Hay que "
                "hacerlo», dijo ella."
            ),
        ),
        (
            "es",
            (
                "«Nada está hecho», dijo Lucía Herrera. Javier Molina se reunió con "
                "Carmen Ortiz. «Hay que hacerlo», añadió ella."
            ),
        ),
        ("es", "La jueza interrogó a Javier Molina. «Hay que hacerlo», dijo ella."),
        ("es", ("Javier Molina se reunió con Guadalupe Ríos. «Hay que hacerlo», dijo ella.")),
    ],
)
def test_nobody_is_named(lang: str, text: str) -> None:
    said = [q for q in find_quotes(text, lang, "") if q.kind != "title"]
    assert not said or said[-1].speaker is None


# Sources told to an agency, a relative of the named, a group of parents, "fuentes de Hacienda".
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Nous serons prêts », a-t-elle confié au « Monde »."),
        ("fr", "« Le dossier est clos », a indiqué à l'AFP une source judiciaire."),
        ("fr", ("« Le dossier est clos », a indiqué à l'AFP un proche de Julien Marchetti.")),
        (
            "fr",
            ("« Rien n'est tranché », a expliqué au « Figaro » un conseiller de Claire Fontaine."),
        ),
        ("fr", "« Nous voulons la vérité », ont déclaré les parents de la victime."),
        ("es", "«Estaremos listos», indicó a Efe una fuente judicial."),
        ("es", "«Estaremos listos», indicó a Efe un allegado de Javier Molina."),
        ("es", "«Queremos la verdad», dijeron los padres de la víctima."),
        ("es", "«No habrá recortes», han asegurado fuentes de Hacienda."),
    ],
)
def test_more_sources_name_nobody(lang: str, text: str) -> None:
    said = [q for q in find_quotes(text, lang, "") if q.kind != "title"]
    assert not said or said[-1].speaker is None
