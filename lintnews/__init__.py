"""lintnews: a linter for news articles.

The public API for plugins and publish gates.  Heavy modules load on first use
so that ``import lintnews`` stays cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

__version__ = "0.1.0"

#: Decorate a plugin's hook implementations with this marker.
hookimpl = pluggy.HookimplMarker("lintnews")

from .finding import Edit, Finding, Fix, Severity  # noqa: E402
from .options import ConfigError, Option, PluginOptions  # noqa: E402
from .rules import Rule, rule_page  # noqa: E402

if TYPE_CHECKING:
    from .api import lint_paths, lint_text
    from .document import Collection, Document, DocumentSummary, NavLink

_LAZY = {
    "lint_text": "api", "lint_paths": "api", "LintResult": "api",
    "Document": "document", "DocumentSummary": "document", "Collection": "document",
    "NavLink": "document", "Metadata": "document", "Config": "config",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lintnews' has no attribute {name!r}")
    from importlib import import_module
    return getattr(import_module(f".{module}", __name__), name)


__all__ = ["hookimpl", "Finding", "Fix", "Edit", "Severity", "Rule", "rule_page", "Option",
           "PluginOptions", "ConfigError", "__version__", *_LAZY]
