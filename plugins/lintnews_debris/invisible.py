"""TXT004: invisible characters touching words.

Zero-width spaces, word joiners, soft hyphens, stray byte-order marks and C0
controls are junk wherever they touch text.  Zero-width (non-)joiners and
direction marks do work in emoji, Arabic, Hebrew and Indic text, so they are
flagged only in Latin text.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple, Iterator


import regex

from lintnews.patterns import compile as _compile, compile_re as _compile_re

NAMES = {
    "\u200b": "zero-width space", "\u2060": "word joiner", "\ufeff": "byte-order mark",
    "\u00ad": "soft hyphen", "\u180e": "Mongolian vowel separator",
    "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
}
_JUNK = "\u200b\u2060\ufeff\u00ad\u180e\u2061-\u2064\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d"
_SCRIPTED = "\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069"


class Invisible(NamedTuple):
    start: int
    end: int
    name: str


@cache
def _pattern() -> regex.Pattern:
    return _compile_re(f"[{_JUNK}]+|[{_SCRIPTED}]+")


@cache
def _rtl() -> regex.Pattern:
    return _compile(r"[\u0590-\u08ff\ufb1d-\ufefc]")


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x250


def name_of(ch: str) -> str:
    if ch in NAMES:
        return NAMES[ch]
    return f"control character U+{ord(ch):04X}"


_CHARS = frozenset(chr(c) for c in [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f,
                                    0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x200b, 0x2060, 0xfeff, 0xad,
                                    0x180e, *range(0x2061, 0x2065), 0x200c, 0x200d, 0x200e,
                                    0x200f, *range(0x202a, 0x202f), *range(0x2066, 0x206a)])


def find_invisible(string: str, present: frozenset[str] | None = None) -> Iterator[Invisible]:
    """Invisible characters in ``string``; ``present``: its telltale characters
    (telltale.chars), to skip the search when none is invisible."""
    if _CHARS.isdisjoint(string if present is None else present):
        return
    for m in _pattern().finditer(string):
        s, e = m.span()
        before = string[s - 1] if s > 0 else ""
        after = string[e] if e < len(string) else ""
        if not (before.isalnum() or after.isalnum()):
            continue  # not touching a word (a blank line, "_____"): shows nothing, harms nothing
        first = m[0][0]
        if first in _SCRIPTED or "\u202a" <= first <= "\u202e" or "\u2066" <= first <= "\u2069":
            sides = [c for c in (before, after) if c and not c.isspace()]
            if not any(_is_latin_letter(c) or (c.isascii() and c.isalnum()) for c in sides):
                continue
            if any(not _is_latin_letter(c) and c.isalpha() or ord(c) > 0x2000 for c in sides):
                continue  # emoji sequences, scripts that need joiners
            para = string[max(0, s - 500):e + 500]  # right-to-left text nearby
            if _rtl().search(para):
                continue
        yield Invisible(s, e, name_of(first))
