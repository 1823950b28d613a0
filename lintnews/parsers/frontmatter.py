"""Front matter: YAML between ``---`` lines or TOML between ``+++`` lines.

Values keep their source position, so prose fields are linted where they
stand and metadata reaches plugins typed (dates as ``datetime.date``).
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

import regex

from ..patterns import compile as _compile

from ..document import PROSE_FIELDS, Metadata, NavLink
from ..finding import Finding
from ..suppressions import Suppression, front_matter_suppression
from ..text import Source, Text, TextBuilder

_OPEN = _compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n")
_YAML_CLOSE = _compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.M)
_LOOKS_LIKE_KEY = _compile(r"[A-Za-z_][\w-]*:(?:[ \t]|$)", regex.M)
_TOML_CLOSE = _compile(r"^\+\+\+[ \t]*(?:\r?\n|\Z)", regex.M)

DATE_KEYS = ("date", "published", "publish_date", "publishdate", "pubdate", "published_at")
PUBLICATION_KEYS = ("publication", "site_name", "publisher", "site", "outlet")
URL_KEYS = ("url", "canonical", "canonical_url", "permalink")
PREVIOUS_KEYS = ("previous", "prev", "previous_article", "prev_article")
NEXT_KEYS = ("next", "next_article")


class FrontMatter:
    """What the front matter gave: metadata, prose fields, links, problems."""

    def __init__(self, end: int, meta: Metadata, problems: list[Finding] | None = None) -> None:
        self.end = end  # source offset where the body starts
        self.meta = meta
        self.fields: dict[str, Text] = {}
        self.nav_links: list[NavLink] = []
        self.problems: list[Finding] = problems if problems is not None else []
        self.suppression: Suppression | None = None


def split(source: Source, path: str) -> FrontMatter | None:
    """Parse the front matter at the top of ``source``, if there is any."""
    text = source.text
    opening = _OPEN.match(text)
    if not opening:
        return None
    is_yaml = opening["fence"] == "---"
    closing = (_YAML_CLOSE if is_yaml else _TOML_CLOSE).search(text, opening.end())
    if closing is None:
        if not is_yaml:
            return FrontMatter(len(text), Metadata(), problems=[Finding(
                path, 1, 1, "LN005", "front matter opened with +++ is never closed: add a +++ line "
                "after the last key", 1, 4)])
        if _LOOKS_LIKE_KEY.match(text, opening.end()):
            return FrontMatter(len(text), Metadata(), problems=[Finding(
                path, 1, 1, "LN005", "front matter opened with --- is never closed: add a --- line "
                "after the last key", 1, 4)])
        # A "---" rule at the top, no key after it: Markdown's thematic break, not front matter.
        return None
    start, end = opening.end(), closing.start()
    fm = FrontMatter(closing.end(), Metadata())
    values, positions, error = (_yaml if is_yaml else _toml)(text, start, end)
    if error is not None:
        line, col = source.position(error[1])
        fm.problems.append(Finding(path, line, col, "LN005", f"front matter is not valid "
                                   f"{'YAML' if is_yaml else 'TOML'}: {error[0]}"))
        return fm
    if not isinstance(values, dict):
        line, col = source.position(start)
        fm.problems.append(Finding(path, line, col, "LN005",
                                   "front matter must be a mapping of keys to values"))
        return fm
    _fill(fm, source, values, positions, path)
    return fm


def _yaml(text: str, start: int, end: int):
    import yaml

    block = text[start:end]
    # libyaml's loader when PyYAML was built with it (the wheels are): ten times
    # faster than the pure-Python one. One pass gives both the nodes (for
    # positions) and the values.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(block)
    try:
        node = loader.get_single_node()
        values = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, {}, (problem, start + (mark.index if mark else 0))
    finally:
        loader.dispose()
    positions: dict[str, tuple[int, int, str]] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(value_node, yaml.ScalarNode):
                positions[str(key_node.value)] = (start + value_node.start_mark.index,
                                                  start + value_node.end_mark.index,
                                                  value_node.style or "")
            else:
                positions[str(key_node.value)] = (start + value_node.start_mark.index,
                                                  start + value_node.end_mark.index, "?")
    return values, positions, None


_TOML_KEY = _compile(r"^[ \t]*(?P<key>[A-Za-z0-9_-]+|\"[^\"]*\")[ \t]*=[ \t]*(?P<value>.*)$", regex.M)


def _toml(text: str, start: int, end: int):
    from ..config import _toml

    tomllib = _toml()

    block = text[start:end]
    try:
        values = tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        offset = start
        if line:
            offset = start + sum(len(x) for x in block.splitlines(True)[:line - 1])
        return None, {}, (str(exc).split(" (at")[0], offset)
    positions: dict[str, tuple[int, int, str]] = {}
    for m in _TOML_KEY.finditer(block):
        key = m["key"].strip('"')
        if key in positions:
            continue
        vstart, vend = start + m.start("value"), start + m.end("value")
        first = text[vstart:vstart + 1]
        style = first if first in "\"'" else ""
        positions[key] = (vstart, vend, style)
    return values, positions, None


def _first(values: dict, keys: tuple[str, ...], lowered: dict | None = None) -> tuple[str | None, Any]:
    """(key as written, value) of the first of ``keys`` that ``values`` holds,
    whatever its case; ``lowered`` maps each lower-cased key to the key."""
    if lowered is None:
        lowered = {str(k).lower(): k for k in values}
    for key in keys:
        if key in lowered and values[lowered[key]] not in (None, ""):
            return lowered[key], values[lowered[key]]
    return None, None


def parse_date(value: Any) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 10**8:
        return _dt.datetime.fromtimestamp(value, _dt.timezone.utc).date()
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _value_text(source: Source, value: str, pos: tuple[int, int, str], scope: str) -> Text:
    vstart, vend, style = pos
    builder = TextBuilder(source, scope)
    inner = vstart + (1 if style in ("'", '"') else 0)
    if source.text[inner:inner + len(value)] == value:
        builder.add(inner, inner + len(value))
    else:  # escapes, folded or block scalars: map the whole value to its span
        builder.add_mapped(value, inner, max(inner + 1, vend))
    return builder.build()


def _fill(fm: FrontMatter, source: Source, values: dict, positions: dict, path: str) -> None:
    meta = fm.meta
    meta.raw = values
    for key, (vstart, _vend, _style) in positions.items():
        meta.positions[key] = source.position(vstart)
    for key in PROSE_FIELDS:
        value = values.get(key)
        if key in positions and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            fm.fields[key] = _value_text(source, str(value), positions[key], key)
        elif key in positions and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            fm.fields[key] = _value_text(source, value[0], (*positions[key][:2], "?"), key) \
                if len(value) == 1 else _value_text(source, ", ".join(value), (*positions[key][:2], "?"), key)
    lowered = {str(k).lower(): k for k in values}
    _, title = _first(values, ("title", "headline"), lowered)
    meta.title = str(title) if title is not None else None
    key, date = _first(values, DATE_KEYS, lowered)
    meta.date = parse_date(date)
    _, publication = _first(values, PUBLICATION_KEYS, lowered)
    meta.publication = str(publication) if publication is not None else None
    _, url = _first(values, URL_KEYS, lowered)
    meta.url = str(url) if url is not None else None
    _, slug = _first(values, ("slug",), lowered)
    meta.slug = str(slug) if slug is not None else None
    tags = values.get("tags") or values.get("keywords")
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    meta.tags = tuple(str(t) for t in tags) if isinstance(tags, list) else ()
    _, locale = _first(values, ("locale", "lang", "language"), lowered)
    meta.locale = str(locale) if locale else None
    for rel, keys in (("previous", PREVIOUS_KEYS), ("next", NEXT_KEYS)):
        key, value = _first(values, keys, lowered)
        if key is None:
            continue
        text, href = _link_value(value)
        setattr(meta, rel, href or text)
        line, col = meta.positions.get(key, (1, 1))
        fm.nav_links.append(NavLink(rel, text, href, line, col, "front-matter"))
    if "lintnews" in values:
        line, col = meta.positions.get("lintnews", (1, 1))
        fm.suppression = front_matter_suppression(values["lintnews"], line, col, source)


def _link_value(value: Any) -> tuple[str, str]:
    """(shown text, target) of a previous/next value: a string, or a table."""
    if isinstance(value, dict):
        text = str(value.get("title") or value.get("text") or "")
        href = str(value.get("url") or value.get("href") or value.get("path")
                   or value.get("slug") or "")
        return text, href
    return "", str(value)
