"""Progress goes to stderr only for long runs on a terminal, never into a pipe or CI."""
from __future__ import annotations

import os
import pty
import subprocess
import sys

from helpers import NO_BUILTINS


def run_with_tty_stderr(cwd, env_extra: dict[str, str]) -> tuple[bytes, bytes]:
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(env_extra)
    proc = subprocess.Popen([sys.executable, "-m", "lintnews", *NO_BUILTINS, "."], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    out, _ = proc.communicate(timeout=300)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return out, b"".join(chunks)


def make_files(folder, count=240):
    for i in range(count):
        (folder / f"f{i:03}.txt").write_text("TK\n" if i == 0 else "Fine.\n", encoding="utf-8")


def test_progress_on_a_terminal(project):
    make_files(project)
    out, err = run_with_tty_stderr(project, {})
    assert b"lintnews: checked 200 files" in err
    assert out == b"f000.txt:1:1: TST001 placeholder TK left in copy\n"  # stdout stays clean


def test_no_progress_in_ci_or_with_the_flag(project, cli):
    make_files(project)
    _, err = run_with_tty_stderr(project, {"CI": "true"})
    assert b"checked" not in err
    run = cli(*NO_BUILTINS, ".", cwd=project)  # stderr is a pipe here
    assert run.err == ""
