"""The core's parsers: plain text, Markdown and HTML.

Registered as the internal plugin ``lintnews.parsers`` with ``trylast``, so
that a plugin's ``lintnews_parse`` can add or take over a format.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .. import hookimpl
from ..config import FORMAT_EXTENSIONS

if TYPE_CHECKING:
    from ..config import Config
    from ..document import Document


def format_for(path: str) -> str:
    """The format a path's extension names; unknown extensions are plain text."""
    return FORMAT_EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


@hookimpl(trylast=True)
def lintnews_parse(source: str, path: str, config: "Config") -> "Document":
    fmt = format_for(path)
    if fmt == "markdown":
        from .markdown import parse_markdown
        return parse_markdown(source, path, config)
    if fmt == "html":
        from .html import parse_html
        return parse_html(source, path, config)
    from .plaintext import parse_text
    return parse_text(source, path, config)
