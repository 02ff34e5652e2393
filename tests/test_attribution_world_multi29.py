"""Russian, French, Spanish and Arabic news on text nobody tuned on (multi29): no wrong names on
the probe paragraphs, epithets of an office, and whom a subjectless Arabic cue goes on with."""
# The probe paragraphs (tests/data/probes/world_multi29.toml) were written with their gold before
# the finder ran; bench/world_probes.py prints their figures. A wrong name fails here; a missing
# one is counted by the floors below, which hold the figures this session reached.

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from tests.work_counts import assert_linear


def _speaker(text: str, lang: str, start: str = "") -> str | None:
    """The speaker of the first quotation (not a title) that starts with `start`."""
    found = find_quotes(text, lang)
    return next(q.speaker for q in found if q.kind != "title" and q.text.startswith(start))


# "aseguró el mandatario", "a affirmé le chef de l'État", "сказал градоначальник": the one person
# given the title the epithet stands for, by the title's own rules (one holder, its gender).
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "es",
            (
                "El presidente Andrés Molina visitó la zona. «Vamos a "
                "reconstruir», aseguró el mandatario."
            ),
            "Andrés Molina",
        ),
        (
            "es",
            (
                "La presidenta Gabriela Ríos habló ante el Congreso. "
                "«Saldremos adelante», dijo la mandataria."
            ),
            "Gabriela Ríos",
        ),
        (
            "es",
            (
                "La presidenta Gabriela Ríos habló ante el Congreso. "
                "«Saldremos adelante», dijo el mandatario."
            ),
            None,
        ),
        (
            "es",
            (
                "El presidente Andrés Molina recibió al presidente Luis "
                "Toro. «Vamos a cooperar», aseguró el mandatario."
            ),
            None,
        ),
        (
            "es",
            ("El alcalde de Lima, Jorge Muñoz, inauguró el puente. «Es para todos», dijo el edil."),
            "Jorge Muñoz",
        ),
        (
            "es",
            (
                "El presidente Andrés Molina viajó a Quito. «Somos pueblos "
                "hermanos», afirmó el jefe de Estado."
            ),
            "Andrés Molina",
        ),
        (
            "es",
            "«Vamos a reconstruir», aseguró el mandatario.",
            None,
        ),
        (
            "es",
            (
                "El ministro Javier Ortega visitó la zona. «Vamos a "
                "reconstruir», aseguró el mandatario."
            ),
            None,
        ),
        (
            "fr",
            (
                "Le président Henri Delmas était à Marseille. « La France "
                "tiendra », a affirmé le chef de l'État."
            ),
            "Henri Delmas",
        ),
        (
            "fr",
            (
                "Le président Henri Delmas a reçu le Premier ministre Luc "
                "Garnier. « Nous avançons », a dit le chef de l’État."
            ),
            "Henri Delmas",
        ),
        (
            "fr",
            "« La France tiendra », a affirmé le chef de l'État.",
            None,
        ),
        (
            "fr",
            (
                "La présidente Anne Vidal a visité l'usine. « Nous tiendrons "
                "», a déclaré la cheffe de l'État."
            ),
            "Anne Vidal",
        ),
        (
            "ru",
            (
                "Мэр Москвы Григорий Пахомов открыл мост. «Это подарок "
                "горожанам», — сказал градоначальник."
            ),
            "Григорий Пахомов",
        ),
        (
            "ru",
            "«Это подарок горожанам», — сказал градоначальник.",
            None,
        ),
        (
            "ru",
            (
                "Губернатор Константин Ярцев открыл мост. «Это подарок "
                "горожанам», — сказал градоначальник."
            ),
            None,
        ),
        (
            "ru",
            (
                "Мэр Москвы Григорий Пахомов встретился с мэром Казани Ильей "
                "Сафиным. «Мы подписали договор», — сказал градоначальник."
            ),
            None,
        ),
    ],
)
def test_an_epithet_of_office_stands_for_its_title(
    lang: str, text: str, speaker: str | None
) -> None:
    assert _speaker(text, lang) == speaker


# "وقال X إن … . وأضاف: «…»": a subjectless cue goes on with the subject of the sentence that
# opened with a cue since the previous quotation, reported without quotation marks; a role, a
# body or someone unnamed there leaves it nobody's; a cue inside a sentence changes nothing.
@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            (
                "قالت وزيرة التعليم ريم خوري إن المدارس ستفتح أبوابها. "
                "وأضافت: «الطلاب سيعودون الأسبوع المقبل»."
            ),
            "الطلاب",
            "ريم خوري",
        ),
        (
            ("وأكد رئيس الوزراء نبيل منصور أن الحكومة باقية. وتابع: «لن نستقيل تحت الضغط»."),
            "لن نستقيل",
            "نبيل منصور",
        ),
        (
            ("«الوضع صعب»، قال أحمد يوسف. وقال سامي الحداد إن الجيش مستعد. وأضاف: «سنحمي الحدود»."),
            "سنحمي",
            "سامي الحداد",
        ),
        (
            (
                "وأوضح المتحدث باسم الشرطة رامي خليل أن التحقيق "
                "مستمر.\nوأضاف: «اعتقلنا ثلاثة أشخاص»."
            ),
            "اعتقلنا",
            "رامي خليل",
        ),
        (
            ("وقال عمر زيدان في تصريح للصحفيين إن الانتخابات ستجرى في موعدها. وأردف: «لا تأجيل»."),
            "لا تأجيل",
            "عمر زيدان",
        ),
        (
            (
                "«الوضع صعب»، قال أحمد يوسف. وقال مصدر أمني إن الهجوم وقع "
                "ليلا. وأضاف: «القتلى ثلاثة»."
            ),
            "القتلى",
            None,
        ),
        (
            ("«الوضع صعب»، قال أحمد يوسف. وقالت منى منصور إن الحل قريب. وأضاف: «ننتظر الرد»."),
            "ننتظر",
            None,
        ),
        (
            ("«الوضع صعب»، قال أحمد يوسف. وقال الجيش إن القوات انسحبت. وأضاف: «المنطقة آمنة»."),
            "المنطقة",
            None,
        ),
        (
            (
                "قالت هدى سالم: «المدرسة دمرت». وأضافت أن الوزير كمال عيسى "
                "زار الموقع. وتابعت: «وعدنا بالمساعدة»."
            ),
            "وعدنا",
            "هدى سالم",
        ),
        (
            "وقال الرئيس فؤاد سليمان: «سنواصل الإصلاحات». وتابع: «لن نتراجع».",
            "لن نتراجع",
            "فؤاد سليمان",
        ),
        (
            (
                "«نرفض القرار»، قالت سارة علي. وقال وزير المالية طارق النجار "
                "إن القرار نهائي. وتابعت: «سنلجأ إلى القضاء»."
            ),
            "سنلجأ",
            None,
        ),
    ],
)
def test_a_subjectless_arabic_cue_goes_on_with_the_last_reporter(
    text: str, start: str, speaker: str | None
) -> None:
    assert _speaker(text, "ar", start) == speaker


# The sentences since the previous quotation are read once for each quotation: linear.
def test_many_reported_sentences_stay_linear() -> None:
    def run(n: int) -> None:
        text = "قال أحمد يوسف: «الوضع صعب». " + "وقال سامي الحداد إن الجيش مستعد. " * n
        assert _speaker(text + "وأضاف: «سنحمي الحدود».", "ar", "سنحمي") == "سامي الحداد"

    assert_linear(run, 100)


# "— считает эксперт Высшей школы экономики Павел Громов": the lone capital after the role opens
# the name of its body; the full name after the complement speaks. A name in an oblique case
# there is whom one speaks to; a lone surname before lower-case words still speaks.
@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        (
            ("«Решение правильное», — считает эксперт Высшей школы экономики Павел Громов."),
            ["Павел Громов"],
        ),
        (
            "«Цены вырастут», — говорит аналитик Института экономики Борис Кравец.",
            ["Борис Кравец"],
        ),
        (
            ("«Это важная находка», — рассказывает сотрудница Эрмитажа Анна Керимова."),
            ["Анна Керимова"],
        ),
        (
            (
                "«Студентов стало больше», — отмечает ректор Уральского "
                "федерального университета Олег Рябинин."
            ),
            ["Олег Рябинин", None],
        ),
        (
            "«Мы открыты», — говорит преподаватель Школы дизайна Вера Полякова.",
            ["Вера Полякова"],
        ),
        (
            "«Спрос растет», — уверен директор Центра развития Игорь Светлов.",
            ["Игорь Светлов"],
        ),
        (
            "«Это ошибка», — говорит Громов журналистам.",
            ["Громов"],
        ),
        (
            "«Это ошибка», — сказал Громов заместителю министра Павлу Светлову.",
            ["Громов", None],
        ),
        (
            "«Это ошибка», — заявил представитель Высшей школы экономики.",
            [None],
        ),
        (
            "«Это ошибка», — считает глава Северной верфи Павел Громов.",
            ["Павел Громов"],
        ),
        (
            "«Это ошибка», — говорит Кравец вице-премьеру Анне Керимовой.",
            ["Кравец", None],
        ),
        (
            "«Это ошибка», — пишет автор Новой газеты Ольга Зимина.",
            ["Ольга Зимина"],
        ),
        (
            "«Это ошибка», — заявил эксперт Высшей школы экономики Павел Громов.",
            ["Павел Громов", None],
        ),
    ],
)
def test_a_russian_name_after_a_capitalised_complement_speaks(
    text: str, accepted: list[str | None]
) -> None:
    assert _speaker(text, "ru") in accepted


# "ردت" ("she replied") is a cue; "رد" stays none, also the noun "reply" ("وفي رد على سؤال").
@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("فيما ردت سارة علي قائلة: «القرار صحيح».", ["سارة علي"]),
        ("وردت الوزيرة منى منصور: «لم نخطئ».", ["منى منصور"]),
        ("وردت المتحدثة باسم الخارجية نادية فارس على سؤال: «لا تعليق».", ["نادية فارس"]),
        ("ردت الحكومة على الانتقادات: «لم نخطئ».", ["الحكومة", None]),
        ("وردت في البيان عبارة: «لن نتراجع».", [None]),
        ("قال أحمد يوسف: «الوضع صعب». وردت أنباء عن اشتباكات: «القتال مستمر».", [None]),
        (
            "قال أحمد يوسف: «الوضع صعب». وفي رد على سؤال حول الانتخابات: «لن أترشح».",
            ["أحمد يوسف", None],
        ),
    ],
)
def test_arabic_she_replied_is_a_cue(text: str, accepted: list[str | None]) -> None:
    assert _speaker(text, "ar", text.split("«")[-1][:3]) in accepted
