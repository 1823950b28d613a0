"""URLs are left out of prose where a scan with URL_RE would find them
(lintnews/parsers/prose.py: _urls tries the pattern only where one can start)."""
from __future__ import annotations

import random
import sys

import regex

from lintnews.parsers.prose import URL_RE, _urls, not_prose

_PIECES = ["http", "https", "HTTP", "Https", "hTtPs", "ftp", "FTP", "://", ":/", "www.", "WWW.",
           "WwW.", "ww", "w", ".", "example.com", "/path", "?q=1", " ", "\n", "(", ")", "\"", ",",
           "said", "\u00e9", "\u017f", "s", "x", ":", "<", "@", "mail"]


def test_only_the_long_s_matches_a_scheme_letter_outside_ascii():
    letters = regex.compile(r"(?i)[htpsfw]")
    assert [hex(cp) for cp in range(128, sys.maxunicode + 1) if letters.match(chr(cp))] == ["0x17f"]


def test_urls_are_those_a_scan_finds():
    rng = random.Random(1204)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in URL_RE.finditer(text, start, end)]
        assert _urls(text, start, end) == expected, (text, start, end)
        found += bool(expected)
    assert found > 800


def test_urls_leave_prose():
    text = "See https://example.com/a, then WWW.Example.org and ftp://files.x/y."
    spans = not_prose(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "https://example.com/a", "WWW.Example.org", "ftp://files.x/y"]
