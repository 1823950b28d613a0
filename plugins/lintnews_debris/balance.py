"""TXT006 (quotation marks) and TXT007 (brackets) left unbalanced in a paragraph.

News style opens a quotation again at each paragraph it runs over and closes
it only at the end, so an unclosed quote is fine when the next paragraph
opens with a quote mark; a bracket or quote whose partner sits in the next
paragraph (a scraper's split) is not reported either.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Iterator, Sequence

import re

import regex

from lintnews.patterns import compile as _compile, compile_re as _compile_re


@dataclass(frozen=True)
class Unbalanced:
    start: int
    end: int
    message: str
    replacement: str | None = None


@cache
def _quote_marks() -> regex.Pattern:
    # double quotes, and the typewriter pairs ‘‘ ’’ `` '' some papers use for them
    return _compile(r"[“”″\"]|‘‘|’’|``|''")


_OPENERS = ("“", "‘‘", "``")
_CLOSERS = ("”", "’’", "″")


def _direction(text: str, start: int, end: int) -> str:
    """'open', 'close' or '?' for a straight quote, from the characters around it."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}—–-/"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "?"


@cache
def _bracket_marks() -> regex.Pattern:
    return _compile(r"(?<![:;=][-o^']?)[()\[\]]|(?<=[:;=][-o^']?)[\[\]]")  # not :) ;-( =]


@cache
def _list_marker() -> regex.Pattern:
    # "1)", "a)", "iv)" opening a line or following a space: list numbering
    # and a short label opening a line: "'*:rw') any request"
    return _compile(r"(?:^|(?<=[\s(-]))(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})$"
                         r"|(?:^|\n)[ \t]*[^\s()]{1,12}$|'[^'\n]{1,20}'$")


def _resumes(text: str, index: int) -> bool:
    """Whether an opening mark follows the end of a sentence (a quotation resumed
    after a lost paragraph break) rather than sitting inside one (a nested quote)."""
    before = text[max(0, index - 3):index].rstrip()
    return not before or before[-1] in ".!?:…"


def _opens_with_quote(s: str) -> bool:
    return s.lstrip(" \t\n•*-–—")[:1] in ('"', "“", "‘", "'", "«", "„")


def _continued(string: str, paragraphs: Sequence, index: int) -> bool:
    """Whether a quotation left open at the end of paragraph ``index`` goes on: one of
    the next paragraphs opens with a quote mark (news style) or closes one first (a
    block quote whose middle paragraphs carry no marks), skipping up to REACH
    paragraphs without marks (fragments, a page's widgets between two paragraphs)."""
    for para in paragraphs[index + 1:index + 1 + REACH]:
        text = string[para.start:para.end]
        if _opens_with_quote(text) or _closes_first(text):
            return True
        if _quote_marks().search(text):
            return False
    return False


def find_quotes(string: str, paragraphs: Sequence) -> Iterator[Unbalanced]:
    if '"' not in string and "“" not in string and "”" not in string and "’’" not in string:
        return
    carried = False  # the previous paragraph left a quotation open
    for index, para in enumerate(paragraphs):
        text = string[para.start:para.end]
        if _other_convention(text) or len(text.strip(" \"“”'‘’*•-")) == 0:
            carried = False
            continue
        if not _quote_marks().search(text):
            continue  # a paragraph inside a quotation that runs on may have no mark at all
        # the quotation now open, and a stray closing mark: (where, which mark, reportable)
        open_at: tuple[int, str, bool] | None = None
        stray: tuple[int, str, bool] | None = None
        nested = 0
        for m in _quote_marks().finditer(text):
            mark, pos = m[0], para.start + m.start()
            # a mark alone on its line (a scraper's split link) pairs but is never reported
            reportable = _line_has_words(text, m.start())
            if text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")":
                continue  # a mark named, not used: 'double quotes (")'
            if mark in _OPENERS:
                kind = "open"
            elif mark in _CLOSERS:
                kind = "close"
                if text[m.start() - 1:m.start()].isdigit() and open_at is None:
                    continue  # inches: a 16” laptop
                if open_at is None and _direction(text, m.start(), m.end()) == "open":
                    if reportable:
                        yield Unbalanced(pos, pos + len(mark),
                                         f"Closing quotation mark {mark} used to open a "
                                         "quotation", "“" if mark == "”" else "‘‘")
                    open_at = (pos, mark, False)
                    continue
            else:
                kind = _direction(text, m.start(), m.end())
                if mark == "''" and kind == "?":
                    continue  # not clearly a quote: what is left of 'a quoted <URL>'
                if text[m.start() - 1:m.start()].isdigit() and open_at is None and kind != "open":
                    continue  # an inch mark: 5'11", a 12" record, a 70"+ screen
                if kind == "?":
                    kind = "close" if open_at is not None else "open"
            if mark == "″" and open_at is None:
                continue  # a double prime: 15″
            if kind == "open":
                if open_at is not None and mark in _OPENERS and not _resumes(text, m.start()):
                    nested += 1  # “... “villain” ...”: a quotation inside a quotation
                    continue
                # a second opening is a quotation resumed after a lost paragraph break
                open_at = (pos, mark, reportable)
            elif nested and mark in _CLOSERS:
                nested -= 1
            elif open_at is not None:
                open_at = None
            elif not (carried and stray is None and m.start() == _first_mark(text)):
                if stray is None:
                    stray = (pos, mark, reportable)
        if stray is not None and stray[2]:
            yield Unbalanced(stray[0], stray[0] + len(stray[1]),
                             f"Closing quotation mark {stray[1]} without an opening one in its "
                             "paragraph")
        continued = _continued(string, paragraphs, index)
        if open_at is not None and open_at[2] and not continued and not _truncated(text):
            yield Unbalanced(open_at[0], open_at[0] + len(open_at[1]),
                             f"Quotation mark {open_at[1]} is not closed in its paragraph")
        carried = open_at is not None and continued


def _other_convention(text: str) -> bool:
    """A paragraph whose quotation marks follow rules other than English prose's:
    „German“, «French», “ spaced “ quotes, Czech closing “, code and JSON."""
    if any(c in text for c in "„«»{}") or any(s in text for s in ('":', '="', "=”", "=“")):
        return True
    for mark in "“”":
        i = text.find(mark)
        while i >= 0:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if after.isspace() and (before.isspace() or (mark == "“" and not before.isspace())):
                return True
            i = text.find(mark, i + 1)
    return _mostly_non_latin(text)


@cache
def _non_ascii() -> "re.Pattern":
    return _compile_re(r"[^\x00-\x7f]")


def _mostly_non_latin(text: str) -> bool:
    """A paragraph in a script other than Latin (its brackets and quotes differ)."""
    if text.isascii():
        return False
    other = sum(1 for c in _non_ascii().findall(text) if c.isalpha() and c > "\u024f")
    return other > 0.2 * len(text)


def _line_has_words(text: str, index: int) -> bool:
    """Whether the line holding ``index`` (or the 200 characters either side of it in
    a very long line) has a letter."""
    start = text.rfind("\n", max(0, index - 200), index) + 1 or max(0, index - 200)
    end = text.find("\n", index, index + 200)
    line = text[start:end if end >= 0 else index + 200]
    return any(c.isalpha() for c in line)


def _not_prose(text: str) -> bool:
    """A bracket alone on a line (a scraper's split link), code, or text in a script
    with brackets of its own."""
    if len(text.strip(" ()[]{}.,;:*•-")) == 0 or "（" in text or "）" in text:
        return True
    if "{" in text or "}" in text:
        return True
    return _mostly_non_latin(text)


def _truncated(text: str) -> bool:
    """A teaser cut short ("...", "…"): its quote was closed in the full text."""
    return text.rstrip().endswith(("...", "…", "..", "[…]", "[...]"))


def _first_mark(text: str) -> int:
    m = _quote_marks().search(text)
    return m.start() if m else -1


def _closes_first(text: str) -> bool:
    """Whether a paragraph's first quotation mark closes (a quote split by a scraper)."""
    m = _quote_marks().search(text)
    if not m:
        return False
    if m[0] in _CLOSERS:
        return True
    return m[0] == '"' and _direction(text, m.start(), m.end()) == "close"


#: How many paragraphs a bracket may stay open: an aside running over a few
#: paragraphs, or a scraper's split ("reserved (" / "About us" / ")").
REACH = 6


def find_brackets(string: str, paragraphs: Sequence) -> Iterator[Unbalanced]:
    if not any(c in string for c in "()[]"):
        return
    found: list[Unbalanced] = []
    # open brackets: (mark, position, paragraph, reportable)
    stack: list[tuple[str, int, int, bool]] = []

    def expire(before: int) -> None:
        count = 0
        while count < len(stack) and stack[count][2] < before:
            count += 1
        for ch, pos, _, reportable in stack[:count]:
            if reportable:
                found.append(Unbalanced(pos, pos + 1,
                                        f"Bracket {ch} is not closed in its paragraph"))
        del stack[:count]

    for index, para in enumerate(paragraphs):
        expire(index - REACH)
        text = string[para.start:para.end]
        if not any(c in text for c in "()[]") or _not_prose(text):
            continue
        for m in _bracket_marks().finditer(text):
            ch, pos = m[0], para.start + m.start()
            # "(" or "]))[" alone on a line (a split link, code) pairs but is never reported
            reportable = _line_has_words(text, m.start())
            if ch in "([":
                stack.append((ch, pos, index, reportable))
                continue
            want = "(" if ch == ")" else "["
            for depth in range(len(stack) - 1, max(-1, len(stack) - 9), -1):
                if stack[depth][0] == want:
                    del stack[depth:]
                    break
            else:
                if not reportable or ch == ")" and _list_marker().search(
                        text, max(0, m.start() - 16), m.start()):
                    continue
                found.append(Unbalanced(
                    pos, pos + 1, f"Closing bracket {ch} without an opening one in its paragraph"))
    expire(len(paragraphs) + 1)
    found.sort(key=lambda u: u.start)
    yield from found
