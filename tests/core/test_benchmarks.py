"""The benchmark scripts run as a user runs them (on a tiny corpus, so quickly)."""
from __future__ import annotations

import re
import subprocess
import sys

from helpers import REPO, SEED


def test_throughput_script_reports_every_format_and_startup(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "bbc").mkdir(parents=True)
    (corpus / "html").mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(3):
        (corpus / "bbc" / f"{i}.txt").write_text(text, encoding="utf-8")
    (corpus / "html" / "page.html").write_text(
        "<html><body><article><p>The council met on Monday. TK</p></article></body></html>",
        encoding="utf-8")
    proc = subprocess.run([sys.executable, str(REPO / "benchmarks" / "throughput.py"), str(corpus),
                           "--repeat", "1", "--sample", "2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows = {line.split()[0]: line.split() for line in proc.stdout.splitlines()
            if line.split() and line.split()[0] in ("txt", "md", "html")}
    assert set(rows) == {"txt", "md", "html"}
    assert rows["txt"][1] == "3" and rows["md"][1] == "3" and rows["html"][1] == "1"
    assert float(rows["txt"][4]) > 0  # MB/s per core
    assert re.search(r"startup, one small file: \d+ ms vs import regex, pluggy \d+ ms: "
                     r"ratio \d+\.\d\d", proc.stdout)


def test_throughput_script_without_corpus_says_so(tmp_path):
    proc = subprocess.run([sys.executable, str(REPO / "benchmarks" / "throughput.py"),
                           str(tmp_path / "absent")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.startswith("corpus not found at")
