"""Records kept on disk past a bound, so a run's memory does not grow with its files.

A run keeps two things of every file until the end: its findings (the output
is sorted by path, line, column and code, and collection findings arrive
last) and, when a plugin checks collections, its metadata. Up to a bound they
stay in memory as they always did; past it the runner moves them here, into
one anonymous temporary file:

* :class:`SortedRuns` is an external merge sort: each batch of records is
  sorted and written as a run; reading merges the runs. At most
  :data:`MAX_RUNS` runs exist at a time (past that the smallest are merged
  into one, so runs grow by tiers), so reading holds at most ``MAX_RUNS``
  chunks of :data:`CHUNK` records.
* :class:`Spill` is an append-only sequence read back in order, as often as
  wanted.

Records are tuples of ``str``, ``int``, ``None`` and tuples, written with
:mod:`marshal` in chunks of :data:`CHUNK` records. This module is imported
only by runs that pass a bound: a small run never opens a file.
"""
from __future__ import annotations

import heapq
import marshal
import os
from collections.abc import Sequence
from typing import Callable, Iterable, Iterator

#: Records per chunk: what one reader holds in memory at a time.
CHUNK = 32
#: Runs kept before they are merged into one.
MAX_RUNS = 8
_HEADER = 4
_POSITIONAL = hasattr(os, "pread") and hasattr(os, "pwrite")


def _temp_dir() -> str:
    for name in ("TMPDIR", "TEMP", "TMP"):
        folder = os.environ.get(name)
        if folder and os.path.isdir(folder):
            return folder
    return "/tmp" if os.path.isdir("/tmp") else "."


def _open_anonymous() -> tuple[int, object]:
    """A read-write file that no other process can see and that vanishes when
    closed: ``O_TMPFILE`` where the system has it (no module to import, no
    name), else :func:`tempfile.TemporaryFile`."""
    flags = getattr(os, "O_TMPFILE", 0)
    if flags and _POSITIONAL:
        try:
            return os.open(_temp_dir(), flags | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600), None
        except OSError:  # a file system without it
            pass
    import tempfile

    file = tempfile.TemporaryFile(prefix="lintnews-")
    return file.fileno(), file


class _File:
    """An anonymous temporary file of length-prefixed marshalled chunks."""

    def __init__(self) -> None:
        self.fd, self._owner = _open_anonymous()
        self.size = 0

    def write(self, records: list) -> None:
        data = marshal.dumps(records)
        data = len(data).to_bytes(_HEADER, "little") + data
        if _POSITIONAL:
            view = memoryview(data)
            while view:
                view = view[os.pwrite(self.fd, view, self.size + len(data) - len(view)):]
        else:  # pragma: no cover - Windows
            self._owner.seek(self.size)  # type: ignore[attr-defined]
            self._owner.write(data)  # type: ignore[attr-defined]
        self.size += len(data)

    def _read(self, length: int, offset: int) -> bytes:
        if _POSITIONAL:
            return os.pread(self.fd, length, offset)
        self._owner.seek(offset)  # type: ignore[attr-defined]  # pragma: no cover - Windows
        return self._owner.read(length)  # type: ignore[attr-defined]  # pragma: no cover

    def write_all(self, records: Iterable) -> tuple[int, int]:
        """Write records in chunks; the (start, end) offsets they take."""
        start = self.size
        chunk: list = []
        for record in records:
            chunk.append(record)
            if len(chunk) >= CHUNK:
                self.write(chunk)
                chunk = []
        if chunk:
            self.write(chunk)
        return start, self.size

    def read(self, start: int, end: int) -> Iterator:
        """The records between two offsets, one chunk in memory at a time."""
        while start < end:
            length = int.from_bytes(self._read(_HEADER, start), "little")
            records = marshal.loads(self._read(length, start + _HEADER))
            start += _HEADER + length
            yield from records

    def close(self) -> None:
        if self.fd < 0:
            return
        if self._owner is not None:
            self._owner.close()  # type: ignore[attr-defined]
        else:
            os.close(self.fd)
        self.fd = -1

    def __del__(self) -> None:
        self.close()


class SortedRuns:
    """Records added in batches, read back in sorted order (a stable merge).

    Records must compare totally before any element that cannot be compared
    (give them a unique sequence number early in the tuple).
    """

    def __init__(self) -> None:
        self.file: _File | None = None
        self.runs: list[tuple[int, int, int]] = []  # (start, end, records)
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def add_run(self, records: list) -> None:
        """Sort ``records`` (in place) and write them as one run."""
        if not records:
            return
        records.sort()
        if self.file is None:
            self.file = _File()
        start, end = self.file.write_all(records)
        self.runs.append((start, end, len(records)))
        self.count += len(records)
        if len(self.runs) > MAX_RUNS:
            self._merge_smallest()

    def _merge_smallest(self) -> None:
        """Merge the MAX_RUNS smallest runs into one, written after the others:
        runs grow by tiers (each record is rewritten once per tier, a few
        times in all), never all of them at every merge. Records are unique,
        so which runs are merged does not change the order read."""
        file = self.file
        assert file is not None
        by_size = sorted(range(len(self.runs)), key=lambda i: self.runs[i][2])
        chosen = set(by_size[:MAX_RUNS])
        merging = [self.runs[i] for i in sorted(chosen)]
        start, end = file.write_all(heapq.merge(*(file.read(a, b) for a, b, _ in merging)))
        self.runs = [r for i, r in enumerate(self.runs) if i not in chosen]
        self.runs.append((start, end, sum(n for _, _, n in merging)))

    def __iter__(self) -> Iterator:
        if self.file is None:
            return iter(())
        file = self.file
        return heapq.merge(*(file.read(a, b) for a, b, _ in self.runs))

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None


class Spill(Sequence):
    """An append-only sequence on disk, decoded as it is read.

    ``append`` takes an item, ``encode`` turns it into a record and
    ``decode`` back. Reading in order (``for x in spill``) holds one chunk;
    indexing reads from the start (it is there for completeness, not speed).
    """

    def __init__(self, encode: Callable = lambda x: x, decode: Callable = lambda r: r) -> None:
        self.encode = encode
        self.decode = decode
        self.file: _File | None = None
        self.chunks: list[tuple[int, int]] = []
        self.tail: list = []
        self.count = 0

    def append(self, item) -> None:
        self.tail.append(self.encode(item))
        self.count += 1
        if len(self.tail) >= CHUNK:
            if self.file is None:
                self.file = _File()
            start = self.file.size
            self.file.write(self.tail)
            self.chunks.append((start, self.file.size))
            self.tail = []

    def extend(self, items: Iterable) -> None:
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator:
        decode = self.decode
        chunks, tail = list(self.chunks), list(self.tail)
        if self.file is not None:
            file = self.file
            for start, end in chunks:
                for record in file.read(start, end):
                    yield decode(record)
        for record in tail:
            yield decode(record)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.count))]
        if index < 0:
            index += self.count
        if not 0 <= index < self.count:
            raise IndexError("index out of range")
        for i, item in enumerate(self):
            if i == index:
                return item
        raise IndexError("index out of range")  # pragma: no cover

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None
