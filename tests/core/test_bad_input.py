"""Bad input: a clear LN finding or message and the right exit status, never a traceback,
and every other file is still checked."""
from __future__ import annotations

import os

import pytest

from helpers import NO_BUILTINS


def test_binary_latin1_utf16_empty_and_missing(cli, project):
    (project / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (project / "latin.txt").write_bytes("Ligne une\ncaf\xe9 TK\n".encode("latin-1"))
    (project / "utf16.txt").write_bytes("TK".encode("utf-16"))
    (project / "empty.md").write_bytes(b"")
    (project / "good.txt").write_text("TK\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "bin.txt", "latin.txt", "utf16.txt", "empty.md", "good.txt",
              "missing.txt", cwd=project)
    assert run.lines == [
        "bin.txt:1:1: LN003 file is binary (it contains NUL bytes), not an article: "
        "exclude it or export the text",
        "empty.md:1:1: LN004 file is empty: write the article or delete the file",
        "good.txt:1:1: TST001 placeholder TK left in copy",
        "latin.txt:2:4: LN002 file is not UTF-8: byte 0xe9 at line 2, column 4 "
        "(it looks like Latin-1 or Windows-1252); re-save it as UTF-8",
        "missing.txt:1:1: LN001 cannot read file: No such file or directory",
        "utf16.txt:1:1: LN002 file is UTF-16 (it starts with a UTF-16 byte-order mark), "
        "not UTF-8: convert it, e.g. iconv -f UTF-16 -t UTF-8",
    ]
    assert run.code == 2
    assert "Traceback" not in run.err


def test_exit_zero_never_hides_status_2(cli, project):
    (project / "bin.txt").write_bytes(b"\x00\x01")
    assert cli(*NO_BUILTINS, "--exit-zero", "bin.txt", cwd=project).code == 2


def test_front_matter_problems(cli, project):
    (project / "bad.md").write_text('---\ntitle: "unclosed\ndate: 2024-01-01\n---\nTK\n', encoding="utf-8")
    (project / "open.md").write_text("+++\ntitle = 'x'\nTK\n", encoding="utf-8")
    (project / "only.md").write_text("---\ntitle: Fine\n---\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "bad.md", "open.md", "only.md", cwd=project)
    assert run.lines[0].startswith("bad.md:4:1: LN005 front matter is not valid YAML: ")
    assert run.lines[1] == "bad.md:5:1: TST001 placeholder TK left in copy"
    assert run.lines[2] == ("only.md:1:1: LN004 file holds no article text (only front matter or markup): "
                            "write the article or delete the file")
    assert run.lines[3] == ("open.md:1:1: LN005 front matter opened with +++ is never closed: "
                            "add a +++ line after the last key")
    assert run.code == 1


def test_huge_single_line(cli, project):
    (project / "big.txt").write_text("word " * 2_000_000 + "TK", encoding="utf-8")
    run = cli(*NO_BUILTINS, "big.txt", cwd=project)
    assert run.lines == ["big.txt:1:10000001: TST001 placeholder TK left in copy"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(cli, project):
    path = project / "locked.txt"
    path.write_text("TK\n", encoding="utf-8")
    path.chmod(0)
    run = cli(*NO_BUILTINS, "locked.txt", cwd=project)
    assert run.lines == ["locked.txt:1:1: LN001 cannot read file: Permission denied"]
    assert run.code == 2


def test_symlink_loop_and_broken_link(cli, project):
    (project / "d").mkdir()
    (project / "d" / "a.txt").write_text("TK\n", encoding="utf-8")
    os.symlink("..", project / "d" / "loop")
    os.symlink("nowhere.txt", project / "d" / "broken.txt")
    run = cli(*NO_BUILTINS, "d", cwd=project)
    assert run.lines == ["d/a.txt:1:1: TST001 placeholder TK left in copy",
                         "d/broken.txt:1:1: LN001 cannot read file: No such file or directory"]
    assert run.code == 2


def test_unterminated_yaml_front_matter_and_a_plain_rule(cli, project):
    (project / "open.md").write_text("---\ntitle: Budget TK\ndate: 2024-01-01\n\nBody.\n",
                                     encoding="utf-8")
    (project / "rule.md").write_text("---\n\nA story after a rule, TK.\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "open.md", "rule.md", cwd=project)
    assert run.lines == [
        "open.md:1:1: LN005 front matter opened with --- is never closed: add a --- line after "
        "the last key",
        "rule.md:3:23: TST001 placeholder TK left in copy"]


def test_ten_thousand_files(cli, project):
    folder = project / "archive"
    for i in range(100):
        sub = folder / f"{i:02}"
        sub.mkdir(parents=True)
        for j in range(100):
            (sub / f"{j:02}.txt").write_text("TK\n" if j == 0 else "Fine copy.\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "-j", "auto", "--count", "archive", cwd=project)
    assert run.lines[-1] == "100"
    assert run.lines[0] == "archive/00/00.txt:1:1: TST001 placeholder TK left in copy"
    assert run.code == 1 and run.err == ""
