"""Benchmark: does `find_quotes` stay linear on repeated shapes? For en, de, ru, fr and zh and a
few everyday shapes (a quotation with its cue after it, a cue before with a colon, a dialogue
dash line, a paragraph of narrative with names, and English's "“…,” X said. X added: “…”") and the
issue's bad inputs (unbalanced marks, a quotation that never closes, marks only, dashes only), the
shape repeated N and 4N times, all in one paragraph and in separate paragraphs; CPU seconds of
`find_quotes` and their ratio. A linear pass gives about 4; above 4.6 is flagged (`!`). A Spanish
and a German reported clause that grows inside one sentence before its one quotation are timed in
one paragraph only (`--langs es,de`).
N doubles from 50 until N copies take about `--seconds` (0.2 s). It measures, it is not a test
(`bench/attribution_growth.py` holds the hostile one-paragraph forms; tests/ pin the fixed cases).
"""

from __future__ import annotations

import argparse
import time

from summarizer.attribution.find import find_quotes

FLAG = 4.6
SHAPES: dict[str, dict[str, str]] = {
    "cue after": {
        "en": "“We will go on,” Anna Berg said.",
        "de": "„Wir machen weiter“, sagte Anna Berg.",
        "ru": "«Мы продолжим», — сказал Иван Петров.",
        "fr": "« Nous continuerons », a dit Anne Martin.",
        "zh": "“我们会继续。”王伟说。",
    },
    "colon cue": {
        "en": "Anna Berg said: “We will go on.”",
        "de": "Anna Berg sagte: „Wir machen weiter.“",
        "ru": "Иван Петров сказал: «Мы продолжим».",
        "fr": "Anne Martin a déclaré : « Nous continuerons. »",
        "zh": "王伟说：“我们会继续。”",
    },
    "dialogue dash": {
        "en": "— We will go on, said Anna Berg.",
        "de": "– Wir machen weiter, sagte Anna Berg.",
        "ru": "— Мы продолжим, — сказал Иван Петров.",
        "fr": "— Nous continuerons, a dit Anne Martin.",
        "zh": "——我们会继续，王伟说。",
    },
    "narrative": {
        "en": "Anna Berg met Tom Hale in Leeds on Monday. They spoke about the budget.",
        "de": "Anna Berg traf am Montag Tom Hahn in Kassel. Sie sprachen über den Haushalt.",
        "ru": "Иван Петров встретился с Олегом Седовым в Твери. Они говорили о бюджете.",
        "fr": "Anne Martin a rencontré Paul Roux à Lyon lundi. Ils ont parlé du budget.",
        "zh": "王伟周一在南京会见了李明。两人讨论了预算。",
    },
    "said, added": {
        "en": "“We will go on,” Anna Berg said. Berg added: “It is not over.”",
        "de": "„Wir machen weiter“, sagte Anna Berg. Berg fügte hinzu: „Es ist nicht vorbei.“",
        "ru": "«Мы продолжим», — сказал Иван Петров. Петров добавил: «Это не конец».",
        "fr": "« Nous continuerons », a dit Anne Martin. Martin a ajouté : « Rien n'est fini. »",
        "zh": "“我们会继续。”王伟说。王伟补充说：“还没有结束。”",
    },
    # the bad inputs (session 30; tests/test_bad_input_counts.py counts their calls, but
    # work inside one regex call is not counted, so they are timed here)
    "unbalanced marks": {
        "en": "“Yes”” no “so. ““well”",
        "de": "„Ja““ nein „so. „„gut“",
        "ru": "«Да»» нет «так. ««ну»",
        "fr": "« Oui » » non « bon. « « bien »",
        "zh": "“是”” 不 “好。““行”",
    },
    "never closes": {
        "en": "and so on, Anna Berg said no and left.",
        "de": "und so weiter, Anna Berg sagte nein und ging.",
        "ru": "и так далее, Иван Петров сказал нет и ушёл.",
        "fr": "et ainsi de suite, Anne Martin a dit non et est partie.",
        "zh": "等等，王伟说不行，然后走了。",
    },
    "marks only": {
        "en": "““““““““““”””””””””””",
        "de": "„„„„„„„„„„““““““““““",
        "ru": "««««««««««»»»»»»»»»»",
        "fr": "««««««««««»»»»»»»»»»",
        "zh": "““““““““““”””””””””””",
    },
    "dashes only": dict.fromkeys(("en", "de", "ru", "fr", "zh"), "— – - — —— --"),
    # one quotation after a reported clause that grows inside one sentence (session 30,
    # `counts30b`): its reading is a regex inside one call, which counting cannot see
    "long reported clause": {"es": "el director entró y", "de": "sie habe gesagt,"},
}
# "never closes": one opening mark before the first copy that nothing closes
LEADS = {
    "never closes": {
        "en": "He said: “",
        "de": "Er sagte: „",
        "ru": "Он сказал: «",
        "fr": "Il a dit : « ",
        "zh": "他说：“",
    },
    "long reported clause": {"es": "Pilar Sanz cuenta que ", "de": "Paul Weber erzählte, "},
}
# what stands once after the copies; a shape with a tail is one sentence, read in one paragraph
TAILS = {"long reported clause": {"es": " le dijo: «Fin».", "de": " es sei „zu lang“."}}
JOINS = {"one paragraph": " ", "paragraphs": "\n\n"}


def seconds(text: str, lang: str) -> float:
    """CPU seconds of one `find_quotes` run (the cache cleared: a cached answer times nothing)."""
    find_quotes.cache_clear()
    started = time.process_time()
    find_quotes(text, lang)
    return time.process_time() - started


def ratio(
    shape: str, lang: str, join: str, target: float, ends: tuple[str, str] = ("", "")
) -> tuple[int, float, float]:
    """N (doubled from 50 until N copies take `target` seconds), seconds at N and at 4N; `ends`
    stand once before and after the copies."""
    lead, tail = ends
    n, small = 50, seconds(lead + join.join([shape] * 50) + tail, lang)
    while small < target and n < 64_000:
        n *= 2
        small = seconds(lead + join.join([shape] * n) + tail, lang)
    return n, small, seconds(lead + join.join([shape] * (4 * n)) + tail, lang)


def main() -> None:
    """Print the markdown table: N, seconds at N and 4N, and the ratio (`!` above 4.6)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=0.2, help="time to aim N at")
    parser.add_argument("--langs", default="en,de,ru,fr,zh")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="shape names, comma-separated")
    args = parser.parse_args()
    print("| shape | layout | lang | N | s at N | s at 4N | 4N / N |")
    print("|---|---|---|---:|---:|---:|---:|")
    for name in args.shapes.split(","):
        for layout, join in JOINS.items():
            for lang in args.langs.split(","):
                if lang not in SHAPES[name] or (name in TAILS and join != " "):
                    continue
                ends = (LEADS.get(name, {}).get(lang, ""), TAILS.get(name, {}).get(lang, ""))
                n, small, large = ratio(SHAPES[name][lang], lang, join, args.seconds, ends)
                flag = " !" if large / small > FLAG else ""
                print(
                    f"| {name} | {layout} | {lang} | {n:,} | {small:.2f} | {large:.2f} "
                    f"| {large / small:.1f}{flag} |",
                    flush=True,
                )


if __name__ == "__main__":
    main()
