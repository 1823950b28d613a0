"""The CLI's reader for plain command lines gives exactly what argparse gives.

lintnews/cli.py reads a command line of exact long options and one run of
paths without importing argparse (a few milliseconds of every pre-commit
run); anything else goes to argparse. Whatever the reader accepts must
parse to argparse's namespace, value for value.
"""
from __future__ import annotations

import random

from lintnews.cli import _OPTIONS, _parse_simple, build_parser

_VALUES = ["PH", "PH,NAV", "error", "warning", "info", "auto", "always", "never", "2", "json",
           "a.toml", "2024-03-14", "drafts/**:PH", "x=y", "", "-x", "--", "no:dates", "é"]
_PATHS = ["a.md", "dir/", "-", "b.txt", "é.html", "x=y"]


def _random_argv(rng: random.Random) -> list[str]:
    names = [name for _, flags, _ in _OPTIONS for name in flags] + ["--help", "--sel", "-x"]
    argv: list[str] = []
    for _ in range(rng.randint(0, 6)):
        roll = rng.random()
        if roll < 0.3:
            argv.append(rng.choice(_PATHS))
        elif roll < 0.55:
            argv += [rng.choice(names), rng.choice(_VALUES)]
        elif roll < 0.7:
            argv.append(f"{rng.choice(names)}={rng.choice(_VALUES)}")
        else:
            argv.append(rng.choice(names))
    return argv


def test_the_plain_reader_agrees_with_argparse():
    parser = build_parser()
    rng = random.Random(1204)
    accepted = 0
    for _ in range(20000):
        argv = _random_argv(rng)
        simple = _parse_simple(argv)
        if simple is None:
            continue
        accepted += 1
        assert vars(simple) == vars(parser.parse_args(argv)), argv
    assert accepted > 2000


def test_typical_command_lines_take_the_plain_reader():
    for argv in (["article.md"], ["--isolated", "a.md", "b.md"], ["--format=json", "content/"],
                 ["--select", "PH,NAV", "--exit-zero", "-"]):
        simple = _parse_simple(argv)
        assert simple is not None and vars(simple) == vars(build_parser().parse_args(argv))
