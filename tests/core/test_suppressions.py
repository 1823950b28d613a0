"""Suppression comments, alike in Markdown, HTML and plain text; unused ones reported."""
from __future__ import annotations

from helpers import NO_BUILTINS


def test_block_next_line_and_unused(cli, project):
    (project / "a.md").write_text(
        "TK one\n"
        "<!-- lintnews: disable TST001 -->\n"
        "TK two\n"
        "<!-- lintnews: enable -->\n"
        "TK three\n"
        "<!-- lintnews: disable-next-line TST001 -->\n"
        "\n"
        "TK four\n"
        "<!-- lintnews: disable-next-line TST -->\n"
        "Nothing here\n"
        "<!-- lintnews: disable NOPE123 -->\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.md", cwd=project)
    assert run.lines == [
        "a.md:1:1: TST001 placeholder TK left in copy",
        "a.md:5:1: TST001 placeholder TK left in copy",
        "a.md:9:1: LN101 suppression of TST suppresses nothing: remove it",
        "a.md:11:1: LN102 suppression names unknown code NOPE123: see lintnews --list-rules",
    ]


def test_same_comments_in_plain_text_and_html(cli, project):
    (project / "a.txt").write_text("<!-- lintnews: disable-next-line TST001 -->\nTK\nTK\n",
                                   encoding="utf-8")
    (project / "b.html").write_text("<p>TK</p><!-- lintnews: disable TST001 --><p>TK</p>\n",
                                    encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.txt", "b.html", cwd=project)
    assert run.lines == ["a.txt:3:1: TST001 placeholder TK left in copy",
                         "b.html:1:4: TST001 placeholder TK left in copy"]


def test_front_matter_disable(cli, project):
    (project / "a.md").write_text("---\ntitle: A TK\nlintnews: {disable: [TST001]}\n---\nTK\n",
                                  encoding="utf-8")
    (project / "b.md").write_text("---\nlintnews: {disable: [TST002]}\n---\nTK\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.md", "b.md", cwd=project)
    assert run.lines == ["b.md:2:11: LN101 suppression of TST002 suppresses nothing: remove it",
                         "b.md:4:1: TST001 placeholder TK left in copy"]
