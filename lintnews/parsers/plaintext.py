"""Plain text: the whole file is prose, but for URLs and lintnews comments."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..document import Document
from ..text import Source
from .prose import make_document, plain_body

if TYPE_CHECKING:
    from ..config import Config


def parse_text(source: str, path: str, config: "Config") -> Document:
    src = Source(source)
    return make_document(path, "text", src, plain_body(src), config)
