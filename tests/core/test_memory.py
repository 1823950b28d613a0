"""Memory stays flat as the number of files grows: no file's text outlives its check."""
from __future__ import annotations

import gc
import tracemalloc

from lintnews import lint_paths

PARAGRAPH = ("The council met on Monday to discuss the budget for the coming year, "
             "and members agreed to meet again after the consultation closes. ")


def _peak(folder, count: int) -> int:
    for i in range(count):
        # ~8 KB of clean prose each, every file different
        (folder / f"{i:05d}.txt").write_text(f"Story {i}.\n\n" + PARAGRAPH * 60, encoding="utf-8")
    gc.collect()
    tracemalloc.start()
    try:
        result = lint_paths([str(folder)], isolated=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.files == count and result.findings == []
    return peak


def test_peak_memory_grows_by_far_less_than_the_text(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    large.mkdir()
    import lintnews.spool  # noqa: F401 - warm up: the module a run past the bounds loads,
    _peak(small, 20)  # imports, compiled patterns
    few = _peak(small, 60)
    many = _peak(large, 300)
    per_file = (many - few) / 240
    # each file is ~8,000 characters; what is kept of it is the path the
    # folder walk remembers (to yield no file twice): about 250 bytes a file
    assert per_file < 600, f"{per_file:.0f} bytes kept per file"


def _streamed_peak(folder, count: int, monkeypatch) -> int:
    """Peak traced memory of the CLI's path through the core (every file
    checked, findings streamed to the output) over ``count`` files, each
    named as it is checked so that no list of paths is measured."""
    import os

    from lintnews import results, runner, spool
    from lintnews.checker import check_path
    from lintnews.report import write_report
    from lintnews.session import Session

    # small bounds, so that a few hundred files show what is kept past them
    monkeypatch.setattr(results, "FINDINGS_IN_MEMORY", 16)
    monkeypatch.setattr(runner, "SUMMARIES_IN_MEMORY", 16)
    monkeypatch.setattr(spool, "CHUNK", 4)
    monkeypatch.setattr(spool, "MAX_RUNS", 4)
    folder.mkdir()
    for i in range(count):
        # every fifth file has three findings; each has a previous link (navigation keeps it)
        extra = "Written by [author_name] for the TK desk. Lorem ipsum dolor sit amet.\n\n" \
            if i % 5 == 0 else ""
        nav = f"Previous article: Story {i - 1}\n\n" if i % 50 == 0 else ""
        (folder / f"{i:05d}.txt").write_text(f"Story {i}.\n\n{extra}" + PARAGRAPH * 15 + nav,
                                            encoding="utf-8")
    session = Session.create({}, isolated=True)
    paths = (os.path.join(folder, f"{i:05d}.txt") for i in range(count))
    gc.collect()
    tracemalloc.start()
    try:
        result = runner.finish(session, (check_path(session, p) for p in paths), stream=True)
        with open(os.devnull, "w", encoding="utf-8") as null:
            write_report(session, result, null, color=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.files == count and len(result.findings) >= count // 2.5
    return peak


def test_what_a_file_leaves_behind_is_bounded_not_per_file(tmp_path, monkeypatch):
    """Findings, suppressions and collection metadata of every file are kept
    (the output is sorted, the collection checked at the end), but past a
    bound on disk: memory does not grow with the number of files."""
    _streamed_peak(tmp_path / "warm", 60, monkeypatch)  # imports (spool too), compiled patterns
    few = _streamed_peak(tmp_path / "few", 150, monkeypatch)
    many = _streamed_peak(tmp_path / "many", 750, monkeypatch)
    per_file = (many - few) / 600
    # keeping each file's findings and summary in memory cost about 550
    # bytes a file here; what remains (about 100) is mostly the style guide's
    # cache of per-file ignores, one entry per file with findings (bounded at
    # 4,096 files)
    assert per_file < 200, f"{per_file:.0f} bytes kept per file"
