"""The debris plugin's fast paths hold their plain readings' answers: on crafted
texts and on the corpus."""
from __future__ import annotations

from itertools import compress, islice
from operator import eq

import pytest

from lintnews_debris import doubled, telltale

CRAFTED = [
    "", "the", "the the", "The the cat", "THE THE", "x (the the) y", "a.a a a", "in\tin",
    "éthe the the", "the  the", "the\nthe", "the\n\nthe", "about about.", "should should",
    "shoulds shoulds", "SHOULD Should", "ha ha the the", "İthe the the", "\u212athe the",
    "the \u212athe", "the\u00a0the", "the\x1cthe", "the\u2003the", "of of of", "to-to to",
    "it’s its its", "a a a a", "an an", "will will", "Will will", "been been", "the_the the",
    "ünd the the", "the thé the the", "1the the", "the the1", "what the\tthe", " the the ",
    "the\u2028the", "it it\u00adit", "x" * 50 + " the the",
    "\x00\x01\x7f\t\r\n", "wasnâ€™t CafÃ©", "\ud800 lone \udfff", "\ufeff\u200b\u2060x",
    "\x85\x9d\u00ad", "中文 \u3000 \ufffd", "😀 \u202f \u2066",
]


def _plain_neighbours_doubled(string: str) -> bool:
    """Two neighbouring words (str.split(), lower case) equal and of WORDS."""
    tokens = string.lower().split()
    return any(a == b and a in doubled.WORDS for a, b in zip(tokens, tokens[1:]))


def _plain_matches(lower: str) -> list[tuple[int, int]]:
    """The spans of _pattern().finditer(lower) whose word is one of WORDS."""
    return [m.span() for m in doubled._pattern().finditer(lower) if m[1] in doubled.WORDS]


def _lower(string: str) -> str:
    lower = string.lower()
    if len(lower) != len(string):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in string)
    return lower


def _check(string: str) -> None:
    assert telltale.chars(string) == frozenset(telltale._pattern().findall(string)), string
    assert doubled._neighbours_doubled(string, None) == _plain_neighbours_doubled(string), string
    lower = _lower(string)
    spans = [m.span() for m in doubled._matches(lower, doubled._starts(string))]
    assert spans == _plain_matches(lower), string


@pytest.mark.parametrize("text", CRAFTED)
def test_doubled_fast_paths_on_crafted_texts(text):
    _check(text)
    _check(text.upper())


def test_doubled_fast_paths_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt"))[::3]:
        _check(path.read_text(encoding="utf-8", errors="replace"))
