"""One scan for the rare characters TXT002, TXT003 and TXT004 look for (and the
white space beyond latin-1 TXT005's first test cannot see).

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
#: White space beyond latin-1 (str.split() splits at it).
WIDE_SPACE = frozenset("\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                       "\u200a\u2028\u2029\u202f\u205f\u3000")


@cache
def _pattern() -> "re.Pattern":
    chars = sorted(INVISIBLE | MOJIBAKE | WIDE_SPACE | {REPLACEMENT})
    return _compile_re("[" + "".join(re.escape(c) for c in chars) + "]")


#: What an ASCII text may hold besides its telltale characters (its C0 controls).
_PLAIN_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\r"


#: Every telltale character: what _pattern() finds.
_TELLTALE = frozenset(INVISIBLE | MOJIBAKE | WIDE_SPACE | {REPLACEMENT})


def chars(string: str) -> frozenset[str]:
    """The telltale characters present in ``string``."""
    if string.isascii():  # only controls can be there: bytes.translate finds them faster
        return frozenset(string.encode("ascii").translate(None, _PLAIN_ASCII).decode("ascii"))
    # What _pattern().findall(string) holds, for a fraction of its instructions (re
    # tested its class of 150 characters at every character): in UTF-8, the text less
    # its printable ASCII is its controls and the few characters beyond ASCII, which
    # bytes.translate keeps whole (their bytes are all >= 0x80); no telltale character
    # is printable ASCII.  ("surrogatepass": a lone surrogate goes through as itself.)
    rest = string.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)
    return _TELLTALE.intersection(rest.decode("utf-8", "surrogatepass"))
