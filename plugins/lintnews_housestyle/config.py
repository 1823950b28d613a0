"""Reading and checking ``[[tool.lintnews.rules]]``: one house-style rule per table.

Every problem is a ``ValueError`` naming the rule (its code, or its position
in the array when the code itself is missing), which the core reports as a
config error with the file's name.
"""
from __future__ import annotations

from functools import cache

import string
from typing import NamedTuple, Any

import regex

from lintnews import Severity
from lintnews.patterns import compile as _compile

@cache
def _code_re() -> "regex.Pattern":
    return _compile(r"(?P<prefix>[A-Z]{1,3})[0-9]{3}")
@cache
def _name_re() -> "regex.Pattern":
    return _compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
KEYS = {
    "code": "the rule's code: 1 to 3 capital letters and 3 digits, e.g. HS001 (required)",
    "message": "what a finding says; may use {match} and, for replace, {replacement} (required)",
    "severity": '"error", "warning" (default) or "info"',
    "name": "a short kebab-case name (default: house-<code>)",
    "summary": "one line for --list-rules (default: the message)",
    "words": "words or phrases to flag, matched as whole words",
    "patterns": "regular expressions to flag",
    "replace": "a table of words to flag and the word to write instead",
    "exceptions": "phrases in which a match is allowed (\"Chicken Kiev\")",
    "ignore-case": "match regardless of case (default true)",
    "why": "why the house style says so, for --explain",
}
_FIELDS = {"match", "replacement"}


class HouseRule(NamedTuple):
    """One validated rule. Regexes are compiled on first use (see :mod:`.matching`)."""

    code: str
    name: str
    message: str
    summary: str
    severity: Severity
    words: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    replace: tuple[tuple[str, str], ...] = ()
    exceptions: tuple[str, ...] = ()
    ignore_case: bool = True
    why: str = ""


def parse_rules(value: Any) -> tuple[HouseRule, ...]:
    """The converter the core calls with the raw ``rules`` array."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError("must be an array of tables, written [[tool.lintnews.rules]]")
    rules: list[HouseRule] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(value, 1):
        rule = _parse_rule(table, index)
        if rule.code in seen:
            raise ValueError(f"rule {rule.code} is defined twice (rules number {seen[rule.code]} "
                             f"and {index}); give each rule its own code")
        seen[rule.code] = index
        rules.append(rule)
    return tuple(rules)


def _parse_rule(table: Any, index: int) -> HouseRule:
    where = f"rule number {index}"
    if not isinstance(table, dict):
        raise ValueError(f"{where} must be a table with code, message and words, patterns "
                         "or replace")
    code = table.get("code")
    if code is None:
        raise ValueError(f"{where} has no 'code' (e.g. code = \"HS001\")")
    if not isinstance(code, str) or not _code_re().fullmatch(code):
        raise ValueError(f"{where}: code {code!r} is not 1 to 3 capital letters and 3 digits, "
                         "e.g. HS001")
    where = f"rule {code}"
    if _code_re().fullmatch(code)["prefix"] == "LN":
        raise ValueError(f"{where}: the prefix LN belongs to lintnews itself; choose another")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ValueError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KEYS))})")

    message = _string(table, "message", where, required=True)
    kinds = [k for k in ("words", "patterns", "replace") if k in table]
    if not kinds:
        raise ValueError(f"{where} has nothing to match: give 'words', 'patterns' or 'replace'")
    if "replace" in table and len(kinds) > 1:
        raise ValueError(f"{where}: 'replace' cannot be combined with 'words' or 'patterns'; "
                         "write two rules")
    words = _string_list(table, "words", where)
    patterns = _string_list(table, "patterns", where)
    exceptions = _string_list(table, "exceptions", where)
    replace = _replacements(table, where)
    ignore_case = table.get("ignore-case", True)
    if not isinstance(ignore_case, bool):
        raise ValueError(f"{where}: 'ignore-case' must be true or false")
    for pattern in patterns:
        _check_pattern(pattern, ignore_case, where)
    _check_message(message, bool(replace), where)

    severity_name = table.get("severity", "warning")
    try:
        severity = Severity.parse(severity_name)
    except ValueError:
        raise ValueError(f"{where}: unknown severity {severity_name!r} (expected error, "
                         "warning or info)") from None
    name = table.get("name", f"house-{code.lower()}")
    if not isinstance(name, str) or not _name_re().fullmatch(name):
        raise ValueError(f"{where}: name {name!r} must be kebab-case, e.g. \"use-kyiv\"")
    summary = _string(table, "summary", where) or _summary_from(message)
    return HouseRule(code=code, name=name, message=message, summary=summary, severity=severity,
                     words=words, patterns=patterns, replace=replace, exceptions=exceptions,
                     ignore_case=ignore_case, why=_string(table, "why", where))


def _string(table: dict, key: str, where: str, required: bool = False) -> str:
    value = table.get(key)
    if value is None:
        if required:
            raise ValueError(f"{where} has no {key!r}")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{where}: {key!r} must be a non-empty string")
    return value


def _string_list(table: dict, key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: {key!r} must be a list of non-empty strings")
    if key != "exceptions" and key in table and not value:
        raise ValueError(f"{where}: {key!r} is empty")
    return tuple(v.strip() for v in value)


def _replacements(table: dict, where: str) -> tuple[tuple[str, str], ...]:
    if "replace" not in table:
        return ()
    value = table["replace"]
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{where}: 'replace' must be a table of \"wrong\" = \"right\", e.g. "
                         "replace = { Kiev = \"Kyiv\" }")
    pairs = []
    for wrong, right in value.items():
        if not isinstance(right, str) or not wrong.strip():
            raise ValueError(f"{where}: replace {wrong!r} must map to a string")
        pairs.append((wrong.strip(), right))
    folded = [w.casefold() for w, _ in pairs]
    if table.get("ignore-case", True) and len(set(folded)) != len(folded):
        raise ValueError(f"{where}: 'replace' lists the same word twice in different case; "
                         "set ignore-case = false to tell them apart")
    return tuple(pairs)


def _check_pattern(pattern: str, ignore_case: bool, where: str) -> None:
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
    except regex.error as exc:
        raise ValueError(f"{where}: invalid regex '{pattern}': {exc}") from None
    if compiled.fullmatch(""):
        raise ValueError(f"{where}: regex '{pattern}' matches the empty string")


def _check_message(message: str, has_replacement: bool, where: str) -> None:
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(message) if f is not None}
    except ValueError as exc:
        raise ValueError(f"{where}: message {message!r} is not a valid template: {exc} "
                         "(write {{ and }} for braces)") from None
    allowed = _FIELDS if has_replacement else {"match"}
    bad = sorted(fields - allowed)
    if bad:
        raise ValueError(f"{where}: message uses {{{bad[0]}}}; it may use "
                         + " and ".join("{" + f + "}" for f in sorted(allowed)))


def _summary_from(message: str) -> str:
    text = message.replace("{match}", "…").replace("{replacement}", "…")
    return text if len(text) <= 100 else text[:97] + "..."
