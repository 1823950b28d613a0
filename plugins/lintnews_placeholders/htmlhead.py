"""The title and byline of a whole HTML page, as prose with exact positions.

The core's HTML parser keeps ``<title>`` and ``<meta name="author">`` only as
metadata (``document.meta``), not as positioned :class:`Text` fields, so
``{{title}}`` in a page's title would go unseen.  This finds their values in
the source and wraps them in ``Text.whole`` so findings point at them.
(Drop it once the core offers them in ``document.fields``.)
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lintnews.patterns import compile as _compile
from lintnews.text import Text

if TYPE_CHECKING:
    from lintnews.document import Document


@cache
def _head_values():
    return _compile(
        r"<title\b[^>]*>(?P<title>[^<]{1,500})</title>"
        r"|<meta\b[^>]*?\bname\s*=\s*[\"']?(?:author|byline)[\"']?[^>]*?"
        r"\bcontent\s*=\s*(?:\"(?P<a1>[^\"]{1,300})\"|'(?P<a2>[^']{1,300})')",
        regex.IGNORECASE)


def head_texts(document: "Document") -> Iterator[Text]:
    """The page title and author as Texts, when the parser did not make them fields."""
    if document.format != "html" or "title" in document.fields:
        return
    source = document.source.text
    head_end = source.lower().find("</head>", 0, 200_000)
    if head_end < 0:
        return
    for m in _head_values().finditer(source, 0, head_end):
        for group, scope in (("title", "title"), ("a1", "author"), ("a2", "author")):
            if m[group] is not None:
                start, end = m.span(group)
                yield Text.whole(document.source, start, end, scope=scope)
