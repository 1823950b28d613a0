"""runner._realpath, which finds the files a run names twice (a.md and ./a.md,
a link to it), resolves each folder once: it must give os.path.realpath's
answer for every kind of path. (tests/core/test_streamed_output.py runs
the CLI on a file named twice and through a link.)"""
from __future__ import annotations

import itertools
import os

from lintnews import runner


def test_realpath_is_os_realpath_for_every_kind_of_path(tmp_path, monkeypatch):
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "a.md").write_text("A.\n", encoding="utf-8")
    (real / "sub" / "b.md").write_text("B.\n", encoding="utf-8")
    (tmp_path / "folder-link").symlink_to(real, target_is_directory=True)
    (real / "file-link.md").symlink_to(real / "a.md")
    (real / "up-link").symlink_to(real / "sub", target_is_directory=True)  # ../ from it: real/
    (real / "dangling.md").symlink_to(tmp_path / "gone.md")
    (real / "loop.md").symlink_to(real / "loop.md")
    monkeypatch.chdir(tmp_path)
    folders = ["", ".", "real", "./real", "real/sub", "folder-link", "folder-link/sub",
               "real/up-link", "real/up-link/..", "real/sub/..", str(real), str(tmp_path / "folder-link"),
               "missing", "real//sub"]
    names = ["a.md", "b.md", "file-link.md", "dangling.md", "loop.md", "missing.md", "sub",
             "up-link", ".", "..", ""]
    cache: dict[str, str] = {}
    monkeypatch.setattr(runner, "_FOLDERS_KEPT", 5)  # cleared as it fills, on the way
    tried = 0
    for folder, name in itertools.product(folders, names):
        path = os.path.join(folder, name) if folder else name
        if not path:
            continue
        assert runner._realpath(path, cache) == os.path.realpath(path), path
        tried += 1
    assert tried > 100 and len(cache) <= 5

