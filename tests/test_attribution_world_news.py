"""Who speaks in French, Spanish, Russian, Arabic, Japanese and Chinese news shapes (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

FR = "« Le budget est faux », dénonce Hélène Vautrin.\n"
ES = '"El plan es falso", denunció Irene Zabala.\n'
RU = "«План провален», — заявила Инна Лаптева.\n"


def _speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, lang, "") if q.kind != "title"]


# "son avocat", "su entorno", "её адвокат": someone of the person named before, never that person.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", FR + "« Elle n'a rien signé », a précisé son entourage."),
        ("fr", FR + "« Ma cliente est innocente », a déclaré son avocat."),
        ("fr", FR + "« Elle avait peur », a raconté sa voisine."),
        ("es", ES + '"Es una persecución", ha dicho su entorno.'),
        ("es", ES + '"Mi clienta no sabía nada", aseguró su abogado.'),
        ("ru", RU + "«Моя подзащитная невиновна», — сказал её адвокат."),
        ("ru", RU + "«Она очень устала», — добавил её супруг."),
    ],
)
def test_an_owned_subject_after_a_cue_is_not_the_previous_speaker(lang: str, text: str) -> None:
    assert _speakers(text, lang)[1] is None


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        (
            "fr",
            FR + "« Il faut attendre », a ajouté son porte-parole, Marc Delorme.",
            "Marc Delorme",
        ),
        ("fr", FR + "« Je suis fière », a lancé sa fille Léa Vautrin.", "Léa Vautrin"),
        ("es", ES + '"Es inocente", dijo su abogado, Tomás Ferrer.', "Tomás Ferrer"),
        ("ru", RU + "«Это преследование», — сказал её адвокат Павел Дубов.", "Павел Дубов"),
    ],
)
def test_the_name_of_an_owned_subject_speaks(lang: str, text: str, who: str) -> None:
    assert _speakers(text, lang)[1] == who


# Not after a preposition ("à sa sortie"), and a pronoun subject still carries on.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("fr", "« Nous partirons », a déclaré à sa sortie Hélène Vautrin.", "Hélène Vautrin"),
        ("fr", FR + "« Je reste », a-t-elle ajouté devant ses partisans.", "Hélène Vautrin"),
        ("es", '"Seguiremos", afirmó en su cuenta Irene Zabala.', "Irene Zabala"),
        ("ru", RU + "«Мы будем бороться», — добавила она.", "Инна Лаптева"),
    ],
)
def test_a_possessive_inside_an_adverbial_opens_no_subject(lang: str, text: str, who: str) -> None:
    assert _speakers(text, lang)[-1] == who


# "— сказали в её окружении": a plural cue and a place, lower-case or not, name nobody.
@pytest.mark.parametrize(
    "after",
    ["— сказали в её окружении.", "— сообщили в министерстве юстиции.", "— подчеркнули в Кремле."],
)
def test_a_plural_cue_and_a_place_after_it_name_nobody(after: str) -> None:
    assert _speakers(RU + f"«Это преследование», {after}", "ru") == ["Инна Лаптева", None]


def test_a_singular_cue_before_a_place_still_names_its_subject() -> None:
    text = RU + "«Мы победим», — сказала в министерстве Лаптева."
    assert _speakers(text, "ru") == ["Инна Лаптева", "Инна Лаптева"]


# Arabic is verb-first: a word between a quotation and its cue ("هكذا", "كما", "بهذه الكلمات")
# is an adverbial, and the subject follows the verb.
@pytest.mark.parametrize(
    "text",
    [
        "«لن نتراجع»، هكذا قال رئيس الحزب نادر سلوم أمام أنصاره.",
        '"لن نتراجع"، كما قال نادر سلوم.',
        "«لن نتراجع»، بهذه الكلمات ختم نادر سلوم.",
    ],
)
def test_an_arabic_adverb_before_a_cue_after_a_quotation_is_no_speaker(text: str) -> None:
    assert _speakers(text, "ar") == ["نادر سلوم"]


def test_an_arabic_cue_after_a_quotation_with_no_subject_names_nobody_new() -> None:
    text = "وقال نادر سلوم: «نحن مع الحوار».\n«لن نتراجع»، هكذا قال.\n«لن نتراجع»، وفق ما قيل."
    assert _speakers(text, "ar")[:2] == ["نادر سلوم", "نادر سلوم"]
    assert _speakers(text, "ar")[2] != "ما"


def test_a_preposition_after_an_arabic_name_ends_it() -> None:
    text = "وقال نادر سلوم أمام أنصاره: «لن نتراجع».\nوقال سلوم عقب الاجتماع إن «الحوار مستمر»."
    assert _speakers(text, "ar") == ["نادر سلوم", "نادر سلوم"]


# « …, estime X. … »: an incise that ends its sentence cuts the quotation as a comma would.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("« Ce plan est vital, estime Odile Garnier. Sans lui, tout s'arrête. »", "Odile Garnier"),
        ("« Le texte est prêt, explique Mme Garnier. Il sera voté mardi. »", "Garnier"),
        ("« Nous partirons, a déclaré le maire Rémi Tessier. »", "Rémi Tessier"),
    ],
)
def test_a_french_incise_ending_its_sentence_names_the_speaker(text: str, who: str) -> None:
    quotes = find_quotes(text, "fr", "")
    assert quotes[0].speaker == who
    assert quotes[0].text.rstrip(".") == quotes[0].text  # the incise is no part of the speech
    assert all(" estime " not in q.text and " explique " not in q.text for q in quotes)


def test_an_abbreviation_after_an_incise_does_not_end_it() -> None:
    quotes = find_quotes("« Il faut partir, estime M. Dupré. Le temps presse. »", "fr", "")
    assert all(not q.text.endswith("M") for q in quotes)
    assert all(q.speaker != "M" for q in quotes)


# "さらに「…」と強調した": a sentence that opens with a connective goes on with the same speaker.
@pytest.mark.parametrize("lead", ["さらに", "また、", "その上で"])
def test_a_japanese_connective_carries_the_previous_speaker(lead: str) -> None:
    text = f"森田健一外相は「協議を続ける」と語った。{lead}「制裁も必要だ」と強調した。"
    assert _speakers(text, "ja") == ["森田健一", "森田健一"]


@pytest.mark.parametrize(
    "second",
    [
        "また、野党の川口真理代表は「遅すぎる」と批判した。",  # its own subject
        "会談は2時間続いた。さらに「制裁も必要だ」と強調した。",  # a narrative sentence between
        "一方、「制裁も必要だ」との声も上がった。",  # no connective of going on
    ],
)
def test_a_japanese_sentence_with_another_opening_is_not_carried(second: str) -> None:
    text = f"森田健一外相は「協議を続ける」と語った。{second}"
    assert _speakers(text, "ja")[1] != "森田健一"


# More French verbs of saying, and "d'après" as "selon".
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("« On n'en peut plus », soupire Nadia Berthier, infirmière.", "Nadia Berthier"),
        ("« C'est faux », rétorque le député Yann Kerlo.", "Yann Kerlo"),
        ("« Jamais ! », s'est exclamé le maire, Luc Vidalie.", "Luc Vidalie"),
        ("D'après Paul Girardot, « le projet est abandonné ».", "Paul Girardot"),
    ],
)
def test_more_french_reporting_verbs_name_their_subject(text: str, who: str) -> None:
    assert _speakers(text, "fr") == [who]


def test_d_apres_an_anonymous_source_names_nobody() -> None:
    assert _speakers("D'après un proche du ministre Luc Vidalie, « rien n'est fait ».", "fr") == [
        None
    ]


# "a lancé le juge à Paul Girard": a role, then the one told after "à"; never a speaker.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« Avez-vous menti ? », a lancé le juge à Paul Girardot."),
        ("fr", "« Avez-vous menti ? », a demandé la présidente à Paul Girardot."),
        ("es", '"¿Mintió usted?", preguntó el juez a Pablo Girón.'),
    ],
)
def test_a_name_after_a_role_and_a_preposition_is_the_listener(lang: str, text: str) -> None:
    assert _speakers(text, lang) == [None]


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("fr", "« Il faut agir », a déclaré le président du Sénat Paul Girardot.", "Paul Girardot"),
        ("fr", "« Il faut agir », a dit à la presse le ministre Paul Girardot.", "Paul Girardot"),
        ("es", '"Hay que actuar", dijo el ministro de Sanidad Pablo Girón.', "Pablo Girón"),
    ],
)
def test_a_role_complement_still_leads_to_the_name(lang: str, text: str, who: str) -> None:
    assert _speakers(text, lang) == [who]


# "X l'a répété :", "X lui a dit :": an object pronoun stands between the subject and its verb.
@pytest.mark.parametrize(
    "frame",
    [
        "Marine Duclos l'a répété mardi :",
        "Marine Duclos l’avait annoncé :",
        "Marine Duclos lui a dit :",
    ],
)
def test_a_french_object_pronoun_before_the_verb_keeps_the_subject(frame: str) -> None:
    assert _speakers(f"{frame} « Nous ne lâcherons rien. »", "fr") == ["Marine Duclos"]


def test_a_role_before_an_object_pronoun_names_nobody() -> None:
    assert _speakers("Le ministre l'a dit : « Nous ne lâcherons rien. »", "fr") == [None]


# "“Vamos a ganar”, dijo.": the quotation's first word is no person the next cue can stand for.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", '"Vamos a ganar", dijo. "Lo conseguiremos", insistió.'),
        ("es", '"Ganaremos", aseguró. "No hay duda", añadió.'),
    ],
)
def test_the_first_word_of_a_quotation_is_no_speaker(lang: str, text: str) -> None:
    assert _speakers(text, lang) == [None, None]


def test_a_name_before_a_quotation_still_carries() -> None:
    text = 'Lucía Herrán habló ayer.\n"Vamos a ganar", dijo. "Lo conseguiremos", insistió.'
    assert _speakers(text, "es") == ["Lucía Herrán", "Lucía Herrán"]


# "afirmó la candidata, Lucía X": a plain noun as the subject, and the name apposed to it.
@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("es", '"Vamos a ganar", afirmó la candidata, Lucía Herranz.', "Lucía Herranz"),
        (
            "es",
            "—Vamos a ganar —afirmó la candidata, Lucía Herranz—. No hay dudas.",
            "Lucía Herranz",
        ),
        ("fr", "« Nous gagnerons », a affirmé la candidate, Lucie Hervieu.", "Lucie Hervieu"),
        ("ru", "«Мы победим», — заявил пилот, Иван Петрунин.", "Иван Петрунин"),
    ],
)
def test_a_name_apposed_to_a_plain_noun_subject_speaks(lang: str, text: str, who: str) -> None:
    assert _speakers(text, lang)[0] == who


@pytest.mark.parametrize(
    "text",
    [
        '"Vamos a ganar", afirmó la candidata, en Madrid.',
        '"Vamos a ganar", dijo la vecina, Herranz.',
    ],
)
def test_a_place_or_a_lone_word_after_a_noun_subject_is_no_name(text: str) -> None:
    assert _speakers(text, "es") == [None]


# 所謂的「…」, 被称为“…”: what something is called, a term even under a reporting verb.
@pytest.mark.parametrize(
    "text",
    [
        "柯文哲說，這就是所謂的「九二共識」。",
        "王建国表示，这被称为“新常态”。",
        "林佳蓉指出，這種做法俗稱「割韭菜」。",
    ],
)
def test_a_chinese_term_after_a_naming_word_is_no_speech(text: str) -> None:
    assert [q.kind for q in find_quotes(text, "zh", "")] == ["title"]


def test_a_naming_word_inside_speech_keeps_it_speech() -> None:
    quotes = find_quotes("柯文哲說：「所謂的九二共識根本不存在。」", "zh", "")
    assert [(q.kind, q.speaker) for q in quotes] == [("speech", "柯文哲")]


# "الذي طلب عدم ذكر اسمه" ("who asked not to be named"): "ذكر" after "عدم" is a noun, no cue.
@pytest.mark.parametrize(
    "text",
    [
        "وقال المسؤول الذي طلب عدم ذكر اسمه إن «الأزمة ستنتهي».",
        "وقال المتحدث، الذي فضل عدم ذكر اسمه، إن «الأزمة ستنتهي».",
    ],
)
def test_an_arabic_verbal_noun_after_adam_is_no_cue(text: str) -> None:
    assert _speakers(text, "ar") == [None]


def test_the_same_arabic_verb_without_adam_still_cues() -> None:
    assert _speakers("وذكر الوزير نادر سلوم أن «الأزمة ستنتهي».", "ar") == ["نادر سلوم"]


# "« … », ont raconté leurs voisins", "ont-ils expliqué": a plural cue is a group's, never the
# one person who spoke before it.
@pytest.mark.parametrize(
    "cue",
    [
        "ont raconté leurs voisins",
        "ont déclaré les habitants",
        "ont-ils expliqué",
        "ont expliqué Paul Marin et Lise Caron",
    ],
)
def test_a_french_plural_cue_does_not_carry_the_previous_speaker(cue: str) -> None:
    text = f"« Tout va bien », a déclaré Jean Dupin.\n« Nous avons peur », {cue}."
    assert _speakers(text, "fr") == ["Jean Dupin", None]


def test_a_french_singular_quotation_without_cue_still_goes_on() -> None:
    text = "« Tout va bien », a déclaré Jean Dupin.\n« Nous restons calmes. »"
    assert _speakers(text, "fr") == ["Jean Dupin", "Jean Dupin"]


# "«…», dijo ella": the one person of that gender named before, marked by a title or a role.
def test_a_spanish_pronoun_names_the_one_person_of_its_gender() -> None:
    text = 'La señora Rosa Vela y el señor Tomás Arce discutieron. "Es injusto", dijo ella.'
    assert _speakers(text, "es") == ["Rosa Vela"]


def test_a_spanish_pronoun_stays_unknown_between_two_of_its_gender() -> None:
    text = 'El señor Rafael Soto y el señor Tomás Arce discutieron. "Es injusto", dijo él.'
    assert _speakers(text, "es") == [None]


# "—…—afirmó ella.": an incise dash written without a space before it still closes the speech.
def test_a_spanish_incise_dash_without_a_space_closes_the_speech() -> None:
    text = "La jueza Sara Lomas habló con la prensa.\n—No habrá retrasos—aseguró ella."
    assert _speakers(text, "es") == ["Sara Lomas"]


def test_a_dash_inside_a_spanish_word_pair_is_no_incise() -> None:
    text = "—El tramo Lugo—Vigo abrirá pronto —dijo Sara Lomas."
    assert [q.text for q in find_quotes(text, "es", "")] == ["El tramo Lugo—Vigo abrirá pronto"]
