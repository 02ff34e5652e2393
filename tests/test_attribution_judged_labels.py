"""French, Spanish and Russian labels that a verb of calling or judging gives ("a qualifié la
réforme d'« inacceptable »", "tildó la decisión de «absurda»", "назвал решение «ошибкой»") are
the subject's words, as English "called the decision “a disgrace”" and German "nannte die Lage
„angespannt“" are; names given, titles and the labels of plural or anonymous subjects are not."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _read(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    """The kind, speaker and confidence of each quotation of `text`."""
    return [(q.kind, q.speaker, q.confidence) for q in find_quotes(text, lang)]


# A named person's verb of calling or judging, its object and a link ("de", "como", "как", the
# Russian instrumental with none), or a verb whose object the label is, after an article.
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("fr", "Claire Morel a qualifié le projet d'« irresponsable ».", "Claire Morel"),
        (
            "fr",
            "La ministre Sylvie Garnier a qualifié la réforme d'« historique ».",
            "Sylvie Garnier",
        ),
        ("fr", "Sylvie Garnier a qualifié d’« historique » la réforme.", "Sylvie Garnier"),
        ("fr", "Le député Marc Rivière a qualifié ce budget de « mensonge ».", "Marc Rivière"),
        ("fr", "Marc Rivière l'a qualifié de « mensonge ».", "Marc Rivière"),
        ("fr", "Le maire Paul Girard a dénoncé une « provocation ».", "Paul Girard"),
        ("fr", "La sénatrice Anne Vidal a évoqué une « erreur de calcul ».", "Anne Vidal"),
        ("fr", "Julien Marchetti a qualifié la réforme d'« injuste ».", "Julien Marchetti"),
        ("es", "Óscar Prieto calificó la decisión de «escandalosa».", "Óscar Prieto"),
        ("es", "La alcaldesa Marta Gil calificó el plan de «irresponsable».", "Marta Gil"),
        ("es", "El diputado Luis Ortega tildó la ley de «chapuza».", "Luis Ortega"),
        ("es", "El senador Pablo Ruiz habló de un «engaño».", "Pablo Ruiz"),
        ("es", "La consejera Ana Soto denunció un «atropello».", "Ana Soto"),
        ("ru", "Депутат Ольга Смирнова назвала законопроект «провальным».", "Ольга Смирнова"),
        ("ru", "Губернатор Игорь Волков назвал эти слухи «глупостью».", "Игорь Волков"),
        ("ru", "Посол Андрей Белов охарактеризовал переговоры как «трудные».", "Андрей Белов"),
        ("ru", "Министр Павел Орлов назвал происходящее «цирком».", "Павел Орлов"),
    ],
)
def test_a_named_subjects_label_is_his_speech(lang: str, text: str, speaker: str) -> None:
    assert _read(text, lang) == [("speech", speaker, "high")]


# A capitalised quotation is a name given or a work's title; a plural, an anonymous or an unnamed
# subject ("on", "se", the third person plural, a common noun) calls a thing so, as before.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Claire Morel a baptisé sa péniche « Espérance »."),
        ("fr", "Claire Morel a qualifié son projet de « Grand Chantier »."),
        ("fr", "Marc Rivière a évoqué le roman « Le Rouge et le Noir »."),
        # after a definite article a thing the text names so; after "a" a preposition's object
        ("fr", "Marc Rivière a évoqué la « loi travail »."),
        ("es", "Luis Ortega llamó a una «reflexión»."),
        # no name right before the verb: a common noun, a pronoun, a noun opening its sentence
        ("fr", "Le collectif a qualifié le projet d'« irresponsable »."),
        ("fr", "L'opposition dénonce une « provocation » et réclame un vote."),
        ("fr", "Il a qualifié le projet d'« irresponsable »."),
        ("ru", "Оппозиция назвала реформу «провальной»."),
        ("fr", "On a qualifié le projet d'« irresponsable »."),
        ("fr", "Les syndicats ont qualifié le projet d'« irresponsable »."),
        ("fr", "Plusieurs élus ont dénoncé une « provocation »."),
        ("fr", "Le projet a été qualifié d'« irresponsable » par l'opposition."),
        ("es", "Marta Gil llamó a su gata «Luna»."),
        ("es", "Luis Ortega vio la serie «Los Serrano»."),
        ("es", "Se calificó el plan de «irresponsable»."),
        ("es", "Los vecinos calificaron el plan de «irresponsable»."),
        ("es", "Varios concejales denunciaron un «atropello»."),
        ("ru", "Игорь Волков назвал дочь «Машей»."),
        ("ru", "Ольга Смирнова назвала свою яхту «Звездой»."),
        ("ru", "В министерстве назвали эти слухи «глупостью»."),
        ("ru", "Многие называют новый налог «поборами»."),
        # a name after a preposition is its object, never the subject
        ("ru", "Министр после встречи с Иваном Петровым назвал решение «ошибкой»."),
        ("es", "Ayer, el Gobierno de Pedro Sánchez calificó la huelga de «ilegal»."),
        ("fr", "Le conseil de Marc Rivière a qualifié ce budget de « mensonge »."),
    ],
)
def test_names_titles_and_unnamed_callers_stay_nobodys(lang: str, text: str) -> None:
    assert _read(text, lang) == [("title", None, "low")]


# A body that calls something so is never surely the speaker (German: "Die Regierung nannte die
# Lage „…“" is low; English names nobody).
def test_a_bodys_label_is_never_sure() -> None:
    text = "El Gobierno calificó la huelga de «ilegal»."
    assert _read(text, "es") == [("speech", "Gobierno", "low")]


# Sure only where the sentence's subject before the verb is a person's full name, titles aside: a
# sentence-first noun, a preposition's or a possessor's name, an object before the verb, a lone
# word (a place, an outlet) or a name after an adverbial's comma is never high.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Решение Лавров назвал «ошибкой»."),
        (
            "ru",
            "Сергей Лавров встретился с Иваном Петровым. Решение Петрова Лавров назвал «ошибкой».",
        ),
        ("ru", "Вчера Анну Смирнову назвала «героиней» Мария Иванова."),
        ("ru", "Вчера Марию Иванову назвал «героиней» Иван Петров."),
        ("ru", "Вчера Петрова назвала «предателем» Мария Иванова."),
        ("ru", "Министр после встречи с Иваном Петровым назвал решение «ошибкой»."),
        ("ru", "Вчера Москва назвала решение «ошибкой»."),
        ("ru", "Вчера Кремль назвал решение «ошибкой»."),
        ("es", "Ayer, el Gobierno de Pedro Sánchez calificó la huelga de «ilegal»."),
        ("es", "Ayer, Madrid calificó a Juan Pérez de «traidor»."),
        ("fr", "Hier, Le Monde a qualifié la réforme d'« inacceptable »."),
        ("fr", "Hier, Bruxelles a qualifié la réforme d'« inacceptable »."),
        ("fr", "Hier, la France a qualifié la réforme d'« inacceptable »."),
        ("fr", "Hier soir, Rivière l'a qualifié de « mensonge »."),
        (
            "fr",
            "Marie Leroy a rencontré le maire hier. Selon elle, Jean Dupont a qualifié la réforme"
            " d'« inacceptable ».",
        ),
    ],
)
def test_a_label_without_a_plain_named_subject_is_never_sure(lang: str, text: str) -> None:
    assert all(confidence == "low" for _, _, confidence in _read(text, lang))


# A titled surname whose full name the article wrote before is its bearer's, as sure as the name.
def test_a_known_surnames_label_is_sure() -> None:
    text = (
        "Jean Dupont est arrivé hier. Le ministre Dupont a qualifié la réforme d'« inacceptable »."
    )
    assert _read(text, "fr") == [("speech", "Jean Dupont", "high")]


# One reports another's label: the label is the inner subject's, never sure.
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "ru",
            "Иван Петров рассказал, что Анна Берг охарактеризовала план как «абсурдный».",
            "Анна Берг",
        ),
        (
            "fr",
            "Jean Roux a affirmé que Claire Morel a qualifié le plan d'« absurde ».",
            "Claire Morel",
        ),
        ("es", "Juan Pérez aseguró que Ana Ruiz calificó el plan de «absurdo».", "Ana Ruiz"),
    ],
)
def test_a_reported_label_is_never_sure(lang: str, text: str, speaker: str) -> None:
    assert _read(text, lang) == [("speech", speaker, "low")]


# The scan before each quotation is bounded: many labels in a row stay fast.
def test_many_labels_stay_linear() -> None:
    def run(n: int) -> None:
        quotes = find_quotes("Claire Morel a qualifié le projet d'« irresponsable ». " * n, "fr")
        assert len(quotes) == n

    assert_linear(run, 100)
