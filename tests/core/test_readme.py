"""The README's first two commands stay true: CI runs exactly its test command."""
from __future__ import annotations

from helpers import REPO


def readme_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_readme_starts_with_install_and_test_commands():
    install, test = readme_commands()[:2]
    assert "pip install" in install and "lintnews examples/article.txt" in install
    assert (REPO / "examples" / "article.txt").is_file()
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == readme_commands()[1]


def test_readme_shows_what_the_sample_article_really_gives(cli):
    text = (REPO / "README.md").read_text(encoding="utf-8")
    shown = [line for line in text.splitlines() if line.startswith("examples/article.txt:")]
    run = cli("--isolated", "examples/article.txt", cwd=REPO)
    assert run.lines == shown
    assert run.code == 1


def test_readme_plugin_example_works(cli, tmp_path):
    text = (REPO / "README.md").read_text(encoding="utf-8")
    code = text.split("# house_checks.py\n", 1)[1].split("```", 1)[0]
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "house_checks.py").write_text(code, encoding="utf-8")
    (tmp_path / "lintnews.toml").write_text('plugins = ["house_checks"]\nplugin-paths = ["tools"]\n',
                                            encoding="utf-8")
    (tmp_path / "a.md").write_text("---\ntitle: Budget passed!\n---\nThe budget passed.\n",
                                   encoding="utf-8")
    run = cli("a.md", cwd=tmp_path)
    assert run.lines == ["a.md:2:21: HC001 headline ends with '!'"]
    assert run.code == 1
