"""Evaluate the figures plugin (FIG).

1. The labelled set (tests/plugins/figures_cases.py): precision and recall
   of FIG001-FIG004 over short articles built from real news sentences.
2. The corpus (../shared/corpus, or the folder given with --corpus):
   findings per 1,000 articles per code in bbc/ and health-news/, the time
   taken, and a seeded random sample of findings to judge by hand.

    python benchmarks/eval_figures.py [--corpus DIR] [--sample 30] [--seed 1]

When the corpus is absent, part 2 says so and the script exits 0.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = ("bbc", "health-news")
CODES = ("FIG001", "FIG002", "FIG003", "FIG004")


def _findings(text: str, path: str) -> list:
    from lintnews.testing import make_document
    from lintnews_figures.check import check_document

    return list(check_document(make_document(text, path=path)))


def load_cases(name: str = "CASES") -> list:
    spec = importlib.util.spec_from_file_location(
        "figures_cases", REPO / "tests" / "plugins" / "figures_cases.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return getattr(module, name)


def score_cases(cases) -> dict[str, tuple[int, int, int]]:
    """Per code: (true positives, false positives, false negatives).

    A case expects a set of (code, line) findings; any other finding of a
    FIG code is a false positive, any missing one a false negative.
    """
    counts = {code: [0, 0, 0] for code in CODES}
    for case in cases:
        got = {(f.code, f.line) for f in _findings(case.text, case.path)}
        want = set(case.expected)
        for code, line in got & want:
            counts[code][0] += 1
        for code, line in got - want:
            counts[code][1] += 1
        for code, line in want - got:
            counts[code][2] += 1
    return {c: tuple(v) for c, v in counts.items()}


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def report_cases() -> None:
    for name, title in (("CASES", "labelled set"),
                        ("HELD_OUT", "held-out set (written after tuning; first scored P 0.80, R 0.67)")):
        cases = load_cases(name)
        scores = score_cases(cases)
        positives = sum(1 for c in cases if c.expected)
        print(f"{title}: {len(cases)} cases ({positives} with a finding, "
              f"{len(cases) - positives} hard negatives)")
        total = [0, 0, 0]
        for code, (tp, fp, fn) in scores.items():
            p, r = precision_recall(tp, fp, fn)
            total = [total[0] + tp, total[1] + fp, total[2] + fn]
            print(f"  {code}: tp={tp} fp={fp} fn={fn} precision={p:.2f} recall={r:.2f}")
        p, r = precision_recall(*total)
        print(f"  all   : tp={total[0]} fp={total[1]} fn={total[2]} precision={p:.2f} recall={r:.2f}")


def report_corpus(corpus: Path, sample: int, seed: int) -> None:
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: skipping the corpus evaluation")
        return
    every = []
    for folder in FOLDERS:
        files = sorted((corpus / folder).glob("*.txt"))
        if not files:
            print(f"{folder}: no articles")
            continue
        per_code: Counter = Counter()
        started = time.perf_counter()
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            for f in _findings(text, f"{folder}/{path.name}"):
                per_code[f.code] += 1
                every.append((path, f))
        elapsed = time.perf_counter() - started
        rates = ", ".join(f"{c} {1000 * per_code[c] / len(files):.1f}" for c in CODES)
        print(f"{folder}: {len(files)} articles, {elapsed:.1f}s "
              f"({1000 * elapsed / len(files):.1f} ms/article); per 1,000 articles: {rates}")
    if not every or not sample:
        return
    rng = random.Random(seed)
    chosen = rng.sample(every, min(sample, len(every)))
    print(f"\nrandom sample of {len(chosen)} findings (seed {seed}) to judge by hand:")
    for path, f in sorted(chosen, key=lambda pf: (str(pf[0]), pf[1].line)):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        line = lines[f.line - 1] if f.line <= len(lines) else ""
        col = f.col - 1
        context = line[max(0, col - 120):col + 120]
        print(f"- {path.parent.name}/{path.name}:{f.line}:{f.col}: {f.code} {f.message}\n"
              f"    ...{context}...")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-cases", action="store_true", help="skip the labelled set")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO / "plugins"))
    if not args.no_cases:
        report_cases()
        print()
    report_corpus(args.corpus, args.sample, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
