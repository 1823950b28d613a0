"""The Python API that publish gates call; the CLI is a layer over it."""
from __future__ import annotations

import pytest

from pathlib import Path

HOUSE = str(Path(__file__).parent / "house")


def test_lint_text_returns_positions_severity_and_fix():
    import lintnews

    findings = lintnews.lint_text("First line.\nA TK here.\n", filename="story.md",
                                  config={"plugins": ["tkcheck"], "plugin-paths": [HOUSE],
                                          "select": ["TST"]})
    assert [(f.path, f.line, f.col, f.end_line, f.end_col, f.code, str(f.severity), f.replacement)
            for f in findings] == [("story.md", 2, 3, 2, 5, "TST001", "error", "")]


def test_lint_text_bad_config_raises_config_error():
    import lintnews

    with pytest.raises(lintnews.ConfigError, match="unknown rule code 'NOPE1'"):
        lintnews.lint_text("x", config={"select": ["NOPE1"]})


def test_lint_paths_result_and_exit_code(project):
    import lintnews

    (project / "a.txt").write_text("TK\n", encoding="utf-8")
    (project / "b.txt").write_bytes(b"\x00")
    result = lintnews.lint_paths([str(project / "a.txt"), str(project / "b.txt")],
                                 config_file=str(project / "lintnews.toml"))
    codes = [f.code for f in result.findings]
    assert "TST001" in codes and "LN003" in codes
    assert result.files == 2
    assert result.exit_code(lintnews.Severity.WARNING) == 2
