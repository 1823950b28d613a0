"""The copies of a text that the rules' first, cheap scans read.

Most texts hold no mark at all, and each rule used to find that out with its own
scans of the whole text for each of its words (TODO, TBD, ... FIXME, TK, ???).  Every
one of those words is ASCII without small letters or white space, and so is found,
if at all, in :func:`capitals`: the text one byte a character with its ASCII small
letters and white space deleted, about a tenth of its length.  Found there, a word
is looked for again in the text itself (deleting characters can join two pieces into
one); not found there, it is in the text nowhere.  Ten words in a tenth of the text
count about a third of the instructions of the ten in the text.
"""
from __future__ import annotations

#: What capitals() deletes: ASCII small letters and white space.
_DELETE = bytes(range(0x61, 0x7B)) + b" \t\n\r\x0b\x0c"


def one_byte(string: str) -> bytes:
    """``string`` one byte a character: ASCII as itself, the rest of latin-1 as its
    byte, any other character "?"."""
    return string.encode("ascii") if string.isascii() else string.encode("latin-1", "replace")


def capitals(data: bytes) -> bytes:
    """``data`` (one_byte()) less its ASCII small letters and white space: an ASCII word
    without either found in the text is found here (a word's characters keep their
    order and stand together once the bytes between are gone; "?" is also what any
    character beyond latin-1 became, so "???" here may not be in the text)."""
    return data.translate(None, _DELETE)


def holds(string: str, caps: bytes, words: tuple[str, ...], needles: tuple[bytes, ...]) -> bool:
    """any(word in string for word in words), for ASCII ``words`` without small
    letters or white space (``needles``: the same encoded): ``caps`` (capitals())
    rules most texts out."""
    return (any(needle in caps for needle in needles)
            and any(word in string for word in words))
