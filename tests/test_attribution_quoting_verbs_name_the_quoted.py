"""A verb of quoting names the one quoted: the passive's subject, the active's named object."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.quoted import only_quote
from tests.work_counts import assert_linear

_ROTH = "Der Trainer Jan Roth verließ den Verein. "
_LENZ = "Die Ministerin Anna Lenz sprach lange. "


def _who(text: str, lang: str = "de") -> tuple[str | None, str, str]:
    quote = only_quote(text, lang)
    return quote.speaker, quote.confidence, quote.basis


@pytest.mark.parametrize(
    "text",
    [
        _ROTH
        + "Zur Lage wird Roth auf der Seite des Vereins wie folgt zitiert: „Es war ein Jahr.“",
        _ROTH + "Roth wurde mit den Worten zitiert: „Es war ein schweres Jahr.“",
        _ROTH + "Jan Roth wird mit den Worten zitiert, es habe „schwere Jahre“ gegeben.",
        _ROTH + "Roth ist mit den Worten zitiert worden: „Es war ein schweres Jahr.“",
        _ROTH + "Er wurde mit den Worten zitiert: „Es war ein schweres Jahr.“",
        _ROTH + "Wie Roth in der Zeitung zitiert wird, „war es ein schweres Jahr“.",
        "„Es war ein schweres Jahr“, wird Jan Roth in der Zeitung zitiert.",
        "„Es war ein schweres Jahr“, wie Jan Roth zitiert wird.",
    ],
)
def test_the_subject_of_a_passive_of_quoting_speaks(text: str) -> None:
    speaker, confidence, _ = _who(text)
    assert (speaker, confidence) == ("Jan Roth", "low")


@pytest.mark.parametrize(
    "text",
    [
        _LENZ + "Ein Fernsehsender zitierte Anna Lenz mit den Worten: „Wir bleiben hier.“",
        _LENZ + "Der Sender zitiert Lenz: „Wir bleiben hier.“",
        "Die Zeitung zitierte die Ministerin Anna Lenz mit den Worten: „Wir bleiben hier.“",
        "Später zitierte man Anna Lenz mit den Worten: „Wir bleiben hier.“",
        "Der Sender hat Anna Lenz zitiert: „Wir bleiben hier.“",
        "Jan Roth sagte, der Sender habe Anna Lenz zitiert: „Wir bleiben hier.“",
    ],
)
def test_the_named_object_of_an_active_verb_of_quoting_speaks(text: str) -> None:
    speaker, confidence, _ = _who(text)
    assert (speaker, confidence) == ("Anna Lenz", "low")


@pytest.mark.parametrize(
    "text",
    [
        "Der Bericht zitiert Studien, wonach „die Lage ernst“ sei.",
        "Der Sender zitierte den Bericht der Kommission: „Die Lage ist ernst.“",
        "Der Sender zitierte die Polizei mit den Worten: „Die Lage ist ernst.“",
        "Die Zeitung zitiert einen Sprecher der Polizei mit den Worten: „Die Lage ist ernst.“",
        "Dazu zitierte die Zeitung Anna Lenz: „Wir bleiben hier.“",
        "Der Sender zitierte Anna Lenz und Jan Roth: „Wir bleiben hier.“",
        "Anna Lenz zitierte die Bibel: „Am Anfang war das Wort.“",
        "Anna Lenz zitierte Goethe: „Mehr Licht!“",
        "In dem Bericht wird ein Arzt zitiert: „Die Lage ist ernst.“",
    ],
)
def test_a_document_a_body_or_an_unsure_object_names_nobody(text: str) -> None:
    assert _who(text)[0] is None


def test_a_quoted_title_after_the_verb_is_no_ones_words() -> None:
    quotes = find_quotes("Anna Lenz zitierte Goethes „Faust“ und ging.", "de")
    assert quotes and all(q.speaker is None for q in quotes)


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Le journal cite Anne Roux : « Nous restons ici. »", "fr", "Anne Roux"),
        ("Le Monde a cité Anne Roux : « Nous restons ici. »", "fr", "Anne Roux"),
        ("El diario cita a Ana Ruiz: «Nos quedamos aquí.»", "es", "Ana Ruiz"),
        ("La cadena citó a Ana Ruiz: «Nos quedamos aquí.»", "es", "Ana Ruiz"),
    ],
)
def test_a_french_or_spanish_verb_of_quoting_names_its_full_name_object(
    text: str, lang: str, who: str
) -> None:
    assert _who(text, lang)[:2] == (who, "low")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le rapport cite des études : « La situation est grave. »", "fr"),
        ("Le journal cite Le Monde : « La situation est grave. »", "fr"),
        ("Le journal cite Roux : « Nous restons ici. »", "fr"),
        ("El informe cita estudios: «La situación es grave.»", "es"),
        ("El diario cita el informe: «La situación es grave.»", "es"),
    ],
)
def test_a_french_or_spanish_object_that_is_no_full_name_names_nobody(text: str, lang: str) -> None:
    assert _who(text, lang)[0] is None


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("« Nous restons ici », a déclaré Anne Roux, citée par l'AFP.", "fr", "Anne Roux"),
        ("«Nos quedamos aquí», dijo Ana Ruiz, citada por el diario.", "es", "Ana Ruiz"),
        ("The Courier quoted Tom Hale as saying: “We stay here.”", "en", "Tom Hale"),
        ("“We stay here,” the Courier quoted Tom Hale as saying.", "en", "Tom Hale"),
        ("Газета цитирует Ольгу Смирнову: «Мы остаёмся здесь».", "ru", "Ольга Смирнова"),
    ],
)
def test_the_one_quoted_stays_in_the_other_languages(text: str, lang: str, who: str) -> None:
    assert _who(text, lang)[0] == who


def test_many_verbs_of_quoting_stay_linear() -> None:
    def run(n: int) -> None:
        text = "Der Sender zitierte Anna Lenz mit den Worten: „Wir bleiben hier.“ " * n
        assert len(find_quotes(text, "de")) == n

    assert_linear(run, 50)
