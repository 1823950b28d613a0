"""What every parser shares: leaving URLs out of prose, finding navigation lines,
and assembling the Document."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..document import Document, Metadata, NavLink
from ..suppressions import COMMENT_RE, parse_comments
from ..text import Source, Text, TextBuilder

if TYPE_CHECKING:
    from ..config import Config
    from .frontmatter import FrontMatter

# URLs and e-mail addresses are not prose: a check must never see "https://x.com/tk-1".
URL_RE = regex.compile(
    r"\b(?:https?://|ftp://|www\.)[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]"
    # bounded repeats: an unbounded [\w.]+ before "@" is quadratic on "said.The" * n
    r"|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b"
    r"|<!--\s*lintnews:.*?-->",
    regex.I)

# "Previous article", "Next post: ...", "« Previous story" at the start of a line.
NAV_LINE_RE = regex.compile(
    r"^[ \t]*(?:[«‹<←]+[ \t]*)?(?P<rel>previous|prev|next)[ \t]*(?P<kind>article|post|story)"
    r"(?P<sep>[ \t]*[:|»›>→\-–—]*[ \t]*)(?P<title>.*)$",
    regex.I | regex.M)


def add_prose(builder: TextBuilder, start: int, end: int) -> None:
    """Add source ``[start, end)`` to ``builder``, leaving out URLs and lintnews comments."""
    text = builder.source.text
    pos = start
    for m in URL_RE.finditer(text, start, end):
        builder.add(pos, m.start())
        pos = m.end()
    builder.add(pos, end)


def body_nav_links(body: Text) -> list[NavLink]:
    """Navigation lines in the article text ("Previous articleMass grave ...")."""
    links = []
    string = body.string
    if "revious" not in string and "ext" not in string and "rev" not in string:
        return links
    for m in NAV_LINE_RE.finditer(string):
        rel = "previous" if m["rel"].lower().startswith("prev") else "next"
        line, col = body.position(m.start("rel"))
        links.append(NavLink(rel, m["title"].strip(), "", line, col, "body"))
    return links


def make_document(path: str, fmt: str, source: Source, body: Text, config: "Config",
                  fm: "FrontMatter | None" = None, meta: Metadata | None = None,
                  chrome: Text | None = None, nav_links: list[NavLink] | None = None) -> Document:
    meta = fm.meta if fm is not None else (meta or Metadata())
    links = list(fm.nav_links) if fm is not None else []
    links.extend(nav_links or ())
    links.extend(body_nav_links(body))
    suppressions = parse_comments(source)
    if fm is not None and fm.suppression is not None:
        suppressions.append(fm.suppression)
    doc = Document(
        path=path, format=fmt, source=source, body=body,
        fields=fm.fields if fm is not None else {}, chrome=chrome, meta=meta,
        nav_links=links,
        reference_date=meta.date or config.reference_date,
        reference_date_source="article" if meta.date else ("config" if config.reference_date else None),
        publication=meta.publication or config.publication,
        suppressions=suppressions)
    if fm is not None:
        doc.problems.extend(fm.problems)
    return doc


def plain_body(source: Source, start: int = 0) -> Text:
    builder = TextBuilder(source)
    add_prose(builder, start, len(source.text))
    return builder.build()


__all__ = ["add_prose", "body_nav_links", "make_document", "plain_body", "COMMENT_RE"]
