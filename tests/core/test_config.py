"""Config: discovery, precedence, validation with messages that name the key and file."""
from __future__ import annotations

from helpers import NO_BUILTINS


def test_unknown_key_bad_value_bad_toml(cli, project):
    base = (project / "lintnews.toml").read_text()
    (project / "lintnews.toml").write_text(base + "colour = 'red'\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert run.code == 2
    assert run.err.startswith(f"lintnews: error: {project / 'lintnews.toml'}: unknown key 'colour' in [tool.lintnews]")
    (project / "lintnews.toml").write_text(base + "jobs = 0\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert "jobs must be a whole number of at least 1 or 'auto', not 0" in run.err and run.code == 2
    (project / "lintnews.toml").write_text("select = [\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert "config is not valid TOML" in run.err and run.code == 2


def test_unknown_rule_codes(cli, project):
    base = (project / "lintnews.toml").read_text()
    (project / "lintnews.toml").write_text(base + 'ignore = ["XYZ9"]\n', encoding="utf-8")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert run.code == 2 and "ignore: unknown rule code 'XYZ9'" in run.err
    (project / "lintnews.toml").write_text(base, encoding="utf-8")
    run = cli(*NO_BUILTINS, "--select", "TST001,QQ1", "x.txt", cwd=project)
    assert run.err == ("lintnews: error: command line: select: unknown rule code 'QQ1' "
                       "(see lintnews --list-rules)\n")


def test_plugin_table_validated(cli, project):
    base = (project / "lintnews.toml").read_text()
    (project / "a.txt").write_text("XX and TK\n", encoding="utf-8")
    (project / "lintnews.toml").write_text(base + '[tkcheck]\nword = "XX"\n', encoding="utf-8")
    assert cli(*NO_BUILTINS, "a.txt", cwd=project).lines == []  # XX is not \bTK|BOOM|LATE\b
    (project / "lintnews.toml").write_text(base + '[tkcheck]\nwrod = "XX"\n', encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.txt", cwd=project)
    assert run.code == 2 and "unknown key 'wrod' in [tool.lintnews.tkcheck]" in run.err
    (project / "lintnews.toml").write_text(base + "[tkcheck]\nstrict = 3\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.txt", cwd=project)
    assert run.code == 2 and "tkcheck.strict must be of type bool, not int" in run.err


def test_nearest_config_wins_and_command_line_beats_file(cli, project):
    sub = project / "desk"
    sub.mkdir()
    (project / "a.txt").write_text("TK\n", encoding="utf-8")
    (sub / "pyproject.toml").write_text(
        (project / "lintnews.toml").read_text().replace("plugins", "[tool.lintnews]\nplugins", 1)
        + 'ignore = ["TST"]\n', encoding="utf-8")
    assert cli(*NO_BUILTINS, "../a.txt", cwd=sub).out == ""
    assert cli(*NO_BUILTINS, "--config", str(project / "lintnews.toml"), "../a.txt", cwd=sub).code == 1
    run = cli(*NO_BUILTINS, "--extend-select", "TST001", "../a.txt", cwd=sub)
    assert run.lines == ["../a.txt:1:1: TST001 placeholder TK left in copy"]
    assert cli(*NO_BUILTINS, "--isolated", "--list-rules", cwd=sub).out.count("TST") == 0


def test_select_ignore_longest_prefix(cli, project):
    (project / "a.txt").write_text("TK LATE\n", encoding="utf-8")
    both = ["a.txt:1:1: LN010 plugin 'tkcheck' crashed while checking the file: ValueError: "
            "raised mid-iteration (other checks still ran; report this to the plugin's authors "
            "or disable it with -p no:tkcheck)"]
    run = cli(*NO_BUILTINS, "--ignore", "TST", "--select", "TST002", "a.txt", cwd=project)
    assert run.lines == both + ["a.txt:1:4: TST002 late mark"]
    run = cli(*NO_BUILTINS, "--select", "TST", "--ignore", "TST002", "a.txt", cwd=project)
    assert run.lines == both + ["a.txt:1:1: TST001 placeholder TK left in copy"]


def test_per_file_ignores_with_double_star(cli, project):
    for rel in ("content/news/2024/a.md", "content/b.md", "drafts/c.md"):
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("TK\n", encoding="utf-8")
    base = (project / "lintnews.toml").read_text()
    (project / "lintnews.toml").write_text(
        base + '[per-file-ignores]\n"content/**/2024/*.md" = ["TST001"]\n"drafts/" = ["TST"]\n',
        encoding="utf-8")
    run = cli(*NO_BUILTINS, ".", cwd=project)
    assert run.lines == ["content/b.md:1:1: TST001 placeholder TK left in copy"]
    # The command line's value replaces the file's, as for every other key.
    run = cli(*NO_BUILTINS, "--per-file-ignores", "**/b.md:TST001", ".", cwd=project)
    assert run.lines == ["content/news/2024/a.md:1:1: TST001 placeholder TK left in copy",
                         "drafts/c.md:1:1: TST001 placeholder TK left in copy"]


def test_reference_date_and_severity_validated(cli, project):
    base = (project / "lintnews.toml").read_text()
    (project / "lintnews.toml").write_text(base + 'reference-date = "March"\n', encoding="utf-8")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert "reference-date must be a date such as 2024-03-14, not 'March'" in run.err
    (project / "lintnews.toml").write_text(base + '[severity]\nTST001 = "fatal"\n', encoding="utf-8")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert "unknown severity 'fatal'" in run.err and run.code == 2
