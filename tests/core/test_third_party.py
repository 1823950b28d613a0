"""A third-party plugin package, built and installed, registered by entry point only."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import NO_BUILTINS, run_cli

PLUGIN = '''
import regex
from lintnews import Option, PluginOptions, Rule, Severity, hookimpl

DOC = "## What it does\\nx\\n\\n## Why is this bad?\\nx\\n\\n## Example\\nSHOUTING\\n\\n## Use instead\\nx\\n"
CAPS = regex.compile(r"\\b[A-Z]{6,}\\b")


@hookimpl
def lintnews_options():
    return PluginOptions("shouty", {"min-length": Option(int, 6, "shortest shouted word")})


@hookimpl
def lintnews_rules():
    return [Rule("SH001", "shouting", "A word in capitals is shouting.", Severity.WARNING, DOC)]


@hookimpl
def lintnews_check_document(document, config):
    least = config.plugin_options("shouty")["min-length"]
    for m in CAPS.finditer(document.body.string):
        if m[0] == "EXPLODE":
            raise KeyError("explode")
        if len(m[0]) >= least:
            yield document.finding("SH001", f"{m[0]!r} is shouting", document.body,
                                   m.start(), m.end(), replacement=m[0].lower())
'''


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("shouty-src")
    (src / "shouty_plugin.py").write_text(PLUGIN, encoding="utf-8")
    (src / "pyproject.toml").write_text(textwrap.dedent("""
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "lintnews-shouty"
        version = "1.2.3"
        [tool.setuptools]
        py-modules = ["shouty_plugin"]
        [project.entry-points.lintnews]
        shouty = "shouty_plugin"
        """), encoding="utf-8")
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-build-isolation", "--target", str(target), str(src)],
                   check=True, capture_output=True, timeout=300)
    return target


def run(installed: Path, *args: str, cwd: Path) -> object:
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(installed), os.environ.get("PYTHONPATH")]))}
    return run_cli(*NO_BUILTINS, *args, cwd=cwd, env=env)


def test_findings_rules_and_version(installed, tmp_path):
    (tmp_path / "a.txt").write_text("Officials were FURIOUS today.\n", encoding="utf-8")
    result = run(installed, "a.txt", cwd=tmp_path)
    assert result.lines == ["a.txt:1:16: SH001 'FURIOUS' is shouting"]
    assert result.code == 1
    rules = run(installed, "--list-rules", cwd=tmp_path)
    assert "SH001   warning  shouting" in rules.out and "[shouty]" in rules.out
    assert "shouty 1.2.3" in run(installed, "--version", cwd=tmp_path).out


def test_crash_isolated(installed, tmp_path):
    (tmp_path / "a.txt").write_text("It will EXPLODE.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials were FURIOUS.\n", encoding="utf-8")
    result = run(installed, "a.txt", "b.txt", cwd=tmp_path)
    assert result.lines == [
        "a.txt:1:1: LN010 plugin 'shouty' crashed while checking the file: KeyError: 'explode' "
        "(other checks still ran; report this to the plugin's authors or disable it with -p no:shouty)",
        "b.txt:1:16: SH001 'FURIOUS' is shouting"]
    assert result.code == 2
    assert run(installed, "-p", "no:shouty", "a.txt", "b.txt", cwd=tmp_path).code == 0


def test_config_table_validated(installed, tmp_path):
    (tmp_path / "a.txt").write_text("Officials were FURIOUS.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.lintnews.shouty]\nmin-length = 8\n", encoding="utf-8")
    assert run(installed, "a.txt", cwd=tmp_path).out == ""
    (tmp_path / "pyproject.toml").write_text("[tool.lintnews.shouty]\nmin-len = 8\n", encoding="utf-8")
    result = run(installed, "a.txt", cwd=tmp_path)
    assert result.code == 2
    assert result.err == (f"lintnews: error: {tmp_path / 'pyproject.toml'}: unknown key 'min-len' in "
                          "[tool.lintnews.shouty] (known: min-length)\n")
