"""flake8's format: ``path:line:col: CODE message``."""
from __future__ import annotations

from ..finding import Finding, Severity
from .base import Formatter

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _RESET = "\033[1m", "\033[0m"


class DefaultFormatter(Formatter):
    def format(self, f: Finding) -> str:
        if self.color:
            sev = _COLORS.get(f.severity, "")
            text = f"{_BOLD}{f.path}{_RESET}:{f.line}:{f.col}: {sev}{f.code}{_RESET} {f.message}"
        else:
            text = f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}"
        if self.show_source:
            line = self.source_line(f.path, f.line)
            if line is not None:
                width = max(1, (f.end_col - f.col) if f.end_line == f.line else len(line) - f.col + 1)
                caret = " " * (f.col - 1) + "^" + "~" * (min(width, max(1, len(line) - f.col + 1)) - 1)
                text += f"\n    {line}\n    {caret}"
        return text
