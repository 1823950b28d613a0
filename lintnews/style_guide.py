"""Which findings are reported, and at what severity.

``--select``/``--ignore`` and their ``extend`` forms match codes by prefix;
the longest matching prefix decides (``--select PH001 --ignore PH`` keeps
PH001 only; on a tie, ignore wins).  ``per-file-ignores`` applies every
pattern that matches the file.  Severity comes from the rule, overridden by
config ``[tool.lintnews.severity]`` (longest prefix again).
"""
from __future__ import annotations

import functools
import os

from .config import Config
from .core_rules import FATAL
from .finding import Finding, Severity
from .rules import RuleRegistry


class StyleGuide:
    def __init__(self, config: Config, registry: RuleRegistry) -> None:
        self.config = config
        self.registry = registry
        self.select = tuple(config.select) + tuple(config.extend_select)
        self.ignore = tuple(config.ignore) + tuple(config.extend_ignore)
        self.root = os.path.abspath(config.root)

    @functools.lru_cache(maxsize=4096)
    def is_selected(self, code: str) -> bool:
        if code in FATAL:
            return True
        sel = max((len(p) for p in self.select if code.startswith(p)), default=-1)
        ign = max((len(p) for p in self.ignore if code.startswith(p)), default=-1)
        return sel > ign

    @functools.lru_cache(maxsize=4096)
    def file_ignores(self, path: str) -> tuple[str, ...]:
        if not self.config.per_file_ignores:
            return ()
        from .globs import glob_match  # only runs that configure per-file-ignores need it

        rel = _relative(path, self.root)
        codes: list[str] = []
        for pattern, pattern_codes in self.config.per_file_ignores:
            if glob_match(pattern, rel) or glob_match(pattern, path):
                codes.extend(pattern_codes)
        return tuple(codes)

    def severity(self, code: str) -> Severity:
        rule = self.registry.get(code)
        default = rule.severity if rule else Severity.ERROR
        return self.config.severity_for(code, default)

    def decide(self, finding: Finding) -> Finding | None:
        """The finding with its severity, or ``None`` if it is not reported."""
        code = finding.code
        if not self.is_selected(code):
            return None
        if code not in FATAL and any(code.startswith(c) for c in self.file_ignores(finding.path)):
            return None
        return finding.with_severity(self.severity(code))


def _relative(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")
