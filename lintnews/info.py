"""What --version, --list-rules and --explain print."""
from __future__ import annotations

from . import __version__
from .session import Session


def version_text(session: Session) -> str:
    import platform
    plugins = ", ".join(f"{n} {session.plugins.versions.get(n, '')}".strip()
                        for n in session.plugins.names)
    return (f"lintnews {__version__} (plugins: {plugins or 'none'}) "
            f"Python {platform.python_version()}\n")


def rules_table(session: Session) -> str:
    rules = session.registry.sorted()
    width = max((len(r.name) for r in rules), default=4)
    lines = []
    for rule in rules:
        plugin = session.registry.rule_plugin[rule.code]
        sev = session.style.severity(rule.code)
        lines.append(f"{rule.code:<7} {str(sev):<8} {rule.name:<{width}}  {rule.summary}  [{plugin}]")
    return "\n".join(lines) + "\n"


def explain(session: Session, code: str) -> str | None:
    rule = session.registry.get(code)
    if rule is None:
        return None
    plugin = session.registry.rule_plugin[code]
    head = (f"# {rule.code} ({rule.name})\n\n{rule.summary}\n\n"
            f"Default severity: {rule.severity}. Plugin: {plugin}.\n\n")
    return head + rule.doc.strip() + "\n"
