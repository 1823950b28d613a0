"""The finding record every check produces, and the fix it may carry."""
from __future__ import annotations

from enum import IntEnum
from collections import namedtuple


class Severity(IntEnum):
    """How serious a finding is; a run fails on findings at or above ``--fail-on``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[str(name).upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {name!r} (expected error, warning or info)"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


class Edit(namedtuple("Edit", "line col end_line end_col content")):
    """Replace the source between two positions (1-based, end exclusive) with ``content``.

    ``line``, ``col``, ``end_line``, ``end_col``: ints; ``content``: str.
    """

    __slots__ = ()


class Fix(namedtuple("Fix", "message edits applicability", defaults=("safe",))):
    """A suggested change: a ``message``, a tuple of :class:`Edit` ``edits``, and
    ``applicability``, one of ``safe`` (the default), ``unsafe`` or ``display``."""

    __slots__ = ()


class Finding:
    """One defect at one place in one file.

    Positions are 1-based; columns count Unicode code points.  ``end_line``
    and ``end_col`` point just past the last character of the span (without
    them the finding is a point).  ``severity`` is filled in by the core from
    the rule's declaration (and any configured override); plugins leave it
    ``None``.  Findings are immutable; equality and hashing ignore severity
    and fix.

    (A plain class with ``__slots__`` rather than a dataclass: creating a
    dataclass costs about a millisecond at import, and a pre-commit run
    lints one file.)
    """

    __slots__ = ("path", "line", "col", "code", "message", "end_line", "end_col", "severity", "fix")

    def __init__(self, path: str, line: int, col: int, code: str, message: str,
                 end_line: int = 0, end_col: int = 0, severity: Severity | None = None,
                 fix: Fix | None = None) -> None:
        if end_line <= 0:
            end_line, end_col = line, col
        setter = object.__setattr__
        setter(self, "path", path)
        setter(self, "line", line)
        setter(self, "col", col)
        setter(self, "code", code)
        setter(self, "message", message)
        setter(self, "end_line", end_line)
        setter(self, "end_col", end_col)
        setter(self, "severity", severity)
        setter(self, "fix", fix)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Finding is immutable: cannot set {name!r}")

    def __reduce__(self):
        return (Finding, (self.path, self.line, self.col, self.code, self.message,
                          self.end_line, self.end_col, self.severity, self.fix))

    def _key(self) -> tuple:
        return (self.path, self.line, self.col, self.code, self.message, self.end_line, self.end_col)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Finding) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __lt__(self, other: "Finding") -> bool:
        return self._key() < other._key()

    def __repr__(self) -> str:
        return (f"Finding(path={self.path!r}, line={self.line}, col={self.col}, code={self.code!r}, "
                f"message={self.message!r}, end_line={self.end_line}, end_col={self.end_col}, "
                f"severity={self.severity!r}, fix={self.fix!r})")

    @property
    def replacement(self) -> str | None:
        """The text suggested in place of the span, when the fix is a single edit."""
        if self.fix and len(self.fix.edits) == 1:
            return self.fix.edits[0].content
        return None

    def with_severity(self, severity: Severity) -> "Finding":
        return Finding(self.path, self.line, self.col, self.code, self.message,
                       self.end_line, self.end_col, severity, self.fix)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col, self.code, self.message)
