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
    _peak(small, 20)  # warm up: imports, compiled patterns
    few = _peak(small, 60)
    many = _peak(large, 300)
    per_file = (many - few) / 240
    # each file is ~8,000 characters; what is kept of it (its summary for the
    # collection checks, its path) is a few hundred bytes
    assert per_file < 1500, f"{per_file:.0f} bytes kept per file"
