"""Every rule that ships has a summary, a documentation page in ruff's shape, and tests."""
from __future__ import annotations

import pytest

from helpers import REPO

SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")


def shipped_rules():
    from lintnews.session import Session

    session = Session.create({}, isolated=True)
    return [(rule, session.registry.rule_plugin[rule.code]) for rule in session.registry.sorted()]


RULES = shipped_rules()


@pytest.mark.parametrize("rule,plugin", RULES, ids=[r.code for r, _ in RULES])
def test_rule_is_documented(rule, plugin):
    assert rule.summary and "\n" not in rule.summary, rule.code
    assert rule.name and rule.name == rule.name.lower() and " " not in rule.name
    missing = [s for s in SECTIONS if s not in rule.doc]
    assert not missing, f"{rule.code} ({plugin}) lacks {missing}"
    example = rule.doc.split("## Example", 1)[1].split("\n## ", 1)[0]
    assert len(example.strip()) > 10, f"{rule.code}: the example is empty"


@pytest.mark.parametrize("rule,plugin", RULES, ids=[r.code for r, _ in RULES])
def test_rule_is_tested(rule, plugin):
    folder = REPO / "tests" / ("core" if rule.code.startswith("LN") else "plugins")
    texts = "".join(p.read_text(encoding="utf-8") for p in folder.rglob("test_*.py"))
    assert rule.code in texts, f"no test under {folder.name}/ mentions {rule.code}"


def test_explain_prints_the_page(cli):
    run = cli("--explain", "LN002", "--isolated")
    assert run.code == 0
    assert run.out.startswith("# LN002 (not-utf8)\n\nThe file is not UTF-8 text.\n\nDefault severity: error.")
    for section in SECTIONS:
        assert section in run.out


def test_docs_rules_page_is_up_to_date():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(REPO / "tools" / "gen_rule_docs.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
