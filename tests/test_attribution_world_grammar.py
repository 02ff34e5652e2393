"""Who said what in French, Spanish, Russian and Arabic news, by their grammar (issue 13)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes


def _said(text: str, lang: str) -> list[tuple[str, str | None]]:
    """Each quotation that is speech, with its speaker."""
    return [(q.text, q.speaker) for q in find_quotes(text, lang, "") if q.kind != "title"]


def _kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in find_quotes(text, lang, "")]


# Arabic construct state: a title without the article, its indefinite complement, the first
# definite noun that ends the chain, then the holder's name.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('وقال رئيس بلدية المدينة كريم الحسيني: "سنفتح المدرسة في الربيع".', "كريم الحسيني"),
        ('"سنفتح المدرسة في الربيع"، قال رئيس بلدية المدينة كريم الحسيني.', "كريم الحسيني"),
        ('وأضاف وزير خارجية البلاد سامي حداد: "لن نوقع الاتفاق".', "سامي حداد"),
        ('وتابع مدير مستشفى الشفاء محمود عباس إن "الأسرّة ممتلئة".', "محمود عباس"),
        ('وقال رئيس مجلس إدارة الشركة نادر سليم: "الأرباح تراجعت".', "نادر سليم"),
    ],
)
def test_an_arabic_title_in_the_construct_state_names_the_one_after_its_chain(
    text: str, who: str
) -> None:
    assert [speaker for _, speaker in _said(text, "ar")] == [who]


@pytest.mark.parametrize(
    "text",
    [
        'وقال رئيس بلدية المدينة: "سنفتح المدرسة في الربيع".',  # no name after the chain
        'وقالت زوجة كريم الحسيني ليلى: "سنفتح المدرسة".',  # a kin noun's complement is a person
        'وقال رئيس مصر عبد الفتاح السيسي: "سنفتح المدرسة".',  # "عبد" opens a name, no link
        'وقال قائد ميداني سامي حداد: "سنفتح المدرسة".',  # an adjective, no definite noun
    ],
)
def test_an_arabic_chain_without_its_shape_names_nobody(text: str) -> None:
    assert [speaker for _, speaker in _said(text, "ar")] == [None]


def test_an_arabic_interview_lead_names_the_holder_not_the_chain() -> None:
    text = (
        "التقت الصحيفة رئيس بلدية المدينة كريم الحسيني في حوار حول المشاريع.\n\n"
        "س: متى يفتح الجسر؟\n\nج: في الصيف المقبل.\n\nس: وما الكلفة؟\n\nج: عشرون مليون دولار."
    )
    assert {q.speaker for q in find_quotes(text, "ar")} == {"كريم الحسيني"}


# A quoted paper after the preposition of the one told is no quotation between a cue and its
# subject or its speech.
@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        ("Léa Roux a déclaré au « Courrier » : « Nous tiendrons bon ».", "fr", "Léa Roux"),
        ("Léa Roux a confié à « Libération » qu'elle « tiendra bon ».", "fr", "Léa Roux"),
        ("« Nous tiendrons bon », a expliqué à « Libération » Léa Roux.", "fr", "Léa Roux"),
        ("« Nous tiendrons bon », a déclaré au « Courrier » Léa Roux, maire.", "fr", "Léa Roux"),
        ('Tomás Vidal declaró a "El Faro" que "no habrá recortes".', "es", "Tomás Vidal"),
        ("Tomás Vidal dijo a «La Voz»: «No habrá recortes».", "es", "Tomás Vidal"),
    ],
)
def test_a_quoted_listener_after_a_cue_leaves_the_subject_its_speech(
    text: str, lang: str, who: str
) -> None:
    assert _said(text, lang)[-1][1] == who


def test_a_quoted_place_in_the_sentence_before_keeps_the_next_cue() -> None:
    text = "Tomás Vidal fue al «Coliseo». «Fue increíble», dijo Ana Mora."
    assert _said(text, "es") == [("Fue increíble", "Ana Mora")]


# A preposition that opens the sentence before a capitalised quotation: a work or a paper.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En «El otoño del faro», Tomás Vidal narra su infancia.", "es"),
        ("Pour « La Gazette du port », l'enquête a duré deux ans.", "fr"),
        ("В «Записках из порта» автор описывает детство.", "ru"),
    ],
)
def test_a_quotation_after_a_sentence_opening_preposition_is_a_title(text: str, lang: str) -> None:
    assert [kind for _, kind in _kinds(text, lang)] == ["title"]


def test_a_sentence_opening_preposition_before_a_cue_keeps_the_speech() -> None:
    text = "En «Nadie sabe nada», dijo Ana Mora, «está todo dicho»."
    assert [kind for _, kind in _kinds(text, "es")] == ["speech", "speech"]


# A name after a noun for a named thing may end in "?" or "!" when its sentence runs on.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il a participé à l'émission « Qui veut partir ? » en 2005.", "fr"),
        ("La mairie a lancé la campagne « Tous à vélo ! » lundi.", "fr"),
        ("Participó en el programa «¿Quién llega primero?» en 2005.", "es"),
        ("Он участвовал в программе «Кто придет первым?» в 2005 году.", "ru"),
    ],
)
def test_a_name_ending_in_a_question_mark_after_a_name_noun_is_a_title(
    text: str, lang: str
) -> None:
    assert [kind for _, kind in _kinds(text, lang)] == ["title"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Léa Roux a présenté le plan. « Pourquoi attendre ? » a-t-elle lancé.", "fr"),
        ("L'animateur a crié « Bravo ! » au candidat.", "fr"),
        ("Léa Roux a présenté son plan « Pourquoi attendre ? », a-t-elle lancé.", "fr"),
    ],
)
def test_a_question_without_a_name_noun_or_set_off_by_a_comma_stays_speech(
    text: str, lang: str
) -> None:
    assert [kind for _, kind in _kinds(text, lang)] == ["speech"]


def test_an_arabic_surname_takes_the_full_name_after_the_chain_not_the_chain() -> None:
    text = 'وصل رئيس بلدية المدينة كريم الحسيني أمس. وقال الحسيني: "لن نغلق السوق".'
    assert _said(text, "ar") == [("لن نغلق السوق", "كريم الحسيني")]
