"""French and Spanish cues name the speaker: before, after, incises, hearsay, dashes."""
# Sentences written for these tests (romance19), modelled on French and Spanish news shapes.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str, lang: str) -> Quote:
    """The text's last quotation that is no name or title."""
    return [q for q in find_quotes(text, lang, "") if q.kind != "title"][-1]


# The cue's subject: a name, or the name apposed to a role ("a déclaré le ministre, Gérald Martin").
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("fr", "« Nous ne reculerons pas », a déclaré Claire Fontaine.", "Claire Fontaine"),
        ("fr", "« La situation est grave », a estimé Julien Marchetti, jeudi.", "Julien Marchetti"),
        (
            "fr",
            "« Rien n'est décidé », a affirmé Odile Brunet lors d'un point presse.",
            "Odile Brunet",
        ),
        ("fr", "« C'est une étape décisive », a souligné Bernard Lacombe.", "Bernard Lacombe"),
        ("fr", "« Les négociations reprendront lundi », a indiqué Sylvie Perrin.", "Sylvie Perrin"),
        ("fr", "« Nous avons été trahis », a dénoncé Marc Oudin.", "Marc Oudin"),
        ("fr", "« Les caisses sont vides », a reconnu Étienne Roussel.", "Étienne Roussel"),
        ("fr", "« Je ne serai pas candidat », a annoncé Luc Berthier mardi soir.", "Luc Berthier"),
        ("fr", "« Le calendrier sera tenu », assure Nadia Belkacem.", "Nadia Belkacem"),
        ("fr", "« Personne ne nous a prévenus », explique Thierry Vasseur.", "Thierry Vasseur"),
        ("fr", "« Il faut agir vite », estime Camille Renaud.", "Camille Renaud"),
        ("fr", "“Nous sommes prêts”, a déclaré Paul Leclerc.", "Paul Leclerc"),
        ("fr", '"Nous sommes prêts", a déclaré Paul Leclerc.', "Paul Leclerc"),
        (
            "fr",
            ("« Nous voulons la paix, a déclaré Anne Mercier. Mais pas à n'importe quel prix. »"),
            "Anne Mercier",
        ),
        (
            "fr",
            ("« Cette loi est injuste, a estimé Hugo Lambert, et nous la combattrons. »"),
            "Hugo Lambert",
        ),
        ("fr", "Claire Fontaine a déclaré : « Nous ne reculerons pas. »", "Claire Fontaine"),
        ("fr", "Julien Marchetti a prévenu : « Ce sera long. »", "Julien Marchetti"),
        ("fr", "Devant les députés, Odile Brunet a lancé : « Votez ce texte. »", "Odile Brunet"),
        ("fr", "Sylvie Perrin a expliqué que la réforme était « indispensable ».", "Sylvie Perrin"),
        ("fr", "Marc Oudin a jugé la décision « scandaleuse ».", "Marc Oudin"),
        ("fr", "Selon Patrick Girard, la réforme est « mal préparée ».", "Patrick Girard"),
        ("fr", "D'après Hélène Carré, le projet reste « sur les rails ».", "Hélène Carré"),
        ("fr", "La mesure « coûtera cher », selon Arnaud Delmas.", "Arnaud Delmas"),
        (
            "fr",
            "Selon le maire de Lyon, Pierre Vidal, le chantier est « une priorité ».",
            "Pierre Vidal",
        ),
        (
            "fr",
            (
                "« Nous renforçons les contrôles », a déclaré le ministre de "
                "l'Intérieur, Gérald Martin."
            ),
            "Gérald Martin",
        ),
        (
            "fr",
            "« La dette baisse », a affirmé la ministre des Finances, Agnès Morel.",
            "Agnès Morel",
        ),
        (
            "fr",
            ("« Le dialogue continue », a indiqué le porte-parole du gouvernement, Olivier Ravel."),
            "Olivier Ravel",
        ),
        (
            "fr",
            ("« Les urgences sont saturées », a alerté le directeur de l'hôpital, Jean Castel."),
            "Jean Castel",
        ),
        (
            "fr",
            ("« Nous attendons des preuves », a réagi l'avocat de la famille, Me Louis Pernet."),
            "Louis Pernet",
        ),
        (
            "fr",
            ("« Le vote aura lieu mardi », a précisé le président du Sénat, Paul Gardet."),
            "Paul Gardet",
        ),
        (
            "fr",
            ("« Il n'y a pas de crise », a assuré le Premier ministre, François Dalmas."),
            "François Dalmas",
        ),
        (
            "fr",
            (
                "« La frontière restera ouverte », a déclaré le chef de la diplomatie "
                "espagnole, Luis Romero."
            ),
            "Luis Romero",
        ),
        (
            "fr",
            ("Le ministre de l'Intérieur, Gérald Martin, a déclaré : « La loi sera appliquée. »"),
            "Gérald Martin",
        ),
        (
            "fr",
            ("La maire de Nantes, Sophie Aubry, a estimé que le projet était « mal ficelé »."),
            "Sophie Aubry",
        ),
        ("fr", "— Nous ne céderons pas, a lancé Julien Marchetti.", "Julien Marchetti"),
        ("fr", "– Nous ne céderons pas, a répondu Claire Fontaine.", "Claire Fontaine"),
        (
            "fr",
            ("— Nous ne céderons pas, a déclaré le ministre de l'Intérieur, Gérald Martin."),
            "Gérald Martin",
        ),
        (
            "fr",
            (
                "Julien Marchetti a critiqué la réforme, qu'il a qualifiée de « "
                "catastrophe pour toutes les familles modestes du pays »."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "Le ministre Gérald Martin a salué l'accord, qu'il a qualifié de « pas "
                "de géant pour la paix dans toute la région »."
            ),
            "Gérald Martin",
        ),
        (
            "fr",
            ("Julien Marchetti a rappelé que Claire Fontaine avait jugé le plan « absurde »."),
            "Claire Fontaine",
        ),
        (
            "fr",
            "« Il ment », a accusé Claire Fontaine, visant Julien Marchetti.",
            "Claire Fontaine",
        ),
        (
            "fr",
            "« Il ment », a lancé Claire Fontaine à propos de Julien Marchetti.",
            "Claire Fontaine",
        ),
        ("fr", "« Ce n'est qu'un début », a martelé Bernard Lacombe.", "Bernard Lacombe"),
        ("fr", "« Nous avons gagné », s'est félicitée Nadia Belkacem.", "Nadia Belkacem"),
        ("fr", "« C'est inacceptable », s'est indigné Thierry Vasseur.", "Thierry Vasseur"),
        ("fr", "« On verra », a répondu sobrement Camille Renaud.", "Camille Renaud"),
        ("fr", "« Rien ne presse », a tempéré Étienne Roussel.", "Étienne Roussel"),
        (
            "fr",
            ("« La page est tournée », a déclaré mercredi à Bruxelles Claire Fontaine."),
            "Claire Fontaine",
        ),
        (
            "fr",
            (
                "« La page est tournée », a déclaré mercredi la présidente de la "
                "Commission, Ursula Brandt."
            ),
            "Ursula Brandt",
        ),
        ("fr", "« La page est tournée », a déclaré la députée LR Valérie Simon.", "Valérie Simon"),
        (
            "fr",
            "« La page est tournée », a déclaré le député socialiste Henri Marty.",
            "Henri Marty",
        ),
        (
            "fr",
            "« Nous sommes sereins », a affirmé l'entraîneur du PSG, Luis Ortega.",
            "Luis Ortega",
        ),
        ("fr", "« Ce sera serré », a estimé le sénateur Robert Blanc (LR).", "Robert Blanc"),
        ("fr", "« C'est une victoire », a réagi sur Twitter Claire Fontaine.", "Claire Fontaine"),
        ("fr", "« Nous avons peur », témoigne Aïcha, 34 ans, mère de trois enfants.", "Aïcha"),
        ("fr", "« Nous avons peur », raconte Marie, une habitante du quartier.", "Marie"),
        (
            "fr",
            ("Interrogé par Le Monde, Julien Marchetti a déclaré : « Je n'ai rien à cacher. »"),
            "Julien Marchetti",
        ),
        (
            "fr",
            ("Interrogée sur France 2, Claire Fontaine a répondu : « Je n'ai rien à cacher. »"),
            "Claire Fontaine",
        ),
        ("fr", "« Je démissionne », a écrit Claire Fontaine sur X.", "Claire Fontaine"),
        ("es", "«No vamos a retroceder», dijo Carmen Ortiz.", "Carmen Ortiz"),
        ("es", "«La situación es grave», afirmó Javier Molina este jueves.", "Javier Molina"),
        ("es", "«Nada está decidido», aseguró Lucía Herrera en rueda de prensa.", "Lucía Herrera"),
        ("es", "«Es un paso decisivo», señaló Andrés Salas.", "Andrés Salas"),
        ("es", "«Las negociaciones seguirán el lunes», explicó Marta Vidal.", "Marta Vidal"),
        ("es", "«Nos han traicionado», denunció Óscar Prieto.", "Óscar Prieto"),
        ("es", "«Las arcas están vacías», reconoció Raúl Navarro.", "Raúl Navarro"),
        ("es", "«No seré candidato», anunció Diego Campos el martes.", "Diego Campos"),
        ("es", "«Los plazos se cumplirán», agregó Elena Castro.", "Elena Castro"),
        ("es", "«Nadie nos avisó», indicó Pablo Serrano.", "Pablo Serrano"),
        ("es", "«Hay que actuar rápido», sostuvo Beatriz Luna.", "Beatriz Luna"),
        ("es", "“Estamos preparados”, dijo Sergio Romero.", "Sergio Romero"),
        ("es", '"Estamos preparados", dijo Sergio Romero.', "Sergio Romero"),
        ("es", "«Queremos la paz —dijo Ana Beltrán—, pero no a cualquier precio».", "Ana Beltrán"),
        ("es", "«Esta ley es injusta», ha dicho Tomás Gil.", "Tomás Gil"),
        ("es", "«Esta ley es injusta», ha asegurado Tomás Gil.", "Tomás Gil"),
        ("es", "Carmen Ortiz declaró: «No vamos a retroceder».", "Carmen Ortiz"),
        ("es", "Javier Molina advirtió: «Será largo».", "Javier Molina"),
        ("es", "Ante los diputados, Lucía Herrera afirmó: «Voten este texto».", "Lucía Herrera"),
        ("es", "Marta Vidal explicó que la reforma era «imprescindible».", "Marta Vidal"),
        ("es", "Según Fernando Ibáñez, la reforma está «mal preparada».", "Fernando Ibáñez"),
        ("es", "De acuerdo con Isabel Rojas, el proyecto sigue «en marcha».", "Isabel Rojas"),
        ("es", "La medida «costará caro», según Alberto Méndez.", "Alberto Méndez"),
        (
            "es",
            "Según el alcalde de Sevilla, Manuel Reyes, la obra es «una prioridad».",
            "Manuel Reyes",
        ),
        (
            "es",
            ("«Reforzaremos los controles», dijo el ministro del Interior, Fernando Blanco."),
            "Fernando Blanco",
        ),
        ("es", "«La deuda baja», afirmó la ministra de Hacienda, Rosa Lozano.", "Rosa Lozano"),
        (
            "es",
            "«El diálogo sigue abierto», dijo el portavoz del Gobierno, Luis Gómez.",
            "Luis Gómez",
        ),
        (
            "es",
            ("«Las urgencias están saturadas», alertó el director del hospital, Jorge Peña."),
            "Jorge Peña",
        ),
        (
            "es",
            "«Esperamos pruebas», respondió el abogado de la familia, Ignacio Soler.",
            "Ignacio Soler",
        ),
        (
            "es",
            ("«La votación será el martes», precisó el presidente del Senado, Pedro Ferrer."),
            "Pedro Ferrer",
        ),
        (
            "es",
            "«No hay crisis», aseguró el presidente del Gobierno, Antonio Cano.",
            "Antonio Cano",
        ),
        (
            "es",
            ("«La frontera seguirá abierta», declaró el canciller argentino, Martín Acosta."),
            "Martín Acosta",
        ),
        (
            "es",
            ("El ministro del Interior, Fernando Blanco, declaró: «La ley se cumplirá»."),
            "Fernando Blanco",
        ),
        (
            "es",
            (
                "La alcaldesa de Valencia, Clara Soto, consideró que el proyecto era «un "
                "despropósito»."
            ),
            "Clara Soto",
        ),
        ("es", "—No cederemos —dijo Javier Molina.", "Javier Molina"),
        ("es", "–No cederemos –respondió Carmen Ortiz.", "Carmen Ortiz"),
        (
            "es",
            ("—No cederemos —dijo el ministro del Interior, Fernando Blanco—. Lo dejamos claro."),
            "Fernando Blanco",
        ),
        (
            "es",
            (
                "Javier Molina criticó la reforma, que calificó de «una catástrofe para "
                "todas las familias humildes del país»."
            ),
            "Javier Molina",
        ),
        (
            "es",
            (
                "El ministro Fernando Blanco celebró el acuerdo, que calificó de «un "
                "paso de gigante para la paz en toda la región»."
            ),
            "Fernando Blanco",
        ),
        (
            "es",
            ("«Miente como respira», acusó Carmen Ortiz en referencia a Javier Molina."),
            "Carmen Ortiz",
        ),
        ("es", "«Esto es solo el principio», recalcó Andrés Salas.", "Andrés Salas"),
        ("es", "«Hemos ganado», celebró Elena Castro.", "Elena Castro"),
        ("es", "«Es inaceptable», lamentó Pablo Serrano.", "Pablo Serrano"),
        ("es", "«Ya veremos», respondió escuetamente Beatriz Luna.", "Beatriz Luna"),
        ("es", "«No hay prisa», matizó Raúl Navarro.", "Raúl Navarro"),
        (
            "es",
            "«La página está pasada», dijo el miércoles en Bruselas Carmen Ortiz.",
            "Carmen Ortiz",
        ),
        ("es", "«Estamos tranquilos», afirmó el entrenador del Betis, Luis Ortega.", "Luis Ortega"),
        ("es", "«Será ajustado», estimó el senador Roberto Blanco (PP).", "Roberto Blanco"),
        ("es", "«Es una victoria», escribió en X Carmen Ortiz.", "Carmen Ortiz"),
        ("es", "«Tenemos miedo», relata Rosa, de 34 años, madre de tres hijos.", "Rosa"),
        (
            "es",
            ("Preguntado por la prensa, Javier Molina respondió: «No tengo nada que ocultar»."),
            "Javier Molina",
        ),
        ("es", "«Dimito», escribió Carmen Ortiz en sus redes sociales.", "Carmen Ortiz"),
        (
            "es",
            "«La página está pasada», dijo la diputada del PSOE Valeria Simón.",
            "Valeria Simón",
        ),
        ("es", "«Se lo advertimos», afirmó la portavoz de Podemos, Irene Soler.", "Irene Soler"),
        (
            "es",
            ("«Hay que esperar», ha explicado a Europa Press el consejero de Sanidad, Juan Ruiz."),
            "Juan Ruiz",
        ),
        ("es", "«No tenemos miedo», aseguró en declaraciones a Efe Carmen Ortiz.", "Carmen Ortiz"),
        (
            "es",
            ("Carmen Ortiz y Javier Molina firmaron el pacto. «Es un buen día», dijo Molina."),
            "Javier Molina",
        ),
    ],
)
def test_a_cue_names_its_subject(lang: str, text: str, who: str) -> None:
    assert _last(text, lang).speaker == who


# "Me" (maître) before a first name and surname is no word of the name; lower case "me" is the
# French pronoun, never a title that a role could stand for.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("« Nous attendons », a déclaré Me Louis Pernet.", "Louis Pernet"),
        ("Me Louis Pernet défend la famille. « Je suis confiante », me confie-t-elle.", None),
    ],
)
def test_a_lawyers_honorific_is_no_part_of_the_name(text: str, who: str | None) -> None:
    assert _last(text, "fr").speaker == who


# A one-word turn of dash dialogue before the incise's dash is speech, never a term: the dash
# stands where a comma stands after a quotation mark.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "es",
            "—¿Ya se va? —preguntó Carmen Ortiz.\n—Sí —respondió Javier Molina.",
            "Javier Molina",
        ),
        ("es", "—Nunca —respondió el ministro del Interior, Fernando Blanco.", "Fernando Blanco"),
        ("es", "«Sí» —respondió Javier Molina.", "Javier Molina"),
        (
            "fr",
            "— Vous partez déjà ? a demandé Claire Fontaine.\n— Oui, a répondu Julien Marchetti.",
            "Julien Marchetti",
        ),
    ],
)
def test_a_one_word_dash_turn_is_speech(lang: str, text: str, who: str) -> None:
    quote = find_quotes(text, lang, "")[-1]
    assert (quote.kind, quote.speaker) == ("speech", who)


# Still a name: a quoted title between dashes of an aside names nobody.
def test_a_title_in_a_dash_aside_stays_a_title() -> None:
    assert find_quotes("El diario —dijo— «El País» cerró.", "es", "")[-1].kind == "title"


# Straight and curly marks, hearsay with a role and a name, the one told, dialogue and scenes.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "fr",
            ('"La loi sera appliquée", a déclaré le ministre de l\'Intérieur, Gérald Martin.'),
            "Gérald Martin",
        ),
        (
            "fr",
            ("“La loi sera appliquée”, a affirmé la porte-parole du gouvernement, Sophie Aubry."),
            "Sophie Aubry",
        ),
        (
            "fr",
            ("Selon le ministre de l'Intérieur, Gérald Martin, la menace reste « très élevée »."),
            "Gérald Martin",
        ),
        (
            "fr",
            (
                "D'après le porte-parole de la préfecture, Olivier Ravel, la situation "
                "est « sous contrôle »."
            ),
            "Olivier Ravel",
        ),
        (
            "fr",
            (
                "Claire Fontaine a quitté la réunion. « Nous serons prêts », a-t-elle "
                "confié au « Monde »."
            ),
            "Claire Fontaine",
        ),
        (
            "fr",
            "« Je n'ai rien à me reprocher », a dit Julien Marchetti au juge.",
            "Julien Marchetti",
        ),
        (
            "fr",
            "« Vous mentez », a lancé Claire Fontaine au ministre Gérald Martin.",
            "Claire Fontaine",
        ),
        (
            "fr",
            ("« Le dossier est clos », a assuré le procureur de Paris, Rémi Delaunay, à l'AFP."),
            "Rémi Delaunay",
        ),
        (
            "fr",
            "– Je ne sais pas, a avoué le ministre de l'Intérieur, Gérald Martin.",
            "Gérald Martin",
        ),
        (
            "fr",
            (
                "Julien Marchetti a pris la parole à l'Assemblée.\n« Le texte sera voté "
                "», a-t-il assuré.\nClaire Fontaine lui a répondu sèchement.\n« "
                "Certainement pas », a-t-elle rétorqué."
            ),
            "Claire Fontaine",
        ),
        (
            "fr",
            (
                "Julien Marchetti a pris la parole à l'Assemblée.\n« Le texte sera voté "
                "», a-t-il assuré.\nClaire Fontaine lui a répondu sèchement.\n« Nous "
                "verrons », a ajouté M. Marchetti."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "« C'est une faute », a jugé l'ancien président Henri Valmont dans un "
                "entretien à « Libération »."
            ),
            "Henri Valmont",
        ),
        (
            "fr",
            ("« Nous voulons la vérité », a déclaré la mère de la victime, Nadia Belkacem."),
            "Nadia Belkacem",
        ),
        (
            "es",
            '"La ley se cumplirá", dijo el ministro del Interior, Fernando Blanco.',
            "Fernando Blanco",
        ),
        (
            "es",
            "“La ley se cumplirá”, afirmó la portavoz del Gobierno, Rosa Lozano.",
            "Rosa Lozano",
        ),
        (
            "es",
            (
                "Según el ministro del Interior, Fernando Blanco, la amenaza sigue "
                "siendo «muy alta»."
            ),
            "Fernando Blanco",
        ),
        (
            "es",
            (
                "De acuerdo con el portavoz de la Policía, Jorge Peña, la situación está "
                "«bajo control»."
            ),
            "Jorge Peña",
        ),
        ("es", "«No tengo nada que reprocharme», dijo Javier Molina al juez.", "Javier Molina"),
        ("es", "«Usted miente», espetó Carmen Ortiz al ministro Fernando Blanco.", "Carmen Ortiz"),
        (
            "es",
            ("«El caso está cerrado», aseguró a Efe el fiscal jefe de Madrid, Pedro Ferrer."),
            "Pedro Ferrer",
        ),
        ("es", "—No lo sé —admitió el ministro del Interior, Fernando Blanco.", "Fernando Blanco"),
        (
            "es",
            (
                "Javier Molina tomó la palabra en el Congreso.\n«El texto se aprobará», "
                "aseguró.\nCarmen Ortiz le respondió con dureza.\n«De ninguna manera», "
                "replicó ella."
            ),
            "Carmen Ortiz",
        ),
        (
            "es",
            (
                "Javier Molina tomó la palabra en el Congreso.\n«El texto se aprobará», "
                "aseguró.\nCarmen Ortiz le respondió con dureza.\n«Ya veremos», añadió "
                "Molina."
            ),
            "Javier Molina",
        ),
        (
            "es",
            ("«Es un error», opinó el expresidente Antonio Cano en una entrevista con «El País»."),
            "Antonio Cano",
        ),
        ("es", "«Queremos la verdad», dijo la madre de la víctima, Rosa Lozano.", "Rosa Lozano"),
        (
            "es",
            ("«No habrá recortes», ha asegurado este lunes la ministra de Hacienda, Rosa Lozano."),
            "Rosa Lozano",
        ),
    ],
)
def test_more_news_shapes_name_the_speaker(lang: str, text: str, who: str) -> None:
    assert _last(text, lang).speaker == who
