"""The Markdown parser's shortcuts take linear time on inputs built to hurt them.

As in test_adversarial.py: each input is parsed at size n and 4n; linear work
takes about 4 times as long, quadratic 16 times; the bound allows 8 (plus a
constant for timer noise).
"""
from __future__ import annotations

import time

import pytest

ADVERSARIAL = {
    "list markers on one line": lambda n: "- " * n + "x\n",
    "quote markers on one line": lambda n: "> " * n + "x\n",
    "ordered markers on one line": lambda n: "1. " * (n // 2) + "x\n",
    "table-like markers": lambda n: "| a |\n" + "- " * n + "|\n",
    "long indentation": lambda n: "text\n" + " " * (4 * n) + "x\n",
    "long blank line": lambda n: "text\n" + " \t" * (2 * n) + "\nmore\n",
    "one paragraph of lines": lambda n: "line\n" * n,
    "many paragraphs": lambda n: "para\n\n" * n,
    "paragraphs with trailing spaces": lambda n: "line  \n   next\n" * (n // 2),
    "underscores in words": lambda n: "snake_case " * (n // 2),
    "underscore run": lambda n: "a" + "_" * (4 * n) + "a",
    "ampersands": lambda n: "&" * (4 * n),
    "brackets without links": lambda n: "[sic] " * n,
    "dashes at line starts": lambda n: "-x\n" * n,
    "a URL in every paragraph": lambda n: "see www.x.org\n\n" * n,
}


@pytest.fixture(scope="module")
def session():
    from lintnews.session import Session

    return Session.create({}, isolated=True)


def seconds(session, text: str) -> float:
    from lintnews.checker import parse

    start = time.perf_counter()
    parse(session, text, "a.md")
    return time.perf_counter() - start


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_linear_time(session, name):
    make = ADVERSARIAL[name]
    n = 20_000
    small = min(seconds(session, make(n)) for _ in range(2))
    big = seconds(session, make(4 * n))
    assert big < 8 * small + 0.5, f"{name}: {small:.3f}s at n, {big:.3f}s at 4n"
