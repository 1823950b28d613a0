"""Check files: read, decode, parse, run every plugin under its own guard, a batch of files at a time."""
from __future__ import annotations

import codecs
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .document import Document, DocumentSummary
from .finding import Finding
from .finder import call_each
from .suppressions import Suppression

if TYPE_CHECKING:
    from .session import Session

BINARY_SNIFF = 8192


class FileResult:
    """What checking one file produced, small enough to send between processes."""

    __slots__ = ("path", "findings", "summary", "suppressions")

    def __init__(self, path: str, findings: list[Finding] | None = None,
                 summary: DocumentSummary | None = None,
                 suppressions: list[Suppression] | None = None) -> None:
        self.path = path
        self.findings: list[Finding] = findings if findings is not None else []
        self.summary = summary
        self.suppressions: list[Suppression] = suppressions if suppressions is not None else []


def decode(data: bytes, path: str) -> tuple[str | None, Finding | None]:
    """UTF-8 text without its BOM, or the LN finding saying why not."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)):
        enc = "UTF-16" if not data.startswith(codecs.BOM_UTF32_LE) else "UTF-32"
        return None, Finding(path, 1, 1, "LN002",
                             f"file is {enc} (it starts with a {enc} byte-order mark), not UTF-8: "
                             f"convert it, e.g. iconv -f {enc} -t UTF-8")
    if b"\x00" in data[:BINARY_SNIFF]:
        return None, Finding(path, 1, 1, "LN003",
                             "file is binary (it contains NUL bytes), not an article: "
                             "exclude it or export the text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        head = data[:exc.start]
        line = head.count(b"\n") + 1
        col = len(head[head.rfind(b"\n") + 1:].decode("utf-8", "replace")) + 1
        bad = data[exc.start]
        guess = " (it looks like Latin-1 or Windows-1252)" if bad >= 0x80 else ""
        return None, Finding(path, line, col, "LN002",
                             f"file is not UTF-8: byte 0x{bad:02x} at line {line}, column {col}"
                             f"{guess}; re-save it as UTF-8")


def _crash(path: str, plugin: str, exc: BaseException, what: str) -> Finding:
    if isinstance(exc, TimeoutError):
        return Finding(path, 1, 1, "LN012",
                       f"plugin {plugin!r} gave up on this file: a check took too long "
                       f"({exc}); the rest of the file was checked by the other plugins")
    return Finding(path, 1, 1, "LN010",
                   f"plugin {plugin!r} crashed while {what}: {type(exc).__name__}: {exc} "
                   "(other checks still ran; report this to the plugin's authors or "
                   f"disable it with -p no:{plugin})")


def parse(session: "Session", text: str, path: str) -> tuple[Document | None, list[Finding]]:
    """The first Document a parser returns, guarding each parser."""
    problems: list[Finding] = []
    for plugin, func, args in call_each(session.pm, "lintnews_parse",
                                        {"source": text, "path": path, "config": session.config}):
        try:
            doc = func(**args)
        except Exception as exc:
            problems.append(_crash(path, plugin, exc, "parsing the file"))
            continue
        if doc is None:
            continue
        if not isinstance(doc, Document):
            problems.append(Finding(path, 1, 1, "LN011",
                                    f"plugin {plugin!r} returned {type(doc).__name__} from "
                                    "lintnews_parse, not a lintnews.Document"))
            continue
        return doc, problems
    return None, problems


def validate(session: "Session", plugin: str, item: Any, path: str, line_count: int) -> Finding:
    """Accept a plugin's finding, or raise TypeError saying what is wrong with it."""
    if not isinstance(item, Finding):
        raise TypeError(f"returned {type(item).__name__} {str(item)[:60]!r}, not a lintnews.Finding")
    owner = session.registry.rule_plugin.get(item.code)
    if owner != plugin:
        raise TypeError(f"returned a finding with code {item.code!r}, which it did not declare")
    if not (1 <= item.line <= line_count + 1) or item.col < 1:
        raise TypeError(f"returned a finding at line {item.line}, column {item.col}, "
                        f"outside the file ({line_count} lines)")
    if item.path != path:
        item = Finding(path, item.line, item.col, item.code, item.message,
                       item.end_line, item.end_col, fix=item.fix)
    if item.end_line < item.line or (item.end_line == item.line and item.end_col < item.col):
        item = Finding(item.path, item.line, item.col, item.code, item.message,
                       item.line, item.col, fix=item.fix)
    return item


def run_checks(session: "Session", doc: Document) -> list[Finding]:
    """Every plugin's findings on ``doc``, each plugin under its own guard."""
    return _run_checks(session, [doc])[0]


def _run_checks(session: "Session", docs: list[Document]) -> list[list[Finding]]:
    """Every plugin's findings on each of ``docs``, in plugin order, as
    run_checks gives them one document at a time; but each plugin runs over
    all of ``docs`` before the next starts, so that its code and patterns stay
    in the processor's caches from one document to the next (batches of 32
    articles are linted about a tenth faster than one at a time). Each call
    has its own guard."""
    found: list[list[Finding]] = [[] for _ in docs]
    for plugin, func, args in call_each(session.pm, "lintnews_check_document",
                                        {"document": None, "config": session.config}):
        for doc, findings in zip(docs, found):
            if "document" in args:
                args["document"] = doc
            try:
                result = func(**args)
                if result is None:
                    continue
                try:
                    iterator = iter(result)
                except TypeError:
                    raise TypeError(f"returned {type(result).__name__}, not an iterable of findings") from None
                line_count = doc.source.line_count
                for item in iterator:  # consumed inside the guard: generators may raise late
                    findings.append(validate(session, plugin, item, doc.path, line_count))
            except TypeError as exc:
                if str(exc).startswith("returned"):
                    findings.append(Finding(doc.path, 1, 1, "LN011", f"plugin {plugin!r} {exc}"))
                else:
                    findings.append(_crash(doc.path, plugin, exc, "checking the file"))
            except Exception as exc:
                findings.append(_crash(doc.path, plugin, exc, "checking the file"))
    return found


def check_text(session: "Session", text: str, path: str) -> FileResult:
    return check_texts(session, [(text, path)])[0]


def check_texts(session: "Session", items: "Sequence[tuple[str, str]]") -> list[FileResult]:
    """check_text for each ``(text, path)`` of ``items``, in order, the plugins
    run over the documents in turn (see _run_checks)."""
    results: list[FileResult] = []
    parsed: list[tuple[FileResult, Document]] = []
    for text, path in items:
        result = FileResult(path)
        results.append(result)
        if not text.strip():
            result.findings.append(Finding(path, 1, 1, "LN004", "file is empty: write the article or delete the file"))
            continue
        doc, problems = parse(session, text, path)
        result.findings.extend(problems)
        if doc is not None:
            result.findings.extend(doc.problems)
            parsed.append((result, doc))
    found = _run_checks(session, [doc for _, doc in parsed])
    for (result, doc), findings in zip(parsed, found):
        result.findings.extend(findings)
        result.summary = doc.summary()
        result.suppressions = list(doc.suppressions)
        if not doc.body.string.strip() and not any(
                f.code.startswith("LN") for f in result.findings):
            result.findings.append(Finding(result.path, 1, 1, "LN004",
                                           "file holds no article text (only front matter or markup): write the article or delete the file"))
    return results


def check_bytes(session: "Session", data: bytes, path: str) -> FileResult:
    text, problem = decode(data, path)
    if problem is not None:
        return FileResult(path, [problem])
    return check_text(session, text, path)


def read_source(path: str) -> tuple[str | None, Finding | None]:
    """A file's decoded text, or the LN finding saying why it cannot be had."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, Finding(path, 1, 1, "LN001", f"cannot read file: {reason}")
    return decode(data, path)


def check_path(session: "Session", path: str) -> FileResult:
    text, problem = read_source(path)
    if problem is not None:
        return FileResult(path, [problem])
    return check_text(session, text, path)


#: A batch (check_paths) ends at this many files, or once its texts hold
#: BATCH_CHARS characters: the parsed documents of one batch are all that is
#: kept at once.
BATCH_FILES = 32
BATCH_CHARS = 1 << 19


def check_paths(session: "Session", paths: "Iterable[str]") -> "Iterator[FileResult]":
    """check_path for each of ``paths``, in order, a batch at a time (see check_texts)."""
    batch: list[tuple[str, str | None, Finding | None]] = []
    size = 0
    for path in paths:
        text, problem = read_source(path)
        batch.append((path, text, problem))
        size += len(text) if text is not None else 0
        if len(batch) >= BATCH_FILES or size >= BATCH_CHARS:
            yield from _check_read(session, batch)
            batch, size = [], 0
    if batch:
        yield from _check_read(session, batch)


def _check_read(session: "Session", batch: "list[tuple[str, str | None, Finding | None]]") -> list[FileResult]:
    checked = iter(check_texts(session, [(text, path) for path, text, _ in batch if text is not None]))
    return [next(checked) if text is not None else FileResult(path, [problem] if problem else [])
            for path, text, problem in batch]
