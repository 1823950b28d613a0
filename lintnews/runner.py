"""Run a session over many files: in one process or a pool, then the collection."""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from itertools import chain, groupby as _groupby, islice
from typing import Callable, Iterable, Iterator

from .checker import BATCH_FILES, FileResult, check_bytes, check_path, check_paths, parse, read_source
from .config import AUTO_MIN_FILES
from .discovery import STDIN, collection_paths, iter_paths
from .document import Collection, DocumentSummary
from .finder import call_each
from .finding import Finding
from .results import Findings, LintResult
from .session import Session
from .suppressions import Suppression, apply

_WORKER_SESSION: Session | None = None


#: Document summaries (and paths to compare) kept in memory before the rest go to disk.
SUMMARIES_IN_MEMORY = 256


def _worker(paths: list[str]) -> list[FileResult]:
    assert _WORKER_SESSION is not None
    return list(check_paths(_WORKER_SESSION, paths))


def _groups(items: Iterable[str], size: int) -> Iterator[list[str]]:
    items = iter(items)
    while group := list(islice(items, size)):
        yield group


def job_count(jobs: int | str) -> int:
    if jobs == "auto":
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not Linux
            return os.cpu_count() or 1
    return int(jobs)


def _results(session: Session, paths: Iterable[str], jobs: int,
             min_files: int = 0) -> Iterable[FileResult]:
    """Each path's result, in order. Paths are read as they are needed (a
    long walk is never listed): only enough to choose the pool's chunk size,
    which stops changing at 64 paths per chunk. A run of fewer than
    ``min_files`` (or two per worker) stays in this process."""
    paths = iter(paths)
    head = list(islice(paths, max(64 * jobs * 8, min_files))) if jobs > 1 else []
    if jobs <= 1 or len(head) < max(2 * jobs, min_files):
        yield from check_paths(session, chain(head, paths))
        return
    import multiprocessing
    global _WORKER_SESSION
    _WORKER_SESSION = session
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # pragma: no cover - no fork on this platform
        yield from check_paths(session, chain(head, paths))
        return
    # The first file is checked here, before the fork: the checks' modules
    # and patterns, loaded on first use, are then loaded once and shared,
    # not loaded again by every worker.
    yield check_path(session, head[0])
    chunk = max(1, min(64, len(head) // (jobs * 8)))
    # a worker checks a group of paths a batch at a time (check_paths), and
    # takes groups ``chunk`` paths at a time, as many as it took paths alone
    group = min(BATCH_FILES, chunk)
    with ctx.Pool(jobs) as pool:
        for results in pool.imap(_worker, _groups(chain(head[1:], paths), group),
                                 chunksize=max(1, chunk // group)):
            yield from results


def run(session: Session, paths: list[str], *, stdin_name: str = "stdin",
        read_stdin: Callable[[], bytes] | None = None,
        progress: Callable[[int], None] | None = None, stream: bool = False) -> LintResult:
    """Lint ``paths`` (files, folders, ``-`` for standard input).

    With ``stream``, the result's ``findings`` is a :class:`Findings` (what
    the CLI prints from, memory flat however many files); else a list.
    """
    config = session.config
    sources: dict[str, str] = {}

    def results() -> Iterator[FileResult]:
        if STDIN in paths:  # read first, wherever it is named
            data = read_stdin() if read_stdin else sys.stdin.buffer.read()
            if config.show_source:
                sources[stdin_name] = data.decode("utf-8", "replace")
            yield check_bytes(session, data, stdin_name)
        files = (p for p in iter_paths(paths, config) if p != STDIN)
        # "auto" starts workers only for a run long enough to pay for them
        min_files = AUTO_MIN_FILES if config.jobs == "auto" else 0
        for count, res in enumerate(_results(session, files, job_count(config.jobs), min_files), 1):
            yield res
            if progress:
                progress(count)

    return finish(session, results(), sources, stream=stream)


def finish(session: Session, results: Iterable[FileResult],
           sources: dict[str, str] | None = None, *, stream: bool = False) -> LintResult:
    """Collection checks, suppression accounting and the style guide, over every file's result.

    ``results`` is consumed as it comes (a run streams it from the workers).
    Each file's suppressions are applied and the style guide decides on its
    findings as it arrives; what is kept is the reported findings
    (:class:`Findings`, on disk past a bound), a file's suppressions only
    while the collection checks may still need them, and, when a plugin
    checks collections, each file's :class:`DocumentSummary` (on disk past
    :data:`SUMMARIES_IN_MEMORY`). Memory does not grow with the number of
    files, and never by a file's text.
    """
    keep_summaries = bool(session.pm.hook.lintnews_check_collection.get_hookimpls())
    style = session.style
    found = Findings()
    suppressions: dict[str, list[Suppression]] = {}
    summaries = _Store()
    files = 0

    def add(findings: Iterable[Finding]) -> None:
        for f in findings:
            decided = style.decide(f)
            if decided is not None:
                found.add(decided)

    for res in results:
        files += 1
        items = res.findings
        if res.suppressions:
            items = apply(items, res.suppressions)
            if keep_summaries:  # collection findings may yet be suppressed
                suppressions.setdefault(res.path, []).extend(res.suppressions)
        add(items)
        if res.suppressions and not keep_summaries:
            add(_suppression_findings(session, {res.path: res.suppressions}))
        if keep_summaries and res.summary is not None:
            summaries.append(res.summary)
    if keep_summaries:
        collection = _collection(session, summaries)
        if suppressions and collection:
            by_path: dict[str, list[Finding]] = {}
            for f in collection:
                by_path.setdefault(f.path, []).append(f)
            collection = []
            for path, items in by_path.items():
                sups = suppressions.get(path)
                collection.extend(apply(items, sups) if sups else items)
        add(collection)
        add(_suppression_findings(session, suppressions))
    summaries.close()
    found.seal()
    findings: Sequence[Finding] = found if stream else list(found)
    return LintResult(findings, files, list(session.errors), sources or {})


class _Store:
    """Summaries as they come: a list, then a :class:`spool.Spill` past
    :data:`SUMMARIES_IN_MEMORY`."""

    def __init__(self) -> None:
        self.items: list[DocumentSummary] | None = []
        self.spill = None

    def append(self, summary: DocumentSummary) -> None:
        if self.spill is not None:
            self.spill.append(summary)
            return
        assert self.items is not None
        self.items.append(summary)
        if len(self.items) >= SUMMARIES_IN_MEMORY:
            from .spool import Spill
            self.spill = Spill(DocumentSummary._record, DocumentSummary._from_record)
            self.spill.extend(self.items)
            self.items = None

    def sequence(self) -> Sequence[DocumentSummary]:
        return self.spill if self.spill is not None else self.items  # type: ignore[return-value]

    def close(self) -> None:
        if self.spill is not None:
            self.spill.close()


def _sorted(records: Iterable[tuple]) -> Iterator[tuple]:
    """``records`` in order: sorted in memory, or on disk when there are many."""
    batch: list[tuple] = []
    runs = None
    for record in records:
        batch.append(record)
        if len(batch) >= SUMMARIES_IN_MEMORY:
            if runs is None:
                from .spool import SortedRuns
                runs = SortedRuns()
            runs.add_run(batch)
            batch = []
    if runs is None:
        batch.sort()
        return iter(batch)
    runs.add_run(batch)
    return iter(runs)


#: Folders whose real paths _realpath keeps, at most.
_FOLDERS_KEPT = 4096


def _realpath(path: str, folders: dict[str, str]) -> str:
    """``os.path.realpath(path)``, each folder resolved once (``folders``
    keeps them): a file whose name is no symbolic link stands in its folder's
    real path. realpath looks at every folder of every path (an lstat each):
    on 4,906 files that was 38 ms of the 53 that finding duplicates took,
    alone, after the last file was checked (19 ms now)."""
    folder, name = os.path.split(path)
    if name in ("", ".", ".."):
        return os.path.realpath(path)
    real = folders.get(folder)
    if real is None:
        if len(folders) >= _FOLDERS_KEPT:
            folders.clear()
        real = folders[folder] = os.path.realpath(folder)
    full = os.path.join(real, name)
    return os.path.realpath(full) if os.path.islink(full) else full


def _duplicates(linted: Sequence[DocumentSummary], extra: list[str]
                ) -> tuple[dict[int, int], set[int], bytearray]:
    """Linted documents that are one file (``a.md`` and ``./a.md``, a symlink):
    the first position of each to the last of them (which stands there), and
    the later positions (dropped); and a flag for each extra path that is a
    linted file. Found by sorting real paths, not by a set of every path."""
    folders: dict[str, str] = {}
    records = ((_realpath(d.path, folders), 0, i) for i, d in enumerate(linted))
    extras = ((_realpath(p, folders), 1, k) for k, p in enumerate(extra))
    replace: dict[int, int] = {}
    drop: set[int] = set()
    skip = bytearray(len(extra))
    for _, group in _groupby(_sorted(chain(records, extras)), key=lambda r: r[0]):
        items = list(group)
        if len(items) == 1:
            continue
        positions = [i for _, kind, i in items if kind == 0]
        if not positions:
            continue
        if len(positions) > 1:
            replace[positions[0]] = positions[-1]
            drop.update(positions[1:])
        for _, kind, k in items:
            if kind == 1:
                skip[k] = 1
    return replace, drop, skip


def _collection(session: Session, summaries: _Store) -> list[Finding]:
    linted = summaries.sequence()
    extra = collection_paths(session.config)
    replace, drop, skip = _duplicates(linted, extra)  # one document per file
    if replace or drop or extra:
        standing = {}
        if replace:
            wanted = set(replace.values())
            standing = {i: d for i, d in enumerate(linted) if i in wanted}
        docs = _Store()
        for i, d in enumerate(linted):
            if i not in drop:
                docs.append(standing[replace[i]] if i in replace else d)
        for k, path in enumerate(extra):
            if not skip[k]:
                summary = _summary_only(session, path)
                if summary is not None:
                    docs.append(summary)
        documents = docs.sequence()
    else:
        docs = None
        documents = linted
    try:
        return _check_collection(session, Collection(documents))
    finally:
        if docs is not None:
            docs.close()


def _check_collection(session: Session, collection: Collection) -> list[Finding]:
    # a collection-level plugin problem is reported on the first linted file, so
    # the output does not depend on set order
    first = min((d.path for d in collection.documents if d.linted), default="<collection>")
    found: list[tuple[Finding, bool]] = []  # (finding, on a linted file only)
    for plugin, func, args in call_each(session.pm, "lintnews_check_collection",
                                        {"collection": collection, "config": session.config}):
        try:
            for item in func(**args) or ():
                if not isinstance(item, Finding) or session.registry.rule_plugin.get(item.code) != plugin:
                    found.append((Finding(first, 1, 1, "LN011",
                                          f"plugin {plugin!r} returned {item!r} from the collection "
                                          "hook, not a finding with a code it declared"), False))
                else:
                    found.append((item, True))
        except Exception as exc:
            found.append((Finding(first, 1, 1, "LN010",
                                  f"plugin {plugin!r} crashed while checking the collection: "
                                  f"{type(exc).__name__}: {exc}"), False))
    named = {f.path for f, check in found if check}
    if named:  # which of the paths named are linted files: one pass, not a set of every path
        named = {d.path for d in collection.documents if d.linted and d.path in named}
    return [f for f, check in found if not check or f.path in named]


def _summary_only(session: Session, path: str) -> DocumentSummary | None:
    """Parse a file named only by ``collection``: its metadata, not its findings."""
    text, _ = read_source(path)
    if text is None:
        return None
    doc, _ = parse(session, text, path)
    if doc is None:
        return None
    return doc.summary()._replace(linted=False)


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
