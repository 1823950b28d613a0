"""NAV010-NAV012: what one article's own previous/next links say."""
from __future__ import annotations

from typing import Iterator

from lintnews import Finding

from . import targets, titles
from .titles import short
from .links import Link

LABEL = {"previous": "Previous", "next": "Next"}
MAX_PAIRS = 8


def link_finding(document, link: Link, code: str, message: str,
                 span: tuple[int, int] | None = None) -> Finding:
    """A finding on a link: on the given part of its title when the title is
    in the prose, else at the link's line and column."""
    if link.text_ref is not None:
        text, a, b = link.text_ref
        if span is not None:
            a, b = a + span[0], a + span[1]
        return document.finding(code, message, text, a, b)
    line, col, width = link.line, link.col, len(link.text or link.href) or 1
    shown = link.text or link.href
    if span is not None and shown:
        # Front matter or page chrome: point at the part within the source line.
        part = shown[span[0]:span[1]]
        try:
            start, end = document.source.line_span(line)
        except IndexError:
            start = end = 0
        at = document.source.text.find(part, start, end) if part else -1
        if at >= 0:
            col, width = at - start + 1, len(part)
    return Finding(document.path, line, col, code, message, line, col + width)


def own_title(document) -> str | None:
    """The article's title: front matter or HTML, else a plain-text headline line."""
    if document.meta.title:
        return document.meta.title
    if document.format != "text":
        return None
    for span in document.body.lines:
        line = document.body.string[span.start:span.end].strip()
        if line:
            if len(line) <= 150 and not line.endswith((".", ":", "?", "!")):
                return line
            return None
    return None



def check_outlets(document, links: list[Link]) -> Iterator[Finding]:
    """NAV010: a linked title ending in another outlet's name."""
    own = document.publication
    if not own:
        return
    for link in links:
        shown = link.shown_title()
        found = titles.outlet_suffix(shown) if shown else None
        if found is None:
            continue
        offset, name = found
        if titles.same_outlet(name, own):
            continue
        yield link_finding(
            document, link, "NAV010",
            f'{LABEL[link.rel]}-article title carries another outlet\'s name, "{name}" '
            f'(this article\'s publication is "{own}")',
            (offset, offset + len(name)))


def same_target(a: Link, b: Link, base: str) -> bool:
    if a.href and b.href:
        ka, kb = targets.href_keys(a.href, base), targets.href_keys(b.href, base)
        return bool(ka) and ka[0] == kb[0]
    ta, tb = a.shown_title() or a.href, b.shown_title() or b.href
    return bool(ta and tb) and (titles.titles_match(ta, tb) or titles.titles_match(tb, ta))


def is_local_href(href: str) -> bool:
    """A same-page control (a carousel's "#" or "javascript:" arrow), not a link to an article."""
    return href.startswith("#") or href.lower().startswith("javascript:")


def check_same_and_self(document, links: list[Link]) -> Iterator[Finding]:
    """NAV011 (previous and next name one article) and NAV012 (a link to itself)."""
    # An article has a link or two each way; a page with thousands is not
    # compared pairwise.
    prevs = [l for l in links if l.rel == "previous" and l.target and not is_local_href(l.href)][:MAX_PAIRS]
    nexts = [l for l in links if l.rel == "next" and l.target and not is_local_href(l.href)][:MAX_PAIRS]
    for n in nexts:
        same = next((p for p in prevs if same_target(p, n, document.path)), None)
        if same is not None:
            yield link_finding(
                document, n, "NAV011",
                f'Previous and Next both name "{short(n.shown_title() or n.target)}" '
                f"(previous at line {same.line})")
            break
    title = own_title(document)
    own_keys = set(targets.document_keys(document.path, document.meta.url, document.meta.slug))
    for link in links:
        if is_local_href(link.href):
            continue
        shown = link.shown_title()
        hit = False
        if shown and title and (titles.titles_match(shown, title)
                                or titles.titles_match(title, shown)):
            hit = True
        elif link.href:
            hit = any(k in own_keys for k in targets.href_keys(link.href, document.path))
        if hit:
            yield link_finding(
                document, link, "NAV012",
                f'{LABEL[link.rel]}-article link points to this article itself '
                f'("{short(shown or link.href)}")')
