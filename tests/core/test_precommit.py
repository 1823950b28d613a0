"""The published pre-commit hook works end to end (`pre-commit try-repo`)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO


def snapshot_of_working_tree(dest: Path, env: dict) -> Path:
    """The project as it is on disk (tracked and new files), so uncommitted work is tested too."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=REPO,
                            capture_output=True, check=True, env=env).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = REPO / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_try_repo_on_a_throwaway_repo(tmp_path: Path):
    pytest.importorskip("pre_commit")
    work = tmp_path / "desk"
    work.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com"}
    (work / "story.md").write_text("---\ntitle: Budget\n---\nSource by [author_name]\n",
                                   encoding="utf-8")
    (work / "clean.md").write_text("---\ntitle: Budget\n---\nThe budget passed.\n", encoding="utf-8")
    (work / "notes.py").write_text("x = '[author_name]'\n", encoding="utf-8")
    for folder in (work, snapshot_of_working_tree(tmp_path / "hook-repo", env)):
        subprocess.run(["git", "init", "-q"], cwd=folder, check=True, env=env)
        subprocess.run(["git", "add", "."], cwd=folder, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "snapshot"], cwd=tmp_path / "hook-repo", check=True, env=env)
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(tmp_path / "hook-repo"), "lintnews",
         "--all-files",
         "--color", "never", "--verbose"],
        cwd=work, capture_output=True, env=env, timeout=900)
    out = proc.stdout.decode()
    assert proc.returncode == 1, out + proc.stderr.decode()
    assert "lintnews" in out and "Failed" in out
    assert "story.md:4:" in out and "clean.md" not in out.split("Failed", 1)[1]
    assert "notes.py" not in out  # types_or keeps Python files away from the hook
