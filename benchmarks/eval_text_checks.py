"""Measure the text checks (PH placeholders, TXT debris) on the real-article corpus.

Runs the default rules of ``lintnews_placeholders`` and ``lintnews_debris``
over every article of ``../shared/corpus`` (bbc, health-news, scraped, and
the whole pages of html/ through the core's HTML parser; html-gold/, the
same articles' checked text, instead of html/ if that parser is missing, or
as well with --gold), prints findings per 1,000 articles for each code, and
a seeded random sample of findings with their context for judging by hand.

    python benchmarks/eval_text_checks.py [CORPUS] [--sample 30] [--seed 1]
        [--code PH] [--all] [--gold]

The corpus is read from the repository's sibling ``../shared/corpus`` unless a
path is given; when it is absent the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import random
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
TEXT_FOLDERS = ("bbc", "health-news", "scraped")


def _plugins():
    import lintnews_debris
    import lintnews_placeholders
    return [p for p in (lintnews_placeholders, lintnews_debris)
            if hasattr(p, "lintnews_check_document")]


def _articles(corpus: Path, with_html: bool, gold: bool):
    folders = TEXT_FOLDERS + (("html-gold",) if gold or not with_html else ())
    for folder in folders:
        for path in sorted((corpus / folder).glob("*.txt")):
            if path.name == "INDEX.tsv":
                continue
            yield folder, path
    if with_html:
        for path in sorted((corpus / "html").glob("*.html")):
            yield "html", path


def _html_parser_available() -> bool:
    return importlib.util.find_spec("lintnews.parsers.html") is not None


def run(corpus: Path, code_prefix: str = "", gold: bool = False):
    from lintnews.config import Config
    from lintnews.testing import make_document

    config = Config()
    plugins = _plugins()
    with_html = _html_parser_available()
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    articles: collections.Counter = collections.Counter()
    findings = []
    for folder, path in _articles(corpus, with_html, gold):
        source = path.read_text(encoding="utf-8", errors="replace")
        document = make_document(source, path=str(path), config=config)
        articles[folder] += 1
        for plugin in plugins:
            for finding in plugin.lintnews_check_document(document=document, config=config):
                if not finding.code.startswith(code_prefix):
                    continue
                counts[folder][finding.code] += 1
                findings.append((folder, path, finding, source))
    return articles, counts, findings, with_html


def _context(source: str, finding) -> str:
    lines = source.splitlines()
    line = lines[finding.line - 1] if finding.line - 1 < len(lines) else ""
    start = max(0, finding.col - 1 - 50)
    end = finding.end_col - 1 + 50 if finding.end_line == finding.line else finding.col + 60
    return line[start:end].replace("\t", " ")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=30, help="findings to print for judging")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--code", default="", help="only codes starting with this")
    parser.add_argument("--all", action="store_true", help="print every finding")
    parser.add_argument("--gold", action="store_true",
                        help="also read html-gold/ (the same articles as html/)")
    args = parser.parse_args(argv)

    if not (args.corpus / "bbc").is_dir():
        print(f"corpus not found at {args.corpus}: nothing measured")
        return 0
    here = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(here / "plugins"))
    began = time.perf_counter()
    articles, counts, findings, with_html = run(args.corpus, args.code, args.gold)
    elapsed = time.perf_counter() - began
    total = sum(articles.values())
    print(f"corpus: {args.corpus}")
    if not with_html:
        print("html/: skipped (lintnews.parsers.html does not exist yet); html-gold/ read instead")
    print(f"{total} articles in {elapsed:.1f}s: "
          + ", ".join(f"{f} {n}" for f, n in articles.items()))
    codes = sorted({c for per in counts.values() for c in per})
    folders = list(articles)
    header = f"{'code':8}{'total':>8}{'per 1k':>9}" + "".join(f"{f:>12}" for f in folders)
    print(header)
    for code in codes:
        n = sum(counts[f][code] for f in folders)
        row = f"{code:8}{n:>8}{1000 * n / total:>9.2f}"
        row += "".join(f"{counts[f][code]:>12}" for f in folders)
        print(row)
    if args.all:
        chosen = findings
    else:
        chosen = random.Random(args.seed).sample(findings, min(args.sample, len(findings)))
        print(f"\nrandom sample of {len(chosen)} findings (seed {args.seed}):")
    for i, (folder, path, f, source) in enumerate(chosen, 1):
        rel = path.relative_to(args.corpus)
        print(f"{i:3}. {rel}:{f.line}:{f.col}: {f.code} {f.message}")
        print(f"     | {_context(source, f)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
