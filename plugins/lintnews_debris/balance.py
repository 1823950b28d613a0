"""TXT006 (quotation marks) and TXT007 (brackets) left unbalanced in a paragraph.

News style opens a quotation again at each paragraph it runs over and closes
it only at the end, so an unclosed quote is fine when the next paragraph
opens with a quote mark; a bracket or quote whose partner sits in the next
paragraph (a scraper's split) is not reported either.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import NamedTuple, Iterator, Sequence

import re

import regex

from lintnews.patterns import compile as _compile, compile_re as _compile_re


class Unbalanced(NamedTuple):
    start: int
    end: int
    message: str
    replacement: str | None = None


@cache
def _quote_marks() -> "re.Pattern":
    # double quotes, and the typewriter pairs ‘‘ ’’ `` '' some papers use for them:
    # [“”″"]|‘‘|’’|``|'' written with one character class first, so that re skips
    # to the next candidate fast (plain characters: re finds them as regex would)
    return _compile_re(r"[“”″\"‘’`'](?:(?<=[“”″\"])|(?<=‘)‘|(?<=’)’|(?<=`)`|(?<=')')")


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
def _bracket_marks() -> "re.Pattern":
    # every bracket, but not the mouth of :) ;-( =^) and the like: what
    # (?<![:;=][-o^']?)[()\[\]]|(?<=[:;=][-o^']?)[\[\]] finds, with a character class
    # first and fixed-width look-behinds, for re
    return _compile_re(r"[()\[\]](?:(?<=[\[\]])|(?<![:;=].)(?<![:;=][-o^'].))")


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


#: The quotation marks of _quote_marks(), each a string that str.find looks for: no two
#: share a character, so their non-overlapping occurrences are the pattern's matches.
_QUOTE_NEEDLES = ('"', "“", "”", "″", "‘‘", "’’", "``", "''")


def _marks(text: str, needles: Sequence[str] = _QUOTE_NEEDLES) -> list[tuple[int, str]]:
    """(where, which mark) of each match of _quote_marks().finditer(text), in order, if
    ``needles`` holds every mark in ``text``: from str.find for each, where re's scan
    stopped at every apostrophe and tested a class of eight characters at every one."""
    found: list[tuple[int, str]] = []
    find = text.find
    kinds = 0
    for needle in needles:
        pos = find(needle)
        if pos < 0:
            continue
        kinds += 1
        width = len(needle)
        while pos >= 0:
            found.append((pos, needle))
            pos = find(needle, pos + width)
    if kinds > 1:
        found.sort()
    return found


_AFTER_ALL = float("inf")


def _holding_chars(string: str, paragraphs: Sequence, needles) -> list[int]:
    """The indexes of the paragraphs holding one of ``needles`` (characters, or the
    marks of _QUOTE_NEEDLES) whole: str.find for each, skipping the rest of a paragraph
    once it has one (a regex search for all of them stopped at every apostrophe)."""
    held: set[int] = set()
    last = len(paragraphs) - 1
    find = string.find
    for needle in needles:
        width = len(needle)
        pos = find(needle)
        while pos >= 0:
            index = bisect_right(paragraphs, (pos, _AFTER_ALL)) - 1
            if index >= 0 and pos + width <= paragraphs[index].end:
                held.add(index)
            if index == last:
                break
            # (a mark across a paragraph's end leaves nothing whole before the next one)
            pos = find(needle, max(pos + 1, paragraphs[index + 1].start))
    return sorted(held)


def _resets(text: str, marks: list[tuple[int, str]] | None = None) -> bool:
    """Whether a paragraph ends a quotation carried over from the one before (``marks``:
    its _marks(), if known)."""
    return _other_convention(text, marks) or len(text.strip(" \"“”'‘’*•-")) == 0


def _spans(paragraphs) -> Sequence:
    """Paragraph spans, given as they are or as a function giving them (so that a
    text with nothing to pair is never split into paragraphs)."""
    return paragraphs() if callable(paragraphs) else paragraphs


def find_quotes(string: str, paragraphs) -> Iterator[Unbalanced]:
    # the marks in the text (most texts have two or three of the eight): only these are
    # looked for in each paragraph
    needles = [needle for needle in _QUOTE_NEEDLES if needle in string]
    if not ('"' in needles or "“" in needles or "”" in needles or "’’" in needles):
        return
    paragraphs = _spans(paragraphs)
    carried = False  # the previous paragraph left a quotation open
    previous = -1
    # only paragraphs holding a mark are read; one inside a quotation that runs on may
    # have no mark at all, and leaves it open unless it ends it (_resets)
    for index in _holding_chars(string, paragraphs, needles):
        if carried:
            for between in paragraphs[previous + 1:index]:
                if _resets(string[between.start:between.end], []):  # no whole mark
                    carried = False
                    break
        previous = index
        para = paragraphs[index]
        text = string[para.start:para.end]
        marks = _marks(text, needles)
        if _resets(text, marks):
            carried = False
            continue
        # the quotation now open, and a stray closing mark: (where, which mark, and where
        # in ``text`` to ask _line_has_words whether it is reportable, -1 for never)
        open_at: tuple[int, str, int] | None = None
        stray: tuple[int, str, int] | None = None
        nested = 0
        for at, mark in marks:
            end = at + len(mark)
            pos = para.start + at
            before = text[at - 1:at]
            # a mark alone on its line (a scraper's split link) pairs but is never
            # reported: _line_has_words(text, at), asked only when it matters
            if before == "(" and text[end:end + 1] == ")":
                continue  # a mark named, not used: 'double quotes (")'
            if mark in _OPENERS:
                kind = "open"
            elif mark in _CLOSERS:
                kind = "close"
                if before.isdigit() and open_at is None:
                    continue  # inches: a 16” laptop
                if open_at is None and _direction(text, at, end) == "open":
                    if _line_has_words(text, at):
                        yield Unbalanced(pos, pos + len(mark),
                                         f"Closing quotation mark {mark} used to open a "
                                         "quotation", "“" if mark == "”" else "‘‘")
                    open_at = (pos, mark, -1)
                    continue
            else:
                kind = _direction(text, at, end)
                if mark == "''" and kind == "?":
                    continue  # not clearly a quote: what is left of 'a quoted <URL>'
                if before.isdigit() and open_at is None and kind != "open":
                    continue  # an inch mark: 5'11", a 12" record, a 70"+ screen
                if kind == "?":
                    kind = "close" if open_at is not None else "open"
            if mark == "″" and open_at is None:
                continue  # a double prime: 15″
            if kind == "open":
                if open_at is not None and mark in _OPENERS and not _resumes(text, at):
                    nested += 1  # “... “villain” ...”: a quotation inside a quotation
                    continue
                # a second opening is a quotation resumed after a lost paragraph break
                open_at = (pos, mark, at)
            elif nested and mark in _CLOSERS:
                nested -= 1
            elif open_at is not None:
                open_at = None
            elif not (carried and stray is None and at == _first_mark(text)):
                if stray is None:
                    stray = (pos, mark, at)
        if stray is not None and _reportable(text, stray[2]):
            yield Unbalanced(stray[0], stray[0] + len(stray[1]),
                             f"Closing quotation mark {stray[1]} without an opening one in its "
                             "paragraph")
        continued = open_at is not None and _continued(string, paragraphs, index)
        if (open_at is not None and not continued and _reportable(text, open_at[2])
                and not _truncated(text)):
            yield Unbalanced(open_at[0], open_at[0] + len(open_at[1]),
                             f"Quotation mark {open_at[1]} is not closed in its paragraph")
        carried = continued


def _other_convention(text: str, marks: list[tuple[int, str]] | None = None) -> bool:
    """A paragraph whose quotation marks follow rules other than English prose's:
    „German“, «French», “ spaced “ quotes, Czech closing “, code and JSON."""
    return (_may_have_other_marks(text, marks) and _other_marks().search(text) is not None
            or _mostly_non_latin(text))


def _may_have_other_marks(text: str, marks: list[tuple[int, str]] | None) -> bool:
    """False when _other_marks() cannot match ``text`` (whose _marks() are ``marks``, if
    known): none of „ « » { } = or '":', and no “ or ” before a space or the end (spaced
    quotes).  `in` and the marks already found do what re's scan did testing a class of
    nine characters at every character: most paragraphs with quotes have these marks only
    where prose puts them."""
    if "=" in text or "{" in text or "}" in text or '":' in text:
        return True
    if not text.isascii() and ("„" in text or "«" in text or "»" in text):
        return True
    for pos, mark in _marks(text) if marks is None else marks:
        if mark == "“" or mark == "”":
            after = text[pos + 1:pos + 2]
            if not after or after.isspace():  # (?!\S)
                if mark == "“" or pos == 0 or text[pos - 1].isspace():  # (?<!\S.) for ”
                    return True
    return False


@cache
def _other_marks() -> "re.Pattern":
    # „ « » { } anywhere; '":', '="', '=”' or '=“'; “ before a space or the end; ” with
    # a space or an end on both sides.  One character class first, so that re skips
    # to its characters fast.
    return _compile_re(r"[„«»{}\"=“”](?:(?<=[„«»{}])|(?<=\")(?=:)|(?<==)(?=[\"”“])"
                       r"|(?<=[“”])(?!\S)(?:(?<=“)|(?<!\S.)))")


@cache
def _beyond_latin() -> "re.Pattern":
    return _compile_re(r"[^\x00-\u024f]")


@cache
def _ascii_letter() -> "re.Pattern":
    return _compile_re(r"[A-Za-z]")


def _mostly_non_latin(text: str) -> bool:
    """A paragraph in a script other than Latin (its brackets and quotes differ): more
    than a fifth of its characters are letters beyond Latin."""
    if text.isascii():
        return False
    limit = 0.2 * len(text)
    # the characters beyond latin-1 (dropped by the encoding) are at least as many as
    # the letters beyond Latin: if they are few, so are those
    if len(text) - len(text.encode("latin-1", "ignore")) <= limit:
        return False
    letters = 0
    findall = _beyond_latin().findall
    for start in range(0, len(text), 4096):  # a slice at a time, to stop once it is clear
        letters += sum(map(str.isalpha, findall(text, start, start + 4096)))
        if letters > limit:
            return True
    return False


def _line_has_words(text: str, index: int) -> bool:
    """Whether the line holding ``index`` (or the 200 characters either side of it in
    a very long line) has a letter."""
    start = text.rfind("\n", max(0, index - 200), index) + 1 or max(0, index - 200)
    end = text.find("\n", index, index + 200)
    end = end if end >= 0 else index + 200
    if _ascii_letter().search(text, start, end):
        return True  # the common case, found without a loop in Python
    return any(c.isalpha() for c in text[start:end])


def _reportable(text: str, at: int) -> bool:
    return at >= 0 and _line_has_words(text, at)


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


def find_brackets(string: str, paragraphs) -> Iterator[Unbalanced]:
    if not any(c in string for c in "()[]"):
        return
    paragraphs = _spans(paragraphs)
    found: list[Unbalanced] = []
    # open brackets: (mark, position, paragraph, its text, index in the text); whether
    # one is reportable (_line_has_words) is asked only when it is left unclosed
    stack: list[tuple[str, int, int, str, int]] = []

    def expire(before: int) -> None:
        count = 0
        while count < len(stack) and stack[count][2] < before:
            count += 1
        for ch, pos, _, text, at in stack[:count]:
            if _line_has_words(text, at):
                found.append(Unbalanced(pos, pos + 1,
                                        f"Bracket {ch} is not closed in its paragraph"))
        del stack[:count]

    # only paragraphs holding a bracket are read; those in between need only expire()
    for index in _holding_chars(string, paragraphs, "()[]"):
        expire(index - REACH)
        para = paragraphs[index]
        text = string[para.start:para.end]
        if _not_prose(text):
            continue
        for m in _bracket_marks().finditer(text):
            ch, at = m[0], m.start()
            pos = para.start + at
            # "(" or "]))[" alone on a line (a split link, code) pairs but is never reported
            if ch in "([":
                stack.append((ch, pos, index, text, at))
                continue
            want = "(" if ch == ")" else "["
            for depth in range(len(stack) - 1, max(-1, len(stack) - 9), -1):
                if stack[depth][0] == want:
                    del stack[depth:]
                    break
            else:
                if not _line_has_words(text, at) or ch == ")" and _list_marker().search(
                        text, max(0, at - 16), at):
                    continue
                found.append(Unbalanced(
                    pos, pos + 1, f"Closing bracket {ch} without an opening one in its paragraph"))
    expire(len(paragraphs) + 1)
    found.sort(key=lambda u: u.start)
    yield from found
