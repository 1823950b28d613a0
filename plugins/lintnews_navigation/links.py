"""The previous/next links of one article, wherever they stand."""
from __future__ import annotations

from typing import NamedTuple, Any

from . import patterns


class Link(NamedTuple):
    """A previous/next link, with where its title sits when it is in the prose.

    ``text_ref`` is ``(Text, start, end)`` of the shown title inside one of
    the document's texts (a body navigation line), so a finding can point at
    the title itself; it is ``None`` for front-matter and chrome links, which
    are reported at ``line``/``col``.
    """

    rel: str
    text: str
    href: str
    line: int
    col: int
    origin: str
    text_ref: Any = None

    @property
    def target(self) -> str:
        """What the link names: its href, else its text."""
        return self.href or self.text

    def shown_title(self) -> str:
        """The title the link shows to a reader, or "" when it shows none.

        A front-matter value that is a slug or a path shows no title; one
        with spaces is a title.
        """
        if self.text and self.text != self.href:
            return self.text
        if self.origin == "front-matter" and " " in self.href.strip() and "/" not in self.href:
            return self.href  # `previous: "Ceasefire holds on the border"` names by title
        return ""


def from_navlink(nav) -> Link:
    """Our view of a core NavLink; a label kept in its text ("Previous article
    Ceasefire holds...", as HTML link text reads) is dropped from the title."""
    text = (nav.text or "").strip()
    m = patterns.nav_label().match(text)
    if m is not None and (m["sep"] or m["rest"][:1].isupper()):
        text = m["rest"].strip()
    return Link(nav.rel, text, (nav.href or "").strip(), nav.line, nav.col, nav.origin)


def body_links(document, debris) -> list[Link]:
    """Links found by our own scan of the body (NAV001/NAV002 lines)."""
    links = []
    text = document.body
    for d in debris:
        if d.rel is None:
            continue
        line, col = text.position(d.start)
        if d.title is not None:
            a, b = d.title
            links.append(Link(d.rel, text.string[a:b], "", line, col, "body", (text, a, b)))
        else:
            links.append(Link(d.rel, "", "", line, col, "body"))
    return links


def document_links(document, debris) -> list[Link]:
    """Our body links, plus the core's front-matter and chrome links.

    In plain text and Markdown our own scan of the body replaces the core's
    body links (it also finds the title under a lone label, and it skips a
    sentence such as "Next article will look at..."); in HTML the core's body
    links (anchors with rel=prev/next inside the article) are kept unless they
    stand on a line we already found.
    """
    ours = body_links(document, debris)
    lines = {l.line for l in ours}
    merged = list(ours)
    for nav in getattr(document, "nav_links", None) or ():
        link = from_navlink(nav)
        if link.origin == "body" and (document.format != "html" or link.line in lines):
            continue
        merged.append(link)
    return merged


def plausible(link: Link) -> bool:
    """Whether a link from the core reads as navigation (not "Next article will...")."""
    if link.origin != "body" or not link.text:
        return True
    first = link.text[0]
    return not first.islower()
