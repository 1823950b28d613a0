"""What a run found: the sorted findings (on disk past a bound) and the result
the CLI and the API decide their exit status from."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Iterator

from .core_rules import FATAL
from .finding import Edit, Finding, Fix, Severity


#: Findings kept as objects before the rest go to sorted runs on disk.
FINDINGS_IN_MEMORY = 256


class Findings(Sequence):
    """A run's reported findings, sorted by path, line, column, code and message
    (and, among equals, in the order they were found), as the CLI prints them.

    The first :data:`FINDINGS_IN_MEMORY` are kept as objects; past that the
    whole lot goes to sorted runs in a temporary file (:mod:`lintnews.spool`)
    and is merged as it is read, so a run of a million files holds a few
    hundred findings at a time. ``counts`` (findings per code) and ``worst``
    (the highest severity) are kept as they are added, for the exit status
    and ``--statistics`` without reading them back.
    """

    def __init__(self) -> None:
        self.items: list[Finding] = []
        self.runs = None  # a spool.SortedRuns once past FINDINGS_IN_MEMORY
        self.seq = 0
        self.counts: dict[str, int] = {}
        self.worst: Severity | None = None
        self.sorted = False

    def add(self, finding: Finding) -> None:
        self.items.append(finding)
        self.counts[finding.code] = self.counts.get(finding.code, 0) + 1
        sev = finding.severity
        if sev is not None and (self.worst is None or sev > self.worst):
            self.worst = sev
        if len(self.items) >= FINDINGS_IN_MEMORY:
            self._spill()

    def _spill(self) -> None:
        if self.runs is None:
            from .spool import SortedRuns
            self.runs = SortedRuns()
        seq = self.seq
        self.runs.add_run([_finding_record(f, seq + i) for i, f in enumerate(self.items)])
        self.seq += len(self.items)
        self.items = []

    def seal(self) -> "Findings":
        """No more findings: sort what is in memory, or write it as the last run."""
        if self.runs is not None:
            if self.items:
                self._spill()
        elif not self.sorted:
            self.items.sort(key=Finding.sort_key)  # stable: equals stay in order found
        self.sorted = True
        return self

    def __len__(self) -> int:
        return len(self.items) + (len(self.runs) if self.runs is not None else 0)

    def __iter__(self) -> Iterator[Finding]:
        if not self.sorted:
            self.seal()
        if self.runs is None:
            return iter(self.items)
        return map(_finding_from_record, self.runs)

    def __getitem__(self, index):
        if self.runs is None:
            if not self.sorted:
                self.seal()
            return self.items[index]
        return list(self)[index]


def _finding_record(f: Finding, seq: int) -> tuple:
    """A finding as a tuple that sorts like :meth:`Finding.sort_key`, then by ``seq``."""
    fix = f.fix
    if fix is not None:
        fix = (fix.message, tuple(tuple(e) for e in fix.edits), fix.applicability)
    return (f.path, f.line, f.col, f.code, f.message, seq, f.end_line, f.end_col,
            None if f.severity is None else int(f.severity), fix)


def _finding_from_record(r: tuple) -> Finding:
    fix = r[9]
    if fix is not None:
        fix = Fix(fix[0], tuple(Edit(*e) for e in fix[1]), fix[2])
    return Finding(r[0], r[1], r[2], r[3], r[4], r[6], r[7],
                   None if r[8] is None else Severity(r[8]), fix)


class LintResult:
    """Everything a run found, sorted, with what the CLI needs to decide its exit status.

    ``findings`` is a list (from :func:`lintnews.lint_paths`), or for the CLI
    a :class:`Findings` that may be read back from disk; ``errors`` are plugin
    problems (exit status 2); ``sources`` the text of inputs that are not
    files (stdin), for ``--show-source``.
    """

    def __init__(self, findings: Sequence[Finding], files: int, errors: list[str] | None = None,
                 sources: dict[str, str] | None = None) -> None:
        self.findings = findings
        self.files = files
        self.errors: list[str] = errors if errors is not None else []
        self.sources: dict[str, str] = sources if sources is not None else {}

    @property
    def fatal(self) -> bool:
        if self.errors:
            return True
        if isinstance(self.findings, Findings):
            return any(code in FATAL for code in self.findings.counts)
        return any(f.code in FATAL for f in self.findings)

    def exit_code(self, fail_on: Severity, exit_zero: bool = False) -> int:
        if self.fatal:
            return 2
        if exit_zero:
            return 0
        if isinstance(self.findings, Findings):
            worst = self.findings.worst
            return 1 if worst is not None and worst >= fail_on else 0
        return 1 if any(f.severity is not None and f.severity >= fail_on for f in self.findings) else 0
