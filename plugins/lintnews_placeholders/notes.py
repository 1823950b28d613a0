"""PH004 (lorem ipsum filler) and PH005 (editorial notes left in the copy)."""
from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import Iterator

import re

import regex

from lintnews.patterns import compile as _compile, compile_re as _compile_re

from . import gates

_NEED_WHAT = (r"quotes?|sources?|figures?|numbers?|confirmation|links?|photos?|art|"
              r"attribution|citations?|comments?|names?|dates?|data|stats?|details|info|"
              r"reaction|response|context|graphic|caption|headline|byline")
_CHECK_WHAT = (r"this|that|spelling|names?|figures?|numbers?|dates?|facts|quotes?|titles?|"
               r"ages?|math|maths|link|url")


@cache
def _lorem() -> regex.Pattern:
    return _compile(
        r"\b(?:lorem\s+ipsum|dolor\s+sit\s+amet|consectetur\s+adipisc\w*|"
        r"sed\s+do\s+eiusmod|tempor\s+incididunt)\b", regex.IGNORECASE)


@cache
def _notes() -> regex.Pattern:
    # A note that may run on: "(need quote from mayor)", "[NTD: check with legal]".
    open_note = (
        r"(?i:need(?:s|ed)?\s+(?:a\s+|an\s+|the\s+|more\s+|new\s+)?(?:" + _NEED_WHAT + r")\b"
        r"|note\s+to\s+(?:desk|editors?|self|subs?)\b|ed\s+note\b)"
        r"|(?:TODO|FIXME|NTD|TK)\s*:"
    )
    # A note that is the whole bracket: "[CONFIRM]", "(check spelling)".
    closed_note = (
        r"(?i:(?:check|confirm|verify)(?:\s+(?:" + _CHECK_WHAT + r"))?"
        r"|fact[\s-]?check(?:ed)?|to\s+come"
        r"|todo|fixme)"
    )
    return _compile(
        r"(?P<b>[\[(]\s*(?:" + open_note + r")[^\[\]()\n]{0,80}?[\])]"
        r"|[\[(]\s*(?:" + closed_note + r")\s*[?!]?\s*[\])]"
        r"|\[\s*(?:NTD|TBD|TBC|tbd|tbc)\s*\])"
        # TODO: / NTD: / FIXME anywhere
        r"|(?P<c>(?<![\w-])(?:TODO|NTD|TBD|TBC|FIXME)\s*:|(?<![\w-])FIXME(?![\w-]))"
        # CHECK THIS in capitals, outside an all-capitals headline
        r"|(?P<u>(?<![\w-])(?:CHECK\s+(?:THIS|SPELLING|NAMES?|FIGURES?|FACTS|DATES?)|"
        r"CONFIRM\s+THIS|VERIFY\s+THIS|NEEDS?\s+(?:A\s+)?(?:QUOTE|SOURCE|FIGURE|CONFIRMATION)|"
        r"TO\s+COME)(?![\w-]))"
    )


#: One word of each filler phrase _lorem() looks for, lower-cased, in letters whose
#: only case-insensitive matches are their ASCII capitals and small letters (not i,
#: whose İ lower-cases to two characters, but s, which also matches ſ, below: hence
#: "usmod" for "eiusmod", "dunt" for "incididunt": "tempor" is in "temporary"); a text
#: holding none of them cannot match.  Looked for in the text encoded in latin-1
#: (gates.one_byte), where ſ (as any character beyond latin-1) becomes "?", folded by
#: _LOREM_FOLD: ASCII capitals to small letters (as bytes.lower()), and "?" to "s", so
#: that "usmod" finds "uſmod" too, and "consectetur" "conſectetur" (no word holds a "?").
#: (The longer a word, the fewer the steps of its search.)
_LOREM_WORDS = (b"lorem", b"dolor", b"consectetur", b"usmod", b"dunt")
_LOREM_FOLD = bytes(range(0x3F)) + b"s" + bytes(range(0x40, 0x41)) + bytes(
    range(0x61, 0x7B)) + bytes(range(0x5B, 0x100))


def find_lorem(text_string: str, paragraphs,
               data: bytes | None = None) -> Iterator[tuple[int, int, str]]:
    """The first filler-text match of each paragraph; ``paragraphs``: the text's
    paragraph spans, or a function giving them (asked only when filler is found);
    ``data``: the text's gates.one_byte(), if known."""
    folded = (gates.one_byte(text_string) if data is None else data).translate(_LOREM_FOLD)
    if not any(word in folded for word in _LOREM_WORDS):
        return
    starts = None
    seen = -1
    for m in _lorem().finditer(text_string):
        if starts is None:
            starts = [p.start for p in (paragraphs() if callable(paragraphs) else paragraphs)]
        para = bisect_right(starts, m.start()) - 1
        if para == seen:
            continue
        seen = para
        yield m.start(), m.end(), m[0]


#: The capitalised words a match of _notes() may hold outside a bracket.
_CAPITAL_WORDS = ("TODO", "TBD", "TBC", "NTD", "NEED", "FIXME", "CHECK", "CONFIRM", "COME",
                  "VERIFY")


@cache
def _bracket_hints() -> tuple["re.Pattern", "re.Pattern"]:
    # What every match of _notes() in a bracket holds: the bracket, white space (re's
    # \s takes in regex's) and the first three letters of a note, each in every case
    # (?i) lets regex match (ASCII but for i, also İ).  One pattern for each bracket,
    # a literal first: re skips from one bracket to the next, where a character class
    # first ([\[(TNFCV]) had it test the class at every character.
    rest = (r"\s*(?:[nN][eE][eE]|[nN][oO][tT]|[eE][dD]\s|[cC][hH][eE]"
            r"|[cC][oO][nN]|[vV][eE][rR]|[fF][aA][cC]|[fF][iIİ][xX]|[tT][oO]\s|[tT][oO][dD]"
            r"|NTD|TK|TB[DC]|tb[dc])")
    return _compile_re(r"\[" + rest), _compile_re(r"\(" + rest)


_CAPITAL_NEEDLES = tuple(word.encode("ascii") for word in _CAPITAL_WORDS)


def _may_hold_note(string: str, caps: bytes | None = None) -> bool:
    """Whether ``string`` may hold a match of _notes(): a note in a bracket, or one of
    _CAPITAL_WORDS; most texts hold none, and need no scan by the regex module.  (A
    str.find for each word counts fewer instructions than a re pattern for each, and
    fewer still in the text's gates.capitals(), ``caps`` if known.)"""
    if caps is None:
        caps = gates.capitals(gates.one_byte(string))
    if gates.holds(string, caps, _CAPITAL_WORDS, _CAPITAL_NEEDLES):
        return True
    square, round_ = _bracket_hints()
    return ("[" in string and square.search(string) is not None
            or "(" in string and round_.search(string) is not None)


def find_notes(string: str, lines=None, caps: bytes | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, note) for editorial notes left in ``string`` (``lines`` is unused;
    ``caps``: its gates.capitals(), if known)."""
    if not _may_hold_note(string, caps):
        return
    for m in _notes().finditer(string):
        if m["u"] or (m["c"] and m[0][:4] in ("TODO", "TBD", "TBC")):
            if _in_capitals_line(string, m.start(), m.end()):
                continue
        yield m.start(), m.end(), m[0]


def _in_capitals_line(string: str, start: int, end: int) -> bool:
    """Whether the mark sits in an all-capitals headline or sentence."""
    # the line, or 200 characters either side of a very long one
    line_start = string.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    line_end = string.find("\n", end, end + 200)
    line_end = min(len(string), end + 200) if line_end < 0 else line_end
    rest = string[line_start:start] + string[end:line_end]
    letters = [c for c in rest if c.isalpha()]
    if not letters:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) > 0.6
