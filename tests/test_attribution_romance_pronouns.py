"""French and Spanish carry-over: a pronoun stands for one person only when the article marks it."""
# Sentences written for these tests (romance19), modelled on French and Spanish news shapes.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes
from tests.work_counts import assert_linear


def _last(text: str, lang: str) -> Quote:
    """The text's last quotation that is no name or title."""
    return [q for q in find_quotes(text, lang, "") if q.kind != "title"][-1]


# "a-t-il ajouté", "añadió ella", "M. Marchetti": the previous speaker, or the one of its gender.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "fr",
            ("Claire Fontaine a dénoncé la réforme. « C'est une honte », a-t-elle dit."),
            "Claire Fontaine",
        ),
        (
            "fr",
            ("Julien Marchetti est arrivé en retard. « J'étais bloqué », a-t-il expliqué."),
            "Julien Marchetti",
        ),
        (
            "fr",
            ("« Nous y arriverons », a déclaré Claire Fontaine. « Il le faut », a-t-elle ajouté."),
            "Claire Fontaine",
        ),
        (
            "fr",
            ("« Nous y arriverons », a déclaré Julien Marchetti. « Il le faut », a-t-il ajouté."),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "« Le texte est prêt », a déclaré Julien Marchetti. « Nous le "
                "présenterons demain », a-t-il précisé."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "« Je reste », a déclaré Julien Marchetti.\n« Rien ne me fera partir », "
                "a-t-il insisté."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "« Nous y arriverons », a déclaré Claire Fontaine, face à Julien "
                "Marchetti. « Il le faut », a-t-elle ajouté."
            ),
            "Claire Fontaine",
        ),
        (
            "fr",
            (
                "« Nous y arriverons », a déclaré Claire Fontaine, face à Julien "
                "Marchetti. « Il le faut », a-t-il ajouté."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            ("Julien Marchetti a rencontré Claire Fontaine. « Il le faut », a-t-elle ajouté."),
            "Claire Fontaine",
        ),
        (
            "fr",
            (
                "« Je ne céderai pas », a déclaré Claire Fontaine. « Nous verrons », a "
                "ajouté Mme Fontaine."
            ),
            "Claire Fontaine",
        ),
        (
            "fr",
            (
                "« Je ne céderai pas », a déclaré Julien Marchetti. « Nous verrons », a "
                "ajouté M. Marchetti."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "« Je ne céderai pas », a déclaré Julien Marchetti. « Nous verrons », a "
                "ajouté Marchetti."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            ("Claire Fontaine était à Bruxelles. Elle a déclaré : « Nous avons avancé. »"),
            "Claire Fontaine",
        ),
        (
            "fr",
            ("Julien Marchetti a accueilli Claire Fontaine. « C'est possible », répond-elle."),
            "Claire Fontaine",
        ),
        (
            "fr",
            ("Julien Marchetti a rencontré Claire Fontaine. « Il le faut », a-t-il dit."),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "La juge Claire Fontaine a interrogé Julien Marchetti. « Je n'ai rien vu "
                "», a-t-il répondu."
            ),
            "Julien Marchetti",
        ),
        (
            "fr",
            (
                "Julien Marchetti a rencontré Claire Fontaine. « Il le faut », a-t-elle "
                "dit à Julien Marchetti."
            ),
            "Claire Fontaine",
        ),
        (
            "fr",
            ("Julien Marchetti a rencontré Claire Fontaine. « Il le faut », lui a-t-elle dit."),
            "Claire Fontaine",
        ),
        ("es", "Carmen Ortiz criticó la reforma. «Es una vergüenza», dijo.", "Carmen Ortiz"),
        ("es", "Javier Molina llegó tarde. «Estaba atascado», explicó.", "Javier Molina"),
        ("es", "«Lo lograremos», dijo Carmen Ortiz. «Hay que hacerlo», añadió.", "Carmen Ortiz"),
        (
            "es",
            "«Lo lograremos», dijo Javier Molina. «Hay que hacerlo», agregó él.",
            "Javier Molina",
        ),
        (
            "es",
            "«Me quedo», dijo Javier Molina.\n«Nada me hará marcharme», insistió.",
            "Javier Molina",
        ),
        (
            "es",
            (
                "«Lo lograremos», dijo Carmen Ortiz, frente a Javier Molina. «Hay que "
                "hacerlo», añadió ella."
            ),
            "Carmen Ortiz",
        ),
        (
            "es",
            (
                "«Lo lograremos», dijo Carmen Ortiz, frente a Javier Molina. «Hay que "
                "hacerlo», añadió él."
            ),
            "Javier Molina",
        ),
        (
            "es",
            "Javier Molina se reunió con Carmen Ortiz. «Hay que hacerlo», dijo ella.",
            "Carmen Ortiz",
        ),
        ("es", "«No cederé», dijo Carmen Ortiz. «Ya veremos», añadió Ortiz.", "Carmen Ortiz"),
        ("es", "«No cederé», dijo Javier Molina. «Ya veremos», añadió Molina.", "Javier Molina"),
        ("es", "Carmen Ortiz estaba en Bruselas. Ella declaró: «Hemos avanzado».", "Carmen Ortiz"),
        (
            "es",
            "Javier Molina se reunió con Carmen Ortiz. «Hay que hacerlo», dijo él.",
            "Javier Molina",
        ),
        (
            "es",
            ("La jueza Carmen Ortiz interrogó a Javier Molina. «No vi nada», respondió él."),
            "Javier Molina",
        ),
    ],
)
def test_a_pronoun_or_surname_names_the_one_it_marks(lang: str, text: str, who: str) -> None:
    assert _last(text, lang).speaker == who


# The inverted pronoun marks a man: never the woman who spoke before, nor "il" for "Claire".
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Nous y arriverons », a déclaré Claire Fontaine. « Il le faut », a-t-il ajouté."),
        ("fr", "« Nous y arriverons », a déclaré Julien Marchetti. « Il le faut », a-t-elle dit."),
        ("es", "«Lo lograremos», dijo Carmen Ortiz. «Hay que hacerlo», añadió él."),
    ],
)
def test_a_pronoun_of_the_other_gender_never_goes_on(lang: str, text: str) -> None:
    quote = _last(text, lang)
    assert quote.speaker is None
    assert quote.basis == "pronoun"


# The one of the pronoun's gender is a guess (low), named where the pronoun stands.
def test_the_one_of_the_pronoun_gender_is_a_guess() -> None:
    text = "Julien Marchetti a rencontré Claire Fontaine. « Il le faut », a-t-elle ajouté."
    quote = _last(text, "fr")
    assert (quote.speaker, quote.confidence, quote.mention) == ("Claire Fontaine", "low", "elle")


# Each pronoun looks at one sentence since the previous quotation: linear in the article.
def test_many_pronouns_stay_linear() -> None:
    unit = "Julien Marchetti a rencontré Claire Fontaine. « Oui », a-t-elle ajouté. "

    def run(n: int) -> None:
        assert len(find_quotes(unit * n, "fr", "")) == n

    assert_linear(run, 50)


# The person named in the sentence before goes on past another of the pronoun's gender named in
# it ("Cuban said he sees Donald Trump …"); two men in French or Spanish and no subject going
# on from a quotation: nobody.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "en",
            "Tom Hale recalled the day Paul Reyes took office. “It was hard,” he said.",
            "Tom Hale",
        ),
        (
            "en",
            "The hall emptied after Ann Cole arrived, and Tom Reyes left too.\n\n"
            "“It was late,” he said.",
            "Tom Reyes",
        ),
        (
            "fr",
            "Julien Marchetti a rappelé l'époque où Paul Leclerc dirigeait le parti. "
            "« C'était dur », a-t-il dit.",
            None,
        ),
    ],
)
def test_the_one_named_before_goes_on_past_another_of_the_gender(
    lang: str, text: str, who: str | None
) -> None:
    assert _last(text, lang).speaker == who
