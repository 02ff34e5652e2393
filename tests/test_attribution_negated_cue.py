"""A cue negated in its own clause reports words nobody said: it names nobody, in every language."""

from __future__ import annotations

import pytest

from summarizer import _data
from summarizer.attribution.find import find_quotes
from summarizer.attribution.lexicon.cues import cues_for
from tests.work_counts import assert_linear


def _speaker(text: str, lang: str) -> str | None:
    """The speaker of the only quotation of `text`."""
    (quote,) = find_quotes(text, lang)
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jan Roth sagte nicht, der Plan sei „gut“.", "de"),
        ("„Wir bleiben“, sagte Jan Roth nicht.", "de"),
        ("Jan Roth hat nie gesagt: „Wir bleiben.“", "de"),
        ("„Das wird teuer“, sagten Experten nicht.", "de"),
        ("Eva Brandt sagte niemals: „Wir gehen.“", "de"),
        ("Eva Brandt hat keineswegs erklärt: „Wir gehen.“", "de"),
        ("Lucía Vega no dijo: «Nos vamos».", "es"),
        ("Lucía Vega nunca dijo: «Nos vamos».", "es"),
        ("Marc Lenoir n'a pas dit : « Nous partons. »", "fr"),
        ("« Nous partons », n'a jamais déclaré Marc Lenoir.", "fr"),
        ("Олег Смирнов не сказал: «Мы уходим».", "ru"),
        ("Олег Смирнов не заявлял: «Мы уходим».", "ru"),
        ("Олег Смирнов никогда не говорил: «Мы уходим».", "ru"),
        ("李华没有说“我们走”。", "zh"),
        ("李华并未表示“我们走”。", "zh"),
        ("李华未称“我们走”。", "zh"),
        ("山田花子氏は「撤退する」とは言っていない。", "ja"),
        ("山田花子氏は「撤退する」と述べていない。", "ja"),
        ("山田花子氏は「撤退する」とは言わなかった。", "ja"),
        ('ما قال سمير حداد: "سنرحل".', "ar"),
        ('لم يقل سمير حداد: "سنرحل".', "ar"),
        ('نفى سمير حداد أن "الخطة فشلت".', "ar"),
    ],
)
def test_a_negated_cue_names_nobody(text: str, lang: str) -> None:
    assert _speaker(text, lang) is None


# A negation of something else keeps the speaker: inside the quotation or the reported words, in a
# clause of its own after the cue, a negation of a phrase and not the verb, a question.
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("„Wir bleiben“, sagte Jan Roth nicht ohne Stolz.", "de", "Jan Roth"),
        ("„Wir bleiben“, sagte Jan Roth, der nicht kommen konnte.", "de", "Jan Roth"),
        ("Jan Roth sagte: „Wir bleiben nicht.“", "de", "Jan Roth"),
        ("Jan Roth sagte, der Plan sei „nicht gut“.", "de", "Jan Roth"),
        ("„Wir bleiben“, sagte nicht zuletzt Jan Roth.", "de", "Jan Roth"),
        ("„Wir bleiben“, sagte Jan Roth und lachte nicht.", "de", "Jan Roth"),
        ("Hat Jan Roth nicht gesagt, der Plan sei „gut“?", "de", "Jan Roth"),
        ("Jan Roth zögerte nicht und sagte: „Wir bleiben.“", "de", "Jan Roth"),
        ("Laut Jan Roth kann die Stadt das „nicht stemmen“.", "de", "Jan Roth"),
        ("Lucía Vega dijo: «No nos vamos».", "es", "Lucía Vega"),
        ("«Nos vamos», dijo Lucía Vega, que no pudo venir.", "es", "Lucía Vega"),
        ("Marc Lenoir a déclaré : « Nous ne partons pas. »", "fr", "Marc Lenoir"),
        ("« Nous partons », a dit Marc Lenoir, qui ne pouvait pas venir.", "fr", "Marc Lenoir"),
        ("Олег Смирнов сказал: «Мы не уходим».", "ru", "Олег Смирнов"),
        ("Олег Смирнов не согласился: «Мы уходим».", "ru", "Олег Смирнов"),
        ("«Мы уходим», — сказал Олег Смирнов, который не смог приехать.", "ru", "Олег Смирнов"),
        ("李华说：“我们不走。”", "zh", "李华"),
        ("山田花子氏は「撤退しない」と述べた。", "ja", "山田花子"),
        ('قال سمير حداد: "لم نرحل".', "ar", "سمير حداد"),
    ],
)
def test_a_negation_elsewhere_keeps_the_speaker(text: str, lang: str, speaker: str) -> None:
    assert _speaker(text, lang) == speaker


# Many negated cues in one paragraph, long runs of words with no clause boundary before each, and
# one endless Chinese sentence: each cue's clause is read within a fixed reach of it.
@pytest.mark.parametrize(
    ("shape", "lang"),
    [
        ("„Ja“, sagte Jan Roth nicht, ", "de"),
        ("„Ja“ " + "und so weiter " * 12 + "hat Jan Roth nie gesagt ", "de"),
        ("李华没有说“好”", "zh"),
    ],
)
def test_many_negated_cues_take_linear_time(shape: str, lang: str) -> None:
    assert_linear(lambda n: find_quotes(shape * n, lang), 50)


def test_every_language_reads_its_negation_from_the_shared_cues() -> None:
    """Each family's negation scope and lists come with its Cues (one loader for all)."""
    for family, data in _data.load_toml("cues.toml").items():
        if not isinstance(data, dict) or "verbs" not in data:
            continue
        negation = cues_for(family).negation
        assert negation.scope == data.get("negation_scope", "")
        assert negation.denials == frozenset(data.get("denials", []))
        assert negation.correcting == frozenset(data.get("correcting", []))
    assert cues_for("de").negation.stances and cues_for("ar").negation.denials
