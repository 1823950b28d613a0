"""Plain text: the whole file is prose, but for lintnews suppression comments."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Document
from ..suppressions import COMMENT_RE, parse_comments
from ..text import Source, TextBuilder

if TYPE_CHECKING:
    from ..config import Config


def parse_text(source: str, path: str, config: "Config") -> Document:
    src = Source(source)
    builder = TextBuilder(src)
    pos = 0
    for match in COMMENT_RE.finditer(source):
        builder.add(pos, match.start())
        pos = match.end()
    builder.add(pos, len(source))
    return Document(
        path=path, format="text", source=src, body=builder.build(),
        reference_date=config.reference_date, publication=config.publication,
        suppressions=parse_comments(src))
