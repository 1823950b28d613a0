"""The command line uses every core for a long run, one process for a short
one; the API stays in the calling process; a config file or -j decides over both."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import NO_BUILTINS, run_cli
from lintnews import lint_paths
from lintnews.config import AUTO_MIN_FILES
from lintnews.runner import job_count

HOUSE = Path(__file__).parent / "house"

pytestmark = pytest.mark.skipif(job_count("auto") < 2, reason="needs two cores")


def _articles(root, count: int) -> None:
    (root / "lintnews.toml").write_text(
        f'plugins = ["pidcheck"]\nplugin-paths = ["{HOUSE.as_posix()}"]\n', encoding="utf-8")
    for i in range(count):
        (root / f"a{i:04}.txt").write_text(f"Article {i}.\n", encoding="utf-8")


def _pids(out: str) -> set[str]:
    return {line.rsplit("pid ", 1)[1] for line in out.splitlines() if "TST901" in line}


def test_a_long_run_uses_workers_by_default(tmp_path):
    _articles(tmp_path, AUTO_MIN_FILES)
    run = run_cli(*NO_BUILTINS, "--exit-zero", "--no-progress", ".", cwd=tmp_path)
    assert run.code == 0 and len(run.lines) == AUTO_MIN_FILES
    assert len(_pids(run.out)) >= 2  # the parent checks the first file, workers the rest
    assert run.lines == sorted(run.lines, key=lambda line: line.split(":")[0])


def test_a_short_run_stays_in_one_process(tmp_path):
    _articles(tmp_path, AUTO_MIN_FILES - 1)
    run = run_cli(*NO_BUILTINS, "--exit-zero", "--no-progress", ".", cwd=tmp_path)
    assert len(run.lines) == AUTO_MIN_FILES - 1 and len(_pids(run.out)) == 1


def test_config_and_flag_decide_over_the_default(tmp_path):
    _articles(tmp_path, AUTO_MIN_FILES)
    with open(tmp_path / "lintnews.toml", "a", encoding="utf-8") as f:
        f.write("jobs = 1\n")
    run = run_cli(*NO_BUILTINS, "--exit-zero", "--no-progress", ".", cwd=tmp_path)
    assert len(_pids(run.out)) == 1
    run = run_cli(*NO_BUILTINS, "--exit-zero", "--no-progress", "-j", "2", ".", cwd=tmp_path)
    assert len(_pids(run.out)) >= 2


def test_the_api_stays_in_the_calling_process(tmp_path):
    _articles(tmp_path, AUTO_MIN_FILES)
    result = lint_paths([str(tmp_path)], cwd=str(tmp_path))
    checked_by = [f.message for f in result.findings if f.code == "TST901"]
    assert len(checked_by) == AUTO_MIN_FILES and set(checked_by) == {f"pid {os.getpid()}"}


def test_help_gives_the_threshold():
    assert f"{AUTO_MIN_FILES} files" in run_cli("--help").out.replace("\n", " ").replace("  ", " ")
