"""Who said what on the patterns that news in every supported language uses (own sentences in
tests/data/attribution/*.toml), and bad input that must neither crash nor slow down."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer._data import parse_toml
from summarizer.article import Article
from summarizer.attribution.find import find_quotes
from summarizer.cli import main
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.verification.check import verify
from tests.work_counts import assert_linear

CASES = [
    case
    for path in sorted((Path(__file__).parent / "data" / "attribution").glob("*.toml"))
    for case in parse_toml(path.read_text("utf-8")).get("case", [])
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_pattern(case: dict[str, Any]) -> None:
    text = case["text"]
    quotes = find_quotes(text, case["lang"])
    assert all(text[q.start : q.end] == q.text for q in quotes)
    got = [[q.text, q.speaker or "", q.confidence] for q in quotes]
    assert got == case["quotes"]
    for field in ("basis", "kind", "mood", "mention"):
        if field in case:
            assert [getattr(q, field) for q in quotes] == case[field]


def test_high_confidence_always_names_someone() -> None:
    for case in CASES:
        for quote in find_quotes(case["text"], case["lang"]):
            assert quote.confidence == "low" or quote.speaker is not None
            assert quote.kind != "title" or quote.speaker is None


ALL = ("en", "de", "fr", "es", "ru", "zh", "zh-Hant", "ja", "ar")
DASHES = [
    ("a paragraph of only dashes", "—" * 20000 + "\n\n" + "- – — " * 5000),
    ("20,000 dialogue lines", "— Да, — сказал он.\n" * 20000),
    ("10,000 incises in one line", "— а, — сказал он — б, — сказал он " * 5000),
    ("30,000 dashed lines without a cue", "— пункт первый\n" * 30000),
]
BAD_INPUT = [
    ("en", "unbalanced marks", "“One ”two” three “four. „Fünf“ »sechs« «sept 「九」』十\n\n" * 50),
    ("en", "a quote that never closes", "He said: “We will go on and on " + "and on " * 20000),
    ("en", "10,000 quotation marks in one paragraph", "“" * 5000 + "a" + "”" * 5000),
    ("en", "mixed marks, 10,000 in one paragraph", '“a" ' * 2500 + "«b» " * 2500),
    ("en", "a paragraph of only dashes", "—" * 20000 + "\n\n" + "- – — " * 5000),
    ("de", "an unclosed „ before a page", "Er sagte: „Wir gehen " + "und gehen " * 20000),
    ("de", "10,000 German marks", "„" * 5000 + "Wort" + "“" * 5000),
    ("de", "a colon frame on a page-long line", "Er rief: " + "Wir kommen, " * 20000 + "!"),
    ("de", "a page of noun phrases", "Der Sprecher des Amtes des Landes, " * 5000 + "sagte: „Ja.“"),
    ("de", "a page of capitalised quotations", "„Alpha“, „Beta“ und " * 3000),
    ("de", "10,000 colons in one paragraph", "Frage: was. Antwort " * 10000),
    ("de", "5,000 speech frames in one paragraph", "Er rief: Nein. Sie " * 5000),
    ("de", "20,000 paragraphs that a lone closing mark opens", "Gut.“ Dann.\n\n" * 20000),
    ("de", "5,000 quotations over a paragraph break", "Er: „Ja.\n\nNein.“ Sie: „So.\n\n" * 5000),
    ("de", "an unclosed quotation runs to the end of a page", "Nun. „Wir gehen " + "und " * 40000),
    ("de", "10,000 two-comma marks in one paragraph", " ,,Wort" * 5000 + "'' " * 5000),
    ("de", "5,000 unclosed two-comma openers after colons", "Er rief: ,,Wir " * 5000),
    ("de", "5,000 dashed marks after frame colons", "Er sagte: - „Ja. Sie sagte: — " * 5000),
    ("de", "5,000 unmarked exclamations before a cue", "Was für ein Tag! rief der Mann " * 5000),
    ("de", "10,000 unmarked questions before a cue", "Wie? sagte er " * 10000),
    (
        "en",
        "10,000 asides after a quotation's name",
        "“Yes,” Tom Hale, " + "30, of Dayton, " * 5000,
    ),
    ("en", "5,000 bare cues after a full stop", "“Yes.” Mayor Dana Fisk said. " * 5000),
    ("de", "5,000 'so' incises in one quotation", "„" + "Wir, so der Rat, gehen, so sehr " * 2500),
    ("de", "3,000 older-print incises", "Die Stadt, sagte Herr Brandt, hat kein Geld. daß " * 3000),
    ("es", "10,000 unspaced dialogue dashes", "—No—aseguró ella " * 10000),
    (
        "ar",
        "5,000 names between commas after a role",
        "وقال الناطق باسم الخارجية، فادي حمود، " * 5000,
    ),
    ("fr", "10,000 plural cues after a quotation", "« Oui », ont déclaré les habitants. " * 10000),
    ("de", "5,000 parliamentary turn lines", "Abg. Roth: Meine Herren, wir gehen.\n" * 5000),
    ("de", "5,000 speakers taking the floor", "Hierauf ergriff Herr Wendt das Wort: Ja. " * 5000),
    ("de", "5,000 listeners before gegenüber", "„Ja“, sagte Jan Roth Eva Ems gegenüber. " * 5000),
    (
        "ja",
        "5,000 dashed interview questions",
        "山本春香さんへのインタビュー\n\n" + "――何か。\n\n答え。\n\n" * 5000,
    ),
    ("en", "5,000 places before a cue", 'Ohio answered: "Yes." Schools in Ohio closed. ' * 5000),
    (
        "en",
        "5,000 party tags after a titled name",
        '"Yes," House Leader Tom Hale, R-Ky., said. ' * 5000,
    ),
    (
        "en",
        "5,000 pronouns after a newspaper",
        'The Washington Post reported it. "Yes," she said. ' * 5000,
    ),
    (
        "en",
        "5,000 replies to words said to someone",
        '"No," Carl Moss said to Ann Cole. "Yes," she replied. ' * 5000,
    ),
    (
        "de",
        "5,000 times of day before a cue",
        "Gestern Abend sagte Jan Roth, es sei „gut“. " * 5000,
    ),
    (
        "de",
        "5,000 Konjunktiv sentences after a verb of fearing",
        "Jan Roth befürchtete, der Plan werde „scheitern“. Die Lage sei „ernst“. " * 5000,
    ),
    ("ar", "5,000 roles before a name", "وقال مراسل شبكة الجزيرة محمد علي: «نعم». " * 5000),
    ("de", "10,000 alike old-print marks", "“Wort“ „Ja„ ‟ " * 3400),
    ("de", "5,000 inline parliamentary turns", "Abg. Dr. Halm (Liberal): „Ja.“ " * 5000),
    (
        "de",
        "5,000 dates in asides",
        "Der Rat, der am 20. August 2007 tagte, wollte „Ruhe“. " * 5000,
    ),
    ("de", "5,000 possessive statements", "„Ja“, sagte Jan Roth. Sein Fazit: „Gut.“ " * 5000),
    (
        "de",
        "5,000 documents going on",
        "In dem Brief heißt es: „Ja.“ Weiter heißt es: „So.“ " * 5000,
    ),
    ("en", "5,000 headline dashes before a colon", "Rents rise - " * 5000 + 'Ana Ruiz: "Yes."'),
    ("en", "5,000 headline dashes before a participle", "Rents - " * 5000 + 'Ann, writing: "Y"'),
    ("en", "5,000 statements issued", 'Ada Lorne issued the following statement: "Yes." ' * 5000),
    ("en", "5,000 shared surnames", 'Tom Roe said: "Yes." Roe smiled. "No," she says. ' * 5000),
    ("ar", "2,500 roles carried over", 'أعلن وزير الخارجية سامي حداد. وقال الوزير: "نعم". ' * 2500),
    (
        "de",
        "5,000 separable verbs split round a subject",
        "Gestern gab Anna Berger zu, es sei „gut“. " * 5000,
    ),
    (
        "de",
        "5,000 reported clauses closed by a verb of calling",
        "Jan Roth sagte, dass die Ministerin Anna Berger den Plan „unsinnig“ nannte. " * 5000,
    ),
    (
        "de",
        "5,000 reported clauses with a verb of asking first",
        "Man hört, dass Anna Berger den Mann gefragt habe, was er „will“. " * 5000,
    ),
    (
        "de",
        "5,000 Konjunktiv sentences after a sentence with no quotation",
        "Jan Roth nahm Stellung. Die Stadt sei pleite. Es gebe nichts. Man müsse „sparen“. " * 5000,
    ),
    (
        "de",
        "5,000 extended attributes",
        "Der als Gegner des Plans bekannte Unternehmer Jan Roth rief: „Nein!“ " * 5000,
    ),
    ("de", "5,000 impersonal reports", "Man schreibt uns aus Paris: Es regnet heute. " * 5000),
    ("de", "5,000 bracketed cheers", "Er rief: Es lebe das Land! (Lebhafter Beifall.) " * 5000),
    (
        "de",
        "5,000 documents after 'Wie es'",
        "Wie es in der Mitteilung heißt, sei es „offen“. " * 5000,
    ),
    (
        "es",
        "5,000 reported clauses with a named subject",
        "Juan Pérez aseguró que Ana Ruiz dijo «no». " * 5000,
    ),
    (
        "en",
        "5,000 unnamed speakers between a name and a pronoun",
        '"Yes," Hale said. A senior official said it stalled. "No," he said. ' * 5000,
    ),
    (
        "en",
        "5,000 clefts",
        'It was only then that Ross Lang spoke. "I never saw it," he said. ' * 5000,
    ),
    ("zh", "5,000 tellers and listeners", "李华告诉王明：“好。”据李华介绍，“是。”" * 5000),
    (
        "de",
        "5,000 pronouns right after a fronted adverb",
        "Da rief er: „Nein!“ Dann ging er. " * 5000,
    ),
    ("de", "5,000 connectives before a colon", "„Ja.“ Und: „Nein.“ Außerdem: „Gut.“ " * 5000),
    ("de", "5,000 plural groups of stance", "Kritiker befürchten, dass es „teuer“ wird. " * 5000),
    (
        "de",
        "5,000 roles apposed with an article",
        "Der Chef des Instituts, der Politiker Jan Roth, sagte: „Ja.“ " * 5000,
    ),
    (
        "de",
        "5,000 statements answered by another subject",
        "Auf den Vorwurf der CDU, es sei ein „Skandal“, entgegnete Jan Roth knapp. " * 5000,
    ),
    ("de", "5,000 demands with an owner", "Die Forderung von Eva Ems lautet: „Mehr Geld.“ " * 5000),
    ("en", "5,000 message owners before a colon", "From Ann Roe's Facebook post: “Yes.” " * 5000),
    (
        "en",
        "5,000 words of another as the object",
        "Tom Hale recalled Ann Roe's words: “Go.” " * 5000,
    ),
    (
        "en",
        "5,000 unnamed subjects between two quotations",
        "He said, “Go” - at which point the crowd chanted “Fix it!” " * 5000,
    ),
    ("en", "5,000 title initials after 'the'", "“Yes,” the Brampton MPP said. " * 5000),
    ("zh", "5,000 chains of 他 sentences", "赵大山放下担子。他坐下了。他对小河说：“好。”" * 5000),
    (
        "zh",
        "5,000 acts of speaking after a line",
        "“好。”赵大山半天才开口了。“走。”钱小河说。" * 5000,
    ),
    ("zh", "5,000 vocatives between two people", "“小河，走吧？”“大山，好的。”" * 5000),
    ("zh", "5,000 manner adverbs before a cue", "秋生很诚恳地对他们说：“好。”" * 5000),
    ("zh", "5,000 sayings counted once", "小河说了句：“好。”大山喊了一声。" * 5000),
    ("ja", "5,000 sources before によると", "小林氏によると「はい」という。" * 5000),
    *[(lang, name, text) for lang in ("ru", "es", "fr") for name, text in DASHES],
    ("ru", "5,000 quoted listeners in one paragraph", "«Да», — заявил «Вестнику» глава " * 5000),
    ("ru", "5,000 quoting cues in one paragraph", "«Да», — приводит его слова «Вестник» " * 5000),
    ("es", "10,000 perfect cues before a listener", '"Sí", ha dicho a ' * 10000),
    ("fr", "10,000 inverted cues in one paragraph", "« Oui », dit-on " * 10000),
    *[(lang, "a paragraph of only dashes", DASHES[0][1]) for lang in ("de", "zh", "ja", "ar")],
    ("zh", "unbalanced marks", "“一”二” 三“四。「五」』六 ‘七\n\n" * 50),
    ("zh", "a quote that never closes", "他说：“我们走吧，" + "走吧，" * 20000),
    ("zh", "10,000 quotation marks in one paragraph", "“" * 5000 + "好" + "”" * 5000),
    ("ja", "10,000 brackets in one paragraph", "「" * 5000 + "と述べた" + "」" * 5000),
    ("ar", "10,000 guillemets in one paragraph", "«" * 5000 + "وقال" + "»" * 5000),
    *[(lang, "three apostrophes: one closes, two open", "'o'''e”") for lang in ALL],
    *[(lang, "a dash inside a quotation's marks", "— –заявил–e?』") for lang in ("ru", "fr", "es")],
]


@pytest.mark.parametrize(("lang", "name", "text"), BAD_INPUT)
def test_bad_input_neither_crashes_nor_slows_down(lang: str, name: str, text: str) -> None:
    # The answer only: tests/test_bad_input_pattern_counts.py counts the work on prefixes of these
    # texts, tests/test_bad_input_counts.py the bad inputs.
    quotes = find_quotes(text, lang)
    assert all(text[q.start : q.end] == q.text for q in quotes)


# One paragraph of quotations and no full stop: at 4n lines a linear pass makes 4 times the calls,
# one that rescans the rest of the paragraph at every quotation about 16.
GROWING = [
    ("ar", "a colon frame before each quotation", "وأضاف: «نعم» ", 250),
    ("es", "a list of capitalised quotations", '"Sí", dijo ', 500),
    ("zh", "quotations side by side with nothing between", "“是” “否” ", 250),
    ("ja", "brackets side by side with nothing between", "「はい」「いいえ」", 250),
    ("de", "mixed marks in one paragraph", '“a" «b» "c” ', 200),
    ("en", "short lower-case quotations in single marks", "‘ab’ ", 100),
]


@pytest.mark.parametrize(("lang", "name", "line", "n"), GROWING)
def test_many_quotations_in_one_paragraph_take_linear_time(
    lang: str, name: str, line: str, n: int
) -> None:
    assert_linear(lambda size: find_quotes(line * size, lang), n)


def test_extract_engine_names_only_confident_speakers() -> None:
    text = (
        "Mayor Ruth Okafor opened the new bridge on Monday after two years of building work.\n\n"
        "“This bridge joins two halves of one city and will carry ten thousand cars a day,” "
        "Okafor said.\n\n"
        "Her deputy, Tom Reyes, stood beside her during the ceremony at the river.\n\n"
        "“We kept every promise we made to the people of the east bank about this bridge,” he said."
    )
    article = Article.from_text(text, title="Bridge opens", lang="en", origin="t.txt")
    summary = ExtractEngine().build(article, Request(lang="en", length="long"))
    named = {p.speaker for p in summary.points if p.speaker}
    assert named == {"Ruth Okafor"}
    quoted = [q.source_text for p in summary.points for q in p.quotes]
    assert not any(q.startswith("We kept every promise") for q in quoted)
    assert verify(summary, article).verification.ok  # type: ignore[union-attr]


def test_quotes_command_lists_titles_only_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    text = (
        "Министры похвалили «Роскосмос» в понедельник на заседании правительства в Москве, "
        "где обсуждали планы запусков на следующий год и новые контракты.\n\n"
        "«Мы готовы к любым задачам в новом году», — заявил министр Иван Серов журналистам."
    )
    article.write_text(text, encoding="utf-8")
    assert main(["quotes", str(article), "--format", "json"]) == 0
    (said,) = json.loads(capsys.readouterr().out)
    assert (said["speaker"], said["confidence"], said["basis"], said["kind"]) == (
        "Иван Серов",
        "high",
        "cue_after",
        "speech",
    )
    assert main(["quotes", str(article), "--format", "json", "--titles"]) == 0
    assert [q["kind"] for q in json.loads(capsys.readouterr().out)] == ["title", "speech"]
