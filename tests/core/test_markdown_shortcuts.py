"""The Markdown parser's shortcuts change nothing.

lintnews/parsers/markdown.py switches off the block rules that no line of a
document can fire, and skips markdown-it's inline parse for content with no
inline syntax (mapping it directly). Both must give exactly the Text
(string and source map) and link offsets that markdown-it as it comes gives,
with every rule on and every inline token parsed.
"""
from __future__ import annotations

import random

import pytest

from lintnews.parsers import frontmatter
from lintnews.parsers.markdown import _block_rules, _body, _needs_inline, _paragraph_spans
from lintnews.text import Source


def _both(text: str):
    src = Source(text)
    fm = frontmatter.split(src, "a.md")
    start = fm.end if fm is not None else 0
    results = []
    for shortcuts in (True, False):
        hrefs: dict[int, str] = {}
        body = _body(src, start, hrefs, shortcuts=shortcuts)
        results.append((body.string, body._clean, body._src, hrefs))
    return results


def assert_same(text: str) -> None:
    fast, reference = _both(text)
    assert fast == reference, repr(text)


CASES = [
    "",
    "Plain.\n",
    "One line\nand another\n\nA second paragraph.",
    "Trailing one \nTrailing two  \nTrailing three   \nTab\t\nlast   ",
    "  Leading\n   spaces\n\tand a tab\n \t mixed",
    "No break at the end",
    "Non-breaking\n\u00a0\nline between\n\n\u3000Ideographic start\u3000",
    "Null \0 char\n\nand \0 again",
    "Windows\r\nline\r\n\r\nends\r\n",
    "Old Mac\rline\r\rends\r# heading\r---\r",
    "\ufeffBOM first",
    # underscores: inside words they are text
    "snake_case and a_b_c and x_1 and \u00e9_\u00fc",
    "_em_ and __strong__ and foo_ bar and _ alone",
    "word_\nnext and line\n_start",
    "__init__ and a__b",
    "end_",
    # entities and ampersands
    "AT&T and Q&A and Texas A&M",
    "&amp; &#38; &#x26; &copy; &notanentity; &copy no semicolon &#; &#xZZ;",
    # brackets and links
    "He said [sic] and [the] rest",
    "A [link](http://example.com/x) here and ![alt](img.png) there",
    "A [ref] use\n\n[ref]: http://example.com/r",
    "[ref]: http://example.com/r\n\nA [ref] and [other] and [Ref][]",
    "A [link] (not a link) and [a]\n(b)",
    "Nested [a [b] c](http://x.com) link",
    # other inline syntax
    "Some *emphasis* and **strong** and a * star",
    "Code `x = 1` and ``double `tick` `` spans",
    "Auto <http://example.com> and <b>html</b> and a < b",
    "Escapes \\* \\_ \\[ \\\\ and a \\q and line end\\\nnext",
    "A hard break  \nand a soft one\n",
    # block constructs
    "# Heading\n\nText\n\n## Second ##\n\n####### seven\n\n#hashtag",
    "Setext\n===\n\nAnother\n---\n\nText",
    "***\n\n- - -\n\n___\n\n* * *",
    "- one\n- two\n\n  continued\n\n1. first\n2) second\n\n2019. A year",
    "> quote\nlazy\n\n> - # heading in a list in a quote\n> > deeper",
    "- > quote in a list\n- ```\n  code\n  ```",
    "```\ncode\n\nmore code\n```\n\n~~~python\nx\n~~~\n\nAfter",
    "    indented code\n\n\tcode by tab\n\nText",
    "<div>\n\nx</div>\n\n<!-- a comment -->\n\nText <!-- lintnews: disable -->",
    "<div class=\"ad\">\n\nText after a tag\n\n<p>para</p>\n\n<script>\n\nx\n</script>",
    "[label\nover lines]: /url 'title'\n\nA [label over lines] link and [x\\]]: no",
    "| a | b |\n|---|---|\n| c | d |\n\nText",
    "a | b\n--|--\nc | d",
    "- | a | b |\n  |---|---|\n  | c | d |",
    "Text\n:--\nNot a table without a pipe",
    "Para\n    continuation indented\n\nnext",
    "1234567890. ten digits\n\n123456789. nine digits",
    "-not a list\n+also not\n*nor this",
    "Visit https://example.com/a_b_c and www.example.com or mail a_b@example.com",
]


@pytest.mark.parametrize("text", CASES)
def test_shortcuts_agree_with_markdown_it(text):
    assert_same(text)
    assert_same("---\ntitle: A title\ndate: 2024-03-14\n---\n\n" + text)


_FRAGMENTS = [
    "Plain words here", "snake_case", "_x_", "AT&T", "&amp;", "[sic]", "[a](b)", "[r]",
    "*em*", "`code`", "<b>", "<http://x.y>", "\\*", "a_", "_b", "a__b", "  ", "\t", "\u00a0",
    "https://example.com/x_y", "e@mail.com", "é", "3.", "-", "#", ">", "|", "---", "===",
]
_LINE_STARTS = ["", "", "", "", " ", "  ", "    ", "\t", "# ", "- ", "* ", "1. ", "> ",
                "```", "~~~", "<div>", "[r]: /u", "| ", "---", "***", "___", "==="]


def _random_doc(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 14)):
        if rng.random() < 0.25:
            lines.append(rng.choice(["", "", " ", "\t"]))
            continue
        words = [rng.choice(_FRAGMENTS) for _ in range(rng.randint(1, 6))]
        sep = rng.choice([" ", " ", " ", "", "  "])
        lines.append(rng.choice(_LINE_STARTS) + sep.join(words) + rng.choice(["", "", " ", "  "]))
    return rng.choice(["\n", "\n", "\r\n"]).join(lines) + rng.choice(["", "\n"])


def test_shortcuts_agree_on_random_documents():
    rng = random.Random(20261125)
    for _ in range(1500):
        assert_same(_random_doc(rng))


_PLAIN_WORDS = ["News", "said", "2019", "#tag", "snake_case", "AT&T", "[sic]", "a", "x:y", "5%",
                "\u00a0", "\u3000", "\x1c", "\x85", "\u2028", "\x0b", "\x0c", "\ufeff", "\u200b",
                "*em*", "_em_", "&amp;", "<b>", "`c`", "[l](u)", "e@mail.com", "http://x.y/z"]
_PLAIN_STARTS = ["", "", "", "", "", " ", "  ", "   ", "\u00a0", "\x85", "\x1c"]  # a tab: code
_PLAIN_ENDS = ["", "", "", "", " ", "  ", "   ", "\t", " \t", "\u00a0", "\x85", "\x1c"]


def _random_plain_doc(rng: random.Random) -> str:
    """Paragraphs of words with odd white space: the documents _paragraph_spans takes."""
    lines = []
    for _ in range(rng.randint(1, 8)):
        if rng.random() < 0.3:
            lines.append(rng.choice(["", "", "", " ", "\t", "  \t ", "\u00a0", "\x1c"]))
            continue
        words = [rng.choice(_PLAIN_WORDS[:10] if rng.random() < 0.7 else _PLAIN_WORDS)
                 for _ in range(rng.randint(1, 5))]
        lines.append(rng.choice(_PLAIN_STARTS) + " ".join(words) + rng.choice(_PLAIN_ENDS))
    return "\n".join(lines) + rng.choice(["", "\n", "\n\n"])


def test_shortcuts_agree_on_random_plain_documents():
    rng = random.Random(1125)
    taken = 0
    for _ in range(1500):
        text = _random_plain_doc(rng)
        taken += _block_rules(text) == ("code", "paragraph") and _paragraph_spans(text) is not None
        assert_same(text)
    assert taken > 300  # the paragraph shortcut itself was tried


def _random_tidy_doc(rng: random.Random) -> str:
    """Paragraphs whose lines have no white space at either end (blank lines
    empty): those _add_paragraphs splits in C, some with inline syntax, a
    mark of not_prose's or more than one line."""
    lines = []
    for _ in range(rng.randint(1, 12)):
        if rng.random() < 0.35:
            lines.append("")
            continue
        words = [rng.choice(_PLAIN_WORDS[:10] if rng.random() < 0.8 else _PLAIN_WORDS)
                 for _ in range(rng.randint(1, 5))]
        lines.append(" ".join(words).strip())
    return "\n".join(lines) + rng.choice(["", "\n", "\n\n"])


def test_shortcuts_agree_on_random_tidy_documents():
    rng = random.Random(1205)
    tidy = 0
    for _ in range(3000):
        text = _random_tidy_doc(rng)
        lines = text.split("\n")
        tidy += _block_rules(text) == ("code", "paragraph") and \
            [line.strip() for line in lines] == lines
        assert_same(text)
        assert_same("---\ntitle: A title\n---\n\n" + text)
    assert tidy > 1500  # the paragraphs found in C were tried


def test_shortcuts_agree_on_the_corpus(corpus):
    files = sorted(corpus.rglob("*.txt"))[::7]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert_same(text)
        assert_same(f'---\ntitle: "A title"\ndate: 2024-03-14\n---\n\n{text}')


def test_plain_documents_need_only_paragraphs():
    assert _block_rules("Plain text.\n\nMore text, 2019 and #tags.\n") == ("code", "paragraph")
    assert "heading" in _block_rules("Text\n\n# Heading\n")
    assert {"list", "heading"} <= set(_block_rules("- # heading in a list\n"))
    assert {"blockquote", "list", "hr"} <= set(_block_rules("> - * * *\n"))
    assert "table" not in _block_rules("a\n---\n")
    assert "table" in _block_rules("a | b\n---|---\n")
    assert _block_rules("- " * 100 + "x\n") is None  # nested past markdown-it's limit: all rules


def test_inline_syntax_prefilter():
    assert not _needs_inline("snake_case and AT&T and [sic]", {})
    assert _needs_inline("_em_", {})
    assert _needs_inline("a &amp; b", {})
    assert _needs_inline("[a](b)", {})
    assert _needs_inline("[a]", {"references": {}})


def test_inline_syntax_is_tried_where_it_can_start():
    """_needs_inline tries _INLINE_SYNTAX only at the characters _SYNTAX_CHARS
    finds: it answers as a scan with _INLINE_SYNTAX itself would."""
    from lintnews.parsers.markdown import _INLINE_SYNTAX, _SYNTAX_CHARS

    def scanned(content: str, env: dict) -> bool:
        if _SYNTAX_CHARS.search(content) is None:
            return False
        if _INLINE_SYNTAX.search(content) is not None:
            return True
        return "[" in content and ("](" in content or "references" in env)

    rng = random.Random(1204)
    pieces = ["a", "_", "__", "&", "amp;", "#", "[", "]", "(", "](", "*", "`", "<", "\\", " ",
              "\n", "\u00e9", "1", ";", "\u0663", "\u00a0", "_\u00df_", "x_"]
    for _ in range(20000):
        content = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for env in ({}, {"references": {}}):
            assert _needs_inline(content, env) == scanned(content, env), repr(content)


def test_underscore_runs_inside_words_are_text():
    assert not _needs_inline("Choul__Gat and a___b and x_1", {})
    assert _needs_inline("__init", {})
    assert _needs_inline("init__", {})
    assert _needs_inline("a __b", {})
    for text in ("Choul__Gat\n,\nAkashi_Seijiro", "a___b c", "a__ b__c", "__a__b", "a_\u00e9_b"):
        assert_same(text)


_BLOCKS = [
    "Plain words here.", "Two lines\nof a paragraph", "# Heading", "## Head *em*", "Setext\n===",
    "Setext two\n---", "---", "***", "- item one\n- item two", "- item\n  continued",
    "1. first\n2. second", "2019. A year", "10) ten", "> quote\nlazy line", "> quote\n> > nested",
    "    indented code", "\tcode by tab", "  - indented item", "   three spaces para",
    "| a | b |\n|---|---|\n| c | d |", "a | b\n--|--\nc | d", "- > quote in list",
    "* star item\n\n  para in item", "+ plus item", "Text with [sic] and AT&T",
    "snake_case _em_ `code`", "\u00a0nbsp start", "- a\n- b\n\n- c", "1. x\n\n   indented para of x",
    "-", "1.", ">", "- \n  foo", "Para\n    continuation indented", "=== not heading", "- - -",
    "Text\n:--\nNot table", "#hashtag", "  ", "\t", "- one\n\n\n- two", "> a\n>\n> b",
    "* * *\ntext", "Line  \nhard break", "a\\\nb",
    # blocks that may reach past a blank line: such documents are parsed whole
    "```\ncode\n\nmore code\n```", "<!-- a comment\n\nstill -->", "<div>\n\nx</div>",
    "A [r] link", "[r]: /url", "[multi\nline]: /url", "[Video] not a reference",
    "<script>\n\nx\n</script>", "<pre class=x>\n\n  kept\n</pre>", "<?php\n\n?>",
    "<!DOCTYPE\n\nhtml>", "<![CDATA[\n\nx]]>", "> <!-- in a quote\n\nstill -->",
    # HTML blocks that end at a blank line, and lines that open none
    "<div class=\"x\">\nin\n</div>", "<figure>", "</section>", "<span class=x>Ad</span>Text",
    "<a href=\"/x\"><b>Title</b></a>", "- <div>\n  in a list", "<emscripten.h> is no tag",
    "<stdio.h>", "<3 hearts", "<scripts>", "<pre/>",
]
_BLOCK_GAPS = ["\n\n", "\n\n", "\n", "\n\n\n", "\n \n", "\n\t\n", "\n\n  ", "\n\n    ", "\n\n\t"]


def test_chunks_agree_with_markdown_it():
    """Documents of blocks, some with Markdown block syntax: the chunked parse
    (markdown-it only for the chunks that need it) agrees with markdown-it."""
    rng = random.Random(20261204)
    chunked = 0
    for _ in range(3000):
        blocks = [rng.choice(_BLOCKS) for _ in range(rng.randint(2, 8))]
        text = blocks[0]
        for block in blocks[1:]:
            text += rng.choice(_BLOCK_GAPS) + block
        rules = _block_rules(text)
        chunked += rules is not None and rules != ("code", "paragraph") and "\n\n" in text
        assert_same(text)
    assert chunked > 1000


def test_not_prose_needs_one_of_its_marks():
    """The Markdown parser adds a body holding none of NOT_PROSE_MARKS as it
    stands: not_prose must find nothing in such a text."""
    from lintnews.parsers.prose import NOT_PROSE_MARKS, not_prose

    rng = random.Random(77)
    pieces = ["http", "://", "www", ".", "WWW", "@", "<!--", "-->", "lintnews:", "a_b", "x", " ",
              "\n", "mail", "com", "e", "/", "-"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        if not any(mark in text for mark in NOT_PROSE_MARKS):
            assert not_prose(text, 0, len(text)) == [], text


def _align_one_by_one(builder, content, cursor, end, skip):
    """_align as it was: each character looked for on its own."""
    text = builder.source.text
    for ch in content:
        found = text.find(ch, cursor, min(end, cursor + 12))
        if found < 0:
            if not skip:
                builder.add_mapped(ch, cursor, cursor + 1)
            continue
        if not skip:
            builder.add(found, found + 1)
        cursor = found + 1
    return cursor


def test_align_adds_runs_as_it_added_characters():
    """_align adds the runs of content that stand at the cursor whole: the
    Text and cursor are those of adding it a character at a time (the
    reference path uses _align too, so the shortcut tests cannot tell)."""
    from lintnews.parsers.markdown import _align
    from lintnews.text import TextBuilder

    rng = random.Random(1206)
    pieces = ["a", "b", "word ", "&amp;", "&#233;", "é", "&", "\\*", "*", " ", "\n", "x" * 15]
    edits = ["&", "é", "*", "a", "", "", "q"]
    for _ in range(4000):
        source = Source("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))))
        text = source.text
        first = rng.randint(0, len(text))
        last = rng.randint(first, len(text))
        # content: the source between the two, with some characters changed,
        # dropped or added (as an entity, an escape or a joined token would)
        content = list(text[first:last])
        for _ in range(rng.randint(0, 3)):
            at = rng.randint(0, len(content))
            content[at:at + rng.randint(0, 2)] = [rng.choice(edits)]
        content = "".join(content)
        cursor = max(0, first - rng.randint(0, 2))
        end = min(len(text), last + rng.randint(-2, 2))
        before = rng.randint(0, cursor)
        for skip in (False, True):
            states = []
            for align in (_align, _align_one_by_one):
                builder = TextBuilder(source)
                builder.add(before, cursor)  # a run that may go on
                moved = align(builder, content, cursor, end, skip)
                builder.add(moved, min(len(text), moved + 2))
                built = builder.build()
                states.append((moved, built.string, built._clean, built._src, builder.length))
            assert states[0] == states[1], (text, content, cursor, end, skip)


def _line_rules_trying_all(body):
    """_line_rules as it was: every rule and the container marker tried at each place."""
    from lintnews.parsers.markdown import (_CANDIDATE, _CONTAINER, _MAX_MARKERS,
                                           _RULE_STARTS)
    scan = "\n" + body
    lines = []
    for m in _CANDIDATE.finditer(scan):
        pos = m.start() + 1
        names = []
        for _ in range(_MAX_MARKERS):
            for name, pattern in _RULE_STARTS:
                if pattern.match(scan, pos):
                    names.append(name)
            marker = _CONTAINER.match(scan, pos)
            if marker is None:
                break
            names.append("blockquote" if scan[marker.end() - 1] == ">" else "list")
            pos = marker.end()
        else:
            return None
        if names:
            lines.append((m.start(), names))
    return lines


def test_line_rules_try_the_rules_a_line_can_start():
    """_line_rules tries at each place only the rules whose patterns can
    match a line starting with the character there: it finds what trying
    every rule finds."""
    from lintnews.parsers.markdown import _line_rules

    rng = random.Random(1207)
    starts = _LINE_STARTS + ["> ", ">", "- ", "-", "+ ", "1) ", "12. ", "1.", "#", "## ", "=",
                             ":--", "|", "[", "<", "<!--", "<pre>", "~~~", "`", "_", "*", " ",
                             "\t", "    ", "\u00a0", "a", "1", "é", "\u3000"]
    for _ in range(3000):
        lines = []
        for _ in range(rng.randint(1, 8)):
            line = "".join(rng.choice(starts) for _ in range(rng.randint(0, 4)))
            lines.append(line + rng.choice(["", "x", " x | y", "---", " text", "]: /u"]))
        body = "\n".join(lines)
        assert _line_rules(body) == _line_rules_trying_all(body), repr(body)
    firsts = [chr(code) for code in range(0x250)] + ["\u00a0", "\u2003", "\u3000", "\uff03"]
    for prefix in ("", "> ", "- ", "1. ", "  "):
        for first in firsts:
            for rest in ("", " ", "-", "--", "``", "~~", "*", "**", "_ _", "x]:", "a>", "!--",
                         "#", " x", "=", "|", ". x", ") x"):
                body = prefix + first + rest
                assert _line_rules(body) == _line_rules_trying_all(body), repr(body)


def test_holds_mark_is_any_mark_in_the_body():
    from lintnews.parsers.markdown import _holds_mark
    from lintnews.parsers.prose import NOT_PROSE_MARKS

    assert set(NOT_PROSE_MARKS) == {"://", "www.", "WWW.", "@", "<!--"}  # as _holds_mark spells them
    rng = random.Random(1208)
    pieces = ["a", ":", "/", "//", "w", "ww", "www", ".", "W", "WW", "@", "<", "!", "-", "--", " "]
    for _ in range(5000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert _holds_mark(body) == any(mark in body for mark in NOT_PROSE_MARKS), body
