"""The finding record every check produces, and the fix it may carry."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum


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


@dataclass(frozen=True)
class Edit:
    """Replace the source between two positions (1-based, end exclusive) with ``content``."""

    line: int
    col: int
    end_line: int
    end_col: int
    content: str


@dataclass(frozen=True)
class Fix:
    """A suggested change. ``applicability`` is ``safe``, ``unsafe`` or ``display``."""

    message: str
    edits: tuple[Edit, ...]
    applicability: str = "safe"


@dataclass(frozen=True, order=True)
class Finding:
    """One defect at one place in one file.

    Positions are 1-based; columns count Unicode code points.  ``end_line``
    and ``end_col`` point just past the last character of the span.
    ``severity`` is filled in by the core from the rule's declaration (and
    any configured override); plugins leave it ``None``.
    """

    path: str
    line: int
    col: int
    code: str
    message: str
    end_line: int = 0
    end_col: int = 0
    severity: Severity | None = field(default=None, compare=False)
    fix: Fix | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.end_line <= 0:  # no end given: the finding is a point
            object.__setattr__(self, "end_line", self.line)
            object.__setattr__(self, "end_col", self.col)

    @property
    def replacement(self) -> str | None:
        """The text suggested in place of the span, when the fix is a single edit."""
        if self.fix and len(self.fix.edits) == 1:
            return self.fix.edits[0].content
        return None

    def with_severity(self, severity: Severity) -> "Finding":
        return replace(self, severity=severity)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col, self.code, self.message)
