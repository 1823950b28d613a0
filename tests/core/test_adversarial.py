"""No rule takes super-linear time: every built-in rule on inputs built to hurt.

Each input is linted at size n and 4n in one process; linear work takes about
4 times as long, quadratic work 16 times. The bound allows 8 times (plus a
small constant for timer noise), so a quadratic rule fails here.
"""
from __future__ import annotations

import time

import pytest

ADVERSARIAL = {
    "no newline": lambda n: "word " * n,
    "nested parentheses": lambda n: "(" * n + ")" * n,
    "nested brackets": lambda n: "[" * n + "]" * n,
    "open quotes": lambda n: "“" * n,
    "TK repeated": lambda n: "TK " * n,
    "digits": lambda n: "1" * (4 * n),
    "figures": lambda n: "71 soldiers were killed, 50 troops died. " * (n // 8),
    # one clause, no punctuation: every figure's clause is the whole text
    "figures in one clause": lambda n: "5 soldiers killed " * (n // 18),
    "numbers in one clause": lambda n: "killed 5 and " * (n // 13),
    "bare numbers": lambda n: "5 " * (n // 2),
    "decades": lambda n: "in the 2020s and in 2020 " * (n // 6),
    "dates": lambda n: "Friday, March 14, 2024 " * (n // 6),
    "navigation": lambda n: "Previous article" * (n // 4),
    "glued": lambda n: "said.The" * (n // 2),
    "placeholders": lambda n: "[author_name] {{title}} %AUTHOR% " * (n // 8),
    "sentences": lambda n: "Mr. A. B. C. " * (n // 3),
    "one long word": lambda n: "a" * (4 * n),
    "mojibake": lambda n: "â€™Ã©" * n,
}


@pytest.fixture(scope="module")
def session():
    from lintnews.session import Session

    return Session.create({}, isolated=True)


def seconds(session, text: str, path: str) -> tuple[float, list]:
    from lintnews.checker import check_text

    start = time.perf_counter()
    result = check_text(session, text, path)
    return time.perf_counter() - start, result.findings


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_linear_time(session, name, path):
    make = ADVERSARIAL[name]
    n = 25_000
    small, _ = seconds(session, make(n), path)
    big, findings = seconds(session, make(4 * n), path)
    crashed = [f.message for f in findings if f.code in ("LN010", "LN011")]
    assert not crashed, crashed
    assert big < 8 * small + 0.5, f"{name}: {small:.3f}s at n, {big:.3f}s at 4n"


def test_ten_megabytes_without_newline(cli, tmp_path):
    (tmp_path / "big.txt").write_text("word " * 2_000_000 + "[author_name]", encoding="utf-8")
    start = time.perf_counter()
    run = cli("--isolated", "--select", "PH,LN", "big.txt", cwd=tmp_path)
    assert "Traceback" not in run.err
    assert run.lines and run.lines[-1].startswith("big.txt:1:10000001: PH")
    assert time.perf_counter() - start < 120
