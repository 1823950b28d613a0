"""Run the DT (dates) rules over the real-article corpus.

Prints findings per 1,000 articles for each code and folder, and optionally a
seeded random sample of findings with their source line for judging by hand.

    python benchmarks/eval_dates.py [CORPUS] [--sample 30] [--seed 1] [--code DT003]

CORPUS defaults to the repository's sibling ``../shared/corpus``.  Articles in
``health-news/`` get their real publication date from ``INDEX.tsv`` (Unix
seconds) as the reference date; the others have none unless their own
metadata gives one (HTML).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections import Counter
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = ("bbc", "health-news", "scraped", "html", "html-gold")


def publication_dates(folder: Path) -> dict[str, dt.date]:
    """File name -> publication date from ``INDEX.tsv`` (name, url, Unix seconds)."""
    index = folder / "INDEX.tsv"
    dates: dict[str, dt.date] = {}
    if not index.is_file():
        return dates
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        try:
            seconds = float(parts[2])
        except ValueError:
            continue  # "None": no date known
        dates[parts[0]] = dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
    return dates


def articles(corpus: Path):
    """(folder, path) of every article, in a stable order."""
    for name in FOLDERS:
        folder = corpus / name
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html") and path.name != "INDEX.tsv":
                yield name, path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="print this many random findings")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--code", default="", help="only findings whose code starts with this")
    parser.add_argument("--all", action="store_true", help="print every finding")
    parser.add_argument("--index-as-article-date", action="store_true",
                        help="treat INDEX.tsv dates as the articles' own dates, so DT005 "
                        "(which trusts only an article's own date) runs on them too")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to evaluate")
        return 0

    import lintnews_dates as plugin
    from lintnews.config import Config
    from lintnews.testing import make_document

    config = Config()
    dated = publication_dates(args.corpus / "health-news")
    counts: dict[str, Counter] = {}
    totals: Counter = Counter()
    findings = []
    started = time.perf_counter()
    for folder, path in articles(args.corpus):
        source = path.read_text(encoding="utf-8", errors="replace")
        try:
            document = make_document(source, path=str(path), reference_date=dated.get(path.name),
                                     config=config)
        except (ImportError, ModuleNotFoundError):
            continue  # the core has no parser for this format yet
        totals[folder] += 1
        if args.index_as_article_date and path.name in dated:
            document.meta.date = dated[path.name]
        for finding in plugin.lintnews_check_document(document=document, config=config):
            if not finding.code.startswith(args.code):
                continue
            counts.setdefault(folder, Counter())[finding.code] += 1
            line = source.splitlines()[finding.line - 1] if finding.line else ""
            findings.append((folder, path, finding, line, document.reference_date))
    elapsed = time.perf_counter() - started

    codes = sorted({c for counter in counts.values() for c in counter}
                   | {r.code for r in plugin.lintnews_rules() if r.code.startswith(args.code)})
    n = sum(totals.values())
    print(f"{n} articles in {elapsed:.1f}s; findings per 1,000 articles")
    print(f"{'folder':<12} {'articles':>8} " + " ".join(f"{c:>7}" for c in codes))
    for folder in FOLDERS:
        if totals[folder]:
            row = counts.get(folder, Counter())
            print(f"{folder:<12} {totals[folder]:>8} " + " ".join(
                f"{1000 * row[c] / totals[folder]:>7.2f}" for c in codes))
    overall = Counter()
    for counter in counts.values():
        overall.update(counter)
    if n:
        print(f"{'all':<12} {n:>8} " + " ".join(f"{1000 * overall[c] / n:>7.2f}" for c in codes))
        print("raw counts: " + ", ".join(f"{c}={overall[c]}" for c in codes))

    shown = findings if args.all else random.Random(args.seed).sample(
        findings, min(args.sample, len(findings)))
    for i, (folder, path, f, line, ref) in enumerate(shown, 1):
        start = max(0, f.col - 90)
        context = line[start:f.col + 110]
        print(f"\n[{i}] {folder}/{path.name}:{f.line}:{f.col}: {f.code} {f.message}"
              f"  (reference date {ref}; fix {f.replacement!r})")
        print(f"    ...{context}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
