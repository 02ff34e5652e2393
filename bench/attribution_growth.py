"""Benchmark: `find_quotes` on one paragraph of n quotations with their cues and no full stop,
per language's form, at n = 2,500 to 20,000 lines; linear time doubles with n."""

from __future__ import annotations

import argparse
import time

from summarizer.attribution.find import find_quotes

FORMS = (
    ("ar", "وأضاف: «نعم» "),
    ("ru", "«Да», — заявил он "),
    ("ru", "Он заявил: «Да» "),
    ("fr", "« Oui », a-t-il dit "),
    ("fr", "Il a dit : « Oui » "),
    ("es", '"Sí", dijo '),
    ("es", 'Dijo: "Sí" '),
    ("ja", "「はい」と述べた"),
    ("zh", "他说：“是的”"),
    ("de", "Er sagte: „Ja“ "),
    ("en", "He said: “Yes” "),
    ("de", '“a" «b» "c” '),
    ("zh", "“是” “否” "),
)
SIZES = (2_500, 5_000, 10_000, 20_000)


def seconds(lang: str, line: str, n: int) -> float:
    """Seconds for `find_quotes` on `line` repeated n times (a new text each time: no cache)."""
    started = time.perf_counter()
    find_quotes(line * n, lang)
    return time.perf_counter() - started


def main() -> None:
    """Print the markdown table: seconds at each size and the growth from 5,000 to 20,000."""
    argparse.ArgumentParser(description=__doc__).parse_args()
    print("| lang | line | " + " | ".join(f"{n:,}" for n in SIZES) + " | 20,000 / 5,000 |")
    print("|---|---|" + "---:|" * (len(SIZES) + 1))
    for lang, line in FORMS:
        times = [seconds(lang, line, n) for n in SIZES]
        cells = " | ".join(f"{t:.2f}" for t in times)
        print(f"| {lang} | `{line.strip()}` | {cells} | {times[3] / times[1]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
