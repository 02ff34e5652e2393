"""Arabic, Japanese and Russian news shapes of world20: the speaker, or nobody (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer._data import parse_toml
from summarizer.attribution.find import find_quotes
from summarizer.attribution.frames.genders import gender as gender_of_name
from summarizer.attribution.lexicon.cues import cues_for

_ROWS = parse_toml(
    (Path(__file__).parent / "data" / "attribution" / "world20_news.toml").read_text("utf-8")
)


def _first(text: str, lang: str) -> tuple[str | None, str]:
    """The speaker and confidence of the first quotation that is speech."""
    quote = next(q for q in find_quotes(text, lang, "") if q.kind != "title")
    return quote.speaker, quote.confidence


def _rows(kind: str) -> list[tuple[str, str, str]]:
    return [(lang, *row) for lang in ("ar", "ja") for row in _ROWS[lang][kind]]


@pytest.mark.parametrize(("lang", "text", "who"), _rows("named"))
def test_a_written_news_sentence_names_its_speaker(lang: str, text: str, who: str) -> None:
    assert _first(text, lang)[0] == who


@pytest.mark.parametrize(("lang", "text", "who"), _rows("nobody"))
def test_an_unnamed_source_names_nobody(lang: str, text: str, who: str) -> None:
    assert _first(text, lang)[0] is None


@pytest.mark.parametrize(
    ("text", "who", "confidence"),
    [
        ("外務省によると、「邦人の被害は確認されていない」という。", "外務省", "low"),
        ("防衛省によれば、「ミサイルは落下した」という。", "防衛省", "low"),
        ("「経済の再生が最優先だ」と述べたのは岸田首相だ。", "岸田", "high"),
        ("「大変残念だ」と語ったのは林芳正官房長官だった。", "林芳正", "high"),
    ],
)
def test_japanese_official_sources_and_clefts(text: str, who: str, confidence: str) -> None:
    assert _first(text, "ja") == (who, confidence)


@pytest.mark.parametrize(
    "text",
    [
        "警察によると、「けが人はいない」という。",  # a bare body word: it may only report
        "外務省によると、同国の大臣は「協力したい」と述べた。",  # another subject speaks
        "外務省によると、現地の大使館に「問い合わせが相次いでいる」という。",
        "「しっかり対応する」と述べたのは首相だ。",  # a title alone
        "「やめろ」と言われたのは田中氏だった。",  # the one told
        "「改革を」と訴えたのは今回が初めてだ。",  # no cleft of a person
        "「辞任しない」と述べたのは岸田首相だが、批判は続いた。",  # no copula ends it
    ],
)
def test_japanese_shapes_that_name_nobody(text: str) -> None:
    assert _first(text, "ja")[0] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("وقال رئيس الاتحاد الدولي لكرة القدم جياني إنفانتينو: «نجحنا».", "جياني إنفانتينو"),
        ("ووفقا للمتحدث باسم الجيش العميد هاني رزق، «تم إحباط الهجوم».", "هاني رزق"),
        ("ووفقا للمتحدثة باسم الحكومة رنا عيسى، «القرار نهائي».", "رنا عيسى"),
        ("وقالت المفوضة الأوروبية أورسولا فون دير لاين إن «أوروبا موحدة».", "أورسولا فون دير لاين"),
        ("رئيس الوزراء خالد ناصر: «لن نقبل بالابتزاز».", "خالد ناصر"),
        ("المتحدثة باسم الحكومة رنا عيسى: «القرار نهائي».", "رنا عيسى"),
    ],
)
def test_arabic_complements_cited_titles_and_colons(text: str, who: str) -> None:
    assert _first(text, "ar")[0] == who


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس الاتحاد الدولي لكرة القدم: «البطولة ناجحة».",  # gave "لكرة القدم", high
        "وقال وزير الخارجية لنظيره الأردني أيمن الصفدي إن «التنسيق ضروري».",  # the one told
        "وقال الوزير لعمر الحسن: «انتظر».",
        "ووفقا للمتحدث باسم الجيش، «تم إحباط الهجوم».",
        "خالد ناصر: «لن نقبل بالابتزاز».",  # no title: no capital tells a name
        "وزير الخارجية: «لن نقبل بالابتزاز».",
        "وأضاف البيان: «لن نقبل».",
        "رئيس الوزراء في كلمته: «لن نقبل».",
    ],
)
def test_arabic_shapes_that_name_nobody(text: str) -> None:
    assert _first(text, "ar")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "«Мы не придём». Об этом в интервью РБК заявил глава МИД Сергей Лавров.",
        "«Мы не придём». Об этом в среду заявил Сергей Лавров.",
        "«Мы не придём». Об этом во вторник на пресс-конференции в Москве сообщил Сергей Лавров.",
    ],
)
def test_russian_adverbials_after_the_pointer(text: str) -> None:
    assert _first(text, "ru") == ("Сергей Лавров", "low")


@pytest.mark.parametrize(
    "text",
    [
        "«Мы не придём». Об этом в среду Лавров сообщил Блинкену.",  # a subject before the verb
        "«Мы не придём». Об этом, как сообщил Сергей Лавров, знали все.",
        "Он сказал, что «мы не придём». Об этом в среду заявил Сергей Лавров.",
    ],
)
def test_russian_pointer_shapes_that_name_nobody(text: str) -> None:
    assert _first(text, "ru")[0] is None


def test_many_adverbial_words_after_a_pointer_stay_linear() -> None:
    text = "«Мы не придём». Об этом " + "в среду " * 5000 + "заявил Сергей Лавров."
    assert _first(text, "ru")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # the owner in the genitive is no subject: the wife, son or daughter speaks
        "Жена Никиты Михалкова рассказала о фильме. «Это ложь», — сказала она.",
        "Сын Ольги Козловой рассказал о матери. «Это ложь», — сказал он.",
        "Дочь Ольги Козловой рассказала о матери. «Это ложь», — сказала она.",
        "Дочь Марии Беловой рассказала о матери. «Это ложь», — сказала она.",
        "Сын Алексея Громова рассказал о суде. «Это ложь», — сказал он.",
    ],
)
def test_a_russian_name_written_only_oblique_is_no_pronoun_antecedent(text: str) -> None:
    assert _first(text, "ru")[0] is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ольга Козлова приехала в суд. «Это ложь», — сказала она.", "Ольга Козлова"),
        ("Андрей Луговой выступил в Думе. «Это провокация», — сказал он.", "Андрей Луговой"),
        ("По словам Никиты Михалкова, «это ложь». «Мы уйдём», — сказал он.", "Никита Михалков"),
    ],
)
def test_a_russian_nominative_name_still_takes_its_pronoun(text: str, who: str) -> None:
    assert [q.speaker for q in find_quotes(text, "ru", "")][-1] == who


@pytest.mark.parametrize(
    ("words", "gender"),
    [
        ("Никитой Михалковым", "masculine"),  # "-ой" first name, a man's instrumental surname
        ("Никиты Михалкова", "masculine"),  # "-ова" after an oblique first name: his genitive
        ("Дмитрии Пескове", "masculine"),  # "-ии": his prepositional
        ("Ольги Козловой", "feminine"),  # "-ой" after an oblique first name: hers
        ("Марией Беловой", "feminine"),
    ],
)
def test_a_russian_surname_shares_its_first_names_case(words: str, gender: str) -> None:
    text = f"Мы говорили с {words} вчера."
    start = text.index(words)
    found = gender_of_name(text, (start, start + len(words)), cues_for("ru"), len(text))
    assert found == gender
