"""The debris plugin's fast paths hold their plain readings' answers: on crafted
texts and on the corpus."""
from __future__ import annotations

from itertools import compress, islice
from operator import eq

import pytest

from lintnews.text import Span
from lintnews_debris import balance, doubled, glued, telltale

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


QUOTES_CRAFTED = [
    "", "no marks here", 'He said "yes".', "“Yes,” she said. “No.”", "‘‘old style’’ quote",
    "``TeX'' quotes", "it's Bob's '' and '''", "''''", "’’’", "a 16” laptop", "15″ and 5'11\"",
    'a\n\n"b', "it'\n\n'", "x '\n\n' y", "“\n\n”", "spaced “ quotes “", "a ” b", "”", "“",
    "“x”\u2003y", "x\u00a0” y", "x ”\u00a0", "”\n", " ” ", "„German“", "«French»", "{ }",
    'json": 1', 'a="b"', "a=”b”", "a=“b”", "(“)", 'double quotes (")', "“”“”", "‘’‘’",
    "‘‘", "``", "`'`''", "中文“引号”", "😀 “x” 😀", 'a\n\nb "c\n\n\n"d"\n\ne', "x\u2028” y",
    "\u2029“", "“\x1c", "x” \x85",
]


def _plain_holding(string: str, paragraphs) -> list[int]:
    return [i for i, p in enumerate(paragraphs)
            if balance._quote_marks().search(string[p.start:p.end])]


def _check_quotes(string: str, paragraphs) -> None:
    assert balance._holding_chars(string, paragraphs, balance._QUOTE_NEEDLES) == \
        _plain_holding(string, paragraphs), string
    needles = [n for n in balance._QUOTE_NEEDLES if n in string]
    for p in paragraphs:
        text = string[p.start:p.end]
        plain = [(m.start(), m[0]) for m in balance._quote_marks().finditer(text)]
        assert balance._marks(text) == plain, text
        assert balance._marks(text, needles) == plain, text
        if balance._other_marks().search(text) is not None:
            assert balance._may_have_other_marks(text, plain), text
            assert balance._may_have_other_marks(text, None), text


def _paragraphs(string: str) -> list[Span]:
    spans, start = [], 0
    for part in string.split("\n\n"):
        spans.append(Span(start, start + len(part)))
        start += len(part) + 2
    return [sp for sp in spans if sp.end > sp.start]


@pytest.mark.parametrize("text", QUOTES_CRAFTED)
def test_quote_fast_paths_on_crafted_texts(text):
    for variant in (text, "x" + text, text + "x", text + "\n\n" + text, "’" + text + "’"):
        _check_quotes(variant, _paragraphs(variant))
        _check_quotes(variant, [Span(0, len(variant))] if variant else [])
        # spans that cut marks: a doubled one across a paragraph's end is in neither
        _check_quotes(variant, [Span(i, min(i + 3, len(variant)))
                                for i in range(1, len(variant), 4)])


def test_quote_fast_paths_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt"))[::3]:
        string = path.read_text(encoding="utf-8", errors="replace")
        _check_quotes(string, _paragraphs(string))


GLUE_TOKENS = [
    "", "EmberRose", "Ember", "EmberRose1434", "(HealthDay", "“HealthDay”,", "iPhone", "theNew",
    "TheNew", "The.New", "A.theNew", "Xx.theNew", "said.The", "Said.The", "said.”The",
    "ΣigmaΒeta", "σigmaΒeta", "ǅungla", "ǅuNgla", "ªbcDef", "ʰabDef", "Ab\u0301cDef",
    "ABcdEf", "1abCd", "ab", "abCd", "_abCd", "x_abCd", "The’sNew", "’theNew", "ÉcoleNormale",
    "écoleNormale", "'tisNew", "(theNew)", "[aboutThe]", "/theNew", "-theNew", "1theNew",
    "The1theNew", "DéjàVu", "\u212aelvinThe", "ßtheNew", "İtheNew", "ǈjudThe", "Ⅰ", "ⅰabCd",
]
GLUE_BEFORE = ["", " ", "x", "é", "(", ".", "1", "\u0301", "_", "\n"]
GLUE_AFTER = ["", " ", "x", ".", "(", "1", "\u0301", "-", "\n", ".The", "Now"]


def _check_glue_gate(string: str, start: int, end: int) -> None:
    if glued._cannot_glue(string[start:end]):
        assert not list(glued._camel().finditer(string, start, end)), (string, start, end)
        assert not list(glued._sentence().finditer(string, start, end)), (string, start, end)


@pytest.mark.parametrize("token", GLUE_TOKENS)
def test_glue_gate_on_crafted_tokens(token):
    for before in GLUE_BEFORE:
        for after in GLUE_AFTER:
            string = before + token + after
            for end in (len(before) + len(token), len(string)):
                for start in (0, len(before)):
                    _check_glue_gate(string, start, end)


def test_glue_gate_on_random_tokens():
    import random
    rng = random.Random(3)
    alphabet = "aAbBtThHeE.!?’”\"'()_-/1é\u0301ΣσǅªʰⅠⅰ \u212aİ"
    for _ in range(20000):
        string = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 9)))
        start = rng.randrange(len(string))
        _check_glue_gate(string, start, rng.randrange(start, len(string) + 1))


def test_glue_gate_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt"))[::3]:
        string = path.read_text(encoding="utf-8", errors="replace")
        for start, end in glued._pivots(string):
            _check_glue_gate(string, max(0, start - 30), min(len(string), end + 30))
            token_start = max(string.rfind(" ", 0, start), string.rfind("\n", 0, start)) + 1
            token_end = min(x for x in (string.find(" ", end), string.find("\n", end),
                                        len(string)) if x >= 0)
            _check_glue_gate(string, token_start, token_end)
