"""Run a session and print its report: the CLI's main path."""
from __future__ import annotations

import os
import sys
import time
from collections import Counter
from typing import IO

from .results import Findings, LintResult
from .runner import run
from .session import Session


class Progress:
    """``linted N files`` on stderr for long interactive runs only.

    Shown when stderr is a terminal, CI is not set, and the run has gone on
    for more than 2 seconds or 200 files; never in a pipe.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty() and not os.environ.get("CI")
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, count: int) -> None:
        if not self.enabled or count % 20:
            return
        if count >= 200 or time.monotonic() - self.start > 2:
            sys.stderr.write(f"\rlintnews: checked {count} files")
            sys.stderr.flush()
            self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def lint_and_report(session: Session, paths: list[str], stdin_name: str, *,
                    progress: bool = True) -> int:
    config = session.config
    bar = Progress(progress)
    # streamed: the findings are read back sorted (from disk in a large run) as they print
    result = run(session, paths, stdin_name=stdin_name, progress=bar, stream=True)
    bar.done()
    if config.output_file:
        with open(config.output_file, "w", encoding="utf-8") as stream:
            write_report(session, result, stream, color=False)
    else:
        color = config.color == "always" or (config.color == "auto" and sys.stdout.isatty()
                                             and not os.environ.get("NO_COLOR"))
        write_report(session, result, sys.stdout, color=color)
        sys.stdout.flush()
    return result.exit_code(config.fail_on, config.exit_zero)


def write_report(session: Session, result: LintResult, stream: IO[str], *, color: bool) -> None:
    config = session.config
    formatter = session.formats[config.format](
        stream, session.registry, color=color, show_source=config.show_source,
        sources=result.sources, root=config.root)
    formatter.write(result)
    if config.statistics:
        findings = result.findings
        counts = findings.counts if isinstance(findings, Findings) else Counter(f.code for f in findings)
        for code in sorted(counts):
            rule = session.registry.get(code)
            stream.write(f"{counts[code]:<5} {code} {rule.summary if rule else ''}\n")
    if config.count:
        stream.write(f"{len(result.findings)}\n")
