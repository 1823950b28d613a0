"""PH006: a prose front-matter field that is empty or a placeholder."""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lintnews.patterns import compile as _compile

if TYPE_CHECKING:
    from lintnews import Document, Finding

#: Whole values that are placeholders, compared lower-cased with outer space and
#: punctuation removed.
PLACEHOLDER_VALUES = frozenset({
    "tbd", "tba", "tbc", "tk", "tktk", "xx", "xxx", "todo", "fixme", "untitled",
    "title", "headline", "author", "byline", "name", "placeholder", "lorem ipsum",
    "title here", "headline here", "your title here", "your headline here",
    "insert title", "insert headline", "insert title here", "insert headline here",
    "author name", "your name", "new post", "untitled post", "untitled document",
    "to come", "null", "none", "n/a", "?", "??", "???",
})
@cache
def _strip() -> "regex.Pattern":
    # quotes, dots and emphasis around a value; not brackets: "[author_name]" and
    # "{{title}}" are template variables, reported as PH001
    return _compile(r"^[\s\"'“”‘’.:*_-]+|[\s\"'“”‘’.:*_-]+$")

#: Fields whose emptiness is a defect (an empty description may be deliberate).
REQUIRED_WHEN_PRESENT = ("title", "headline", "author", "byline")


def _normalise(value: str) -> str:
    return _strip().sub("", value).lower()


def check_fields(document: "Document", code: str) -> Iterator["Finding"]:
    raw = document.meta.raw or {}
    for key, text in document.fields.items():
        value = text.string
        stripped = value.strip()
        if not stripped:
            continue  # reported below from the raw value
        if _normalise(stripped) in PLACEHOLDER_VALUES:
            start = value.index(stripped)
            yield document.finding(
                code, f"Front-matter field '{key}' is a placeholder ({stripped!r})",
                text, start, start + len(stripped))
    for key in REQUIRED_WHEN_PRESENT:
        if key not in raw:
            continue
        value = raw[key]
        if value is None or (isinstance(value, str) and not value.strip()):
            text = document.fields.get(key)
            if text is not None and text.string.strip():
                continue
            position = document.meta.positions.get(key)
            if position is None:
                continue
            line, col = position
            yield document.finding_at_line(code, f"Front-matter field '{key}' is empty",
                                           line, col)
