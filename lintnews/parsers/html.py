"""HTML: a CMS body fragment or a whole page.

The stdlib's ``html.parser`` reports where every tag and run of text starts,
so prose keeps exact positions; entities are mapped onto their source span.
In a whole page, the article is the ``itemprop=articleBody`` element, else
the largest ``<article>``, else ``<main>``, else the body; nav, header,
footer and aside (and their ARIA roles) are page chrome, kept apart as
``Document.chrome`` together with everything outside the article.
"""
from __future__ import annotations

import html as _html
from html.parser import HTMLParser
from typing import TYPE_CHECKING, NamedTuple

import regex

from ..patterns import compile as _compile

from ..document import Document, Metadata, NavLink
from ..text import Source, TextBuilder
from .frontmatter import parse_date
from .prose import add_prose, make_document

if TYPE_CHECKING:
    from ..config import Config

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
SKIP = frozenset("script style noscript template svg iframe head select textarea math object button".split())
CHROME_TAGS = frozenset("nav header footer aside".split())
CHROME_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar".split())
BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr td th table section article main "
                  "blockquote figcaption figure header footer nav aside pre form fieldset "
                  "address details summary body html".split())
_NAV_LABEL = _compile(r"^\s*(?:[«‹←]\s*)?(previous|prev|next)\s*(article|post|story)?\s*[:»›→]?\s*$", regex.I)
_NAV_TEXT = _compile(r"^\s*(?:[«‹←]\s*)?(previous|prev|next)\s*(article|post|story)\b\s*[:»›→]?\s*(.*)$",
                     regex.I)
_NEWLINE = _compile(r"\n")  # html.parser counts lines by \n alone
_WS_BREAK = _compile(r"\s*\n\s*")
_NAV_CLASS = _compile(r"(?:^|[\s_-])(prev|previous|next)(?:[\s_-]|$)", regex.I)


class _Chunk(NamedTuple):
    start: int
    end: int
    text: str | None  # None: verbatim source; else mapped replacement (entity, whitespace)
    container: int  # index of the article-like container it is in, or -1
    chrome: bool


class _Anchor(NamedTuple):
    href: str
    rel: str
    cls: str
    start: int
    chrome: bool
    label: str | None
    parts: list[str]


class _Parser(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self._nl = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self.stack: list[tuple[str, bool, int]] = []  # (tag, chrome, container)
        self.skip = 0
        self.chunks: list[_Chunk] = []
        self.breaks: set[int] = set()  # chunk indexes before which a block boundary falls
        self.containers: list[int] = []  # priority of each container
        self.meta: dict[str, str] = {}
        self.page_title: str | None = None
        self.whole_page = False
        self.lang: str | None = None
        self.time_datetime: str | None = None
        self.anchors: list[_Anchor] = []
        self.rel_links: list[tuple[str, str, int]] = []
        self._anchor: _Anchor | None = None
        self._label: tuple[str, int] | None = None
        self._in_title = False

    # positions
    def _offset(self) -> int:
        line, col = self.getpos()
        return self._nl[line - 1] + col if line - 1 < len(self._nl) else len(self.text)

    def _context(self) -> tuple[bool, int]:
        if not self.stack:
            return False, -1
        _, chrome, container = self.stack[-1]
        return chrome, container

    def handle_starttag(self, tag, attrs):
        attrs_d = {k: (v or "") for k, v in attrs}
        start = self._offset()
        if tag in ("html", "body"):
            self.whole_page = True
            if tag == "html" and attrs_d.get("lang"):
                self.lang = attrs_d["lang"]
        if tag == "meta":
            key = (attrs_d.get("property") or attrs_d.get("name") or attrs_d.get("itemprop") or "").lower()
            if key and "content" in attrs_d:
                self.meta.setdefault(key, attrs_d["content"])
            return
        if tag == "link":
            rel = attrs_d.get("rel", "").lower()
            if rel in ("prev", "previous", "next"):
                self.rel_links.append((rel, attrs_d.get("href", ""), start))
            elif rel == "canonical":
                self.meta.setdefault("canonical", attrs_d.get("href", ""))
            return
        if tag == "time" and self.time_datetime is None and attrs_d.get("datetime"):
            self.time_datetime = attrs_d["datetime"]
        if tag == "title":
            self._in_title = True
        if tag in BLOCK or tag == "br":
            self.breaks.add(len(self.chunks))
        if tag in VOID:
            return
        chrome, container = self._context()
        if tag in SKIP:
            self.skip += 1
        role = attrs_d.get("role", "").lower()
        if tag in CHROME_TAGS and not (tag == "header" and container >= 0) or role in CHROME_ROLES:
            chrome = True
        priority = 0
        if "articlebody" in attrs_d.get("itemprop", "").lower():
            priority = 3
        elif tag == "article" or role == "article":
            priority = 2
        elif tag == "main" or role == "main":
            priority = 1
        if priority and container < 0:
            self.containers.append(priority)
            container = len(self.containers) - 1
        elif priority == 3 and container >= 0 and self.containers[container] < 3:
            self.containers.append(priority)
            container = len(self.containers) - 1
        self.stack.append((tag, chrome, container))
        if tag == "a":
            rel = attrs_d.get("rel", "").lower()
            label = None
            if self._label and start - self._label[1] < 400:
                label = self._label[0]
            self._anchor = _Anchor(attrs_d.get("href", ""), rel, attrs_d.get("class", ""), start,
                                   chrome or container < 0, label, [])

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.breaks.add(len(self.chunks))
        if tag == "title":
            self._in_title = False
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for popped, _, _ in self.stack[i:]:
                    if popped in SKIP:
                        self.skip = max(0, self.skip - 1)
                del self.stack[i:]
                break
        if tag == "a" and self._anchor is not None:
            self.anchors.append(self._anchor)
            self._anchor = None

    def handle_data(self, data):
        if self._in_title:
            self.page_title = (self.page_title or "") + data
        if self.skip or not data:
            return
        start = self._offset()
        chrome, container = self._context()
        if self._anchor is not None:
            self._anchor.parts.append(data)
        elif _NAV_LABEL.match(data):
            m = _NAV_LABEL.match(data)
            self._label = ("previous" if m[1].lower().startswith("prev") else "next", start + len(data))
        pos = 0
        for m in _WS_BREAK.finditer(data):
            if m.start() > pos:
                self.chunks.append(_Chunk(start + pos, start + m.start(), None, container, chrome))
            self.chunks.append(_Chunk(start + m.start(), start + m.end(), " ", container, chrome))
            pos = m.end()
        if pos < len(data):
            self.chunks.append(_Chunk(start + pos, start + len(data), None, container, chrome))

    def _ref(self, raw_len_hint: int, value: str) -> None:
        if self._in_title:
            self.page_title = (self.page_title or "") + value
        if self.skip:
            return
        start = self._offset()
        end = self.text.find(";", start, start + raw_len_hint + 2)
        end = end + 1 if end >= 0 else start + raw_len_hint
        chrome, container = self._context()
        if self._anchor is not None:
            self._anchor.parts.append(value)
        self.chunks.append(_Chunk(start, end, value, container, chrome))

    def handle_entityref(self, name):
        self._ref(len(name) + 1, _html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self._ref(len(name) + 2, _html.unescape(f"&#{name};"))


def parse_html(source: str, path: str, config: "Config") -> Document:
    src = Source(source)
    parser = _Parser(source)
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError):  # malformed markup the stdlib gives up on
        pass
    main = _main_container(parser)
    body = TextBuilder(src)
    chrome = TextBuilder(src, "chrome")
    for i, chunk in enumerate(parser.chunks):
        in_body = not chunk.chrome and (main < 0 or chunk.container == main)
        builder = body if in_body else chrome
        if i in parser.breaks and not builder.ends_with_break():
            builder.insert("\n\n")
        if builder.ends_with_break() and (chunk.text or source[chunk.start:chunk.end]).isspace():
            continue  # indentation between blocks
        if chunk.text is None:
            _add_text(builder, chunk.start, chunk.end)
        else:
            builder.add_mapped(chunk.text, chunk.start, chunk.end)
    meta = _metadata(parser)
    return make_document(path, "html", src, body.build(), config, meta=meta,
                         chrome=chrome.build() if parser.whole_page else None,
                         nav_links=_nav_links(parser, src))


def _add_text(builder: TextBuilder, start: int, end: int) -> None:
    add_prose(builder, start, end)


def _main_container(parser: _Parser) -> int:
    """The article container: highest priority, then most text."""
    if not parser.containers:
        return -1
    sizes = [0] * len(parser.containers)
    for chunk in parser.chunks:
        if chunk.container >= 0 and not chunk.chrome:
            sizes[chunk.container] += chunk.end - chunk.start
    best = max(range(len(sizes)), key=lambda i: (parser.containers[i], sizes[i]))
    return best if sizes[best] > 0 else -1


def _metadata(parser: _Parser) -> Metadata:
    m = parser.meta
    title = m.get("og:title") or m.get("twitter:title") or (parser.page_title or "").strip() or None
    date = None
    for key in ("article:published_time", "datepublished", "date", "dc.date", "pubdate",
                "publish-date", "sailthru.date"):
        if m.get(key):
            date = parse_date(m[key])
            if date:
                break
    if date is None and parser.time_datetime:
        date = parse_date(parser.time_datetime)
    return Metadata(title=_html.unescape(title) if title else None, date=date,
                    publication=m.get("og:site_name") or m.get("application-name") or None,
                    url=m.get("og:url") or m.get("canonical") or None,
                    locale=parser.lang or m.get("og:locale"),
                    raw=dict(m))


def _nav_links(parser: _Parser, src: Source) -> list[NavLink]:
    links = []
    for rel, href, start in parser.rel_links:
        line, col = src.position(start)
        links.append(NavLink("previous" if rel.startswith("prev") else "next", "", href, line, col, "chrome"))
    for a in parser.anchors:
        text = " ".join("".join(a.parts).split())
        rel = None
        if a.rel in ("prev", "previous", "next"):
            rel = "previous" if a.rel.startswith("prev") else "next"
        else:
            lab = _NAV_LABEL.match(text.split("  ")[0]) if text else None
            m = _NAV_TEXT.match(text)
            if m:
                rel = "previous" if m[1].lower().startswith("prev") else "next"
                text = m[3].strip()
            elif lab:
                rel = "previous" if lab[1].lower().startswith("prev") else "next"
                text = ""
            elif a.label and text:
                rel = a.label
            elif _NAV_CLASS.search(a.cls) and text:
                c = _NAV_CLASS.search(a.cls)[1].lower()
                rel = "previous" if c.startswith("prev") else "next"
        if rel is None:
            continue
        line, col = src.position(a.start)
        links.append(NavLink(rel, text, a.href, line, col, "chrome" if a.chrome else "body"))
    return links
