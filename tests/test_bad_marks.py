"""Broken quotation marks in every reader language, through the whole command a user runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.article import Article
from summarizer.attribution.find import find_quotes
from summarizer.cli import main
from summarizer.engines.base import Request
from summarizer.engines.extract import ExtractEngine
from summarizer.verification.check import verify
from tests.work_counts import CALLS_PER_CHARACTER, assert_linear, calls_in

MARKS = {
    "en": ("“", "”", "he said"),
    "de": ("„", "“", "sagte er"),
    "fr": ("« ", " »", "a-t-il dit"),
    "es": ("«", "»", "dijo"),
    "ru": ("«", "»", "— сказал он"),
    "zh": ("“", "”", "他说"),
    "zh-Hant": ("「", "」", "他說"),
    "ja": ("「", "」", "と述べた"),
    "ar": ("«", "»", "قال"),
}
LEAD = {
    "en": "The city council met on Monday to debate the new budget for the city and its schools.",
    "de": "Der Stadtrat hat am Montag über den neuen Haushalt der Stadt und ihrer Schulen beraten.",
    "fr": "Le conseil municipal s'est réuni lundi pour débattre du nouveau budget de la ville.",
    "es": "El concejo municipal se reunió el lunes para debatir el nuevo presupuesto de la ciudad.",
    "ru": "Городской совет в понедельник долго обсуждал новый бюджет города и его школ.",
    "zh": "市议会周一开会讨论了城市和学校的新预算，会议持续了整整一天。",
    "zh-Hant": "市議會週一開會討論了城市和學校的新預算，會議持續了整整一天。",
    "ja": "市議会は月曜日、市と学校の新しい予算について一日がかりで話し合った。",
    "ar": "اجتمع مجلس المدينة يوم الاثنين لمناقشة الميزانية الجديدة للمدينة ومدارسها.",
}


def bad_inputs(lang: str) -> dict[str, str]:
    """The issue's four bad inputs in `lang`'s quotation marks."""
    opening, closing, said = MARKS[lang]
    unbalanced = f"{opening}Ja{closing}{closing} nein {opening}so. {opening}{opening}gut{closing} "
    return {
        "unbalanced marks": unbalanced * 500,
        "a quote that never closes": f"{said}: {opening}" + "und so weiter " * 5000,
        "10,000 quotation marks in one paragraph": opening * 5000 + "x" + closing * 5000,
        "a paragraph of only dashes": "—" * 5000 + "\n\n" + "- – — " * 2000,
    }


# The calls of `summarize quotes` beside reading the text (arguments, loading, JSON): a fixed
# part, so that the bound per character is about the finder alone.
COMMAND_CALLS = 20_000
CASES = [(lang, name) for lang in MARKS for name in bad_inputs(lang)]


def article_file(tmp_path: Path, lang: str, name: str) -> Path:
    """A news article in `lang` with the bad input between two lead paragraphs."""
    path = tmp_path / "article.txt"
    lead = " ".join([LEAD[lang]] * 3)
    path.write_text(f"{lead}\n\n{bad_inputs(lang)[name]}\n\n{lead}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "name"), CASES)
def test_quotes_summary_and_verify_survive_bad_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, name: str
) -> None:
    path = article_file(tmp_path, lang, name)
    text = path.read_text(encoding="utf-8")
    main(["quotes", str(path), "--format", "json"])  # the language's data loaded, uncounted
    capsys.readouterr()
    codes: list[int] = []
    calls = calls_in(lambda: codes.append(main(["quotes", str(path), "--format", "json"])))
    assert codes == [0] and calls <= CALLS_PER_CHARACTER * len(text) + COMMAND_CALLS, name
    listed = json.loads(capsys.readouterr().out)
    assert all(q["end"] <= len(text) for q in listed)
    out = tmp_path / "summary.json"
    assert main([str(path), "--lang", lang, "--engine", "extract", "--out", str(out)]) == 0
    assert main(["verify", str(out), "--source", str(path)]) == 0
    assert "Traceback" not in capsys.readouterr().err


# One paragraph of marks that pair wrongly: 4 times the marks should make at most 4.5 times the
# calls of the finder, the extract engine and the verifier together.
@pytest.mark.parametrize("lang", ["fr", "ru", "zh-Hant"])
def test_summarizing_and_verifying_unbalanced_marks_takes_linear_time(lang: str) -> None:
    opening, closing, said = MARKS[lang]
    line = f"{opening}Da{closing}{closing}, {said}. {opening}{opening}Net{closing} "
    assert_linear(lambda n: _summarize(LEAD[lang] + "\n\n" + line * n, lang), 40)


def _summarize(text: str, lang: str) -> None:
    """Find the quotations of `text`, summarize it and verify the summary."""
    article = Article.from_text(text, title="Budget", lang=lang, origin="t.txt")
    summary = ExtractEngine().build(article, Request(lang=lang, length="long"))
    verify(summary, article)


# Older German print's marks (`dehist25`): 10,000 two-comma marks, stray closing marks after
# unmarked speech, openers nothing closes after a frame's colon, an excerpt's first closing mark
# after 2,000 colons, dashes of two hyphens, words divided at `=`: 4 times the input takes
# about 4 times as long.
OLD_GERMAN = {
    "two commas": lambda n: ",," * (5 * n) + "Ja",
    "stray closers": lambda n: 'Er sagte: Nein." Dann ging er. ' * n,
    "unclosed openers": lambda n: "Er sagte: „Nein. Dann ging er. " * n,
    "colons before a closer": lambda n: "Nein: so " * n + "Ende.“ Dann.",
    "double-hyphen dashes": lambda n: "daß. -- Ja, sagte er, nein -- " * n,
    "divided words": lambda n: "sag= te: ge¬ wiß= und " * n,
}


@pytest.mark.parametrize("name", OLD_GERMAN)
def test_old_german_marks_take_linear_time(name: str) -> None:
    assert_linear(lambda n: find_quotes(OLD_GERMAN[name](n), "de"), 400)
