"""Where a piece of an HTML page's article text stands in the markup.

The core gives the article text of a whole page (the largest ``<article>``,
else ``<main>``, else ``<body>``, chrome removed).  Page templates put their
own furniture inside that element too ("Share this:" in a ``<div>``, "Related
Articles" in an ``<h3>`` of a widget): that is the page's design, not a
defect of the text.  Debris that an editor or a feed pasted into the story
sits in a paragraph of it, ``<p>READ ALSO: ...</p>``.
"""
from __future__ import annotations

from functools import cache

import regex

from lintnews.patterns import compile as cached_compile

WINDOW = 4000  # characters of markup looked at before the text


@cache
def _tag():
    return cached_compile(
        r"<(/?)(p|div|li|ul|ol|h[1-6]|section|nav|aside|footer|header|form|button|figure"
        r"|figcaption|table|td|th|span|a|strong|b|em|i|blockquote)\b[^<>]*>",
        regex.IGNORECASE)


_INLINE = {"span", "a", "strong", "b", "em", "i"}


def in_paragraph(source_text: str, offset: int) -> bool:
    """Whether ``offset`` lies in a plain ``<p>`` (or ``<blockquote>``) of
    prose, possibly within inline tags, with no other block element between.

    Not when the text is itself a link's text (a "Read More" button) or the
    paragraph carries a class (``<p class="ad-below">``: a template's own
    element, not a pasted line).
    """
    start = max(0, offset - WINDOW)
    tags = list(_tag().finditer(source_text, start, offset))
    closed_links = 0
    for m in reversed(tags):
        name = m[2].lower()
        closing = bool(m[1])
        if name == "a":
            if closing:
                closed_links += 1
            elif closed_links:
                closed_links -= 1
            else:
                return False  # inside an <a>
            continue
        if name in _INLINE:
            continue
        if closing or name not in ("p", "blockquote"):
            return False
        return "class=" not in m[0].lower()
    return False
