"""Placeholder and unfinished text (PH): what a template or a reporter left unfilled.

Every rule defaults to error severity: an article carrying one must not be
published.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lintnews import hookimpl
from lintnews.patterns import compile as _compile

from . import fields, gates, htmlhead, marks, notes, templates
from .rules import (EDITORIAL_NOTE, FIELD_PLACEHOLDER, LOREM_IPSUM, MISSING_FIGURE,
                    RULES, TEMPLATE_VARIABLE, TO_COME)

if TYPE_CHECKING:
    from lintnews import Finding
    from lintnews.config import Config
    from lintnews.document import Document

__version__ = "0.1.0"

@cache
def _space() -> "regex.Pattern":
    return _compile(r"\s+")


def _shown(mark: str) -> str:
    """A mark as quoted in a message: white space collapsed, long marks cut."""
    mark = _space().sub(" ", mark)
    return repr(mark if len(mark) <= 60 else mark[:57] + "...")


@hookimpl
def lintnews_rules(config: "Config"):
    return RULES


@hookimpl
def lintnews_check_document(document: "Document", config: "Config") -> Iterator["Finding"]:
    for text in (*document.texts(), *htmlhead.head_texts(document)):
        s = text.string
        data = gates.one_byte(s)  # for the first scans of the rules below
        caps = gates.capitals(data)
        for start, end, var in templates.find_template_variables(s):
            yield document.finding(TEMPLATE_VARIABLE.code,
                                   f"Unfilled template variable {_shown(var)}", text, start, end)
        for start, end, mark in marks.find_to_come(s, caps):
            yield document.finding(TO_COME.code,
                                   f"{_shown(mark)} marks copy still to come", text, start, end)
        for start, end, mark in marks.find_missing_figures(s):
            yield document.finding(MISSING_FIGURE.code,
                                   f"{_shown(mark)} stands in for a missing figure", text, start, end)
        # paragraphs and lines are split only if needed (rarely: a text with filler)
        for start, end, _ in notes.find_lorem(s, lambda: text.paragraphs, data):
            yield document.finding(LOREM_IPSUM.code,
                                   "Lorem ipsum filler text left in the copy", text, start, end)
        for start, end, note in notes.find_notes(s, caps=caps):
            yield document.finding(EDITORIAL_NOTE.code,
                                   f"Editorial note {_shown(note)} left in the copy", text, start, end)
    yield from fields.check_fields(document, FIELD_PLACEHOLDER.code)
