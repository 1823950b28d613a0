"""Finding a house rule's words, patterns and replacements in prose."""
from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import Iterator

import regex

from lintnews.patterns import compile as _compile

from .config import HouseRule

@cache
def _word_char() -> "regex.Pattern":
    return _compile(r"[\p{L}\p{M}\p{N}_]")


def _phrase(word: str) -> str:
    """A literal word or phrase as a regex: white space may be any run of white space
    (a phrase may break over a line), and the ends are word boundaries where the
    phrase begins or ends with a letter or digit."""
    parts = [regex.escape(p) for p in word.split()]
    body = r"\s+".join(parts)
    start = r"(?<![\p{L}\p{M}\p{N}_])" if _word_char().match(word[0]) else ""
    end = r"(?![\p{L}\p{M}\p{N}_])" if _word_char().match(word[-1]) else ""
    return start + body + end


@cache
def compiled(rule: HouseRule) -> regex.Pattern:
    flags = regex.IGNORECASE if rule.ignore_case else 0
    alternatives: list[str] = []
    if rule.replace:
        keys = sorted((w for w, _ in rule.replace), key=len, reverse=True)
        alternatives.extend(_phrase(w) for w in keys)
    else:
        words = sorted(rule.words, key=len, reverse=True)
        alternatives.extend(_phrase(w) for w in words)
        alternatives.extend(f"(?:{p})" for p in rule.patterns)
    return _compile("|".join(alternatives), flags)


@cache
def _exceptions(rule: HouseRule) -> regex.Pattern | None:
    if not rule.exceptions:
        return None
    flags = regex.IGNORECASE if rule.ignore_case else 0
    words = sorted(rule.exceptions, key=len, reverse=True)
    return _compile("|".join(_phrase(w) for w in words), flags)


def _key(text: str, ignore_case: bool) -> str:
    text = " ".join(text.split())
    return text.casefold() if ignore_case else text


@cache
def _replacement_table(rule: HouseRule) -> dict[str, tuple[str, str]]:
    return {_key(wrong, rule.ignore_case): (wrong, right) for wrong, right in rule.replace}


def adapt_case(found: str, wrong: str, right: str) -> str:
    """The replacement in the case the writer used: KIEV -> KYIV, and a lower-case
    entry capitalised at the start of a sentence ("very unique" -> "Unique")."""
    if found == wrong:
        return right
    if len(found) > 1 and found.isupper() and not wrong.isupper():
        return right.upper()
    if found[:1].isupper() and wrong[:1].islower():
        return right[:1].upper() + right[1:]
    return right


def find(rule: HouseRule, string: str) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, replacement or None) for each match of ``rule`` in ``string``."""
    pattern = compiled(rule)
    allowed: list[tuple[int, int]] = []
    exceptions = _exceptions(rule)
    if exceptions is not None:
        allowed = [m.span() for m in exceptions.finditer(string)]
    allowed_starts = [a for a, _ in allowed]
    table = _replacement_table(rule) if rule.replace else None
    for m in pattern.finditer(string):
        start, end = m.span()
        if start == end:
            continue
        if allowed:
            i = bisect_right(allowed_starts, start) - 1
            if i >= 0 and end <= allowed[i][1]:
                continue  # inside an exception
        replacement = None
        if table is not None:
            entry = table.get(_key(m[0], rule.ignore_case))
            if entry is None:
                continue
            replacement = adapt_case(m[0], *entry)
            if replacement == m[0]:
                continue  # "NATO" for Nato -> NATO: already right
        yield start, end, replacement
