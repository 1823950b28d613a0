"""Measure the NAV rules on the real-article corpus.

    python benchmarks/eval_navigation.py [CORPUS_DIR] [--sample N] [--seed S]

Prints, for ``bbc/`` and ``health-news/`` (clean article text: every finding
there should be real debris), findings per 1,000 articles per code; for
``scraped/`` (whole pages turned to text), the recall on files with a
navigation block or share buttons, found by a loose reference pattern that
is independent of the plugin's; and a seeded random sample of findings with
their lines, for judging by hand.  Exits 0 when the corpus is absent.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

# Loose references for recall, deliberately broader than the plugin's patterns.
NAV_BLOCK = re.compile(r"^\W{0,3}(previous|next|older|newer|prev)\s+(article|post|story)\W{0,3}$",
                       re.I | re.M)
SHARE_BLOCK = re.compile(r"^\W{0,3}(share this\b|share on \w+|click to share)", re.I | re.M)


def lint_file(path: Path):
    import lintnews_navigation as nav
    from lintnews.config import Config
    from lintnews.testing import make_document

    text = path.read_text(encoding="utf-8", errors="replace")
    doc = make_document(text, path=str(path))
    return text, list(nav.lintnews_check_document(document=doc, config=Config()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--sample", type=int, default=30, help="findings to sample for hand-judging")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}; nothing to measure")
        return 0

    pool = []
    for name in ("bbc", "health-news"):
        folder = corpus / name
        files = sorted(p for p in folder.rglob("*.txt") if p.name != "INDEX.tsv")
        if not files:
            print(f"{name}: absent")
            continue
        counts: Counter = Counter()
        for path in files:
            text, findings = lint_file(path)
            lines = text.splitlines()
            for f in findings:
                counts[f.code] += 1
                pool.append((f, lines[f.line - 1] if f.line <= len(lines) else ""))
        total = sum(counts.values())
        print(f"{name}: {len(files)} articles, {total} findings "
              f"({1000 * total / len(files):.1f} per 1,000 articles)")
        for code in sorted(counts):
            print(f"  {code}: {counts[code]} ({1000 * counts[code] / len(files):.1f} per 1,000)")

    scraped = corpus / "scraped"
    if scraped.is_dir():
        files = sorted(scraped.glob("*.txt"))
        nav_files = share_files = nav_hit = share_hit = 0
        counts = Counter()
        missed = []
        for path in files:
            text, findings = lint_file(path)
            codes = {f.code for f in findings}
            counts.update(f.code for f in findings)
            if NAV_BLOCK.search(text):
                nav_files += 1
                if codes & {"NAV001", "NAV002"}:
                    nav_hit += 1
                else:
                    missed.append(("nav", path.name))
            if SHARE_BLOCK.search(text):
                share_files += 1
                if "NAV004" in codes:
                    share_hit += 1
                else:
                    missed.append(("share", path.name))
        print(f"scraped: {len(files)} pages, findings per code: "
              + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))
        if nav_files:
            print(f"  recall, previous/next navigation blocks: {nav_hit}/{nav_files} files "
                  f"({100 * nav_hit / nav_files:.0f}%)")
        if share_files:
            print(f"  recall, share buttons: {share_hit}/{share_files} files "
                  f"({100 * share_hit / share_files:.0f}%)")
        for kind, name in missed:
            print(f"  missed ({kind}): {name}")

    html = corpus / "html"
    if html.is_dir():
        files = sorted(html.glob("*.html"))
        counts = Counter()
        for path in files:
            counts.update(f.code for f in lint_file(path)[1])
        total = sum(counts.values())
        print(f"html: {len(files)} whole pages, {total} findings in the article text "
              f"({1000 * total / max(1, len(files)):.1f} per 1,000): "
              + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))

    if pool and args.sample:
        rnd = random.Random(args.seed)
        sample = rnd.sample(pool, min(args.sample, len(pool)))
        print(f"\nrandom sample of {len(sample)} findings (seed {args.seed}) from bbc + health-news:")
        for f, line in sample:
            print(f"  {f.path}:{f.line}:{f.col}: {f.code} {f.message}\n      | {line[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
