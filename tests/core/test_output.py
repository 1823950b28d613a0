"""The default output, its options, and the exit status, through the real CLI."""
from __future__ import annotations

import json

from helpers import NO_BUILTINS


def test_default_format_sorted_with_exit_1(cli, project):
    (project / "b.txt").write_text("Fine.\nStill TK here.\n", encoding="utf-8")
    (project / "a.txt").write_text("TK first. And TK again.\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "b.txt", "a.txt", cwd=project)
    assert run.lines == [
        "a.txt:1:1: TST001 placeholder TK left in copy",
        "a.txt:1:15: TST001 placeholder TK left in copy",
        "b.txt:2:7: TST001 placeholder TK left in copy",
    ]
    assert run.code == 1
    assert run.err == ""


def test_clean_file_exits_0_and_prints_nothing(cli, project):
    (project / "a.txt").write_text("Nothing to see.\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.txt", cwd=project)
    assert (run.code, run.out, run.err) == (0, "", "")


def test_folders_are_walked_for_known_extensions_only(cli, project):
    (project / "content" / "deep").mkdir(parents=True)
    (project / "content" / "deep" / "x.md").write_text("TK\n", encoding="utf-8")
    (project / "content" / "y.html").write_text("<p>TK</p>\n", encoding="utf-8")
    (project / "content" / "z.py").write_text("TK = 1\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "content", cwd=project)
    assert run.lines == ["content/deep/x.md:1:1: TST001 placeholder TK left in copy",
                         "content/y.html:1:4: TST001 placeholder TK left in copy"]


def test_show_source_statistics_count(cli, project):
    (project / "a.txt").write_text("A TK and TK.\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "--show-source", "--statistics", "--count", "a.txt", cwd=project)
    assert run.lines == [
        "a.txt:1:3: TST001 placeholder TK left in copy",
        "    A TK and TK.",
        "      ^~",
        "a.txt:1:10: TST001 placeholder TK left in copy",
        "    A TK and TK.",
        "             ^~",
        "2     TST001 A TK mark is left in copy.",
        "2",
    ]


def test_exit_zero_and_fail_on(cli, project):
    (project / "a.txt").write_text("TK\n", encoding="utf-8")
    assert cli(*NO_BUILTINS, "--exit-zero", "a.txt", cwd=project).code == 0
    # TST002 is info: below the default fail level (warning), so exit 0 while printed.
    (project / "lintnews.toml").write_text(
        (project / "lintnews.toml").read_text() + '[severity]\nTST001 = "info"\n', encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.txt", cwd=project)
    assert run.code == 0 and run.lines == ["a.txt:1:1: TST001 placeholder TK left in copy"]
    assert cli(*NO_BUILTINS, "--fail-on", "info", "a.txt", cwd=project).code == 1


def test_output_file(cli, project):
    (project / "a.txt").write_text("TK\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "--output-file", "out.txt", "a.txt", cwd=project)
    assert run.out == "" and run.code == 1
    assert (project / "out.txt").read_text() == "a.txt:1:1: TST001 placeholder TK left in copy\n"


def test_json_formats(cli, project):
    (project / "a.txt").write_text("x TK\n", encoding="utf-8")
    data = json.loads(cli(*NO_BUILTINS, "--format", "json", "a.txt", cwd=project).out)
    assert data == [{
        "code": "TST001", "name": "tk-mark", "message": "placeholder TK left in copy",
        "filename": "a.txt", "location": {"row": 1, "column": 3},
        "end_location": {"row": 1, "column": 5}, "severity": "error",
        "url": "https://lintnews.readthedocs.io/en/latest/rules/TST001/",
        "fix": {"applicability": "safe", "message": "Replace with ''",
                "edits": [{"content": "", "location": {"row": 1, "column": 3},
                           "end_location": {"row": 1, "column": 5}}]}}]
    lines = cli(*NO_BUILTINS, "--format", "json-lines", "a.txt", cwd=project).lines
    assert [json.loads(line)["location"] for line in lines] == [{"row": 1, "column": 3}]


def test_github_and_sarif(cli, project):
    (project / "a.txt").write_text("x TK\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "--format", "github", "a.txt", cwd=project)
    assert run.lines == ["::error title=lintnews (TST001),file=a.txt,line=1,col=3,endLine=1,"
                         "endColumn=5::TST001 placeholder TK left in copy"]
    sarif = json.loads(cli(*NO_BUILTINS, "--format", "sarif", "a.txt", cwd=project).out)
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "TST001"
    assert result["locations"][0]["physicalLocation"]["region"]["startColumn"] == 3


def test_unknown_format_is_a_usage_error(cli, project):
    run = cli(*NO_BUILTINS, "--format", "xml", "x.txt", cwd=project)
    assert run.code == 2
    assert "unknown format 'xml'" in run.err and "json" in run.err


def test_stdin_with_display_name(cli, project):
    run = cli(*NO_BUILTINS, "--stdin-display-name", "story.md", "-", cwd=project,
              stdin=b"# Title\n\n`TK` in code, TK in prose\n")
    assert run.lines == ["story.md:3:15: TST001 placeholder TK left in copy"]


def test_color_only_when_asked_or_on_a_terminal(cli, project):
    (project / "a.txt").write_text("TK\n", encoding="utf-8")
    assert "\033[" not in cli(*NO_BUILTINS, "a.txt", cwd=project).out
    assert "\033[31mTST001" in cli(*NO_BUILTINS, "--color", "always", "a.txt", cwd=project).out


def test_closed_pipe_ends_quietly(project):
    import subprocess
    import sys
    for i in range(300):
        (project / f"f{i:03}.txt").write_text("TK " * 50 + "\n", encoding="utf-8")
    proc = subprocess.run(
        f"{sys.executable} -m lintnews {' '.join(NO_BUILTINS)} . | head -1",
        shell=True, cwd=project, capture_output=True, timeout=120)
    assert proc.stdout.decode().startswith("f000.txt:1:1: TST001")
    assert b"Traceback" not in proc.stderr and proc.stderr == b""


def test_jobs_give_the_same_bytes(cli, project):
    for i in range(40):
        (project / f"f{i:02}.md").write_text(f"# T{i}\n\n" + "word TK. " * (i % 5 + 1) + "\n",
                                             encoding="utf-8")
    one = cli(*NO_BUILTINS, "-j", "1", ".", cwd=project)
    two = cli(*NO_BUILTINS, "-j", "2", ".", cwd=project)
    auto = cli(*NO_BUILTINS, "-j", "auto", ".", cwd=project)
    assert one.out == two.out == auto.out
    assert len(one.lines) == sum(i % 5 + 1 for i in range(40))
