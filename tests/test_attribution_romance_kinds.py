"""French and Spanish planned statements and quoted names or titles."""
# Sentences written for these tests (romance19), modelled on French and Spanish news shapes.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str, lang: str) -> Quote:
    """The text's last quotation that is no name or title."""
    return [q for q in find_quotes(text, lang, "") if q.kind != "title"][-1]


# "doit déclarer", "está previsto que diga": the speaker, mood planned, never high.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("fr", "Claire Fontaine doit déclarer : « Nous tiendrons. »", "Claire Fontaine"),
        (
            "fr",
            (
                "Le président Henri Valmont devrait annoncer : « Le service civique "
                "devient obligatoire. »"
            ),
            "Henri Valmont",
        ),
        ("fr", "Julien Marchetti va déclarer : « Je suis candidat. »", "Julien Marchetti"),
        ("es", "Está previsto que Carmen Ortiz diga: «Resistiremos».", "Carmen Ortiz"),
        (
            "es",
            ("El presidente Antonio Cano anunciará: «El servicio civil será obligatorio»."),
            "Antonio Cano",
        ),
        ("es", "Javier Molina va a declarar: «Soy candidato».", "Javier Molina"),
    ],
)
def test_a_planned_statement_is_never_said(lang: str, text: str, who: str) -> None:
    quote = _last(text, lang)
    assert (quote.speaker, quote.mood, quote.confidence) == (who, "planned", "low")


# « Les Échos », «El País», el llamado «impuesto verde», qualifié d'« historique »: kind title.
# A named subject's own label ("Julien Marchetti a qualifié la réforme d'« injuste »") is speech
# since judge24: test_attribution_judged_labels.py.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Claire Fontaine a accordé un entretien aux « Échos »."),
        ("fr", "Selon « Les Échos », la banque va supprimer des postes."),
        ("fr", "Le journal « Le Figaro » a révélé l'affaire."),
        ("fr", "Le film « La Grande Évasion » sort mercredi."),
        ("fr", "Le projet, baptisé « Horizon 2030 », a été présenté lundi."),
        ("fr", "L'opération « Sentinelle » sera prolongée."),
        ("fr", ("Julien Marchetti a critiqué la réforme, qu'il a qualifiée de « catastrophe ».")),
        ("fr", "Claire Fontaine a dénoncé ce qu'elle a qualifié de « mascarade »."),
        ("fr", ("Le ministre Gérald Martin a salué un accord qu'il a qualifié d'« historique ».")),
        ("es", "Carmen Ortiz concedió una entrevista a «El País»."),
        ("es", "Según «El Mundo», el banco recortará empleo."),
        ("es", "El llamado «impuesto verde» entrará en vigor en enero."),
        ("es", "La película «La gran evasión» se estrena el miércoles."),
        ("es", "El proyecto, bautizado como «Horizonte 2030», se presentó el lunes."),
        ("es", "La operación «Tormenta» se prolongará."),
        ("es", "Javier Molina criticó la reforma, que calificó de «catástrofe»."),
        ("es", "Carmen Ortiz denunció lo que calificó como una «farsa»."),
        ("es", ("El ministro Fernando Blanco celebró un acuerdo que calificó de «histórico».")),
    ],
)
def test_a_quoted_name_or_title_is_no_speech(lang: str, text: str) -> None:
    quotes = find_quotes(text, lang, "")
    assert quotes and quotes[-1].kind == "title"
