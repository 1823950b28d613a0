"""The DT rules through the real CLI: printed lines, exit status, docs, options,
and a check against the real corpus (skipped when it is absent)."""
from __future__ import annotations

import datetime as dt
import json

import pytest

import lintnews_dates as dates
from helpers import SEED, run_cli
from lintnews.config import Config
from lintnews.testing import make_document


def test_seed_article_gives_exactly_one_dt_finding():
    run = run_cli("--isolated", "--select", "DT", str(SEED))
    assert run.lines == [
        f"{SEED}:33:67: DT001 decade 'the 2020s' for a finished event, but the 2020s had not "
        "ended by 2020 (the latest year the article names); did you mean 2020 (the year of it "
        "the article names)?"]
    assert run.code == 1


def test_seed_fix_in_json_replaces_the_2020s(tmp_path):
    run = run_cli("--isolated", "--select", "DT", "--format", "json", str(SEED))
    (item,) = json.loads(run.out)
    assert item["code"] == "DT001"
    assert item["location"] == {"row": 33, "column": 67}
    assert item["fix"]["applicability"] == "unsafe"
    (edit,) = item["fix"]["edits"]
    assert edit["content"] == "2020"
    assert edit["location"] == {"row": 33, "column": 63}  # "the 2020s" -> "2020"


@pytest.mark.parametrize("code", ["DT001", "DT002", "DT003", "DT004", "DT005"])
def test_explain_pages_have_every_section(code):
    run = run_cli("--isolated", "--explain", code)
    assert run.code == 0
    for section in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
        assert section in run.out, f"{code} lacks {section}"


def test_reference_date_flag_dates_a_yearless_weekday(tmp_path):
    article = tmp_path / "court.txt"
    article.write_text("The hearing is set for Friday, March 14, the clerk said.\n",
                       encoding="utf-8")
    run = run_cli("--isolated", "--select", "DT", "--reference-date", "2024-03-01",
                  "court.txt", cwd=tmp_path)
    assert run.lines == [
        "court.txt:1:24: DT003 Friday does not match the date: March 14, 2024 (year from the "
        "publication date) is a Thursday"]
    assert run.code == 1
    assert run_cli("--isolated", "--select", "DT", "court.txt", cwd=tmp_path).code == 0


def test_front_matter_date_drives_relative_days(tmp_path):
    (tmp_path / "vote.md").write_text(
        "---\ntitle: Minister quits\ndate: 2024-03-14\n---\n"
        "The minister resigned yesterday (Thursday), hours after the vote.\n", encoding="utf-8")
    run = run_cli("--isolated", "--select", "DT", "vote.md", cwd=tmp_path)
    assert run.lines == [
        "vote.md:5:23: DT005 'yesterday' cannot be Thursday in an article dated Thursday "
        "2024-03-14: yesterday is Tuesday or Wednesday"]


def test_date_order_option_from_config(tmp_path):
    (tmp_path / "notice.txt").write_text("The office reopens Wednesday 05/03/2024.\n",
                                         encoding="utf-8")
    (tmp_path / "lintnews.toml").write_text('[dates]\ndate-order = "mdy"\n', encoding="utf-8")
    run = run_cli("--select", "DT", "notice.txt", cwd=tmp_path)
    assert run.lines == ["notice.txt:1:20: DT003 Wednesday does not match the date: "
                         "May 3, 2024 is a Friday"]
    (tmp_path / "lintnews.toml").write_text('[dates]\ndate-order = "ymd"\n', encoding="utf-8")
    bad = run_cli("--select", "DT", "notice.txt", cwd=tmp_path)
    assert bad.code == 2
    assert "date-order" in bad.err and "ymd" in bad.err


def test_locale_from_config(tmp_path):
    (tmp_path / "notice.txt").write_text("The office reopens Wednesday 05/03/2024.\n",
                                         encoding="utf-8")
    (tmp_path / "lintnews.toml").write_text('locale = "en-GB"\n', encoding="utf-8")
    run = run_cli("--select", "DT", "notice.txt", cwd=tmp_path)
    assert run.lines == ["notice.txt:1:20: DT003 Wednesday does not match the date: "
                         "5 March 2024 is a Tuesday"]


# -- the real corpus ---------------------------------------------------------------

def _check(path, reference=None):
    document = make_document(path.read_text(encoding="utf-8"), path=path.name,
                             reference_date=reference)
    return list(dates.lintnews_check_document(document=document, config=Config()))


def test_corpus_press_release_with_wrong_weekday(corpus):
    # A DDW press release dated (May 6, 2017) announces a talk "on Saturday, May 7";
    # 7 May 2017 was a Sunday.
    path = corpus / "health-news" / "news_reviews_00234.txt"
    found = [f for f in _check(path, dt.date(2017, 5, 29)) if f.code == "DT003"]
    assert [(f.line, f.replacement) for f in found] == [(27, "Sunday")]


def test_corpus_real_decades_are_left_alone(corpus):
    # BBC copy from 2004-05 has no date metadata and often names only old years
    # ("languished in the 1990s ... bankruptcy in 1994"): no DT001 there.
    for name in ("tech_128.txt", "business_186.txt", "entertainment_120.txt",
                 "business_357.txt", "entertainment_016.txt"):
        assert [f for f in _check(corpus / "bbc" / name) if f.code == "DT001"] == [], name


def test_corpus_decade_apostrophes(corpus):
    found = _check(corpus / "bbc" / "politics_290.txt")
    assert [(f.code, f.replacement) for f in found] == [("DT002", "'30s")]
