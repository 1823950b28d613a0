"""FIG rules: what a user sees (codes, lines, columns, messages, fixes)."""
from __future__ import annotations

import math

import pytest

from lintnews.config import Config
from lintnews.testing import make_document

import lintnews_figures as fig
from lintnews_figures.numbers import find_quantities
from lintnews_figures.rules import RULES

from helpers import SEED


def found(text: str, path: str = "article.txt") -> list[str]:
    document = make_document(text, path=path)
    return [f"{f.line}:{f.col} {f.code} {f.message}"
            for f in fig.lintnews_check_document(document=document, config=Config())]


def one(text: str) -> tuple[float, float, float, str]:
    (q,) = find_quantities(text)
    return q.value, q.low, q.high, q.unit


# -- numbers ---------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("6,500 troops", 6500), ("6.500 troops", 6500), ("seven soldiers", 7),
    ("two dozen officers", 24), ("a hundred cars", 100), ("4m people", 4e6),
    ("$1.2bn", 1.2e9), ("four million people", 4e6), ("2.5 per cent", 2.5), ("40%", 40),
    ("120.7m euros", 120.7e6), ("one hundred and twenty people", 120), ("£231m", 231e6),
])
def test_numbers_are_read(text, value):
    assert one(text)[0] == pytest.approx(value)


@pytest.mark.parametrize("text, unit", [("$1.2bn", "$"), ("£231m", "£"), ("120.7m euros", "€"),
                                        ("40%", "%"), ("2.5 per cent", "%"), ("71 soldiers", "")])
def test_units(text, unit):
    assert one(text)[3] == unit


def test_hedges_are_intervals():
    assert one("at least 71")[1:3] == (71, math.inf)
    assert one("more than 100")[1:3] == (100, math.inf)
    low, high = one("about 2,000")[1:3]
    assert low <= 1950 <= high
    low, high = one("nearly 50")[1:3]
    assert not low <= 71 <= high and low <= 48 <= high
    assert one("up to 40")[1] == 0


def test_exact_and_rounded():
    assert one("71 soldiers")[1:3] == (71, 71)
    low, high = one("$300m")[1:3]
    assert low <= 298e6 <= high  # $732m - $434m
    low, high = one("20,000 workers")[1:3]
    assert not low <= 17000 <= high


def test_ranges_and_updates():
    (r,) = find_quantities("between 50 and 70 people")
    assert r.is_range and (r.low, r.high) == (45, 75)
    a, b = find_quantities("rose from 50 to 71")
    assert a.update and b.update


@pytest.mark.parametrize("text", [
    "at 10:30 on Tuesday", "the 31st", "flight 447", "a 50-year-old man", "in 2000",
    "the 1990s", "Windows 2000", "hundreds of people", "on August 31",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_four_million_and_4m_agree():
    a, b = find_quantities("four million people and 4m people")
    assert a.agrees(b)


# -- FIG001 ----------------------------------------------------------------------

def test_seed_article():
    assert found(SEED.read_text(encoding="utf-8")) == [
        "5:73 FIG001 Azerbaijan's dead: 50 here, but 71 on lines 1 and 7 (same count: people, "
        "soldiers, servicemen killed; same owner: Azerbaijan, \"its\")"]


def test_majority_names_the_odd_one_out():
    text = ("Azerbaijan said 71 of its soldiers had been killed.\n\n"
            "Azerbaijan's defence ministry released a list of 71 servicemen killed.\n\n"
            "Azerbaijan's president said 60 troops had died in the fighting.\n")
    assert found(text) == [
        "5:29 FIG001 Azerbaijan's dead: 60 here, but 71 on lines 1 and 3 (same count: troops, "
        "soldiers, servicemen killed; same owner: Azerbaijan, \"its\")"]


def test_one_against_one_reports_the_later():
    text = ("Moscow said 30 of its troops were killed in the fighting.\n\n"
            "Russia's defence ministry said 45 soldiers had been killed in the fighting.\n")
    assert found(text) == [
        "3:32 FIG001 Russia's dead: 45 here, but 30 on line 1 (same count: soldiers, troops "
        "killed; same owner: Russia, \"Moscow\")"]


def test_money_names_the_period():
    text = ("Telecoms firm Nortel said its profit for 2003 was $434m.\n\n"
            "The audit put Nortel's profit for 2003 at $484m.\n")
    assert found(text) == [
        "3:43 FIG001 Nortel's profit: $484m here, but $434m on line 1 (same count: profit; "
        "same owner: Nortel; same period: 2003)"]


def test_same_sentence_is_not_compared():
    text = "Azerbaijan said 71 of its soldiers were killed, and Azerbaijan's army said 50 soldiers died.\n"
    assert found(text) == []


# -- FIG002 ----------------------------------------------------------------------

def test_headline_first_line_of_text():
    text = ("Flood kills 40 in Bangladesh\n\n"
            "Floods in northern Bangladesh have killed 25 people, Bangladesh's government said.\n\n"
            "Rescue teams are still searching.\n")
    assert found(text) == [
        "1:13 FIG002 Bangladesh's dead: 40 in the headline, but 25 on line 3 in the body "
        "(same count: people killed; same owner: Bangladesh)"]


def test_front_matter_title():
    text = ("---\ntitle: \"Tsunami kills 5,000 in Thailand\"\n---\n\n"
            "Thailand's government said 3,000 people were killed when the waves struck.\n")
    assert found(text, "article.md") == [
        "2:23 FIG002 Thailand's dead: 5,000 in the title, but 3,000 on line 5 in the body "
        "(same count: people killed; same owner: Thailand)"]


def test_rounded_headline_is_not_reported():
    text = ("Nortel in $300m profit revision\n\n"
            "Nortel said it had made $434m (£231m), compared to the previously reported $732m.\n")
    assert found(text) == []


def test_headline_sum_is_explained():
    text = ("Nortel makes $1.2bn profit\n\n"
            "Telecoms firm Nortel said its profit for 2003 was $800m.\n\n"
            "Its other arm made $400m.\n")
    assert found(text) == []


# -- FIG003 ----------------------------------------------------------------------

def test_parts_of_a_whole():
    assert found("Britain won 12 medals: five gold, four silver and two bronze.\n") == [
        "1:13 FIG003 total of 12 but the parts listed after it add up to 11 (five + four + two)"]


def test_parts_of_some():
    assert found("The fire killed 30 people, including 20 children and 15 firefighters.\n") == [
        "1:17 FIG003 total of 30 but the parts it includes already add up to 35 (20 + 15)"]
    assert found("The fire killed 30 people, including 20 children and 5 firefighters.\n") == []


# -- FIG004 ----------------------------------------------------------------------

def test_number_written_two_ways_with_fix():
    text = ("More than 6,500 troops died.\n\nOf the 6500 troops, most were conscripts.\n")
    document = make_document(text)
    (f,) = fig.lintnews_check_document(document=document, config=Config())
    assert (f.line, f.col, f.end_col, f.code) == (3, 8, 12, "FIG004")
    assert f.message == "6500 is written 6,500 on line 1: write a number one way (with a comma)"
    assert f.replacement == "6,500" and f.fix.applicability == "safe"


def test_year_and_count_are_not_one_number():
    assert found("The firm was founded in 2000.\n\nIt employs 2,000 staff.\n") == []


# -- rules -------------------------------------------------------------------------

def test_rules_are_declared_with_docs():
    rules = fig.lintnews_rules(config=Config())
    assert [r.code for r in rules] == ["FIG001", "FIG002", "FIG003", "FIG004"]
    for rule in RULES:
        for section in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
            assert section in rule.doc, (rule.code, section)


# -- speed ---------------------------------------------------------------------------

def test_long_input_stays_linear():
    import time
    text = ("Azerbaijan said 71 of its soldiers had been killed. " * 2000 + "\n") + "TK " * 200_000
    started = time.perf_counter()
    found(text)
    assert time.perf_counter() - started < 10


def test_parts_as_a_list_in_text():
    text = "Britain won 12 medals in Athens:\n- five gold\n- four silver\n- two bronze\n\nMore.\n"
    assert found(text) == [
        "1:13 FIG003 total of 12 but the parts listed after it add up to 11 (five + four + two)"]
    assert found(text.replace("12 medals", "11 medals")) == []


def test_parts_as_a_markdown_list():
    text = ("---\ntitle: Medals\n---\n\nBritain won 12 medals in Athens:\n\n"
            "- five gold\n- four silver\n- two bronze\n\nMore text here.\n")
    assert found(text, "article.md") == [
        "5:13 FIG003 total of 12 but the parts listed after it add up to 11 (five + four + two)"]


def test_a_numbered_list_is_not_parts():
    text = "The report made 3 points:\n1. costs rose\n2. staff left\n\nMore.\n"
    assert found(text) == []
