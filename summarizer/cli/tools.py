"""The inspection commands: `summarize quotes`, `verify`, `show` and `cache`."""

from __future__ import annotations

import sys
from pathlib import Path

from summarizer.cli.common import Parser, common, debug, fetch_policy
from summarizer.lang import SUPPORTED, normalize


def quotes(argv: list[str]) -> int:
    """`summarize quotes ARTICLE`: direct quotations and their speakers."""
    p = Parser(prog="summarize quotes", description="List direct quotations and their speakers.")
    p.add_argument("article", help="article path, URL, or - for stdin")
    p.add_argument("--format", default="text", choices=("text", "json"))
    p.add_argument("--titles", action="store_true", help="also list quoted names and titles")
    p.add_argument(
        "--source-lang",
        metavar="LANG",
        help="the article's language when detection guesses wrong (a short text): "
        + " ".join(SUPPORTED),
    )
    common(p)
    args = p.parse_args(argv)
    # refused before any read; "" is a language nobody supports, never "detect it"
    told = None if args.source_lang is None else normalize(args.source_lang)
    # the stages load once the arguments parse: --help and usage errors answer at once
    from summarizer import source
    from summarizer.attribution.find import find_quotes
    from summarizer.render import render_quotes

    article = source.load(
        args.article,
        max_bytes=args.max_bytes,
        policy=fetch_policy(args),
        min_letters=source.ANY_LETTERS,  # listing quotes summarizes nothing: any text will do
    )
    found = find_quotes(article.text, told or article.lang, article.title)
    shown = found if args.titles else tuple(q for q in found if q.kind != "title")
    sys.stdout.write(render_quotes(shown, args.format))
    return 0


def verify(argv: list[str]) -> int:
    """`summarize verify SUMMARY --source ARTICLE`: exit 0 when every check passes, 1 otherwise."""
    p = Parser(prog="summarize verify", description="Check a summary against its source.")
    p.add_argument(
        "summary", nargs="?", help="summary JSON file (summarizer/summary@1), or - for stdin"
    )
    p.add_argument("--text", metavar="SUMMARY.txt", help="a plain-text summary, one point a line")
    p.add_argument("--source", required=True, help="the article the summary was made from")
    p.add_argument("--format", default="text", choices=("text", "json"))
    common(p)
    args = p.parse_args(argv)
    if (args.summary is None) == (args.text is None):
        p.error("give either a summary JSON file or --text SUMMARY.txt")
    # the stages load once the arguments parse: --help and usage errors answer at once
    from summarizer import source, summary
    from summarizer.render import render_verification
    from summarizer.verification.align import from_text
    from summarizer.verification.check import verify as check

    text = source.read_text(args.summary or args.text, max_bytes=args.max_bytes)
    article = source.load(args.source, max_bytes=args.max_bytes, policy=fetch_policy(args))
    if args.text is not None:
        made = from_text(text, article, args.text)
    else:
        made = summary.loads(text, origin=args.summary)
    checked = check(made, article)
    assert checked.verification is not None
    sys.stdout.write(render_verification(checked, args.format))
    return 0 if checked.verification.ok else 1


def show(argv: list[str]) -> int:
    """`summarize show SUMMARY --source ARTICLE [--out page.html]`: the evidence page."""
    # exit 0 once written, whatever the verification found: the page shows it
    p = Parser(
        prog="summarize show",
        description="Write the evidence page: the summary beside its article, every point, "
        "quote and name linked to the sentences it rests on.",
    )
    p.add_argument("summary", help="summary JSON file (summarizer/summary@1), or - for stdin")
    p.add_argument("--source", required=True, help="the article the summary was made from")
    p.add_argument("--out", metavar="page.html", help="write the page here, not to stdout")
    common(p)
    args = p.parse_args(argv)
    from summarizer import source, summary
    from summarizer.output import refuse_inputs, write_atomic
    from summarizer.page import evidence_page
    from summarizer.verification.check import verify as check

    if args.out:
        refuse_inputs(args.out, (args.summary, args.source))
    text = source.read_text(args.summary, max_bytes=args.max_bytes)
    article = source.load(args.source, max_bytes=args.max_bytes, policy=fetch_policy(args))
    made = summary.loads(text, origin=args.summary)
    html = evidence_page(check(made, article), article)
    if args.out:
        write_atomic(Path(args.out), html)
    else:
        sys.stdout.write(html)
    return 0


def cache(argv: list[str]) -> int:
    """`summarize cache stats|clear`: the model-reply cache."""
    p = Parser(prog="summarize cache", description="Inspect or clear the model-reply cache.")
    p.add_argument("action", choices=("stats", "clear"))
    debug(p)
    args = p.parse_args(argv)
    from summarizer.model.cache import Cache  # sqlite3: only once the arguments parse

    store = Cache()
    if args.action == "clear":
        removed = store.clear()
        if removed < 0:
            print(f"removed the corrupt cache file {store.path}")
        else:
            print(f"removed {removed} cached replies from {store.path}")
        return 0
    s = store.stats()
    print(f"{store.path}: {s.entries} cached replies, {s.bytes / 1024:.0f} KiB")
    return 0
