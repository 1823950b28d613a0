"""Plain text: the whole file is prose, but for URLs and lintnews comments.

The parser itself lives in :mod:`lintnews.parsers` (one module fewer to import
in a one-file run); this module keeps its old name importable.
"""
from __future__ import annotations

from . import parse_text

__all__ = ["parse_text"]
