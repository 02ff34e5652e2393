"""German people introduced in more shapes and taken up again by a role, an age or a
nationality at the cue (speakers/german_intros.py, review28b), and the shapes where another
person may hold the noun, so nobody is named.

Invented people; the gold was written before the finder was run."""

from __future__ import annotations

import pytest

from summarizer.attribution.find import find_quotes

_Q = "„Das war nicht einfach“"


def _last(text: str) -> tuple[str | None, str]:
    """The speaker and confidence of the last quotation in German `text`."""
    quote = find_quotes(text, "de")[-1]
    return quote.speaker, quote.confidence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a role opening a run, no determiner right before it
        (f"Kämmerer Udo Seidl legte den Haushalt vor. {_Q}, sagte der Kämmerer.", "Udo Seidl"),
        (f"Trainerin Eva Ems war enttäuscht. {_Q}, so die Trainerin.", "Eva Ems"),
        (f"Der langjährige Kämmerer Udo Seidl geht. {_Q}, sagte der Kämmerer.", "Udo Seidl"),
        (
            f"Die aus Polen stammende Ärztin Anna Kowalczyk leitet die Station. {_Q}, sagte "
            "die Ärztin.",
            "Anna Kowalczyk",
        ),
        # an age as "47 Jahre alte", the roster's run keeping the role
        (
            f"Der 47 Jahre alte Landwirt Jan Ostermann hat seinen Hof verkauft. {_Q}, sagte "
            "der 47-Jährige.",
            "Jan Ostermann",
        ),
        (
            f"Die 29-jährige Französin Claire Dubois gewann. {_Q}, sagte die 29-Jährige.",
            "Claire Dubois",
        ),
        # a role and its complement, the name apposed after it
        (
            f"Die Bürgermeisterin von Kornbach, Eva Ems, lehnt den Bau ab. {_Q}, sagte die "
            "Bürgermeisterin.",
            "Eva Ems",
        ),
        (
            f"Der Vorsitzende des Vereins, Jan Ost, trat zurück. {_Q}, sagte der Vorsitzende.",
            "Jan Ost",
        ),
        # a role apposed with no article
        (
            f"Eva Ems, Sprecherin der Stadtwerke, kündigte höhere Preise an. {_Q}, sagte die "
            "Sprecherin.",
            "Eva Ems",
        ),
        (
            f"Eva Ems, 44, Lehrerin aus Kornbach, startete die Petition. {_Q}, sagte die Lehrerin.",
            "Eva Ems",
        ),
        # "als" and a present verb of working
        (
            f"Eva Ems, die als Lehrerin arbeitet, startete die Petition. {_Q}, sagte die Lehrerin.",
            "Eva Ems",
        ),
        (
            f"Jan Ost arbeitet als Landwirt in Kornbach. Er verkauft. {_Q}, sagte der Landwirt.",
            "Jan Ost",
        ),
        # a hyphenated compound's last part, a weak noun's object, a nationality "aus Polen"
        (
            f"SPD-Fraktionschefin Maria Hahn verlangte Aufklärung. {_Q}, sagte die "
            "Fraktionschefin.",
            "Maria Hahn",
        ),
        (
            f"Die Landtagsabgeordnete Lena Vogt kritisierte den Plan. {_Q}, sagte die Abgeordnete.",
            "Lena Vogt",
        ),
        (
            f"Trainer Jan Ost lobte den Kroaten Ante Vuković. {_Q}, sagte der Kroate.",
            "Ante Vuković",
        ),
        (
            f"Die aus Polen stammende Ärztin Anna Kowalczyk leitet die Station. {_Q}, sagte "
            "die Polin.",
            "Anna Kowalczyk",
        ),
        (
            f"Der kroatische Stürmer Ante Vuković traf zweimal. {_Q}, sagte der Kroate.",
            "Ante Vuković",
        ),
    ],
)
def test_a_person_introduced_in_more_shapes_is_taken_up(text: str, speaker: str) -> None:
    assert _last(text) == (speaker, "low")


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        (f"Der frühere Trainer Jan Ost leitet ein Hotel. {_Q}, sagte der Trainer.", "Jan Ost"),
        (
            f"Trainer Jan Ost verlässt den Verein. Sein Nachfolger als Trainer wird Udo "
            f"Seidl. {_Q}, sagte der Trainer.",
            "Jan Ost",
        ),
        (
            f"Kämmerer Udo Seidl legte Zahlen vor. Der Kämmerer der Nachbarstadt widersprach. "
            f"{_Q}, sagte der Kämmerer.",
            "Udo Seidl",
        ),
        (
            f"Trainer Jan Ost war zufrieden. Der gegnerische Trainer schimpfte. {_Q}, sagte der "
            "Trainer.",
            "Jan Ost",
        ),
        (
            f"Landwirt Jan Ost hat verkauft. Ein weiterer Landwirt will folgen. {_Q}, sagte der "
            "Landwirt.",
            "Jan Ost",
        ),
        (
            f"Die Polizei befragte Jan Ost, der als Wachmann arbeitet, und einen weiteren "
            f"Wachmann. {_Q}, sagte der Wachmann.",
            "Jan Ost",
        ),
        (
            f"Eva Ems, die früher als Lehrerin arbeitete, leitet ein Café. {_Q}, sagte die "
            "Lehrerin.",
            "Eva Ems",
        ),
        (
            f"Der Pole Jan Ostrowski und sein Landsmann Piotr Nowak arbeiten in Görlitz. {_Q}, "
            "sagte der Pole.",
            "Jan Ostrowski",
        ),
        (f"Landwirtin Eva Ems hat verkauft. {_Q}, sagte der Landwirt.", "Eva Ems"),
        (
            f"Die Trainerin Eva Ems und ihr Co-Trainer Jan Ost waren enttäuscht. {_Q}, meinte "
            "der Trainer.",
            "Jan Ost",
        ),
        (
            f"Jan Ost, Trainer des FC Ahlbach, und Udo Seidl, Trainer des SV Kornbach, stritten. "
            f"{_Q}, sagte der Trainer.",
            "Jan Ost",
        ),
        (
            f"Der 47 Jahre alte Jan Ost und der 47 Jahre alte Udo Seidl wurden befragt. {_Q}, "
            "sagte der 47-Jährige.",
            "Jan Ost",
        ),
    ],
)
def test_a_noun_another_may_hold_names_nobody(text: str, forbidden: str) -> None:
    speaker, _ = _last(text)
    assert speaker is None or not set(speaker.split()) & set(forbidden.split())
