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
    case, and every byte str.split() splits at (\\t \\n \\r \\x0b \\x0c \\x1c-\\x1f
    \\x85 \\xa0) to a space, so that a text's words are its runs of bytes between
    spaces, as str.split() finds them."""
    table = bytearray(range(256))
    table[0x41:0x5B] = bytes(range(0x61, 0x7B))
    for byte in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0xA0):
        table[byte] = 0x20
    return bytes(table)


_WORD_BYTES = frozenset(word.encode("ascii") for word in WORDS)
#: The longest word of WORDS ("should"): a longer word is never one of them.
_LONGEST = max(map(len, WORDS))


@cache
def _equal_neighbours() -> "re.Pattern":
    # on a text folded by _fold() behind one space: a word of at most _LONGEST small
    # letters between spaces (possessive: no backtracking into it), spaces, the same
    # word, then a space or the end
    return _compile_re(rb" ([a-z]{1,%d}+) ++\1(?![^ ])" % _LONGEST)


def _neighbours_doubled(string: str, present: frozenset[str] | None) -> bool:
    """Whether two neighbouring words of ``string`` (split at white space, in lower case)
    are the same word of WORDS; most texts have none, and need no search.  The text is
    encoded one byte a character (latin-1, any other character "?") and scanned by one
    re pattern for two equal neighbours: str.lower().split() made an object of every
    word, and that was most of this rule's time.  The same answer, as a word of WORDS
    is ASCII letters only.  ``present``: the text's telltale characters
    (telltale.chars), which tell whether it has white space beyond latin-1."""
    if string.isascii():
        data = string.encode("ascii")
    elif telltale.WIDE_SPACE.isdisjoint(telltale.chars(string) if present is None else present):
        data = string.encode("latin-1", "replace")
    else:  # "?" would glue two words together: split the text itself
        tokens = string.lower().split()
        doubled = compress(tokens, map(eq, tokens, islice(tokens, 1, None)))
        return any(map(WORDS.__contains__, doubled))
    folded = b" " + data.translate(_fold())
    # neighbours equal but not of WORDS ("ha ha") are skipped; they cannot overlap a
    # pair of WORDS, which would share their word
    return any(m[1] in _WORD_BYTES for m in _equal_neighbours().finditer(folded))


@cache
def _letters_only() -> bytes:
    """A bytes.translate table: ASCII letters in lower case, every other byte a space."""
    table = bytearray(b" " * 256)
    table[0x61:0x7B] = table[0x41:0x5B] = bytes(range(0x61, 0x7B))
    return bytes(table)


@cache
def _candidate() -> "re.Pattern":
    # on a text mapped by _letters_only() behind one space: a word of at most _LONGEST
    # letters, spaces, the same word, then no letter (a literal first: re skips fast)
    return _compile_re(rb" ([a-z]{1,%d}+) ++\1(?![a-z])" % _LONGEST)


def _starts(string: str) -> list[int]:
    """Every index where _pattern() may match ``string`` lower-cased with a word of
    WORDS, in order: a superset, from a scan of bytes with no backtracking, where
    _pattern() tried \\b([a-z]+) at every character (the 80,000 characters of a page's
    text holding "about\\nabout" cost more than the rest of the rule on 200 articles).
    Encoded one byte a character (latin-1, any other character "?"), an ASCII letter is
    that letter and every other character no letter (the Kelvin sign, lower-cased "k",
    is in no word of WORDS): mapped to spaces, a word boundary and the [ \\t]+ between
    the words are spaces (so is "the.the": _pattern() rules it out)."""
    data = string.encode("ascii") if string.isascii() else string.encode("latin-1", "replace")
    padded = b" " + data.translate(_letters_only())
    search = _candidate().search
    found = []
    pos = 0
    # each match's own start, and the next search one byte on: none is missed for
    # overlapping the one before
    while (m := search(padded, pos)) is not None:
        if m[1] in _WORD_BYTES:
            found.append(m.start())
        pos = m.start() + 1
    return found


def _matches(lower: str, starts: list[int]) -> "Iterator[re.Match]":
    """The matches of _pattern().finditer(lower) whose word is one of WORDS, tried only
    at ``starts`` (_starts).  The others need not be found: one overlapping a match of
    WORDS would share its word."""
    match = _pattern().match
    end = 0
    for at in starts:
        if at < end:
            continue  # inside the match before, as finditer would skip it
        m = match(lower, at)
        if m is not None:
            yield m
            end = m.end()


def find_doubled(string: str,
                 present: frozenset[str] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each doubled word; the span covers both copies.
    ``present``: its telltale characters (telltale.chars), if known."""
    if not _neighbours_doubled(string, present):
        return
    starts = _starts(string)
    if not starts:
        return
    lower = string.lower()
    if len(lower) != len(string):  # a character whose lower case is longer: rare
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in string)
    for m in _matches(lower, starts):
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
