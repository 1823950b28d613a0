"""lintnews built-in plugin: decade and date errors (prefix DT).

DT001 decade-for-year, DT002 decade-apostrophe, DT003 weekday-date-mismatch,
DT004 impossible-date, DT005 relative-day-mismatch.  See ``rules.py`` for each
rule's documentation.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from lintnews import Option, PluginOptions, hookimpl

if TYPE_CHECKING:
    from lintnews import Finding, Rule
    from lintnews.config import Config
    from lintnews.document import Document

SECTION = "dates"
ORDERS = ("auto", "dmy", "mdy")


def _order(value: object) -> str:
    if value not in ORDERS:
        raise ValueError(f"must be one of {', '.join(ORDERS)}, not {value!r}")
    return value  # type: ignore[return-value]


@hookimpl
def lintnews_options() -> PluginOptions:
    return PluginOptions(SECTION, {
        "date-order": Option(str, "auto", "how to read all-numeric dates such as 05/03/2024: "
                             "auto (from the article and locale), dmy or mdy", _order),
    })


@hookimpl
def lintnews_rules() -> "list[Rule]":
    from .rules import RULES
    return list(RULES)


@hookimpl
def lintnews_check_document(document: "Document", config: "Config") -> Iterator["Finding"]:
    from . import rules
    from .calendar import find_dates, settle_order
    from .decades import article_years, decade_findings, spelling_findings
    from .impossible import impossible_findings
    from .weekdays import relative_findings, weekday_findings

    texts = list(document.texts())
    mentions = {id(t): find_dates(t.string) for t in texts}
    option = (config.plugin_options(SECTION) or {}).get("date-order", "auto")
    locale = document.meta.locale or config.locale
    order = settle_order([m for ms in mentions.values() for m in ms], locale, option)
    named: list[list[int]] = []

    def years() -> list[int]:  # the years the article names: read once, if a decade needs them
        if not named:
            named.append(article_years(document))
        return named[0]

    for text in texts:
        found = mentions[id(text)]
        yield from decade_findings(document, text, years, rules.DECADE_FOR_YEAR)
        yield from spelling_findings(document, text, rules.DECADE_APOSTROPHE)
        yield from weekday_findings(document, text, found, order, rules.WEEKDAY_MISMATCH)
        yield from impossible_findings(document, text, found, rules.IMPOSSIBLE_DATE)
        yield from relative_findings(document, text, rules.RELATIVE_DAY)
