"""Rule declarations and the registry that knows which plugin owns which prefix."""
from __future__ import annotations

from collections import namedtuple

from .patterns import compile as _compile
from .finding import Severity

CODE_RE = _compile(r"(?P<prefix>[A-Z]{1,3})(?P<number>[0-9]{3})")


class Rule(namedtuple("Rule", "code name summary severity doc",
                      defaults=(Severity.WARNING, ""))):
    """A rule a plugin declares through ``lintnews_rules``.

    :param code: 1 to 3 capital letters and 3 digits, e.g. ``PH001``.
    :param name: a short kebab-case name, e.g. ``template-variable``.
    :param summary: one line, shown by ``--list-rules``.
    :param severity: the default :class:`Severity` (``WARNING``).
    :param doc: the rule's page, printed by ``--explain``: sections
        "What it does", "Why is this bad?", "Example" and "Use instead".
    """

    __slots__ = ()

    @property
    def prefix(self) -> str:
        match = CODE_RE.fullmatch(self.code)
        return match["prefix"] if match else self.code


def rule_page(what: str, why: str, example: str, instead: str, *, fix_safety: str = "",
              extra: str = "") -> str:
    """A rule's documentation page in the shape ``--explain`` and docs/rules.md expect.

    The four required sections (ruff's model), then "Fix safety" when given,
    then any ``extra`` Markdown (an "Options" or "References" section).
    """
    page = (f"## What it does\n{what}\n\n## Why is this bad?\n{why}\n\n"
            f"## Example\n{example}\n\n## Use instead\n{instead}\n")
    if fix_safety:
        page += f"\n## Fix safety\n{fix_safety}\n"
    if extra:
        page += f"\n{extra}\n"
    return page


class RuleError(Exception):
    """A plugin declared rules that cannot be accepted."""


class RuleRegistry:
    """Every declared rule, with the plugin that owns each prefix."""

    def __init__(self) -> None:
        self.rules: dict[str, Rule] = {}
        self.owner: dict[str, str] = {}  # prefix -> plugin name
        self.rule_plugin: dict[str, str] = {}  # code -> plugin name

    def add(self, plugin: str, rule: Rule) -> None:
        if not isinstance(rule, Rule):
            raise RuleError(f"plugin {plugin!r} declared {rule!r}, which is not a lintnews.Rule")
        if not CODE_RE.fullmatch(rule.code):
            raise RuleError(
                f"plugin {plugin!r} declared rule code {rule.code!r}: a code is 1 to 3 "
                "capital letters and 3 digits, e.g. PH001"
            )
        owner = self.owner.setdefault(rule.prefix, plugin)
        if owner != plugin:
            first, second = sorted((owner, plugin))
            raise RuleError(
                f"plugins {first!r} and {second!r} both claim the rule prefix {rule.prefix!r}")
        if rule.code in self.rules:
            raise RuleError(f"plugin {plugin!r} declared rule {rule.code} twice")
        self.rules[rule.code] = rule
        self.rule_plugin[rule.code] = plugin

    def get(self, code: str) -> Rule | None:
        return self.rules.get(code)

    def matches_any(self, prefix: str) -> bool:
        """Whether a select/ignore prefix names at least one known rule."""
        return any(code.startswith(prefix) for code in self.rules)

    def sorted(self) -> list[Rule]:
        return [self.rules[c] for c in sorted(self.rules)]
