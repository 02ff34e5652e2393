"""Render the evidence page of a Chinese summary of an English article to docs/evidence-zh.png,
after clicking a point (`make screenshot`)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
FLAGS += ["--disable-component-update", "--disable-sync"]


def main() -> None:
    """`summarize show` the example summary, click its last point, screenshot the page."""
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "page.html"
        summarize = Path(sys.executable).with_name("summarize")
        summary = ROOT / "examples" / "seed-summary.zh.json"
        article = ROOT / "examples" / "seed-blitz-china-nato.txt"
        run = [str(summarize), "show", str(summary), "--source", str(article)]
        subprocess.run([*run, "--out", str(page_file)], check=True)
        target = ROOT / "docs" / "evidence-zh.png"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 760})
            page.goto(page_file.as_uri())
            page.locator('li[data-go="p6"]').click()
            page.screenshot(path=str(target))
            browser.close()
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
