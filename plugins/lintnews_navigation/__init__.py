"""Navigation boilerplate and mismatched Previous/Next article links (NAV).

One article: navigation, promo, share and advertisement lines left in the
article text (NAV001-NAV006), and what its own previous/next links say
(NAV010-NAV012).  Across a collection: whether those links resolve, point
the right way in time, are reciprocal and show the right title
(NAV020-NAV023).  See ``lintnews --explain NAVxxx``.
"""
from __future__ import annotations

from lintnews import hookimpl


@hookimpl
def lintnews_rules(config):
    from .rules import RULES
    return list(RULES)


@hookimpl
def lintnews_check_document(document, config):
    from . import article, boilerplate, links

    debris = list(boilerplate.find_debris(document.body))
    if document.format == "html":
        from .htmlcontext import in_paragraph
        src = document.source.text
        debris = [d for d in debris if in_paragraph(src, document.body.source_offset(d.start))]
    for d in debris:
        yield boilerplate.to_finding(document, document.body, d)
    nav = links.document_links(document, debris)
    if nav:
        yield from article.check_outlets(document, nav)
        yield from article.check_same_and_self(document, nav)


@hookimpl
def lintnews_check_collection(collection, config):
    if len(collection.documents) < 2:  # nothing to check across; a one-file run skips the import
        return ()
    from .collection import check_collection
    return check_collection(collection, config)
