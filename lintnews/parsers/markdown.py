"""Markdown (CommonMark, with tables) and its front matter.

markdown-it-py decides what is prose and what is code, HTML or a link
target; its inline tokens are then aligned back onto the source, so every
character of prose keeps its exact line and column.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..patterns import compile as _compile
from ..document import Document
from ..text import Source, TextBuilder
from . import frontmatter
from .prose import add_prose, make_document

if TYPE_CHECKING:
    from ..config import Config

_LINK_TAIL = _compile(r"\]\([^)\n]*\)|\]\[[^\]\n]*\]|\]")
_PROSE_BLOCKS = frozenset({"paragraph_open", "heading_open", "th_open", "td_open"})


@functools.lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark").enable("table")


def parse_markdown(source: str, path: str, config: "Config") -> Document:
    src = Source(source)
    fm = frontmatter.split(src, path)
    start = fm.end if fm is not None else 0
    hrefs: dict[int, str] = {}
    body = _body(src, start, hrefs)
    return make_document(path, "markdown", src, body, config, fm=fm, hrefs=hrefs)


def _body(src: Source, start: int, hrefs: dict[int, str]):
    builder = TextBuilder(src)
    text = src.text
    if start >= len(text):
        return builder.build()
    base_line = src.position(start)[0] - 1
    tokens = _parser().parse(text[start:])
    for token in tokens:
        if token.type != "inline" or token.map is None:
            continue
        first, last = token.map
        region_start = src.line_starts[min(base_line + first, src.line_count - 1)]
        end_line = base_line + last
        region_end = src.line_starts[end_line] if end_line < src.line_count else len(text)
        if not builder.ends_with_break():
            builder.insert("\n\n")
        _inline(builder, token.children or [], region_start, region_end, hrefs)
    return builder.build()


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
    """Map ``content`` onto the source character by character (escapes, entities)."""
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
