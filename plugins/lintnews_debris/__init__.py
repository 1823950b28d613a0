"""Debris from scraping and editing (TXT): glued words, mojibake, lost characters,
invisible characters, doubled words, unbalanced quotes and brackets."""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Iterator

import regex

from lintnews import hookimpl
from lintnews.patterns import compile as _compile

from . import balance, doubled, encoding, glued, invisible, telltale
from .rules import (DOUBLED_WORD, GLUED_WORDS, INVISIBLE_CHARACTER, MOJIBAKE,
                    REPLACEMENT_CHARACTER, RULES, UNBALANCED_BRACKETS, UNBALANCED_QUOTES)

if TYPE_CHECKING:
    from lintnews import Finding
    from lintnews.config import Config
    from lintnews.document import Document

__version__ = "0.1.0"


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    return any(start <= index < end for start, end in spans)


@cache
def _markup() -> "regex.Pattern":
    return _compile(r"<[^<>]*>|[*_`]")


def _placement(text, start: int, end: int) -> str | None:
    """How ``text.string[start:end]`` stands in the source: "exact" when unbroken,
    "markup" when only tags or emphasis marks fall inside it (a finding, but no
    fix), None when something else was left out of the prose there (a URL: "or
    <url> or" must not read "or or")."""
    src_start = text.source_offset(start)
    src_end = text.source_offset(end - 1) + 1
    if src_end - src_start == end - start:
        return "exact"
    between = _markup().sub("", text.source.text[src_start:src_end])
    return "markup" if between == text.string[start:end] else None


@hookimpl
def lintnews_rules(config: "Config"):
    return RULES


@hookimpl
def lintnews_check_document(document: "Document", config: "Config") -> Iterator["Finding"]:
    for text in document.texts():
        s = text.string
        for g in glued.find_glued(s):
            if _placement(text, g.start, g.end) != "exact":
                continue  # across a URL, or an element boundary a style sheet may break
            shown = s[g.start:g.end]
            yield document.finding(
                GLUED_WORDS.code, f"Words glued together: {shown!r}", text, g.start, g.end,
                replacement=g.replacement,
                fix_message=f"Separate them: {g.replacement!r}",
                applicability="safe" if g.sentence else "unsafe")
        present = telltale.chars(s)
        damaged = []  # spans of mojibake: other checks would misread their characters
        for b in encoding.find_mojibake(s, present):
            damaged.append((b.start, b.end))
            shown = s[b.start:b.end]
            message = (f"Mojibake {shown!r}: a no-break space read in the wrong encoding"
                       if b.replacement == "" else
                       f"Mojibake {shown!r} (wrong encoding) for {b.replacement!r}")
            yield document.finding(MOJIBAKE.code, message, text, b.start, b.end,
                                   replacement=b.replacement,
                                   fix_message=f"Replace with {b.replacement!r}")
        for b in encoding.find_replacement_characters(s, present):
            count = s.count("\ufffd", b.start, b.end)
            what = "a character was" if count == 1 else f"{count} characters were"
            yield document.finding(REPLACEMENT_CHARACTER.code,
                                   f"Replacement character '\ufffd': {what} lost in a bad "
                                   "conversion", text, b.start, b.end)
        for inv in invisible.find_invisible(s, present):
            if _inside(damaged, inv.start):
                continue
            count = inv.end - inv.start
            what = inv.name if count == 1 else f"{count} × {inv.name}"
            yield document.finding(INVISIBLE_CHARACTER.code, f"Invisible character: {what}",
                                   text, inv.start, inv.end, replacement="",
                                   fix_message="Delete the invisible character")
        for start, end, word in doubled.find_doubled(s, present):
            placed = _placement(text, start, end)
            if placed is None:
                continue
            yield document.finding(DOUBLED_WORD.code, f"Doubled word {word!r}", text,
                                   start, end, replacement=word if placed == "exact" else None,
                                   fix_message=f"Write {word!r} once")
        paragraphs = lambda: text.paragraphs  # noqa: E731 (split only if needed)
        for u in balance.find_quotes(s, paragraphs):
            if _inside(damaged, u.start):
                continue
            yield document.finding(UNBALANCED_QUOTES.code, u.message, text, u.start, u.end,
                                   replacement=u.replacement)
        for u in balance.find_brackets(s, paragraphs):
            yield document.finding(UNBALANCED_BRACKETS.code, u.message, text, u.start, u.end)
