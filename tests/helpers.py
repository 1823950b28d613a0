"""Test helpers: run the real CLI in a subprocess, with or without the built-in checks.

Import with ``from helpers import run_cli, NO_BUILTINS, SEED``."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
SEED = REPO / "examples" / "article.txt"
BUILTIN_PLUGINS = ("placeholders", "debris", "housestyle", "navigation", "dates", "figures")
NO_BUILTINS = [arg for name in BUILTIN_PLUGINS for arg in ("-p", f"no:{name}")]


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


def run_cli(*args: str, cwd: Path | str | None = None, stdin: bytes | None = None,
            env: dict[str, str] | None = None) -> Run:
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR",)}
    full_env.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "lintnews", *args], cwd=cwd,
                          input=stdin if stdin is not None else b"", capture_output=True,
                          env=full_env, timeout=300)
    return Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


