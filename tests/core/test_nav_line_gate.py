"""The cheap test in front of the navigation-line pattern never hides a line
the pattern would find (lintnews/parsers/prose.py: _may_hold_nav_line)."""
from __future__ import annotations

import random

from lintnews.parsers.prose import NAV_LINE_RE, _may_hold_nav_line

_PIECES = ["Previous", "previous", "PREVIOUS", "Prev", "prev", "Next", "NEXT", "next",
           "prev\u0130ous", "Prev\u0131ous", "article", "Article", "ARTICLE", "post", "Post",
           "story", "\u017ftory", "po\u017ft", "STORY", " ", "  ", "\t", "\n", ":", " \u00bb ",
           "\u00ab ", "\u2190", "Mass grave found", "the next big", "our story", "x", "-", "s",
           "\u00e9", "\u00df", "\u212a"]  # (ß casefolds to two characters)


def test_the_gate_lets_every_navigation_line_through():
    rng = random.Random(1204)
    lines = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9)))
        if NAV_LINE_RE.search(text) is not None:
            lines += 1
            assert _may_hold_nav_line(text), repr(text)
    assert lines > 1000


def test_the_gate_stops_text_without_a_navigation_line():
    assert not _may_hold_nav_line("The next big story is about the post office. Prev was there.")
    assert _may_hold_nav_line("Next story: Budget passed")
    assert _may_hold_nav_line("PREVIOUS\tARTICLE")


def test_only_two_characters_outside_ascii_match_the_words_letters():
    """The gate lower-cases a text as ASCII bytes unless it holds ſ or İ: no
    other code point matches a letter of the pattern's words case-insensitively."""
    import sys

    import regex

    letters = regex.compile(r"(?i)[nextprviouaclsy]")
    odd = [hex(cp) for cp in range(128, sys.maxunicode + 1) if letters.match(chr(cp))]
    assert odd == ["0x130", "0x17f"]

