"""One person, one name (issue 13): a surname after an honorific ("Mr. Putin") is shown as the
one full name the article gives a person of that surname, in `summarize quotes` and in the
extract engine's summary; where two people may bear it, it stays as written."""

from __future__ import annotations

import itertools
import json
import re
import string
from pathlib import Path

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.cli import main
from tests.work_counts import assert_linear

TALKS = (
    "Russia and Ukraine held talks in Geneva on Monday, the first in a year.\n\n"
    "President Vladimir V. Putin of Russia met the delegation at the lakeside hotel on Monday "
    "morning. Officials from both sides attended the meeting, which lasted three hours.\n\n"
    '"We are ready to talk about everything," Mr. Putin said after the meeting.\n\n'
    '"The talks were useful," Mr. Putin told reporters that evening, before he left for Moscow.\n'
)


def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str], *opts: str) -> str:
    """The standard output of `summarize COMMAND talks.txt OPTS` (exit code 0)."""
    article = tmp_path / "talks.txt"
    article.write_text(TALKS, encoding="utf-8")
    code = main([*command, str(article), *opts])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_quotes_show_the_full_name_for_mr_and_surname(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    listed = json.loads(cli(capsys, tmp_path, ["quotes"], "--format", "json"))
    assert [q["speaker"] for q in listed] == ["Vladimir V. Putin", "Vladimir V. Putin"]
    assert [q["mention"] for q in listed] == ["Mr. Putin", "Mr. Putin"]


def test_the_extract_summary_shows_the_one_full_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    out = cli(capsys, tmp_path, [], "--lang", "en", "--length", "long", "--engine", "extract")
    assert "Vladimir V. Putin said:" in out
    assert re.search(r"(?<!V\. )Putin said", out) is None


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "de",
            "Der Unternehmer Hans J. Weber besuchte am Montag eine Schule in Bonn.\n\n"
            "„Wir brauchen mehr Lehrer“, sagte Herr Weber.",
            "Hans J. Weber",
        ),
        (
            "fr",
            "L'entrepreneuse Claire M. Garnier a visité lundi une école de Lyon.\n\n"
            "« Nous avons besoin de professeurs », a déclaré Mme Garnier.",
            "Claire M. Garnier",
        ),
        (
            "es",
            "La empresaria Lucía M. Ortega visitó el lunes una escuela de Sevilla.\n\n"
            "«Necesitamos más maestros», dijo la Sra. Ortega.",
            "Lucía M. Ortega",
        ),
        (
            "ru",
            "Бизнесмен Игорь В. Соколов посетил в понедельник школу в Казани.\n\n"
            "«Нам нужны учителя», — сказал господин Соколов.",
            "Игорь В. Соколов",
        ),
    ],
)
def test_each_languages_honorific_takes_the_full_name(lang: str, text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text, lang)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # two people of that surname: which one spoke is not said
        'Robert E. Lee and Tom A. Lee visited Ohio on Monday.\n\n"We need teachers," Mr. Lee said.',
        # addressed as a man and as a woman: two people, one of them never named in full
        'Tom A. Lee visited Ohio.\n\n"We need teachers," Mrs. Lee said. "We do," Mr. Lee said.',
    ],
)
def test_a_surname_two_people_may_bear_stays_as_written(text: str) -> None:
    assert {q.speaker for q in find_quotes(text, "en")} == {"Lee"}


def test_twenty_thousand_speakers_each_named_in_full_stay_linear() -> None:
    surnames = ["Ka" + "".join(p) for p in itertools.product(string.ascii_lowercase, repeat=3)]

    def run(n: int) -> None:
        said = '"We agree," Mr. {name} said.\n\n'
        text = "".join(
            f"Jo {chr(65 + i % 26)}. {name} met Jon {name} today.\n\n" + said.format(name=name)
            for i, name in enumerate(surnames[:n])
        )
        found = find_quotes(text, "en")
        assert [q.speaker for q in found[:2]] == ["Kaaaa", "Kaaab"]  # two men, "Mr." of either

    assert_linear(run, 250)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"We will appeal," Joan Smith said.\n\n"The ruling is wrong," John Smith said.',
            ["Joan Smith", "John Smith"],
        ),
        ('"Yes," Jon Lee said.\n\n"No," Joy Lee said.', ["Jon Lee", "Joy Lee"]),
        (
            '"Yes," Joe Biden said.\n\n"No," Joseph R. Biden Jr. said.',
            ["Joseph R. Biden", "Joseph R. Biden"],
        ),
    ],
)
def test_two_given_names_of_one_surname_are_two_people(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text, "en")] == speakers
