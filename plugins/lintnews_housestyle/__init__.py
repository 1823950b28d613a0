"""House style without code: rules a newsroom writes in its config.

    [[tool.lintnews.rules]]
    code = "HS001"
    message = "Write '{replacement}', not '{match}'"
    replace = { Kiev = "Kyiv", Odessa = "Odesa" }
    exceptions = ["Chicken Kiev"]

Each table declares one rule under its own code: ``words`` or ``patterns``
to flag (an existence rule), or ``replace`` (a substitution rule, with the
replacement offered as a fix).  See docs/house-style.md.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from lintnews import Option, PluginOptions, Rule, hookimpl

if TYPE_CHECKING:
    from .config import HouseRule
    from lintnews import Finding
    from lintnews.config import Config
    from lintnews.document import Document

__version__ = "0.1.0"

SECTION = "rules"


def parse_rules(value: object) -> tuple["HouseRule", ...]:
    """Validate the configured rules (the parser loads only when rules are configured)."""
    from .config import parse_rules as parse

    return parse(value)


@hookimpl
def lintnews_options() -> PluginOptions:
    return PluginOptions(section=SECTION, table=False, options={"": Option(
        type=None, default=[], convert=parse_rules,
        help="house-style rules: [[tool.lintnews.rules]] tables with code, message, "
             "severity and words, patterns or replace (see docs/house-style.md)")})


def configured(config: "Config") -> tuple[HouseRule, ...]:
    rules = config.plugin_options(SECTION)
    if not rules:
        return ()
    if isinstance(rules, list):  # not validated (a config built by hand): validate now
        return parse_rules(rules)
    return rules


@hookimpl
def lintnews_rules(config: "Config") -> list[Rule]:
    rules = configured(config)
    if not rules:
        return []
    from .docs import rule_doc
    return [Rule(r.code, r.name, r.summary, r.severity, rule_doc(r)) for r in rules]


@hookimpl
def lintnews_check_document(document: "Document", config: "Config") -> Iterator["Finding"]:
    rules = configured(config)
    if not rules:
        return
    from . import matching
    for text in document.texts():
        s = text.string
        for rule in rules:
            for start, end, replacement in matching.find(rule, s):
                found = " ".join(s[start:end].split())
                message = rule.message.format(match=found, replacement=replacement or "")
                yield document.finding(rule.code, message, text, start, end,
                                       replacement=replacement)
