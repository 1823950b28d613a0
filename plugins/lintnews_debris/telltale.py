"""One scan for the rare characters TXT002, TXT003 and TXT004 look for.

Most articles hold none of them, so a single pass of ``re``'s fast scan for a
character class tells each of those checks whether it has anything to do.
"""
from __future__ import annotations

from functools import cache

import re

from lintnews.patterns import compile_re as _compile_re

from .invisible import _CHARS as INVISIBLE

#: What a mojibake run needs: a lead byte's character (Â..ô) or a C1 control.
MOJIBAKE = frozenset(map(chr, [*range(0x80, 0xA0), *range(0xC2, 0xF5)]))
REPLACEMENT = "\ufffd"


@cache
def _pattern() -> "re.Pattern":
    chars = sorted(INVISIBLE | MOJIBAKE | {REPLACEMENT})
    return _compile_re("[" + "".join(re.escape(c) for c in chars) + "]")


#: What an ASCII text may hold besides its telltale characters (its C0 controls).
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"


def chars(string: str) -> frozenset[str]:
    """The telltale characters present in ``string``."""
    if string.isascii():  # only controls can be there: bytes.translate finds them faster
        return frozenset(string.encode("ascii").translate(None, _PLAIN_ASCII).decode("ascii"))
    return frozenset(_pattern().findall(string))
