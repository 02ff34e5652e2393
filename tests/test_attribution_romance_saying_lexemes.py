"""French and Spanish verbs of saying by lexeme (data/saying.toml): every finite form is a cue,
after the quotation and before it (attribution/lexicon/lexemes.py)."""

from __future__ import annotations

import re

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cue_regex import dispatched
from summarizer.attribution.lexicon.cues import cues_for
from tests.work_counts import assert_linear

# Forms of lexemes that cues.toml did not list, or not in this tense: one per lexeme.
_FRENCH = [
    "a démenti", "nuance", "souffla", "martelait", "rétorqua", "constate", "remarque",
    "s'écrie", "relativise", "concluait", "reconnaissait", "nia", "conteste", "réfute",
    "se souvient", "s'emporte", "chuchote", "signale", "confirme", "révèle", "suggère",
    "prévenait", "déclara", "a fait valoir",
]  # fmt: skip
_SPANISH = [
    "resaltó", "ha desmentido", "se quejó", "remarcaba", "niega", "negó", "confesaba",
    "replicaba", "manifestaron", "expresaba", "contestaba", "tuitearon", "se preguntó",
    "rechazó", "garantizó", "terciaba", "susurró", "exclamó", "insinuó", "desmintió",
    "se jactó", "agradeció", "narró", "han resaltado", "había negado",
]  # fmt: skip
_INVERTED = [
    "a-t-elle démenti", "nuance-t-elle", "s'est-elle exclamée", "rétorqua-t-elle",
    "constatait-elle", "reconnaissait-elle", "se souvient-elle", "se demande-t-elle",
    "ont-elles martelé", "ont-ils démenti",
]  # fmt: skip


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, lang, "") if q.kind != "title"]


@pytest.mark.parametrize("form", _FRENCH)
def test_a_french_form_after_the_quotation_names_who_follows(form: str) -> None:
    text = f"« Nous ne fermerons aucun site cette année », {form} Claire Vidal."
    assert _speakers(text, "fr") == ["Claire Vidal"]


@pytest.mark.parametrize("form", [f for f in _FRENCH if not f.startswith("ont")])
def test_a_french_form_before_the_quotation_names_its_subject(form: str) -> None:
    text = f'Claire Vidal {form} : "Nous ne fermerons aucun site cette année."'
    assert _speakers(text, "fr") == ["Claire Vidal"]


@pytest.mark.parametrize("form", _FRENCH[:12])
def test_a_french_dialogue_line_names_who_follows_the_dash(form: str) -> None:
    text = f"— Nous ne fermerons aucun site cette année, {form} Claire Vidal."
    assert _speakers(text, "fr") == ["Claire Vidal"]


# The pronoun stands for the one woman named in the paragraph before.
@pytest.mark.parametrize("form", _INVERTED)
def test_an_inverted_french_form_takes_the_person_before(form: str) -> None:
    text = f"Claire Vidal dirige l'usine de Vierzon.\n\n« Nous ne fermerons aucun site », {form}."
    assert _speakers(text, "fr") in (["Claire Vidal"], [None])
    assert cues_for("fr").verbs.fullmatch(form)


_PLURAL = [f for f in _SPANISH if f.split()[0].endswith("n")]  # "manifestaron", "han resaltado"
_SINGULAR = [f for f in _SPANISH if f not in _PLURAL]


@pytest.mark.parametrize("form", _SINGULAR)
def test_a_spanish_form_after_the_quotation_names_who_follows(form: str) -> None:
    text = f"«No vamos a cerrar ninguna planta este año», {form} Marta Salcedo."
    assert _speakers(text, "es") == ["Marta Salcedo"]


# A plural verb's subject after it is a group, never one of its names (`rufix27`).
@pytest.mark.parametrize("form", _PLURAL)
def test_a_spanish_plural_form_after_the_quotation_is_a_cue_of_a_group(form: str) -> None:
    text = f"«No vamos a cerrar ninguna planta este año», {form} Marta Salcedo e Inés Gil."
    [quote] = find_quotes(text, "es", "")
    assert (quote.cue, quote.speaker) == (form, None)
    text = f'Marta Salcedo e Inés Gil {form}: "No vamos a cerrar ninguna planta este año".'
    assert _speakers(text, "es") == [None]


@pytest.mark.parametrize("form", _SINGULAR)
def test_a_spanish_form_before_the_quotation_names_its_subject(form: str) -> None:
    text = f'Marta Salcedo {form}: "No vamos a cerrar ninguna planta este año".'
    assert _speakers(text, "es") == ["Marta Salcedo"]


@pytest.mark.parametrize("form", _SINGULAR[:12])
def test_a_spanish_dialogue_line_names_who_follows_the_dash(form: str) -> None:
    text = f"—No vamos a cerrar ninguna planta este año —{form} Marta Salcedo."
    assert _speakers(text, "es") == ["Marta Salcedo"]


# A verb-first cue before a title: the role, no name; never the person of the sentence before.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", 'Ana Prieto llegó tarde. "Cumpliremos los compromisos", resaltó el Presidente.'),
        ("fr", "Paul Roux est arrivé tard. « Nous tiendrons parole », nuance le ministre."),
    ],
)
def test_a_role_after_a_new_form_is_not_the_person_before(lang: str, text: str) -> None:
    assert _speakers(text, lang)[-1] in (None, "el Presidente", "le ministre")


# "un proche de X" is somebody close to X, never X; "un allegado de X" likewise.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Il ne se représentera pas », souffle un proche de Pierre Lambert."),
        ("fr", "« Il ne se représentera pas », confirme un proche de Pierre Lambert."),
        ("es", "«No se presentará», confirmó un allegado de Pedro Lambán."),
        ("es", "«No se presentará», resaltaron fuentes cercanas a Pedro Lambán."),
    ],
)
def test_someone_close_to_a_person_is_not_that_person(lang: str, text: str) -> None:
    assert _speakers(text, lang) == [None]


# The one spoken to after a new form is the listener, never the speaker.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Nous tiendrons parole », rétorqua la ministre à Jean Roux."),
        ("es", "«Cumpliremos», le replicaba la ministra a Jorge Ruiz."),
    ],
)
def test_the_one_told_is_not_the_speaker(lang: str, text: str) -> None:
    assert "Jean Roux" not in _speakers(text, lang)
    assert "Jorge Ruiz" not in _speakers(text, lang)


# The forms used otherwise: a noun ("la remarque", "une nuance") or the participle of a noun
# phrase ("le plan confirmé") before a short quotation is no cue of its speaker.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La remarque « déplacée » de Paul Roux a choqué Claire Vidal."),
        ("fr", "Une nuance « essentielle » sépare les deux textes que Claire Vidal a lus."),
        ("es", "La réplica «airada» de Jorge Ruiz sorprendió a Marta Salcedo."),
    ],
)
def test_a_form_used_otherwise_names_nobody(lang: str, text: str) -> None:
    assert {q.speaker for q in find_quotes(text, lang, "")} <= {None}


def test_every_listed_lexeme_gives_its_forms() -> None:
    french, spanish = cues_for("fr").verbs, cues_for("es").verbs
    for form in ["déclarèrent", "jugeait", "annonça", "rappellent", "répète", "s'est indignée"]:
        assert french.fullmatch(form), form
    for form in ["dijeron", "explicaban", "recuerda", "se han quejado", "ha advertido"]:
        assert spanish.fullmatch(form), form
    assert not french.fullmatch("critique")  # past only: a noun and an adjective
    assert not spanish.fullmatch("sentencia")
    assert "ont écrit" in cues_for("fr").writing
    assert "tuitearon" in cues_for("es").writing


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_many_new_forms_stay_linear(lang: str) -> None:
    line = (
        "« Nous partirons », souffla Claire Vidal. Claire Vidal nuance et constate. "
        if lang == "fr"
        else "«Partiremos», resaltó Marta Salcedo. Marta Salcedo niega y remarcaba. "
    )
    assert_linear(lambda n: find_quotes(line * n, lang, ""), 50)


# A first-letter branch read as a prefix tree (lexicon/trie.py) finds what one flat
# alternation, longest first, finds: the longest listed word, whole, in any case.
def test_a_long_branch_grouped_by_its_next_letter_matches_as_before() -> None:
    words = ["a dit", "a dit-il", "ajoute", "ajoutait", "a", "annonce", "avance", "s'est tu"]
    words += [f"a{letter}{n}" for letter in "bcde" for n in range(8)]
    grouped = dispatched(words, True)
    flat = re.compile(
        r"(?i)(?<!\w)(?:"
        + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        + r")(?!\w)"
    )
    text = "A dit-il ; AJOUTAIT, a dit, ab3 ac77 a, Annonce ; ad0 s’est tu avance."
    found = [m.span() for m in grouped.finditer(text.replace("’", "'"))]
    assert found == [m.span() for m in flat.finditer(text.replace("’", "'"))]
    assert grouped.fullmatch("s’est tu")


# A plural form ("déclarèrent", "répliquent-ils", "ont martelé") has a plural subject: two names
# joined before it name nobody, and the quotation after a plural inversion is no one's before.
@pytest.mark.parametrize(
    "text",
    [
        "Girard et Lefèvre ont martelé : « Le plan est un désastre. »",
        "Paul Girard et Anne Lefèvre déclarèrent : « Le plan est un désastre. »",
        "Claire Vidal parle. « Nous partirons », a-t-elle dit. « Nous resterons », répliquent-ils.",
    ],
)
def test_a_plural_form_names_no_single_speaker(text: str) -> None:
    assert _speakers(text, "fr")[-1] is None


# A French plural verb's subject is a group, before or after it: "des Français estiment",
# "ont expliqué Paul Marin et Lise Caron", "« … », ont-ils expliqué" name nobody.
@pytest.mark.parametrize(
    "text",
    [
        "Selon un sondage, 68 % des Français estiment que « la ville est en danger ».",
        "« Tout va bien », a dit Jean Dupin. « On a peur », expliquent Paul Marin et Lise Caron.",
        "« Tout va bien », a dit Jean Dupin. « Nous avons peur », disent-ils.",
    ],
)
def test_a_french_plural_subject_is_no_one_person(text: str) -> None:
    assert _speakers(text, "fr")[-1] is None
