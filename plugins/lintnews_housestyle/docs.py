"""The ``--explain`` page of a configured rule, written from its config."""
from __future__ import annotations

from .config import HouseRule


def _listing(items, limit: int = 8) -> str:
    shown = ", ".join(f"`{i}`" for i in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def rule_doc(rule: HouseRule) -> str:
    case = "in any case" if rule.ignore_case else "in exactly this case"
    if rule.replace:
        what = (f"A house-style substitution rule from your configuration: flags "
                f"{_listing([w for w, _ in rule.replace])} ({case}, as whole words) and "
                "offers the house form as a fix.")
        wrong, right = rule.replace[0]
        example = f"`{wrong}`"
        instead = f"`{right}`" + (" (and so on for each entry: "
                                  + ", ".join(f"{w} → {r}" for w, r in rule.replace[1:6])
                                  + ")" if len(rule.replace) > 1 else "")
    else:
        parts = []
        if rule.words:
            parts.append(f"the words {_listing(list(rule.words))} ({case}, as whole words)")
        if rule.patterns:
            parts.append(f"text matching {_listing(list(rule.patterns))}")
        what = ("A house-style existence rule from your configuration: flags "
                + " and ".join(parts) + ".")
        example = f"`{rule.words[0]}`" if rule.words else f"text matching `{rule.patterns[0]}`"
        instead = "Rephrase as the message says: " + rule.message.replace("{match}", "…")
    if rule.exceptions:
        what += f" Matches inside {_listing(list(rule.exceptions))} are allowed."
    why = rule.why or rule.message.replace("{match}", "…").replace("{replacement}", "…")
    page = (f"## What it does\n{what}\n\n## Why is this bad?\n{why}\n\n"
            f"## Example\n{example}\n\n## Use instead\n{instead}\n\n"
            f"## Options\nDefined in `[[tool.lintnews.rules]]` with code = \"{rule.code}\"; "
            "see docs/house-style.md.\n")
    if rule.replace:
        page += ("\n## Fix safety\nThe fix writes the configured replacement, in the case "
                 "of the text it replaces (KIEV → KYIV).\n")
    return page
