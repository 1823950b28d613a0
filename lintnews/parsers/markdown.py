"""Markdown (CommonMark, with tables) and its front matter.

markdown-it-py decides what is prose and what is code, HTML or a link
target; its inline tokens are then aligned back onto the source, so every
character of prose keeps its exact line and column.

Most articles use little Markdown, and markdown-it spends its time on what
they lack, so four shortcuts spare it work that cannot change the result
(tests/core/test_markdown_shortcuts.py holds them to markdown-it as it comes):
block rules that no line could fire are switched off (_block_rules); inline
content with no inline syntax is mapped without the inline parser (_plain);
a document with no block syntax at all is split into its paragraphs
without the block parser (_add_paragraphs); and in one with some, only the
chunks between blank lines that hold block syntax go through markdown-it
(_chunked).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import accumulate, chain, compress, repeat
from typing import TYPE_CHECKING

from ..patterns import compile as _compile, compile_re as _compile_re
from ..document import Document
from ..text import Source, TextBuilder
from . import frontmatter
from .prose import NOT_PROSE_MARKS, add_prose, make_document, not_prose

if TYPE_CHECKING:
    from ..config import Config

_LINK_TAIL = _compile(r"\]\([^)\n]*\)|\]\[[^\]\n]*\]|\]")
_PROSE_BLOCKS = frozenset({"paragraph_open", "heading_open", "th_open", "td_open"})

# Which block rules a document needs. Each optional rule can fire only where a
# line's content starts as below: at the line's start, or after a block quote's
# ">" or a list item's marker (content nested in them). A rule that nothing in
# the document can fire is switched off, which cannot change the tokens and
# spares markdown-it trying it on every line.
_ALWAYS = ("code", "paragraph")  # "code" stays on: other rules ask whether it is
# Not a rule of markdown-it's: its html_block, where a block may reach past
# a blank line, so that the document cannot be parsed a chunk at a time.
_HTML_RAW = "html_block:raw"
# Lines where any could: a newline first lets the scan jump from one to the next.
_CANDIDATE = _compile_re(r"\n[ \t]*[-+*>#`~<\[=_:|0-9]")
_CONTAINER = _compile_re(r"[ \t]*(?:>|(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$))", re.M)
_RULE_STARTS = tuple((name, _compile_re(pattern, re.M)) for name, pattern in (
    ("fence", r"[ \t]*(?:```|~~~)"),
    ("hr", r"[ \t]*(?:(?:\*[ \t]*){3}|(?:-[ \t]*){3}|(?:_[ \t]*){3})"),
    # a reference definition: "[", a label with no bracket but escaped ones
    # (it may run over lines), then "]:"
    ("reference", r"[ \t]*\[(?:[^\[\]\\]|\\[\s\S])*\]:"),
    # an HTML block that ends at a blank line: an open or close tag (a
    # name, then space, "/", ">" or the line's end)
    ("html_block", r"[ \t]*</?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)"),
    # one that may reach past a blank line: raw text (script, pre, style,
    # textarea), a comment, a processing instruction, a declaration or CDATA
    (_HTML_RAW, r"[ \t]*<(?:[!?]|(?i:script|pre|style|textarea)(?:[\s>]|$))"),
    ("heading", r"[ \t]*#{1,6}(?:[ \t]|$)"),
    ("lheading", r"[ \t]*(?:=+|-+)[ \t]*$"),  # a setext underline
    ("table", r"[ \t]*[-:|][-:| \t]+$"),  # a delimiter row (the header row needs a "|")
))
# The first character of what each rule's pattern matches after the spaces
# and tabs it starts with, and of a container marker's.
_RULE_FIRSTS = {"fence": "`~", "hr": "*-_", "reference": "[", "html_block": "<", _HTML_RAW: "<",
                "heading": "#", "lheading": "=-", "table": "-:|"}
_RULES_AT = {first: tuple((name, pattern) for name, pattern in _RULE_STARTS
                          if first in _RULE_FIRSTS[name])
             for first in set("".join(_RULE_FIRSTS.values()))}
_RULES_AT[" "] = _RULES_AT["\t"] = _RULE_STARTS
_MARKER_STARTS = frozenset(" \t>-+*0123456789")
_NEWLINES = _compile_re(r"\r\n?")  # markdown-it's own normalisation of line breaks
_plus_two = (2).__add__
_MAX_MARKERS = 25  # containers nested on one line looked into (markdown-it stops at 20 levels)

# Where inline syntax can start: an escape, a code span, "*" emphasis, an
# autolink or HTML tag, an entity, or a run of "_" that is not inside a word
# (a run between two letters or digits, as in "snake_case", can neither open
# nor close emphasis, so markdown-it leaves it as text: the run's first "_"
# must follow a word character and its last be followed by one). A "[" starts
# a link or image only with a "](" or a reference definition (see
# _needs_inline). Content with none of these parses to text and line breaks
# only, which _plain maps without markdown-it.
_INLINE_SYNTAX = _compile_re(
    r"[\\`*<]|&(?:#|[A-Za-z][A-Za-z0-9]{1,31};)|(?<!\w)_|_(?!\w)")
# _INLINE_SYNTAX's alternatives that start with "&" and with "_" (the
# look-behind after the "_", so that a scan jumps from one "_" to the next)
_ENTITY = _compile_re(r"&(?:#|[A-Za-z][A-Za-z0-9]{1,31};)")
_UNDERSCORE = _compile_re(r"_(?:(?<!\w_)|(?!\w))")
# The characters inline syntax can start with (_INLINE_SYNTAX's and "[").
_SYNTAX_CHARS = _compile_re(r"[\\`*<&_\[]")


@functools.lru_cache(maxsize=16)
def _parser(block_rules: "tuple[str, ...] | None"):
    """markdown-it with only the block rules named, and the lazy inline rule.

    None gives markdown-it as it comes (every rule, every inline token
    parsed): what the shortcuts must agree with, for the tests.
    """
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark").enable("table")
    if block_rules is not None:
        md.block.ruler.enableOnly(sorted({"html_block" if rule == _HTML_RAW else rule
                                          for rule in block_rules}))
        md.core.ruler.at("inline", _parse_inline)
    return md


def _parse_inline(state) -> None:
    """markdown-it's core "inline" rule, skipped for content with no inline syntax."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            if _needs_inline(token.content, state.env):
                state.md.inline.parse(token.content, state.md, state.env, token.children)


def _needs_inline(content: str, env: dict) -> bool:
    """Whether markdown-it's inline parse of ``content`` can give more than text and breaks."""
    # _INLINE_SYNTAX's alternatives one by one, each sought only when the
    # character it starts with is there: a scan with _INLINE_SYNTAX tries
    # its look-behind at every character, and trying it at each of
    # _SYNTAX_CHARS' finds is a Python loop (a page of snake_case names)
    if "\\" in content or "`" in content or "*" in content or "<" in content:
        return True
    if "&" in content and _ENTITY.search(content) is not None:
        return True
    if "_" in content and _UNDERSCORE.search(content) is not None:
        return True
    return "[" in content and ("](" in content or "references" in env)


def _block_rules(body: str) -> "tuple[str, ...] | None":
    """The block rules that can fire somewhere in ``body`` (None: any might)."""
    return _rules_of(_line_rules(_NEWLINES.sub("\n", body) if "\r" in body else body), body)


def _rules_of(lines: "list[tuple[int, list[str]]] | None", body: str) -> "tuple[str, ...] | None":
    """_block_rules(body), from ``lines``, the _line_rules of ``body``."""
    if lines is None:
        return None
    rules = set(_ALWAYS)
    for _, names in lines:
        rules.update(names)
    if "table" in rules and "|" not in body:
        rules.discard("table")
    return tuple(sorted(rules))


def _line_rules(body: str) -> "list[tuple[int, list[str]]] | None":
    """(where the line starts in ``body``, the optional block rules that can
    fire on it) for each line where one can; None past the nesting limit.

    ``body`` holds no carriage return. Each rule is tried where the line's
    content starts: at the line's start, then after each container marker.
    """
    scan = "\n" + body  # the break before a line starting at i of body is at i of scan
    lines = []
    for m in _CANDIDATE.finditer(scan):
        pos = m.start() + 1
        names = []
        for _ in range(_MAX_MARKERS):
            first = scan[pos:pos + 1]
            # only the rules (and container markers) that can start with
            # the content's first character are tried (all of them after
            # a space or tab, which each may skip)
            tried = _RULES_AT.get(first, ())
            for name, pattern in tried:
                if pattern.match(scan, pos):
                    names.append(name)
            if first not in _MARKER_STARTS:
                break
            marker = _CONTAINER.match(scan, pos)
            if marker is None:
                break
            names.append("blockquote" if scan[marker.end() - 1] == ">" else "list")
            pos = marker.end()
        else:  # "- - - - ...": past markdown-it's nesting limit; and each try would be O(line)
            return None
        if names:
            lines.append((m.start(), names))
    return lines


def parse_markdown(source: str, path: str, config: "Config") -> Document:
    src = Source(source)
    fm = frontmatter.split(src, path)
    start = fm.end if fm is not None else 0
    hrefs: dict[int, str] = {}
    body = _body(src, start, hrefs)
    return make_document(path, "markdown", src, body, config, fm=fm, hrefs=hrefs)


def _body(src: Source, start: int, hrefs: dict[int, str], shortcuts: bool = True):
    """The prose of the Markdown after ``start``; ``shortcuts=False`` is the reference path."""
    builder = TextBuilder(src)
    text = src.text
    if start >= len(text):
        return builder.build()
    body = text[start:]
    if not shortcuts:
        _add_blocks(builder, _blocks(src, start, body, None), False, hrefs)
        return builder.build()
    # a body with nothing not_prose looks for holds no URL, e-mail address
    # or lintnews comment: its plain content is added as it stands
    clean = not _holds_mark(body)
    lines = _line_rules(_NEWLINES.sub("\n", body) if "\r" in body else body)
    rules = _rules_of(lines, body)
    if rules == _ALWAYS:
        if not _add_paragraphs(builder, body, start, clean, hrefs):
            _add_blocks(builder, _blocks(src, start, body, rules), clean, hrefs)
    elif rules is None or not _CHUNKABLE.issuperset(rules) or "\r" in body or "\0" in body:
        _add_blocks(builder, _blocks(src, start, body, rules), clean, hrefs)
    else:
        _chunked(builder, start, body, lines, clean, hrefs)
    return builder.build()


def _holds_mark(body: str) -> bool:
    """``any(mark in body for mark in NOT_PROSE_MARKS)``, with a search for
    "/" or "<" (memchr, where the searches for "://" and "<!--" look at
    every few characters) first: most articles hold neither."""
    return "@" in body or ("/" in body and "://" in body) or "www." in body \
        or "WWW." in body or ("<" in body and "<!--" in body)


def _add_blocks(builder: TextBuilder, blocks, clean: bool, hrefs: dict[int, str]) -> None:
    """Add the prose of ``blocks`` (what _blocks gives), a paragraph break before each."""
    for region_start, region_end, content, children in blocks:
        if not builder.ends_with_break():
            builder.insert("\n\n")
        if children:
            _inline(builder, children, region_start, region_end, hrefs)
        else:
            _plain(builder, content, region_start, region_end, clean)


# Block rules whose blocks all end at a blank line followed by a line that is
# not indented (a fence, an HTML block such as a comment (_HTML_RAW), and a
# reference definition, which holds for the whole document, may reach past one).
_CHUNKABLE = frozenset({"code", "paragraph", "heading", "lheading", "hr", "list", "blockquote",
                        "table", "html_block"})
# A blank line (or several) and then a line starting in column 1: every block
# and container is closed there, so markdown-it parses what follows as it
# would parse a document of its own.  (A list may go on with the next item,
# but a new list gives the same inline tokens; only tightness differs.)
_PLAIN = frozenset(_ALWAYS)
_CHUNK_SPLIT = _compile_re(r"(\n(?:[ \t]*\n)+)(?=[^ \t\n])")


def _chunked(builder: TextBuilder, start: int, body: str, lines: "list[tuple[int, list[str]]]",
             clean: bool, hrefs: dict[int, str]) -> None:
    """Add the prose of a document whose blocks are all _CHUNKABLE, a chunk at a time.

    Most articles with some Markdown (a heading, a list) are mostly plain
    paragraphs: the body is cut where every block is closed (_CHUNK_SPLIT),
    runs of plain chunks are added by _add_paragraphs, and only the runs with
    block syntax go through markdown-it.
    """
    src = builder.source
    # where each chunk starts (the splits' pieces alternate chunk and break)
    cuts = list(accumulate(map(len, _CHUNK_SPLIT.split(body)), initial=0))[::2]
    cuts.append(len(body))
    # ``lines`` (the _line_rules of body, which holds no carriage return) are
    # where a block can start: each lies in one chunk, and a chunk's rules
    # are those of its lines, as _block_rules(chunk) would find them (the
    # rules that match across lines, a reference definition or a raw HTML
    # block, fire nowhere in a chunked document); chunks with no such line
    # are plain
    found: dict[int, set] = {}
    for line_start, names in lines:
        chunk = bisect_right(cuts, line_start) - 1
        rules = found.get(chunk)
        if rules is None:
            found[chunk] = rules = set(_ALWAYS)
        rules.update(names)
    # (first chunk, stop chunk, block rules or None) of runs of chunks:
    # consecutive plain chunks (None) merged, and so are chunks with syntax,
    # with the union of their rules (a rule switched on that no line can
    # fire changes nothing)
    runs: list[tuple[int, int, "set | None"]] = []
    done = 0  # the chunks before it are in runs
    for chunk in sorted(found):
        rules = found[chunk]
        if "table" in rules and body.find("|", cuts[chunk], cuts[chunk + 1]) < 0:
            rules.discard("table")
            if rules == _PLAIN:
                continue
        if chunk == done and runs and runs[-1][2] is not None:
            runs[-1] = (runs[-1][0], chunk + 1, runs[-1][2] | rules)
        else:
            if chunk > done:
                runs.append((done, chunk, None))
            runs.append((chunk, chunk + 1, rules))
        done = chunk + 1
    if done < len(cuts) - 1:
        runs.append((done, len(cuts) - 1, None))
    for first, stop, rules in runs:
        a, b = cuts[first], cuts[stop]
        chunk = body[a:b]
        if rules is not None or not _add_paragraphs(builder, chunk, start + a, clean, hrefs):
            _add_blocks(builder, _blocks(src, start + a, chunk, tuple(sorted(rules or _PLAIN))),
                        clean, hrefs)


def _blocks(src: Source, start: int, body: str, rules: "tuple[str, ...] | None"):
    """(source start, end, content, children) of each inline token markdown-it makes of ``body``.

    start and end are those of the lines the token's block spans; children
    is empty when the content was left unparsed (no inline syntax). ``rules``
    are the block rules to run (None: markdown-it as it comes).
    """
    tokens = _parser(rules).parse(body)
    text = src.text
    base_line = src.position(start)[0] - 1
    line_starts = src.line_starts
    line_count = len(line_starts)
    for token in tokens:
        if token.type != "inline" or token.map is None:
            continue
        first, last = token.map
        region_start = line_starts[min(base_line + first, line_count - 1)]
        end_line = base_line + last
        region_end = line_starts[end_line] if end_line < line_count else len(text)
        yield region_start, region_end, token.content, token.children


# A document whose lines can start no block but a paragraph (see _block_rules),
# and none indented into a code block, is paragraphs between blank lines (lines
# of nothing but spaces and tabs): all markdown-it's block parse would find.
_INDENTED = _compile_re(r"\n(?: {4}| {0,3}\t)[ \t]*[^ \t\n]")  # a non-blank line indented 4+
_BLANK_LINE = _compile_re(r"\n[ \t]*(?=\n|\Z)")  # from the line break before it


def _paragraph_spans(body: str) -> "list[tuple[int, int, str]] | None":
    """(first, stop, content) of each paragraph of ``body``, without markdown-it's
    block parser: first and stop are offsets in ``"\\n" + body`` of its first
    line's start and its last line's end, content what markdown-it makes its
    inline content. None unless ``body`` is only paragraphs.

    ``body`` must be one whose lines start no other block (_block_rules gives _ALWAYS).
    """
    if "\r" in body or "\0" in body:  # markdown-it would first rewrite these
        return None
    scan = "\n" + body
    if _INDENTED.search(scan) is not None:
        return None
    spans = []
    line_start = 1
    for m in _BLANK_LINE.finditer(scan):
        if m.start() > line_start:
            spans.append((line_start, m.start()))
        line_start = m.end() + 1
    if line_start < len(scan):
        spans.append((line_start, len(scan)))
    paragraphs = []
    for first, stop in spans:
        content = scan[first:stop].strip(" \t")
        if content[0].isspace() or content[-1].isspace():
            return None  # other white space: markdown-it versions trim it differently
        paragraphs.append((first, stop, content))
    return paragraphs


_MARKS = _compile_re("|".join(re.escape(mark) for mark in NOT_PROSE_MARKS))
_BREAKS = _compile_re(r"(\n\n+)")
_SYNTAX_STARTS = "\\`*<&_["  # the characters _SYNTAX_CHARS finds


def _add_paragraphs(builder: TextBuilder, body: str, start: int, clean: bool,
                    hrefs: dict[int, str]) -> bool:
    """Add the prose of ``body`` (starting at source offset ``start``) as
    _add_blocks adds the blocks markdown-it makes of it, when it is only
    paragraphs (see _paragraph_spans); False, with nothing added, when not.

    A paragraph with no inline syntax and nothing not_prose leaves out is
    one run of source, in its place; runs of such paragraphs, most of an
    article, are added in one call. (_plain adds one of several lines so
    too when nothing is stripped around its breaks, as here, where no line
    has white space at an end.)
    """
    if "\r" in body or "\0" in body:  # markdown-it would first rewrite these
        return False
    # The paragraphs are what lies between runs of two line breaks or more,
    # when no line has white space at either end (checked below): then the
    # blank lines are the empty ones, none is indented, and each paragraph
    # is its content, as _paragraph_spans would find it, with nothing to
    # strip. They and where they start are found in C.
    core = body.lstrip("\n")
    first = start + len(body) - len(core)
    core = core.rstrip("\n")
    if not core:
        return True
    strings = core.split("\n\n")
    tidy = list(map(str.strip, strings)) == strings
    if not tidy or "" in strings:
        # white space at an end of a line, or three line breaks or more
        # (a piece that starts with one, or an empty one)
        if "\n\n\n" not in core:
            return _add_paragraph_spans(builder, body, start, clean, hrefs)
        pieces = _BREAKS.split(core)  # (paragraph, break, paragraph, ...)
        starts = list(accumulate(map(len, pieces), initial=first))[::2]
        strings = pieces[::2]
        if list(map(str.strip, strings)) != strings:
            return _add_paragraph_spans(builder, body, start, clean, hrefs)
    else:
        starts = list(accumulate(map(_plus_two, map(len, strings)), initial=first))
        starts.pop()
    if any(map(str.__contains__, strings, repeat("\n"))):  # a paragraph of several lines
        for k in compress(range(len(strings)), map(str.__contains__, strings, repeat("\n"))):
            lines = strings[k].split("\n")
            if list(map(str.strip, lines)) != lines:
                return _add_paragraph_spans(builder, body, start, clean, hrefs)
    special = set()
    # paragraphs holding a character inline syntax starts with (or, unless
    # ``clean``, a mark of not_prose's) are looked at one by one
    end = start + len(body)
    for mark in chain(_SYNTAX_STARTS, () if clean else NOT_PROSE_MARKS):
        if mark in body:  # (most are not: ``in`` is the cheaper call)
            i = body.find(mark)
            while i >= 0:
                k = bisect_right(starts, start + i) - 1
                special.add(k)
                i = body.find(mark, starts[k] + len(strings[k]) - start)
    taken = 0
    for k in sorted(special):
        content = strings[k]
        inline = _needs_inline(content, {})
        if not inline and (clean or _MARKS.search(content) is None):
            continue  # one run of source after all
        if k > taken:
            builder.add_paragraphs(starts[taken:k], strings[taken:k])
        taken = k + 1
        region_start = starts[k]
        # (with the line break after it)
        _add_paragraph(builder, content, inline, region_start,
                       min(region_start + len(content) + 1, end), clean, hrefs)
    if taken:
        builder.add_paragraphs(starts[taken:], strings[taken:])
    else:
        builder.add_paragraphs(starts, strings)
    return True


def _add_paragraph_spans(builder: TextBuilder, body: str, start: int, clean: bool,
                         hrefs: dict[int, str]) -> bool:
    """_add_paragraphs for a ``body`` with a line that has white space at an
    end, from the paragraphs _paragraph_spans finds, one by one."""
    paragraphs = _paragraph_spans(body)
    if paragraphs is None:
        return False
    text = builder.source.text
    end = start + len(body)
    simple_starts: list[int] = []
    simple: list[str] = []
    for first, stop, content in paragraphs:
        region_start = start + first - 1  # (first is an offset in "\n" + body)
        inline = _needs_inline(content, {})
        if not inline and "\n" not in content and (clean or _MARKS.search(content) is None):
            at = text.find(content, region_start, end)
            if at >= 0:
                simple_starts.append(at)
                simple.append(content)
                continue
        if simple:
            builder.add_paragraphs(simple_starts, simple)
            simple_starts, simple = [], []
        _add_paragraph(builder, content, inline, region_start, min(start + stop, end), clean, hrefs)
    if simple:
        builder.add_paragraphs(simple_starts, simple)
    return True


def _add_paragraph(builder: TextBuilder, content: str, inline: bool, region_start: int,
                   region_end: int, clean: bool, hrefs: dict[int, str]) -> None:
    """Add a paragraph's inline ``content`` (parsed by markdown-it when
    ``inline``), from the source lines ``[region_start, region_end)``, after
    a paragraph break."""
    if not builder.ends_with_break():
        builder.insert("\n\n")
    # ({}: no reference definitions, as there is no block rule for them)
    children = _parser(_ALWAYS).parseInline(content)[0].children if inline else None
    if children:
        _inline(builder, children, region_start, region_end, hrefs)
    else:
        _plain(builder, content, region_start, region_end, clean)


def _plain(builder: TextBuilder, content: str, cursor: int, end: int, clean: bool = False) -> None:
    """Add inline content that has no inline syntax, as _inline would add its tokens.

    markdown-it makes each line a text token, less the spaces and tabs that
    start a continuation line and the spaces that end a line before its break.
    ``clean``: the source holds nothing that is not prose (no URL...), so
    add_prose would add every piece whole.
    """
    text = builder.source.text
    if "\n" not in content:  # one line: one text token
        found = text.find(content, cursor, end)
        if found >= 0:
            if clean:
                builder.add(found, found + len(content))
            else:
                add_prose(builder, found, found + len(content))
            return
    elif "\n " not in content and "\n\t" not in content \
            and " \n" not in content:
        # Nothing to strip around the breaks: if the content stands verbatim in
        # the source, its lines and breaks are one run. not_prose finds no URL
        # in it (nor, with no "@", an e-mail address: those it looks for
        # around each "@", in windows that could reach across lines), so none
        # in any line of it either: add_prose line by line would add it all.
        first = text.find(content[:content.index("\n")], cursor, end)
        stop = first + len(content)
        if first >= 0 and text.startswith(content, first) and (
                clean or text.find("@", first, stop) < 0 and not not_prose(text, first, stop)):
            builder.add(first, stop)
            return
    lines = content.split("\n")
    last = len(lines) - 1
    for i, line in enumerate(lines):
        if i:
            line = line.lstrip(" \t")
        if i < last:
            line = line.rstrip(" ")
        if line:
            found = text.find(line, cursor, end)
            if found >= 0:
                add_prose(builder, found, found + len(line))
                cursor = found + len(line)
            else:
                cursor = _align(builder, line, cursor, end, False)
        if i < last:
            found = text.find("\n", cursor, end)
            if found >= 0:
                builder.add(found, found + 1)
                cursor = found + 1
            else:
                builder.insert("\n")


def _inline(builder: TextBuilder, children, cursor: int, end: int, hrefs: dict[int, str]) -> None:
    """Add a block's inline prose; ``hrefs`` gets the body offset where each link's text starts."""
    text = builder.source.text
    skip_depth = 0  # inside an autolink or image: its text is a URL or alt text
    for child in children:
        kind = child.type
        if kind == "text" or kind == "text_special":
            content = child.content
            if not content:
                continue
            if kind == "text_special" and child.markup:
                found = text.find(child.markup, cursor, end)
                if found >= 0:
                    if not skip_depth:
                        builder.add_mapped(content, found, found + len(child.markup))
                    cursor = found + len(child.markup)
                continue
            found = text.find(content, cursor, end)
            if found >= 0:
                if not skip_depth:
                    add_prose(builder, found, found + len(content))
                cursor = found + len(content)
            else:
                cursor = _align(builder, content, cursor, end, skip_depth > 0)
        elif kind in ("softbreak", "hardbreak"):
            found = text.find("\n", cursor, end)
            if found >= 0:
                if not skip_depth:
                    builder.add(found, found + 1)
                cursor = found + 1
            elif not skip_depth:
                builder.insert("\n")
        elif kind == "code_inline":
            found = text.find(child.content, cursor, end)
            if found >= 0:
                cursor = found + len(child.content)
                close = text.find(child.markup, cursor, end)
                cursor = close + len(child.markup) if close >= 0 else cursor
        elif kind == "html_inline":
            found = text.find(child.content, cursor, end)
            if found >= 0:
                cursor = found + len(child.content)
        elif kind == "link_open":
            if child.markup in ("autolink", "linkify"):
                skip_depth += 1
            else:
                hrefs[builder.length] = str(child.attrs.get("href", ""))
        elif kind == "link_close":
            if child.markup in ("autolink", "linkify"):
                skip_depth -= 1
                close = text.find(">", cursor, end)
                cursor = close + 1 if close >= 0 else cursor
            else:
                m = _LINK_TAIL.match(text, cursor, end)
                if m is None:
                    bracket = text.find("]", cursor, end)
                    m = _LINK_TAIL.match(text, bracket, end) if bracket >= 0 else None
                if m is not None:
                    cursor = m.end()
        elif kind == "image":
            m = _LINK_TAIL.match(text, text.find("]", cursor, end), end) if "]" in text[cursor:end] else None
            if m is not None:
                cursor = m.end()


def _align(builder: TextBuilder, content: str, cursor: int, end: int, skip: bool) -> int:
    """Map ``content`` onto the source character by character (escapes, entities).

    Each character is looked for in the dozen source characters from the
    cursor on: where found, it is added from there and the cursor moves past
    it; where not, it is added standing for the character at the cursor.
    Runs of characters that stand in the source just where the cursor is
    (most of a text token that markdown-it joined around an entity) are
    found with ``startswith`` and added whole, as one by one they would be.
    """
    text = builder.source.text
    i = 0
    stop = len(content)
    while i < stop:
        run = _run_length(content, i, text, cursor, end)
        if run:
            if not skip:
                builder.add(cursor, cursor + run)
            cursor += run
            i += run
            if i == stop:
                break
        ch = content[i]
        found = text.find(ch, cursor, min(end, cursor + 12))
        if found < 0:
            if not skip:
                builder.add_mapped(ch, cursor, cursor + 1)
        else:
            if not skip:
                builder.add(found, found + 1)
            cursor = found + 1
        i += 1
    return cursor


def _run_length(content: str, i: int, text: str, cursor: int, end: int) -> int:
    """How many characters of ``content`` from ``i`` on stand in ``text``
    from ``cursor`` on, before ``end`` (a binary search with ``startswith``)."""
    high = min(len(content) - i, end - cursor)  # content[i:i + high] may stand there
    if high <= 0 or text.startswith(content[i:i + high], cursor):
        return max(high, 0)
    low = 0  # content[i:i + low] stands there
    while high - low > 1:
        middle = (low + high) // 2
        if text.startswith(content[i:i + middle], cursor):
            low = middle
        else:
            high = middle
    return low
