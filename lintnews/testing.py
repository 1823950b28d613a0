"""Helpers for testing plugins: parse text exactly as the CLI would."""
from __future__ import annotations

import datetime as _dt

from .config import Config
from .document import Document


def make_document(text: str, path: str = "article.txt", *,
                  reference_date: _dt.date | str | None = None,
                  publication: str | None = None, config: Config | None = None) -> Document:
    """A :class:`Document` parsed by the core parser for ``path``'s extension."""
    from .parsers import lintnews_parse

    config = config or Config()
    if isinstance(reference_date, str):
        reference_date = _dt.date.fromisoformat(reference_date)
    if reference_date is not None:
        config = config.with_(reference_date=reference_date)
    if publication is not None:
        config = config.with_(publication=publication)
    return lintnews_parse(source=text, path=path, config=config)
