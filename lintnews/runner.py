"""Run a session over many files: in one process or a pool, then the collection."""
from __future__ import annotations

import os
import sys
from typing import Callable, Iterable, Iterator

from .checker import FileResult, check_bytes, check_path, parse, read_source
from .core_rules import FATAL
from .discovery import STDIN, collection_paths, iter_paths
from .document import Collection, DocumentSummary
from .finder import call_each
from .finding import Finding, Severity
from .session import Session
from .suppressions import Suppression, apply

_WORKER_SESSION: Session | None = None


class LintResult:
    """Everything a run found, sorted, with what the CLI needs to decide its exit status.

    ``errors`` are plugin problems (exit status 2); ``sources`` the text of
    inputs that are not files (stdin), for ``--show-source``.
    """

    def __init__(self, findings: list[Finding], files: int, errors: list[str] | None = None,
                 sources: dict[str, str] | None = None) -> None:
        self.findings = findings
        self.files = files
        self.errors: list[str] = errors if errors is not None else []
        self.sources: dict[str, str] = sources if sources is not None else {}

    @property
    def fatal(self) -> bool:
        return bool(self.errors) or any(f.code in FATAL for f in self.findings)

    def exit_code(self, fail_on: Severity, exit_zero: bool = False) -> int:
        if self.fatal:
            return 2
        if exit_zero:
            return 0
        return 1 if any(f.severity is not None and f.severity >= fail_on for f in self.findings) else 0


def _worker(path: str) -> FileResult:
    assert _WORKER_SESSION is not None
    return check_path(_WORKER_SESSION, path)


def job_count(jobs: int | str) -> int:
    if jobs == "auto":
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not Linux
            return os.cpu_count() or 1
    return int(jobs)


def _results(session: Session, paths: list[str], jobs: int) -> Iterable[FileResult]:
    if jobs <= 1 or len(paths) < 2 * jobs:
        for path in paths:
            yield check_path(session, path)
        return
    import multiprocessing
    global _WORKER_SESSION
    _WORKER_SESSION = session
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - no fork on this platform
        for path in paths:
            yield check_path(session, path)
        return
    chunk = max(1, min(64, len(paths) // (jobs * 8)))
    with ctx.Pool(jobs) as pool:
        yield from pool.imap(_worker, paths, chunksize=chunk)


def run(session: Session, paths: list[str], *, stdin_name: str = "stdin",
        read_stdin: Callable[[], bytes] | None = None,
        progress: Callable[[int], None] | None = None) -> LintResult:
    """Lint ``paths`` (files, folders, ``-`` for standard input)."""
    config = session.config
    all_paths = list(iter_paths(paths, config))
    files = [p for p in all_paths if p != STDIN]
    sources: dict[str, str] = {}

    def results() -> Iterator[FileResult]:
        if STDIN in all_paths:
            data = read_stdin() if read_stdin else sys.stdin.buffer.read()
            if config.show_source:
                sources[stdin_name] = data.decode("utf-8", "replace")
            yield check_bytes(session, data, stdin_name)
        for count, res in enumerate(_results(session, files, job_count(config.jobs)), 1):
            yield res
            if progress:
                progress(count)

    return finish(session, results(), sources)


def finish(session: Session, results: Iterable[FileResult],
           sources: dict[str, str] | None = None) -> LintResult:
    """Collection checks, suppression accounting and the style guide, over every file's result.

    ``results`` is consumed as it comes (a run streams it from the workers):
    of each file only its findings, its suppressions when it has any, and its
    :class:`DocumentSummary` when a plugin checks collections are kept, so
    memory grows by a few hundred bytes a file, never by a file's text.
    """
    keep_summaries = bool(session.pm.hook.lintnews_check_collection.get_hookimpls())
    findings: list[Finding] = []
    suppressions: dict[str, list[Suppression]] = {}
    summaries: list[DocumentSummary] = []
    files = 0
    for res in results:
        files += 1
        findings.extend(res.findings)
        if res.suppressions:
            suppressions[res.path] = res.suppressions
        if keep_summaries and res.summary is not None:
            summaries.append(res.summary)
    collection = _collection(session, summaries) if keep_summaries else []
    findings = _per_file(findings, suppressions, collection)
    findings.extend(_suppression_findings(session, suppressions))
    kept = []
    for f in findings:
        decided = session.style.decide(f)
        if decided is not None:
            kept.append(decided)
    kept.sort(key=Finding.sort_key)
    return LintResult(kept, files, list(session.errors), sources or {})


def _collection(session: Session, summaries: list[DocumentSummary]) -> list[Finding]:
    linted = {os.path.realpath(d.path): d for d in summaries}  # one document per file
    docs: list[DocumentSummary] = list(linted.values())
    for path in collection_paths(session.config):
        if os.path.realpath(path) in linted:
            continue
        extra = _summary_only(session, path)
        if extra is not None:
            docs.append(extra)
    collection = Collection(docs)
    linted_paths = {d.path for d in docs if d.linted}
    # a collection-level plugin problem is reported on the first linted file, so
    # the output does not depend on set order
    first = min(linted_paths, default="<collection>")
    found: list[Finding] = []
    for plugin, func, args in call_each(session.pm, "lintnews_check_collection",
                                        {"collection": collection, "config": session.config}):
        try:
            for item in func(**args) or ():
                if not isinstance(item, Finding) or session.registry.rule_plugin.get(item.code) != plugin:
                    found.append(Finding(first, 1, 1, "LN011",
                                         f"plugin {plugin!r} returned {item!r} from the collection "
                                         "hook, not a finding with a code it declared"))
                elif item.path in linted_paths:
                    found.append(item)
        except Exception as exc:
            found.append(Finding(first, 1, 1, "LN010",
                                 f"plugin {plugin!r} crashed while checking the collection: "
                                 f"{type(exc).__name__}: {exc}"))
    return found


def _summary_only(session: Session, path: str) -> DocumentSummary | None:
    """Parse a file named only by ``collection``: its metadata, not its findings."""
    text, _ = read_source(path)
    if text is None:
        return None
    doc, _ = parse(session, text, path)
    if doc is None:
        return None
    return doc.summary()._replace(linted=False)


def _per_file(findings: list[Finding], suppressions: dict[str, list[Suppression]],
              collection: list[Finding]) -> list[Finding]:
    findings = findings + collection
    if not suppressions:
        return findings
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    out = []
    for path, items in by_path.items():
        sups = suppressions.get(path)
        out.extend(apply(items, sups) if sups else items)
    return out


def _suppression_findings(session: Session, suppressions: dict[str, list[Suppression]]) -> list[Finding]:
    out = []
    for path, sups in suppressions.items():
        for sup in sups:
            unknown = [c for c in sup.codes if not session.registry.matches_any(c)]
            for code in unknown:
                out.append(Finding(path, sup.line, sup.col, "LN102",
                                   f"suppression names unknown code {code}: "
                                   "see lintnews --list-rules", sup.line, sup.end_col))
            if not sup.codes:
                if not sup.used:
                    out.append(Finding(path, sup.line, sup.col, "LN101",
                                       "suppression suppresses nothing: remove it",
                                       sup.line, sup.end_col))
                continue
            for code in sup.codes:
                if code in unknown:
                    continue
                if not any(u.startswith(code) for u in sup.used):
                    out.append(Finding(path, sup.line, sup.col, "LN101",
                                       f"suppression of {code} suppresses nothing: remove it",
                                       sup.line, sup.end_col))
    return out
