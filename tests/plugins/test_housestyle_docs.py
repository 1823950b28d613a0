"""docs/house-style.md: its worked example prints exactly what the page says."""
from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "house-style.md"


def blocks() -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_worked_example_output_matches_the_page(cli, tmp_path):
    config, story, expected = blocks()[:3]
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    (tmp_path / "story.txt").write_text(story, encoding="utf-8")
    run = cli("--select", "HS", "story.txt", cwd=tmp_path)
    assert run.lines == expected.splitlines()
    assert run.code == 1


def test_error_examples_on_the_page_are_real(cli, tmp_path):
    errors = blocks()[3].splitlines()
    (tmp_path / "lintnews.toml").write_text(
        '[[rules]]\ncode = "HS003"\nmessage = "x"\npatterns = [\'(?<=\\d\\s?percent\']\n',
        encoding="utf-8")
    (tmp_path / "story.txt").write_text("Fine.\n", encoding="utf-8")
    run = cli("story.txt", cwd=tmp_path)
    assert run.code == 2
    assert run.err.strip().replace(f"{tmp_path}/", "") in errors
