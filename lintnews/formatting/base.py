"""The formatter interface: a plugin adds a format by subclassing :class:`Formatter`."""
from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING

from ..finding import Finding

if TYPE_CHECKING:
    from ..rules import RuleRegistry
    from ..runner import LintResult


class Formatter:
    """Writes a run's findings to a stream.

    :param stream: where to write (standard output or ``--output-file``).
    :param registry: every known rule, to look up names and documentation.
    :param color: whether ANSI colour is wanted (a terminal, not ``--color never``).
    :param show_source: print the offending line and a caret under it.
    :param sources: text of inputs that are not files (stdin), by display path.
    """

    def __init__(self, stream: IO[str], registry: "RuleRegistry", *, color: bool = False,
                 show_source: bool = False, sources: dict[str, str] | None = None,
                 root: str = ".") -> None:
        self.stream = stream
        self.registry = registry
        self.color = color
        self.show_source = show_source
        self.sources = sources or {}
        self.root = root
        self._lines: dict[str, list[str]] = {}

    def write(self, result: "LintResult") -> None:
        """Write every finding; the default calls :meth:`format` for each."""
        for finding in result.findings:
            self.stream.write(self.format(finding) + "\n")

    def format(self, finding: Finding) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def source_line(self, path: str, line: int) -> str | None:
        """The text of a source line (for --show-source), or None if unavailable."""
        if path not in self._lines:
            text = self.sources.get(path)
            if text is None:
                try:
                    with open(path, "rb") as fh:
                        text = fh.read().decode("utf-8-sig", "replace")
                except OSError:
                    text = ""
            self._lines[path] = text.splitlines()
        lines = self._lines[path]
        return lines[line - 1] if 0 < line <= len(lines) else None

    def relative(self, path: str) -> str:
        try:
            rel = os.path.relpath(path, self.root)
        except ValueError:
            return path
        return path if rel.startswith("..") else rel.replace(os.sep, "/")
