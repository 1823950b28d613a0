"""The NAV rule declarations, their documentation, and precision on the real corpus."""
from __future__ import annotations

import random

import pytest

import lintnews_navigation as nav
from lintnews.config import Config
from lintnews.rules import CODE_RE
from lintnews.testing import make_document

from helpers import run_cli

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
CODES = ["NAV001", "NAV002", "NAV003", "NAV004", "NAV005", "NAV006",
         "NAV010", "NAV011", "NAV012", "NAV020", "NAV021", "NAV022", "NAV023"]


def test_codes_are_stable_and_documented():
    rules = nav.lintnews_rules(config=Config())
    assert [r.code for r in rules] == CODES
    for rule in rules:
        assert CODE_RE.fullmatch(rule.code) and rule.prefix == "NAV"
        assert rule.summary and "\n" not in rule.summary
        for section in SECTIONS:
            assert section in rule.doc, (rule.code, section)
    names = [r.name for r in rules]
    assert len(set(names)) == len(names)


def test_explain_prints_the_page():
    run = run_cli("--explain", "NAV002")
    assert run.code == 0
    assert "Previous articleMass grave" in run.out
    assert "## Fix safety" in run.out


def test_seed_through_the_cli():
    run = run_cli("--select", "NAV", "examples/article.txt",
                  cwd=__import__("helpers").REPO)
    assert run.code == 1
    assert [line.split(": ")[1].split()[0] for line in run.lines] == [
        "NAV003", "NAV006", "NAV002", "NAV002"]
    assert [line.split(":")[1] for line in run.lines] == ["23", "51", "53", "54"]


def _lint(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    document = make_document(text, path=str(path))
    return list(nav.lintnews_check_document(document=document, config=Config()))


def test_bbc_is_clean(corpus):
    files = sorted((corpus / "bbc").rglob("*.txt"))
    if not files:
        pytest.skip("bbc corpus absent")
    sample = random.Random(7).sample(files, min(400, len(files)))
    assert [f for path in sample for f in _lint(path)] == []


def test_health_news_findings_are_debris_lines(corpus):
    """Every finding in health-news is a whole short line, never inside a sentence."""
    files = sorted((corpus / "health-news").glob("*.txt"))
    if not files:
        pytest.skip("health-news corpus absent")
    for path in random.Random(7).sample(files, min(400, len(files))):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for f in _lint(path):
            line = lines[f.line - 1]
            assert f.col <= 4, (path.name, f)
            if f.code == "NAV005":
                assert len(line.split()) <= 6, (path.name, line)


def test_scraped_navigation_blocks_are_found(corpus):
    folder = corpus / "scraped"
    pages = [folder / name for name in (
        "readab__firefox-nightly-blog.txt", "readab__wordpress.txt", "readab__ars-1.txt")]
    if not all(p.exists() for p in pages):
        pytest.skip("scraped corpus absent")
    for page in pages:
        assert {"NAV001"} <= {f.code for f in _lint(page)}, page.name
