"""lintnews: a linter for news articles.

The public API for plugins and publish gates.  Every name loads on first use,
so that ``import lintnews`` (which the ``lintnews`` command does before
anything else) costs nothing: the command can switch the garbage collector
off before pluggy, regex and the plugins are imported.
"""
from __future__ import annotations

__version__ = "0.1.0"

TYPE_CHECKING = False  # typing itself is not imported: see above
if TYPE_CHECKING:
    from typing import Any

    import pluggy

    from .api import lint_paths, lint_text
    from .document import Collection, Document, DocumentSummary, NavLink
    from .finding import Edit, Finding, Fix, Severity
    from .options import ConfigError, Option, PluginOptions
    from .rules import Rule, rule_page

    #: Decorate a plugin's hook implementations with this marker.
    hookimpl: pluggy.HookimplMarker

_LAZY = {
    "Edit": "finding", "Finding": "finding", "Fix": "finding", "Severity": "finding",
    "ConfigError": "options", "Option": "options", "PluginOptions": "options",
    "Rule": "rules", "rule_page": "rules",
    "lint_text": "api", "lint_paths": "api", "LintResult": "api",
    "Document": "document", "DocumentSummary": "document", "Collection": "document",
    "NavLink": "document", "Metadata": "document", "Config": "config",
}


def __getattr__(name: str) -> Any:
    if name == "hookimpl":
        import pluggy

        value: Any = pluggy.HookimplMarker("lintnews")
    else:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module 'lintnews' has no attribute {name!r}")
        from importlib import import_module
        value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # looked up once
    return value


__all__ = ["hookimpl", "__version__", *_LAZY]
