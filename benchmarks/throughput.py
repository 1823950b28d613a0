"""lintnews speed, measured: throughput per format, proselint ratio, -j scaling, memory, startup.

    python benchmarks/throughput.py [FOLDER] [--repeat 3] [--sample 400]

FOLDER defaults to ../shared/corpus beside the project (real articles by
others; see its README). Every measurement runs the real CLI in a
subprocess with every built-in rule on (--isolated, --exit-zero), so what is
timed is what a user waits for. Figures are medians of --repeat runs.

* txt: every .txt article of the corpus (bbc, health-news, scraped, html-gold);
* md: the same articles wrapped in YAML front matter (the corpus holds no
  Markdown), written to a temporary folder;
* html: the whole web pages of corpus/html.

proselint (the leading Python prose linter, ``pip install proselint``) lints
a seeded random sample of each format (the same articles as txt and as md;
--sample files, about 1.6 MB of txt,
so that neither tool's start-up weighs much) in one process, and lintnews
lints the very same files with -j1: the ratio compares MB/s on identical
bytes, one core each. Both runs include each tool's start-up (about 0.07 s
for lintnews, 0.13 s for proselint). "after start" is the same ratio with
each tool's fixed cost taken out: the time of each run less the time the
same tool takes for the sample's smallest file alone (median of 5 or more),
so what is compared is what every further article costs.

Every command runs as an installed tool does, with bytecode caches (see
startup.py).

Memory is measured the way it could grow: a fixed sample of 490 articles,
then the same articles copied ten times over (4,900 files, ten folders of
490), each run's peak RSS. The same articles make the two runs differ only
in the number of files.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(Path(__file__).parent))
from startup import ENV, measure as measure_startup  # noqa: E402


def lintnews_cmd(files: list[str], jobs: str = "1") -> list[str]:
    script = Path(sys.executable).with_name("lintnews")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "lintnews"]
    return [*head, "--isolated", "--exit-zero", "--no-progress", "-j", jobs, *files]


def run_timed(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one child process.

    The peak is the child's own (with its waited-for children's), from
    ``wait4``: no wrapper process is started to read it, whose start-up the
    time would then include (a Python interpreter, some 20 ms, charged to
    both tools alike, which drew every ratio towards 1)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # (reaped here, not by Popen)
    return elapsed, usage.ru_maxrss


def median_run(cmd: list[str], repeat: int) -> tuple[float, int]:
    runs = [run_timed(cmd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def paired(ours: list[str], theirs: list[str], repeat: int, their_repeat: int) -> tuple[float, float]:
    """Median wall times of two commands run by turns, so that the machine's
    slow and fast spells fall on both."""
    a: list[float] = []
    b: list[float] = []
    for i in range(max(repeat, their_repeat)):
        if i < repeat:
            a.append(run_timed(ours)[0])
        if i < their_repeat:
            b.append(run_timed(theirs)[0])
    return statistics.median(a), statistics.median(b)


def collect(corpus: Path, tmp: Path) -> dict[str, list[str]]:
    txt = sorted(str(p) for p in corpus.rglob("*.txt"))
    html = sorted(str(p) for p in (corpus / "html").glob("*.html"))
    md_dir = tmp / "md"
    md_dir.mkdir()
    md = []
    for i, path in enumerate(txt):
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        title = text.strip().splitlines()[0][:80].replace('"', "'") if text.strip() else "Untitled"
        dest = md_dir / f"{i:05d}.md"
        dest.write_text(f'---\ntitle: "{title}"\ndate: 2024-03-14\n---\n\n{text}', encoding="utf-8")
        md.append(str(dest))
    return {"txt": txt, "md": md, "html": html}


def memory_sets(txt: list[str], tmp: Path) -> tuple[Path, Path]:
    """490 articles (every tenth), and the same 490 copied ten times over.

    The copies go in ten folders of the 490 names (copy-0/0000.txt ...), so
    the two runs differ only in the number of files: not in how many names
    one folder lists (the walk holds a folder's listing to sort it), and not
    in which articles come one after another (checks keep the last few
    documents' indexes; ten copies of the largest article in a row would
    measure that cache, not what a file leaves behind).
    """
    few, many = tmp / "mem-few", tmp / "mem-many"
    few.mkdir()
    many.mkdir()
    for i, path in enumerate(txt[::10][:490]):
        shutil.copyfile(path, few / f"{i:04d}.txt")
        for k in range(10):
            copy = many / f"copy-{k}"
            copy.mkdir(exist_ok=True)
            shutil.copyfile(path, copy / f"{i:04d}.txt")
    return few, many


def size_mb(files: list[str]) -> float:
    return sum(os.path.getsize(f) for f in files) / 1e6


def find_proselint() -> str | None:
    beside = Path(sys.executable).with_name("proselint")
    return str(beside) if beside.exists() else shutil.which("proselint")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, default=400, help="files per format for proselint")
    parser.add_argument("--no-proselint", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.folder)
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: nothing to measure (pass a folder of articles)")
        return 0
    proselint = None if args.no_proselint else find_proselint()
    print(f"corpus: {corpus}  (python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"medians of {args.repeat})\n")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sets = collect(corpus, tmp)
        print(f"{'format':6} {'files':>6} {'MB':>6} {'articles/s':>11} {'MB/s/core':>10} "
              f"{'peak MiB':>9}   {'sample':>6} {'MB':>5} {'proselint MB/s':>15} "
              f"{'lintnews MB/s':>14} {'ratio':>7} {'after start':>10}")
        for fmt, files in sets.items():
            if not files:
                continue
            seconds, rss = median_run(lintnews_cmd(files), args.repeat)
            mb = size_mb(files)
            line = (f"{fmt:6} {len(files):6d} {mb:6.1f} {len(files) / seconds:11.0f} "
                    f"{mb / seconds:10.2f} {rss / 1024:9.0f}")
            if proselint:
                # the same seed for each format: md's sample is txt's articles
                rng = random.Random(20261125)
                sample = sorted(rng.sample(files, min(args.sample, len(files))))
                ours, theirs = paired(lintnews_cmd(sample),
                                      [proselint, "check", "-o", "compact", *sample],
                                      args.repeat, 1 if fmt == "html" else args.repeat)
                smb = size_mb(sample)
                # each tool's fixed cost: starting and linting the sample's smallest file
                small = min(sample, key=os.path.getsize)
                ours_1, theirs_1 = paired(lintnews_cmd([small]),
                                          [proselint, "check", "-o", "compact", small],
                                          max(5, args.repeat), max(5, args.repeat))
                # (a sample too small for its files to outweigh the noise has none)
                after = (f"{(theirs - theirs_1) / (ours - ours_1):9.1f}x"
                         if ours > ours_1 and theirs > theirs_1 else f"{'n/a':>10}")
                line += (f"   {len(sample):6d} {smb:5.1f} {smb / theirs:15.3f} "
                         f"{smb / ours:14.2f} {theirs / ours:6.1f}x {after}")
            print(line)

        many = sets["txt"]
        if len(many) >= 1000:
            one, _ = median_run(lintnews_cmd(many, "1"), args.repeat)
            auto, _ = median_run(lintnews_cmd(many, "auto"), args.repeat)
            print(f"\n-j auto vs -j1 on {len(many)} txt files: {one:.2f} s -> {auto:.2f} s, "
                  f"speed-up {one / auto:.2f}x (target >= 1.7 on 2 cores)")
            few_dir, many_dir = memory_sets(many, tmp)
            rss_few = max(median_run(lintnews_cmd([str(few_dir)]), 1)[1] for _ in range(2))
            rss_many = max(median_run(lintnews_cmd([str(many_dir)]), 1)[1] for _ in range(2))
            n_few = len(os.listdir(few_dir))
            n_many = sum(len(files) for _, _, files in os.walk(many_dir))
            print(f"peak memory: {n_few} files {rss_few / 1024:.1f} MiB, the same articles "
                  f"x10 ({n_many} files) {rss_many / 1024:.1f} MiB: "
                  f"{(rss_many - rss_few) * 1024 / (n_many - n_few):.0f} bytes per extra file")
    r = measure_startup(15, str(REPO / "examples" / "article.txt"))
    print(f"\nstartup, one small file: {r['lint'] * 1000:.0f} ms vs import regex, pluggy "
          f"{r['bare'] * 1000:.0f} ms: ratio {r['ratio']:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
