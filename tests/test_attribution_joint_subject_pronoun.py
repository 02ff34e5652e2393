"""Two subjects joined by "and" speak together: a later "he" or "she" names neither of them."""
# Written for this test (news style, no corpus text). The joint quotation itself keeps the
# project's convention (docs/attribution.md, `confidence._joint` and `frames/joint.py`): in English
# the name at the cue, never high ("“…,” Tom Hale and Ida Moss said"); in German the whole joint
# subject; in French, Spanish, Russian and Chinese nobody. A singular pronoun after it may be
# either person, so it is null, unless the article marks one a man and the other a woman.

from __future__ import annotations

import pytest

from summarizer.attribution.find import Quote, find_quotes


def _last(text: str, lang: str = "en") -> Quote:
    """The text's last quotation."""
    return find_quotes(text, lang)[-1]


# Lone surnames joined as one subject: before, "he" went to the second of them (low).
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lund and Reyes said the plan was “a mess.”\n\n“It will fail,” he said."),
        ("en", "The board met. Lund and Reyes said the plan was “a mess.”\n\n“It fails,” he said."),
        ("en", "Mayor Lund and Reyes said the deal was “a mess.”\n\n“It will fail,” he said."),
        ("en", "Smith and Wesson called the rifle “a classic.”\n\n“It sold well,” he said."),
        ("en", "Lund, Reyes and Cole said the plan was “a mess.”\n\n“It will fail,” she said."),
        ("en", "Lund and Reyes said the plan was “a mess.” “It will fail,” he added."),
        ("en", "“It is a mess,” Lund and Reyes said. “It will fail,” she added."),
        ("de", "Lenz und Marx sagten, der Plan sei „ein Chaos“.\n\n„Er scheitert“, sagte er."),
        ("de", "„Der Plan ist ein Chaos“, sagten Lenz und Marx.\n\n„Er scheitert“, sagte er."),
    ],
)
def test_a_pronoun_after_a_joint_subject_names_neither(lang: str, text: str) -> None:
    quote = _last(text, lang)
    assert quote.speaker is None
    assert quote.confidence == "low"


# The joint quotation itself: the convention of each language, never high.
@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Lund and Reyes said the plan was “a mess.”", "Reyes"),
        ("en", "Ann Lund and Tom Reyes said: “We oppose the plan.”", "Tom Reyes"),
        ("en", "“It is a mess,” Lund and Reyes said.", "Reyes"),
        (
            "de",
            "Uwe Lenz und Frank Marx sagten: „Der Plan ist ein Chaos.“",
            "Uwe Lenz und Frank Marx",
        ),
        ("fr", "Girard et Lefèvre ont déclaré : « Le plan est un désastre. »", None),
        ("es", "Vega y Ortiz dijeron: «El plan es un desastre».", None),
        ("ru", "Волков и Орлов заявили: «План провальный».", None),
        ("zh", "王明和李华表示：“这个计划一团糟。”", None),
    ],
)
def test_a_joint_quotation_keeps_its_convention(lang: str, text: str, speaker: str | None) -> None:
    quote = _last(text, lang)
    assert (quote.speaker, quote.confidence) == (speaker, "low")


# In the other languages a pronoun after a joint subject already names nobody.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Girard et Lefèvre ont dit que le plan était « nul ».\n\n« Il échoue », a-t-il dit.",
        ),
        ("es", "Vega y Ortiz dijeron que el plan era «un desastre».\n\n«Va a fracasar», dijo él."),
        ("ru", "Волков и Орлов заявили: «План провальный».\n\n«Он провалится», — сказал он."),
        ("zh", "王明与李华说：“这个计划一团糟。”\n\n“它会失败。”他说。"),
    ],
)
def test_other_languages_stay_null_after_a_joint_subject(lang: str, text: str) -> None:
    assert _last(text, lang).speaker is None


# Negatives that keep their right answer.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the article marks one a woman and the other a man: "he" picks the man
        (
            "Ann Lund and Tom Reyes said the plan was “a mess.” “It will fail,” he added.",
            "Tom Reyes",
        ),
        # one subject: the pronoun goes on with it
        ("Lund said the plan was “a mess.”\n\n“It will fail,” he said.", "Lund"),
        ("Tom Hale said the plan was “a mess.” “It will fail,” he added.", "Tom Hale"),
        # a list inside a title is no joint subject: the minister goes on
        (
            "Navin Bale, Minister of Innovation, Science and Economic Development, said the talks"
            " were on a “broader scale.”\n\n“We engage with companies of all sizes,” he said.",
            "Navin Bale",
        ),
        # with no cue the joint speakers go on together (the name at the cue, low)
        ("“It is a mess,” Lund and Reyes said. “It will fail.”", "Reyes"),
    ],
)
def test_one_subject_or_a_title_list_still_goes_on(text: str, speaker: str) -> None:
    assert _last(text).speaker == speaker
