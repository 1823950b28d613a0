"""TXT001: words glued by a lost space or line break.

Shape alone cannot tell "articleMass" (glued) from "tomatoRenegade" (a user
name) or "remoteStorage" (code), so a lower-to-upper glue is flagged only when
one side is a common English word, and never in code-like surroundings.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple, Iterator

import re

import regex

from lintnews.patterns import compile as _compile, compile_re as _compile_re

# Words that end a sentence or a page element and so get glued to what follows
# ("in" and "my" are missing: inDesign, inRead, myMuseum, mySimon are brands).
_LOWER_SIDE = frozenset("""
the a an of to on at for with by from about into than and or but as that this
these those is are was were be been has have had will would could should may might
must not no his her its their our your he she it they we you who which when where
said says told added article story more comments comment share advertisement
reading read here now also only even just""".split())
# Capitalised words that open a sentence.
_UPPER_SIDE = frozenset("""
The A An This That These Those It He She They We You I In On At But And To For If As
When While After Before However Meanwhile There His Her Their Our Its More Share
Previous Next Related Advertisement Click Photo Video Also Some Many Most According
Despite During Since With What Why How Who Where Now So Yet
Mr Mrs Ms Dr Last This Today Yesterday Tomorrow""".split())
# What a capitalised word after a dot may be in a domain or product name.
_DOMAIN_PARTS = frozenset("""
Com Net Org Gov Edu Info Io Co Uk Tv Me News Tech Media Online Biz Us Ca Au De Fr
App Js Ly Fm Ai""".split())


class Glue(NamedTuple):
    start: int
    end: int
    replacement: str
    sentence: bool  # a sentence glued to the next (certain fix)


_PUNCT = ".!?'\"’”)"  # sentence punctuation that may sit between the glued words
_LOWER_CHARS = frozenset(map(chr, [*range(0x61, 0x7B), *range(0xDF, 0x100)]))
_PUNCT_CHARS = frozenset(_PUNCT)


@cache
def _classes() -> bytes:
    """A bytes.translate table: capitals to "A"; lower-case letters and the sentence
    punctuation of _PUNCT to "a" (what may stand before a capital at a pivot: one
    str.find for "aA" finds both kinds, where one for each walked the text twice);
    everything else to a space."""
    table = bytearray(b" " * 256)
    for lo, hi, to in ((0x61, 0x7A, b"a"), (0xDF, 0xFF, b"a"),
                       (0x41, 0x5A, b"A"), (0xC0, 0xDE, b"A")):
        table[lo:hi + 1] = to * (hi - lo + 1)
    for ch in ".!?'\")":
        table[ord(ch)] = ord("a")
    return bytes(table)


def _pivots(string: str) -> list[tuple[int, int]]:
    """Where a glue can be, in order: (start, end) of each run of sentence punctuation
    (maybe none) and the capital after a lower-case letter ("iPhone": "P"; "said.The":
    ".T").  The matches of [_PUNCT_CHARS]*[_UPPER] after a [_LOWER] letter, found without a
    regex stopping at every capital and full stop: the text is mapped one character to one
    byte (latin-1; any other character, ’ and ” among them, becomes "?", mapped like
    punctuation), its letters and punctuation to classes, and only the capitals after a
    lower-case letter or punctuation in that map are checked against the text itself."""
    data = string.encode("ascii") if string.isascii() else string.encode("latin-1", "replace")
    classes = data.translate(_classes())
    pivots = []
    find = classes.find
    at = find(b"aA")
    while at >= 0:
        upper = at + 1
        start = upper
        while start > 0 and string[start - 1] in _PUNCT_CHARS:
            start -= 1
        if start > 0 and string[start - 1] in _LOWER_CHARS:
            pivots.append((start, upper + 1))
        at = find(b"aA", at + 2)
    return pivots


@cache
def _last_space() -> "re.Pattern":
    # greedy: the match ends just after the last white space of the span searched
    return _compile_re(r".*\s", re.DOTALL)


@cache
def _space() -> "re.Pattern":
    return _compile_re(r"\s")


@cache
def _camel() -> regex.Pattern:
    # one lower-case run of 2+ letters glued to one capitalised word, and nothing more
    return _compile(r"(?<![\p{L}\p{M}\p{N}_.@/#$%&=\\-])(\p{Ll}{2,})(\p{Lu}\p{Ll}+)"
                         r"(?![\p{L}\p{M}\p{N}_@/(=\[-])")


@cache
def _sentence() -> regex.Pattern:
    return _compile(
        r"(?<![\p{L}\p{M}\p{N}_.@/#:\\-])(\p{Ll}{2,})([.!?]['\"’”)]?)(\p{Lu}\p{Ll}+)"
        r"(?![\p{L}\p{M}\p{N}_@/(=-]|\.\p{L})")


@cache
def _sentence_stop() -> "re.Pattern":
    return _compile_re(r"[.!?]")


@cache
def _code_line() -> regex.Pattern:
    return _compile(r"[{};]|=>|\(\)|\bfunction\b|\bvar\b|\breturn\b|</?\w+>|://")


def _line_of(string: str, index: int) -> str:
    # the line, or 200 characters either side of a very long one
    start = string.rfind("\n", max(0, index - 200), index) + 1 or max(0, index - 200)
    end = string.find("\n", index, index + 200)
    return string[start:end if end >= 0 else index + 200]


def _opens_quote(string: str, index: int) -> bool:
    """Whether the straight quote at ``index`` opens a quotation (an even number before it
    in its paragraph, or in the last 2,000 characters of a very long one)."""
    start = max(string.rfind("\n\n", max(0, index - 2000), index), index - 2000, -1)
    return string.count('"', start + 1, index) % 2 == 0


_NAV_LABEL_BEFORE = _compile(r"(?:^|\n)[ \t]*(?:[«‹<←][ \t]*)?(?:previous|prev|next)[ \t]*\Z",
                                  regex.IGNORECASE)


def _after_nav_label(string: str, index: int, lower: str) -> bool:
    """Whether ``lower`` (article, post, story) ends a "Previous/Next" label starting its line."""
    if lower.lower() not in ("article", "post", "story"):
        return False
    return _NAV_LABEL_BEFORE.search(string, max(0, index - 40), index) is not None


def find_glued(string: str) -> Iterator[Glue]:
    """Every glued pair in ``string``, in order."""
    found = []
    seen = set()
    last_space, space = _last_space().search, _space().search
    for pivot_start, pivot_end in _pivots(string):
        # the whole token around the pivot: from the letter before it back to the
        # previous white space, and on to the next, at most 60 characters either way
        pivot_start -= 1
        before = last_space(string, max(0, pivot_start - 61), pivot_start)
        start = max(before.end() if before else 0, pivot_start - 60)
        if start in seen:
            continue
        seen.add(start)
        after = space(string, pivot_end, pivot_end + 60)
        end = after.start() if after else min(len(string), pivot_end + 60)
        found.extend(_check_token(string, start, end))
    found.sort(key=lambda g: g.start)
    yield from found


#: What _check_token() strips from both ends of a token before its cheap test: no letters.
_EDGES = "0123456789_.,;:!?'\"()[]‘’“”-/"


def _cannot_glue(token: str) -> bool:
    """Whether neither pattern can match in ``token``: both start at a run of two
    lower-case letters after no letter, and when the token less its _EDGES is all letters
    (str.isalpha: the categories of \\p{L}) the only such place is its first letter,
    here not lower case. So "EmberRose1434" or "(HealthDay", most of the tokens, skip
    the two patterns, which cost about 13,000 instructions on such a token, most of it
    per call."""
    core = token.strip(_EDGES)
    return core.isalpha() and not core[0].islower()


def _check_token(string: str, start: int, end: int) -> list[Glue]:
    if _cannot_glue(string[start:end]):
        return []
    found = []
    # a glued sentence needs . ! or ?: the (costlier) full pattern only runs if one is there
    stop = _sentence_stop().search(string, start, end)
    for m in (_sentence().finditer(string, start, end) if stop else ()):
        if m[3] in _DOMAIN_PARTS or m[1] in ("www",):
            continue
        if m.end() < len(string) and string[m.end()] == ".":
            continue  # Ph.D.The / file.Name.ext
        if _code_line().search(_line_of(string, m.start())):
            continue
        punct = m[2]
        if punct[-1] == '"' and _opens_quote(string, m.start(2) + len(punct) - 1):
            replacement = f"{m[1]}{punct[:-1]} \"{m[3]}"  # the quote opens the next sentence
        else:
            replacement = f"{m[1]}{punct} {m[3]}"
        found.append(Glue(m.start(), m.end(), replacement, True))
    for m in _camel().finditer(string, start, end):
        lower, upper = m[1], m[2]
        if lower not in _LOWER_SIDE and upper not in _UPPER_SIDE:
            continue
        if _code_line().search(_line_of(string, m.start())):
            continue
        if _after_nav_label(string, m.start(), lower):
            continue  # "Previous articleMass grave": the navigation plugin's NAV002 reports it
        found.append(Glue(m.start(), m.end(), f"{lower} {upper}", False))
    return found
