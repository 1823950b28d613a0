"""The parsed article that checks receive, and the metadata-only summary of it."""
from __future__ import annotations

import datetime as _dt
import marshal
from collections import namedtuple
from typing import Any, Iterator, Sequence

from .finding import Edit, Finding, Fix
from .text import Source, Text

#: Front-matter keys linted as prose, each under a scope of the same name.
PROSE_FIELDS = ("title", "headline", "description", "dek", "subtitle", "summary",
                "author", "byline", "caption")


class NavLink(namedtuple("NavLink", "rel text href line col origin")):
    """A link to the previous or next article.

    :param rel: ``"previous"`` or ``"next"``.
    :param text: the link's visible text (often the other article's title).
    :param href: its target (URL, path or slug), or ``""`` for a text-only line.
    :param line: 1-based source line of the link.
    :param col: 1-based source column.
    :param origin: where it was found: ``"front-matter"``, ``"body"`` (a
        navigation line inside the article text) or ``"chrome"`` (the page's
        own navigation in a whole HTML page).
    """

    __slots__ = ()


class Metadata:
    """Typed metadata, from front matter or HTML ``<meta>``.

    ``raw`` keeps every front-matter key as parsed, for house plugins.
    ``positions`` maps a front-matter key to the (line, col) of its value.
    (Plain classes here, not dataclasses: see :class:`lintnews.Finding`.)
    """

    __slots__ = ("title", "date", "publication", "url", "slug", "tags", "previous", "next",
                 "locale", "raw", "positions")

    def __init__(self, title: str | None = None, date: _dt.date | None = None,
                 publication: str | None = None, url: str | None = None,
                 slug: str | None = None, tags: tuple[str, ...] = (),
                 previous: str | None = None, next: str | None = None,
                 locale: str | None = None, raw: dict[str, Any] | None = None,
                 positions: dict[str, tuple[int, int]] | None = None) -> None:
        self.title = title
        self.date = date
        self.publication = publication
        self.url = url
        self.slug = slug
        self.tags = tags
        self.previous = previous
        self.next = next
        self.locale = locale
        self.raw: dict[str, Any] = raw if raw is not None else {}
        self.positions: dict[str, tuple[int, int]] = positions if positions is not None else {}

    def __repr__(self) -> str:
        return (f"Metadata(title={self.title!r}, date={self.date!r}, "
                f"publication={self.publication!r}, url={self.url!r}, slug={self.slug!r})")


class Document:
    """One parsed article, as every ``lintnews_check_document`` receives it.

    :param path: the path findings are reported under (or the stdin display name).
    :param format: ``"text"``, ``"markdown"`` or ``"html"`` (a plugin may add more).
    :param source: the decoded file.
    :param body: the article's prose, markup removed, positions kept.
    :param fields: prose front-matter fields (title, description, author, ...).
    :param chrome: in a whole HTML page, the text of the page's own chrome
        (nav, header, footer, aside), kept apart from the article.
    :param meta: typed metadata.
    :param nav_links: previous/next links, wherever they were found.
    :param reference_date: the publication date from front matter or HTML
        meta, else config ``reference-date``; ``None`` when unknown.
    :param reference_date_source: where it came from: ``"article"`` (front
        matter or HTML meta), ``"config"`` (``reference-date``), or ``None``.
    :param publication: the outlet's name from front matter, ``og:site_name``
        or config ``publication``.
    """

    __slots__ = ("path", "format", "source", "body", "fields", "chrome", "meta", "nav_links",
                 "reference_date", "reference_date_source", "publication", "suppressions",
                 "problems")

    def __init__(self, path: str, format: str, source: Source, body: Text,
                 fields: dict[str, Text] | None = None, chrome: Text | None = None,
                 meta: Metadata | None = None, nav_links: list[NavLink] | None = None,
                 reference_date: _dt.date | None = None,
                 reference_date_source: str | None = None, publication: str | None = None,
                 suppressions: list | None = None, problems: list[Finding] | None = None) -> None:
        self.path = path
        self.format = format
        self.source = source
        self.body = body
        self.fields: dict[str, Text] = fields if fields is not None else {}
        self.chrome = chrome
        self.meta = meta if meta is not None else Metadata()
        self.nav_links: list[NavLink] = nav_links if nav_links is not None else []
        self.reference_date = reference_date
        self.reference_date_source = reference_date_source
        self.publication = publication
        self.suppressions: list = suppressions if suppressions is not None else []
        #: Problems the parser found (e.g. LN005 for broken front matter).
        self.problems: list[Finding] = problems if problems is not None else []

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, format={self.format!r}, {self.body!r})"

    def texts(self, include_chrome: bool = False) -> Iterator[Text]:
        """Every prose text: front-matter fields first, then the body."""
        yield from self.fields.values()
        yield self.body
        if include_chrome and self.chrome is not None:
            yield self.chrome

    @property
    def title(self) -> str | None:
        return self.meta.title

    def finding(self, code: str, message: str, text: Text, start: int, end: int, *,
                replacement: str | None = None, fix_message: str | None = None,
                applicability: str = "safe",
                fix_span: tuple[int, int] | None = None) -> Finding:
        """A finding on ``text[start:end]``, positioned in the source.

        With ``replacement``, the finding carries a fix that puts it in place
        of the span, or of ``fix_span`` (``(start, end)`` in ``text``) when the
        text to replace is not the text reported (report "2020s", replace
        "the 2020s").
        """
        line, col, end_line, end_col = text.locate(start, end)
        fix = None
        if replacement is not None:
            edit = (line, col, end_line, end_col) if fix_span is None else text.locate(*fix_span)
            fix = Fix(fix_message or f"Replace with {replacement!r}",
                      (Edit(*edit, replacement),), applicability)
        return Finding(self.path, line, col, code, message, end_line, end_col, fix=fix)

    def finding_at_line(self, code: str, message: str, line: int, col: int = 1,
                        end_col: int | None = None, *, remove_line: bool = False,
                        fix_message: str | None = None) -> Finding:
        """A finding at a source line; with ``remove_line``, a fix deleting it."""
        start, end = self.source.line_span(line)
        end_c = end_col if end_col is not None else end - start + 1
        fix = None
        if remove_line:
            next_line = line + 1 if line < self.source.line_count else line
            next_col = 1 if line < self.source.line_count else end - start + 1
            fix = Fix(fix_message or "Remove the line",
                      (Edit(line, 1, next_line, next_col, ""),), "unsafe")
        return Finding(self.path, line, col, code, message, line, end_c, fix=fix)

    def summary(self) -> "DocumentSummary":
        return DocumentSummary(
            path=self.path, format=self.format, title=self.meta.title,
            date=self.meta.date, publication=self.publication, url=self.meta.url,
            slug=self.meta.slug, nav_links=tuple(self.nav_links),
            title_position=self.meta.positions.get("title"))


class DocumentSummary(namedtuple(
        "DocumentSummary", "path format title date publication url slug nav_links "
        "title_position linted", defaults=(None, True))):
    """What the collection hook keeps of a document: metadata, never its text.

    ``path``, ``format``; ``title``, ``date`` (a ``datetime.date``),
    ``publication``, ``url``, ``slug`` (each may be ``None``); ``nav_links``
    (a tuple of :class:`NavLink`); ``title_position``, the (line, col) of the
    front-matter title or ``None``; ``linted``, false for a file read only for
    the collection checks.
    """

    __slots__ = ()

    def _record(self) -> tuple:
        """A plain tuple for :mod:`marshal` (see :mod:`lintnews.spool`): no
        namedtuples, the date as an ordinal; a summary holding anything else
        (a parser plugin's own types) is pickled whole."""
        date = self.date
        record = (self.path, self.format, self.title,
                  None if date is None else date.toordinal() if type(date) is _dt.date else date,
                  self.publication, self.url, self.slug,
                  tuple(tuple(n) for n in self.nav_links), self.title_position, self.linted)
        try:
            marshal.dumps(record)
        except ValueError:
            import pickle

            return (pickle.dumps(self),)
        return record

    @classmethod
    def _from_record(cls, record: tuple) -> "DocumentSummary":
        if len(record) == 1:
            import pickle

            return pickle.loads(record[0])
        (path, format, title, date, publication, url, slug, links, title_position,
         linted) = record
        return cls(path, format, title, None if date is None else _dt.date.fromordinal(date),
                   publication, url, slug, tuple(NavLink(*n) for n in links), title_position,
                   linted)


class Collection:
    """Every document of one run, for ``lintnews_check_collection``.

    ``documents`` holds the linted files and the extra files named by config
    ``collection`` (``linted`` is false for those: report nothing on them),
    in the order they were linted, then the extra files.  It is a sequence
    (``len``, iteration, indexing) that may be read back from disk: a large
    run keeps its summaries in a temporary file, so iterate it (as often as
    needed) rather than copying it into a list, keep only the documents a
    check needs, and do not count on two passes yielding the same objects.
    """

    __slots__ = ("documents",)

    def __init__(self, documents: Sequence[DocumentSummary]) -> None:
        self.documents = documents

    def linted(self) -> Iterator[DocumentSummary]:
        return (d for d in self.documents if d.linted)
