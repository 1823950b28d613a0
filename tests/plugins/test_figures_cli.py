"""FIG through the real command line: printed lines and exit status."""
from __future__ import annotations

from helpers import REPO, run_cli


def test_seed_article_cli():
    run = run_cli("--select", "FIG", "examples/article.txt", cwd=REPO)
    assert run.lines == [
        "examples/article.txt:5:73: FIG001 Azerbaijan's dead: 50 here, but 71 on lines 1 and 7 "
        "(same count: people, soldiers, servicemen killed; same owner: Azerbaijan, \"its\")"]
    assert run.code == 1


def test_consistent_article_exits_zero(tmp_path):
    path = tmp_path / "flood.txt"
    path.write_text("Flood kills 25 in Bangladesh\n\n"
                    "Floods in northern Bangladesh have killed 25 people, Bangladesh's government "
                    "said.\n\nMore than 6,500 troops were sent, and 6,500 more are on standby.\n",
                    encoding="utf-8")
    run = run_cli("--select", "FIG", str(path), cwd=tmp_path)
    assert run.lines == []
    assert run.code == 0


def test_number_style_cli(tmp_path):
    path = tmp_path / "troops.md"
    path.write_text("---\ntitle: \"War ends\"\n---\n\nMore than 6,500 troops died.\n\n"
                    "Of the 6500 troops, most were conscripts.\n", encoding="utf-8")
    run = run_cli("--select", "FIG", "troops.md", cwd=tmp_path)
    assert run.lines == [
        "troops.md:7:8: FIG004 6500 is written 6,500 on line 5: write a number one way (with a comma)"]
    assert run.code == 1


def test_explain():
    run = run_cli("--explain", "FIG001")
    assert run.code == 0
    assert "## Why is this bad?" in run.out and "71 servicemen" in run.out
