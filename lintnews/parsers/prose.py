"""What every parser shares: leaving URLs out of prose, finding navigation lines,
and assembling the Document."""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..patterns import compile as _compile

from ..document import Document, Metadata, NavLink
from ..suppressions import parse_comments
from ..text import Source, Text, TextBuilder

if TYPE_CHECKING:
    from ..config import Config
    from .frontmatter import FrontMatter

# URLs and e-mail addresses are not prose: a check must never see "https://x.com/tk-1".
URL_RE = _compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'()\[\]{}]*[^\s<>\"'()\[\]{}.,;:!?]", regex.I)
# Bounded repeats, and only tried around an "@": an unbounded [\w.]+ before "@"
# is quadratic on scraped "said.The" runs, and slow on every word of a long text.
EMAIL_RE = _compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b")
SUPPRESSION_RE = _compile(r"<!--\s*lintnews:.*?-->", regex.S)


# not_prose finds nothing in a text that holds none of these.
NOT_PROSE_MARKS = ("://", "www.", "WWW.", "@", "<!--")


def not_prose(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sorted spans of ``text[start:end]`` that are URLs, e-mail addresses or lintnews comments."""
    spans: list[tuple[int, int]] = []
    if text.find("://", start, end) >= 0 or text.find("www.", start, end) >= 0 \
            or text.find("WWW.", start, end) >= 0:
        spans.extend(_urls(text, start, end))
    at = text.find("@", start, end)
    last = start
    while at >= 0:
        window_start = max(last, at - 64)
        m = EMAIL_RE.search(text, window_start, min(end, at + 256))
        if m is not None and m.start() <= at < m.end():
            spans.append(m.span())
            last = m.end()
        at = text.find("@", max(at + 1, last), end)
    if text.find("<!--", start, end) >= 0:
        spans.extend(m.span() for m in SUPPRESSION_RE.finditer(text, start, end))
    if len(spans) > 1:
        spans.sort()
    return spans


def _urls(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``URL_RE.finditer(text, start, end)``, the pattern tried
    only where a URL can start.

    A case-insensitive scan with URL_RE tries it at every character; a URL
    starts with "http", "https" or "ftp" before "://", or with "www.", which
    ``bytes.find`` finds in the text lower-cased as ASCII bytes (offsets
    kept: each other character is one "?"). Outside ASCII, only the long s
    matches one of those letters case-insensitively (tests/core/
    test_prose_urls.py checks every code point): a text holding one is scanned.
    """
    if text.find("\u017f", start, end) >= 0:
        return [m.span() for m in URL_RE.finditer(text, start, end)]
    # (only the span asked about: Markdown asks paragraph by paragraph)
    low = text[start:end].encode("ascii", "replace").lower()
    starts = []
    i = low.find(b"://")
    while i >= 0:
        for scheme in (b"https", b"http", b"ftp"):
            if i >= len(scheme) and low.startswith(scheme, i - len(scheme)):
                starts.append(start + i - len(scheme))
                break
        i = low.find(b"://", i + 3)
    i = low.find(b"www.")
    while i >= 0:
        starts.append(start + i)
        i = low.find(b"www.", i + 4)
    starts.sort()
    spans = []
    taken = start
    match = URL_RE.match
    for i in starts:
        if i >= taken:
            m = match(text, i, end, False)  # (concurrent=False, by position)
            if m is not None:
                spans.append(m.span())
                taken = m.end()
    return spans


# "Previous article", "Next post: ...", "« Previous story" at the start of a line.
NAV_LINE_RE = _compile(
    r"^[ \t]*(?:[«‹<←]+[ \t]*)?(?P<rel>previous|prev|next)[ \t]*(?P<kind>article|post|story)"
    r"(?P<sep>[ \t]*[:|»›>→\-–—]*[ \t]*)(?P<title>.*)$",
    regex.I | regex.M)


def add_prose(builder: TextBuilder, start: int, end: int) -> None:
    """Add source ``[start, end)`` to ``builder``, leaving out URLs and lintnews comments."""
    pos = start
    for span_start, span_end in not_prose(builder.source.text, start, end):
        if span_start >= pos:
            builder.add(pos, span_start)
        pos = max(pos, span_end)
    builder.add(pos, end)


def body_nav_links(body: Text, hrefs: dict[int, str] | None = None) -> list[NavLink]:
    """Navigation lines in the article text ("Previous articleMass grave ...").

    A label alone on its line takes its title from the next non-blank line.
    A line whose "title" starts in lower case is prose ("Next article will
    look at ..."), not navigation. ``hrefs`` maps a body offset inside a
    link (Markdown) to the link's target.
    """
    links: list[NavLink] = []
    string = body.string
    if not _may_hold_nav_line(string):
        return links
    for m in NAV_LINE_RE.finditer(string):
        title = m["title"].strip()
        if not title:
            following = string[m.end():m.end() + 400].lstrip("\n\r \t")
            nxt = following.split("\n", 1)[0].strip()
            if nxt and not NAV_LINE_RE.match(nxt) and nxt[:1].isupper():
                title = nxt
        elif not (title[:1].isupper() or title[:1].isdigit() or title[:1] in "\"“‘'«"):
            continue
        rel = "previous" if m["rel"].lower().startswith("prev") else "next"
        line, col = body.position(m.start("rel"))
        href = ""
        if hrefs:
            href = hrefs.get(m.start("rel"), "") or hrefs.get(m.start("title"), "")
        links.append(NavLink(rel, title, href, line, col, "body"))
    return links


def _may_hold_nav_line(string: str) -> bool:
    """False when NAV_LINE_RE surely finds nothing in ``string``.

    The pattern needs "prev" or "next", at most "ious" after it, then spaces
    or tabs and "article", "post" or "story".  "next" and "story" are common
    words, but seldom next to each other: the few places holding "prev" or
    "next" in a lower-cased copy of the text are looked at, not the whole
    text scanned.

    The copy is the text lower-cased as ASCII bytes, each other character
    one "?" (a tenth of the cost of ``casefold``; offsets stay those of the
    characters). Matched case-insensitively, the letters of those words
    accept no character outside ASCII but the long s and the dotted capital
    I (tests/core/test_nav_line_gate.py checks every code point): a text
    holding either is casefolded instead, which maps ſ to s and İ to two
    characters, so up to eight characters are let through after "prev" or
    "next".
    """
    if "\u017f" in string or "\u0130" in string:
        return _may_hold(string.casefold(), ("next", "prev"), _NAV_KINDS, " \t\n", " \t")
    return _may_hold(string.encode("ascii", "replace").lower(), (b"next", b"prev"),
                     _NAV_KINDS_ASCII, b" \t\n", b" \t")


def _may_hold(folded, words, kinds, stops, blanks) -> bool:
    """_may_hold_nav_line on a lower-cased copy: a str, or bytes with bytes
    arguments (an item of bytes is an int, which ``in`` bytes accepts).
    ``stops`` end the word after "prev" or "next"; ``blanks`` may follow it."""
    for word in words:
        i = folded.find(word)
        while i >= 0:
            j = i + 4
            stop = min(len(folded), j + 8)
            while j < stop and folded[j] not in stops and not folded.startswith(kinds, j):
                j += 1
            while j < len(folded) and folded[j] in blanks:
                j += 1
            if folded.startswith(kinds, j):
                return True
            i = folded.find(word, i + 1)
    return False


_NAV_KINDS = ("article", "post", "story")
_NAV_KINDS_ASCII = tuple(kind.encode() for kind in _NAV_KINDS)


def make_document(path: str, fmt: str, source: Source, body: Text, config: "Config",
                  fm: "FrontMatter | None" = None, meta: Metadata | None = None,
                  chrome: Text | None = None, nav_links: list[NavLink] | None = None,
                  hrefs: dict[int, str] | None = None) -> Document:
    meta = fm.meta if fm is not None else (meta or Metadata())
    links = list(fm.nav_links) if fm is not None else []
    links.extend(nav_links or ())
    links.extend(body_nav_links(body, hrefs))
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


__all__ = ["add_prose", "body_nav_links", "make_document", "plain_body", "not_prose"]
