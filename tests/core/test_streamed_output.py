"""The CLI prints findings from a stream (on disk past a bound): the very bytes
of sorting every finding in memory, with suppressions, collection findings,
several files, duplicates of one file and -j2."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import run_cli
from lintnews.checker import check_path
from lintnews.discovery import STDIN, iter_paths
from lintnews.document import Collection
from lintnews.finder import call_each
from lintnews.finding import Finding
from lintnews.session import Session
from lintnews.suppressions import apply

ARTICLES = 330  # past the bounds (256 findings, 256 summaries): runs and spills on disk


def _repo(root: Path) -> Path:
    (root / "lintnews.toml").write_text('collection = ["content/**/*.md"]\n', encoding="utf-8")
    content = root / "content"
    for i in range(ARTICLES):
        folder = content / f"d{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        front = [f'title: "Story number {i} about the council budget"',
                 f"date: 2023-{1 + i % 12:02d}-{1 + i % 27:02d}"]
        if i % 3 == 0:  # resolvable, unresolvable and out-of-order links: NAV02x at the end
            front.append(f"previous: ../d{(i - 1) % 3}/s{i - 1:04d}.md")
        if i % 7 == 0:
            front.append(f'next: "Story number {i + 1} about the council budget"')
        if i % 11 == 0:  # used by a collection finding, or by nothing (LN101)
            front.append("lintnews: {disable: [NAV02, PH]}")
        body = [f"Story {i}. The council met on Monday. TK", ""]
        if i % 2 == 0:
            body += ["<!-- lintnews: disable-next-line PH001 -->", "Written by [author_name].", ""]
        if i % 5 == 0:
            body += ["<!-- lintnews: disable-next-line FIG -->", "Nothing to see here.", ""]
        body.append("By [reporter_name], [reporter_name]." if i % 4 == 0 else "The end.")
        (folder / f"s{i:04d}.md").write_text("---\n" + "\n".join(front) + "\n---\n\n"
                                             + "\n".join(body) + "\n", encoding="utf-8")
    os.symlink("s0000.md", content / "d0" / "alias.md")  # one file under two names
    return root


def _sorted_in_memory(root: Path, args: list[str]) -> list[str]:
    """The old way: every file's findings in one list, suppressions applied per
    path after the collection checks, a stable sort at the end."""
    cwd = os.getcwd()
    os.chdir(root)
    try:
        session = Session.create({})
        results = [check_path(session, p) for p in iter_paths(args, session.config) if p != STDIN]
        summaries = {}
        for r in results:
            if r.summary is not None:
                summaries.setdefault(os.path.realpath(r.path), []).append(r.summary)
        docs = [found[-1] for found in summaries.values()]
        collection = Collection(docs)
        findings = [f for r in results for f in r.findings]
        linted = {d.path for d in docs}
        for _, func, kwargs in call_each(session.pm, "lintnews_check_collection",
                                          {"collection": collection, "config": session.config}):
            findings.extend(f for f in func(**kwargs) or () if f.path in linted)
        sups = {r.path: r.suppressions for r in results if r.suppressions}
        by_path: dict[str, list[Finding]] = {}
        for f in findings:
            by_path.setdefault(f.path, []).append(f)
        kept = [f for path, items in by_path.items()
                for f in (apply(items, sups[path]) if path in sups else items)]
        from lintnews.runner import _suppression_findings
        kept.extend(_suppression_findings(session, sups))
        decided = [d for d in map(session.style.decide, kept) if d is not None]
        decided.sort(key=Finding.sort_key)
        return [f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}" for f in decided]
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_streamed_output_is_the_in_memory_sort(tmp_path, jobs):
    root = _repo(tmp_path)
    args = ["content", "./content/d1/s0001.md"]  # the same file named twice
    expected = _sorted_in_memory(root, args)
    codes = {line.split(": ")[1].split()[0] for line in expected}
    # the case holds what the stream must merge: plugin, collection and suppression findings
    assert {"PH001", "NAV020", "NAV021", "LN101"} <= codes, codes
    assert len(expected) > 256
    run = run_cli("--no-progress", "-j", jobs, *args, cwd=root)
    assert (run.code, run.err) == (1, "")
    assert run.lines == expected
    stats = run_cli("--no-progress", "-j", jobs, "--statistics", "--count", *args, cwd=root)
    assert stats.lines[:len(expected)] == expected
    assert stats.lines[-1] == str(len(expected))
