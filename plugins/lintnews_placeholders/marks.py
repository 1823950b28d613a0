"""PH002 (TK, TKTK, ???) and PH003 (XX standing for a number).

Both marks are also ordinary text: "TK" is a company's initials ("TK Maxx",
"TK-Safe", "die TK"), an author's initials ("Mundorf TK"); "XX" is a Roman
numeral ("the XX Olympic Games") or a title ("XXX, Hellboy").  So a mark is
flagged only where its neighbours leave no other reading.
"""
from __future__ import annotations

from functools import cache
from typing import Iterator

import re

import regex

from lintnews.patterns import compile as _compile, compile_re as _compile_re

from . import gates

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
           "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# Units that follow a number and so make a mark before them a number.
_UNITS = ("per\\s?cent|percent|pc|million|billion|trillion|thousand|hundred|bn|mn|m|k|"
          "people|persons|deaths|dead|years?|months?|weeks?|days?|hours?|minutes?|"
          "times|percentage\\s+points|points|votes|seats|homes|houses|miles|km|"
          "kilometres|kilometers|metres|meters|feet|pounds|dollars|euros|cases|patients")
# English words after which a bare "TK" or "???" can only stand for a fact.
_BEFORE_MARK = frozenset(
    "at of in on by to from about was is were are and or with than be been said says "
    "told reported killed injured cost costs paid raised earned totalled totaled "
    "approximately nearly almost roughly some over under just only age aged "
    "since until".split())
# Lower-case words after "XX" that show it is not a number.
_NOT_AFTER_XX = frozenset(
    "this that these those the a an is was are were be it we you he she they and or "
    "but to i if so do does not should must can could will would chromosome "
    "chromosomes films film movies movie videos video sites site content domain "
    "material rated magazine magazines star stars industry theatre theater channel "
    "channels pictures".split())
# Capitalised words that may open a sentence before a mark without making it a name.
_STARTERS = frozenset(
    "The A An About Some Only Nearly Almost Around Roughly Over Under At In On By Of "
    "Since Until And But Or With From To For Just Another Another Total Exactly".split())


@cache
def _tk() -> "re.Pattern":
    # Only a "TK" where it may be a mark is looked at closer, so that a million
    # "TK"s of a company's name cost one scan (the standard re module: faster here).
    before = "|".join(sorted(_BEFORE_MARK))
    return _compile_re(
        r"(?<![\w-])(TK(?:TK)+)(?![\w-])"                          # TKTK
        r"|[\[({$£€]\s?(TK)(?![\w-])"                              # [TK], $TK
        rf"|(?<![\w-])(TK)(?=\s?%|\s+(?i:{_UNITS})\b)"              # TK million, TK%
        rf"|(?<![\w-])(?:{before})[ \t]{{1,3}}(TK)(?![\w-])"         # killed TK people
    )


@cache
def _questions() -> regex.Pattern:
    return _compile(r"(?<![^\s\[(])\?{3,}(?![^\s\]).,;:])")


@cache
def _xx() -> regex.Pattern:
    return _compile(
        r"(?P<cur>[$£€¥]\s?)?(?<![\w.,-])(?P<x>XX(?:X)?(?:,XXX)*(?:\.X+)?|X(?:,XXX)+)"
        r"(?![\w-]|\.\w|,\w)"
        r"|(?P<cur2>[$£€¥])(?P<x2>X)(?![\w-])"
    )


@cache
def _unit_after() -> regex.Pattern:
    return _compile(rf"\s?%|\s+(?:{_UNITS})\b", regex.IGNORECASE)


@cache
def _month_before() -> regex.Pattern:
    return _compile(rf"\b(?:{_MONTHS})\.?\s+$")


def _word_before(string: str, start: int) -> str:
    i = start
    while i > 0 and string[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (string[j - 1].isalpha() or string[j - 1] in "'’"):
        j -= 1
    return string[j:i]


def _char_before(string: str, start: int) -> str:
    i = start
    while i > 0 and string[i - 1] in " \t":
        i -= 1
    return string[i - 1] if i > 0 else ""


def _word_after(string: str, end: int) -> str:
    i = end
    while i < len(string) and string[i] in " \t":
        i += 1
    j = i
    while j < len(string) and string[j].isalpha():
        j += 1
    return string[i:j]


def _next_char(string: str, end: int) -> str:
    i = end
    while i < len(string) and string[i] in " \t":
        i += 1
    return string[i] if i < len(string) else ""


def _bracketed(string: str, start: int, end: int) -> bool:
    before = string[start - 1] if start else ""
    after = string[end] if end < len(string) else ""
    return (before, after) in {("[", "]"), ("(", ")"), ("{", "}")}


def find_to_come(string: str, caps: bytes | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark) for TK/TKTK and free-standing ??? marks (``caps``: the text's
    gates.capitals(), if known)."""
    if caps is None:
        caps = gates.capitals(gates.one_byte(string))
    if b"TK" in caps and "TK" in string:  # (gates.holds, written out)
        for m in _tk().finditer(string):
            group = m.lastindex
            start, end = m.span(group)
            if _tk_is_mark(string, start, end, m[group]):
                yield start, end, m[group]
    if b"???" in caps and "???" in string:
        for m in _questions().finditer(string):
            s, e = m.span()
            if _bracketed(string, s, e):
                yield s, e, m[0]
                continue
            after = _next_char(string, e)
            if after.isalpha() and after.islower() or after.isdigit():
                yield s, e, m[0]
            elif after in ".,;:" and _word_before(string, s).lower() in _BEFORE_MARK:
                yield s, e, m[0]


def _tk_is_mark(string: str, start: int, end: int, mark: str) -> bool:
    if mark != "TK":  # TKTK, TKTKTK: never a name
        return True
    if _bracketed(string, start, end):
        return True
    after = string[end:end + 3]
    if after[:1] in ("'", "’"):  # TK's
        return False
    if _char_before(string, start) in ("$", "£", "€"):
        return True
    if _unit_after().match(string, end):
        return True
    prev = _word_before(string, start)
    if prev.lower() not in _BEFORE_MARK or not prev.islower():
        return False
    nxt = _next_char(string, end)
    if nxt == "" or nxt in ".,;:)!?":
        return True
    word = _word_after(string, end)
    return bool(word) and word.islower()


def find_missing_figures(string: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark) for XX/XXX standing where a number belongs."""
    if "X" not in string:
        return
    # every match of _xx() holds "XX" (X,XXX too) or a currency sign before "X": most
    # texts with an X (a name, a Roman numeral, "X, Y") hold none, and need no scan by
    # the regex module
    if "XX" not in string and not any(sign + "X" in string for sign in "$£€¥"):
        return
    for m in _xx().finditer(string):
        if m["x2"]:
            yield m.start("x2") - 1, m.end("x2"), m[0]
            continue
        s, e = m.span("x")
        mark = m["x"]
        if m["cur"]:
            yield m.start(), e, m[0]
            continue
        if _is_missing_figure(string, s, e, mark):
            yield s, e, mark


def _is_missing_figure(string: str, start: int, end: int, mark: str) -> bool:
    if "," in mark or "." in mark:  # X,XXX / XX.X: only ever a number
        return True
    if _month_before().search(string, max(0, start - 16), start):
        return True
    prev = _word_before(string, start)
    if prev and prev[0].isupper() and prev not in _STARTERS:
        return False  # Super Bowl XXX, Louis XX, siglo XX
    word = _word_after(string, end)
    if word.lower() in _NOT_AFTER_XX:
        return False
    if _unit_after().match(string, end):
        return True
    if mark == "XX" and "XY" in string[max(0, start - 300):end + 300]:
        return False  # chromosomes
    return bool(word) and word.islower() and _next_char(string, end).isalpha()
