"""A "read also" label and its colon opening a line: a list of links, dropped even when its
headlines quote (summarizer/data/junk.toml, `read_more_quoted`)."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes
from summarizer.source import clean_text
from tests.work_counts import assert_linear

_BODY = "Le trafic reste perturbé ce jeudi dans les aéroports du sud, selon la direction."


@pytest.mark.parametrize(
    "line",
    [
        "À lire aussi : Aéroports : « Le chaos est devenu la norme » · Les syndicats menacent",
        "Читайте также: «Трубы гниют годами»: жители пожаловались в прокуратуру",
        "Lesen Sie auch: Tarifstreit: „Das Angebot ist eine Provokation“",
        "READ MORE: Residents say the plan is ‘a disgrace’ as council votes",
        "相关新闻：地铁六号线“全面开工”",
        "関連記事：「首相は辞任しない」",
        'Read more: "Nothing is decided yet"',
    ],
)
def test_a_quoted_read_also_line_is_dropped(line: str) -> None:
    text = clean_text(f"{_BODY}\n\n{line}\n\n{_BODY}")
    assert line not in text
    assert _BODY in text


# Without its colon right after the label the line may be a sentence that quotes someone.
@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch, was der Minister dazu sagte: „Wir warten ab.“",
        'See also what the mayor said on Monday: "We will wait and see."',
        "Le maire a répondu : « À lire aussi : rien de neuf », a-t-il plaisanté.",
    ],
)
def test_a_sentence_with_the_label_words_stays(line: str) -> None:
    text = clean_text(f"{_BODY}\n\n{line}")
    assert line in text
    assert find_quotes(text, "fr" if "maire" in line else "en", "")


def test_many_labels_read_in_linear_time() -> None:
    line = "À lire aussi : « Un titre » · « Un autre » " * 3

    def run(n: int) -> None:
        text = clean_text("\n\n".join([_BODY] + [line] * n + ["À lire aussi :" * (n // 4)]))
        assert "Un titre" not in text

    assert_linear(run, 1000)
