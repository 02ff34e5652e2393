"""Render a dry-run digest of the shared articles to docs/digest-zh.png (`make screenshot`)."""

from __future__ import annotations

import email
import email.policy
import os
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = ("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run")
QUIET = ("--disable-background-networking", "--disable-component-update", "--disable-sync")


def main() -> None:
    """Copy the articles, run `summarize digest --dry-run`, screenshot the zh HTML part."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "articles").mkdir()
        for folder in sorted((ROOT / "tests" / "data" / "articles").iterdir()):
            for src in folder.glob("article.*"):
                shutil.copy(src, base / "articles" / f"{folder.name}{src.suffix}")
        shutil.copy(ROOT / "examples" / "digest.toml", base / "digest.toml")
        env = dict(os.environ, SUMMARIZER_STATE_DIR=str(base / "state"))
        summarize = Path(sys.executable).with_name("summarize")
        run = [str(summarize), "digest", "--config", "digest.toml", "--dry-run", "--out", "out"]
        subprocess.run(run, cwd=base, env=env, check=True)
        raw = (base / "out" / "digest-zh-li@example.org.eml").read_bytes()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        part = message.get_body(preferencelist=("html",))
        assert part is not None
        (base / "zh.html").write_text(str(part.get_content()), encoding="utf-8")
        target = ROOT / "docs" / "digest-zh.png"
        shot = [
            f"--user-data-dir={base / 'profile'}",
            "--hide-scrollbars",
            "--window-size=420,1800",
        ]
        shot += [f"--screenshot={target}", (base / "zh.html").as_uri()]
        subprocess.run([*CHROMIUM, *QUIET, *shot], check=True, capture_output=True, timeout=120)
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
