"""lintnews figures: the same quantity reported with two values in one article.

Hooks only; the work is in :mod:`.check`.
"""
from __future__ import annotations

from lintnews import hookimpl


@hookimpl
def lintnews_rules(config):
    from .rules import RULES
    return RULES


@hookimpl
def lintnews_check_document(document, config):
    from .check import check_document
    return check_document(document)
