"""Every finding points into the original file: Markdown, HTML, front matter, non-ASCII."""
from __future__ import annotations

from helpers import NO_BUILTINS


def lint(cli, project, name, content, *extra):
    path = project / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return cli(*NO_BUILTINS, *extra, name, cwd=project)


def test_markdown_front_matter_field_and_body(cli, project):
    run = lint(cli, project, "a.md", (
        "---\n"
        'title: "Budget TK revealed"\n'
        "date: 2024-03-14\n"
        "---\n"
        "# Heading with `TK` code and **TK** bold\n"
        "\n"
        "A [TK link](https://example.com/TK) and <b>TK</b> and https://x.com/TK here.\n"
        "\n"
        "```\nTK in a fence\n```\n"
        "    TK in an indented code block\n"
        "\n"
        "<!-- TK in a comment -->\n"))
    assert run.lines == [
        "a.md:2:16: TST001 placeholder TK left in copy",
        "a.md:5:32: TST001 placeholder TK left in copy",
        "a.md:7:4: TST001 placeholder TK left in copy",
        "a.md:7:44: TST001 placeholder TK left in copy",
    ]


def test_toml_front_matter(cli, project):
    run = lint(cli, project, "a.md", '+++\ntitle = "A TK title"\n+++\nBody.\n')
    assert run.lines == ["a.md:2:12: TST001 placeholder TK left in copy"]


def test_columns_count_code_points(cli, project):
    # "Café – naïve 🙂 " is 15 code points before TK (the emoji is one code point).
    run = lint(cli, project, "a.txt", "Café – naïve 🙂 TK\n")
    assert run.lines == ["a.txt:1:16: TST001 placeholder TK left in copy"]


def test_html_fragment_skips_markup_script_style_comments(cli, project):
    run = lint(cli, project, "a.html", (
        '<p class="TK">Caf&eacute; TK &amp; more</p>\n'
        "<script>var TK = 1;</script><style>.TK{}</style>\n"
        "<!-- TK --><p>Line <a href='/TK'>TK</a></p>\n"))
    assert run.lines == ["a.html:1:27: TST001 placeholder TK left in copy",
                         "a.html:3:34: TST001 placeholder TK left in copy"]


def test_whole_html_page_article_and_chrome(cli, project):
    run = lint(cli, project, "a.html", (
        "<!doctype html><html><head><title>TK</title></head><body>\n"
        "<nav>Home TK</nav>\n"
        "<article><p>Body TK.</p><aside>Aside TK</aside></article>\n"
        "<footer>TK footer</footer></body></html>\n"))
    # Chrome (nav, aside, footer) is not article prose, so it is not linted by default.
    assert run.lines == ["a.html:3:18: TST001 placeholder TK left in copy"]


def test_crlf_and_bom(cli, project):
    run = lint(cli, project, "a.txt", b"\xef\xbb\xbfFirst line\r\nSecond TK\r\n\r\nTK\r\n")
    assert run.lines == ["a.txt:2:8: TST001 placeholder TK left in copy",
                         "a.txt:4:1: TST001 placeholder TK left in copy"]


def test_urls_are_not_prose_in_plain_text(cli, project):
    run = lint(cli, project, "a.txt", "See https://example.com/TK and www.tk.com/TK or ed@TK.com.\n")
    assert run.code == 0 and run.out == ""


def test_text_structure_offsets():
    from lintnews.testing import make_document

    doc = make_document("Mr. Smith said so. Then he left!\n\nA new paragraph? Yes.\n")
    body = doc.body
    assert [s.of(body) for s in body.sentences] == [
        "Mr. Smith said so.", "Then he left!", "A new paragraph?", "Yes."]
    assert [p.of(body) for p in body.paragraphs] == [
        "Mr. Smith said so. Then he left!", "A new paragraph? Yes."]
    assert body.position(body.paragraphs[1].start) == (3, 1)
    assert [s.of(body) for s in body.lines][:3] == ["Mr. Smith said so. Then he left!", "",
                                                    "A new paragraph? Yes."]


def test_positions_near_the_start_agree_with_the_line_index():
    """Source.position counts the breaks before an offset near the start of a
    file without indexing its lines; both ways give the same (line, column),
    with \\n, \\r\\n and \\r breaks, out-of-range offsets, and the index
    built first or not at all."""
    import random

    from lintnews.text import _NEAR_START, Source

    rng = random.Random(1204)
    texts = ["", "\n", "\r\n", "\r", "a\r\nb", "é\n\n€x"]
    texts += ["".join(rng.choice("ab é\n\r") for _ in range(rng.randint(0, 40)))
              for _ in range(3000)]
    long = "line\n" * 2000  # past _NEAR_START: the index answers
    texts.append(long)
    for text in texts:
        indexed = Source(text)
        indexed.line_starts  # built first: the index answers every offset
        step = 1 if len(text) < 100 else 97
        for offset in [-1, *range(0, len(text) + 2, step), _NEAR_START, _NEAR_START + 1]:
            assert Source(text).position(offset) == indexed.position(offset), (text, offset)
    assert Source(long).position(len(long) - 1) == (2000, 5)
