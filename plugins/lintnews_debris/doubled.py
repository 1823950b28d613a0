"""TXT005: a function word written twice ("the the")."""
from __future__ import annotations

from functools import cache
from itertools import compress, islice
from operator import eq
from typing import Iterator

import re
from lintnews.patterns import compile_re as _compile_re

from . import telltale

#: Words whose doubling is a typo.  Not here: "had had", "that that", "is is",
#: "was was", "her her" ("gave her her book"), "this this" ("add to this this
#: law"), "do do", "so so", "no no", "can can": all can be grammatical.
WORDS = frozenset("""
the a an of to in on at for with by from about into onto than and or but been has
have will would could should must not they he she we it its their our my your
""".split())
#: Prepositions that may close a clause before a new phrase opens with the same
#: word: "the moment I've been waiting for for years", "placed in in the past".
_STRANDABLE = frozenset("in on at for with by from about into onto to of".split())
#: Latin phrases after "in": "In in vitro studies".
_LATIN = frozenset("vitro vivo situ utero silico camera absentia toto extremis".split())
#: Modal verbs that are also names: "Will will", "May may".
_NAME_MODALS = frozenset("will".split())


@cache
def _pattern() -> "re.Pattern":
    # run on a lower-cased copy: a plain back-reference is far faster than (?i)
    return _compile_re(r"\b([a-z]+)([ \t]+)\1\b")


def _word_before(string: str, start: int) -> str:
    i = start
    while i > 0 and string[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and string[j - 1].isalpha():
        j -= 1
    return string[j:i]


def _word_after(string: str, end: int) -> str:
    i = end
    while i < len(string) and string[i] in " \t":
        i += 1
    j = i
    while j < len(string) and string[j].isalpha():
        j += 1
    return string[i:j]


@cache
def _fold() -> bytes:
    """A bytes.translate table for a text encoded in latin-1: ASCII capitals to lower
    case, and the white space str.split() knows but bytes.split() does not (\\x1c-\\x1f,
    \\x85, \\xa0) to a space, so that both split a text into the same words."""
    table = bytearray(range(256))
    table[0x41:0x5B] = bytes(range(0x61, 0x7B))
    for byte in (0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0xA0):
        table[byte] = 0x20
    return bytes(table)


_WORD_BYTES = frozenset(word.encode("ascii") for word in WORDS)


def _neighbours_doubled(string: str, present: frozenset[str] | None) -> bool:
    """Whether two neighbouring words of ``string`` (split at white space, in lower case)
    are the same word of WORDS; most texts have none, and need no search.  The words
    are split as bytes (latin-1, any other character "?"): fewer and smaller objects than
    str.lower().split(), and the same answer, as a word of WORDS is ASCII letters only.
    ``present``: the text's telltale characters (telltale.chars), which tell whether it
    has white space beyond latin-1."""
    if string.isascii():
        data = string.encode("ascii")
    elif telltale.WIDE_SPACE.isdisjoint(telltale.chars(string) if present is None else present):
        data = string.encode("latin-1", "replace")
    else:  # "?" would glue two words together: split the text itself
        tokens = string.lower().split()
        doubled = compress(tokens, map(eq, tokens, islice(tokens, 1, None)))
        return any(map(WORDS.__contains__, doubled))
    tokens = data.translate(_fold()).split()
    # two equal neighbours, one of WORDS (all in C: the tokens equal to the next one)
    doubled = compress(tokens, map(eq, tokens, islice(tokens, 1, None)))
    return any(map(_WORD_BYTES.__contains__, doubled))


def find_doubled(string: str,
                 present: frozenset[str] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each doubled word; the span covers both copies.
    ``present``: its telltale characters (telltale.chars), if known."""
    if not _neighbours_doubled(string, present):
        return
    lower = string.lower()
    if len(lower) != len(string):  # a character whose lower case is longer: rare
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in string)
    for m in _pattern().finditer(lower):
        if m[1] not in WORDS:
            continue
        first, second = string[m.start(1):m.end(1)], string[m.end(2):m.end()]
        if m.start() and (string[m.start() - 1] in "'’-" or string[m.start() - 1].isalnum()):
            continue
        if m.end() < len(string) and (string[m.end()] in "-_" or string[m.end()].isalnum()):
            continue
        word = first.lower()
        if word not in WORDS:
            continue
        if first.isupper() and len(first) == 1 and second.isupper():
            continue  # "Font size A A A"
        if word == "a" and first == "A" and second == "A":
            continue
        if word in _NAME_MODALS and first[0].isupper():
            continue
        if word in _STRANDABLE:
            prev = _word_before(string, m.start()).lower()
            if prev.endswith(("ed", "ing")) or prev in ("been", "is", "was", "are", "were"):
                continue
        if word == "in" and _word_after(string, m.end()).lower() in _LATIN:
            continue
        yield m.start(), m.end(), first
