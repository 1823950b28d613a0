"""find_dates's cheap tests before its patterns rule out only what the patterns would:
on crafted texts and on the corpus."""
from __future__ import annotations

import pytest

from lintnews_dates import calendar, weekdays

CRAFTED = [
    "14 March 2024", "14 of March", "14th of March", "1st March", "2nd Feb", "3rd Jan",
    "2024-03-14", "14/03/2024", "14/3", "14.3.24", "14.30", "12 people", "2024 was",
    "5%", "3,000", "1)", "March 14", "Mar. 14, 2024", "MARCH 14", "Sept. 9", "on May 5",
    "14\u00a0March", "14\tMarch", "14  March", "14 \u00a0 of\tMarch", "1999-12-31", "123-45",
    "9", "9 ", "99", "99-", "2024-", "1.5 million", "31 Sept", "the 14 March", "14 march",
    "7 Oct.", "007 March", "1/2/3", "12/", "12.", "x 14 OCTOBER", "was. 12 June", "Dec 7",
]


def _digit_starts(string: str):
    return [m.start() for m in calendar._DIGIT_START.finditer(string)]


def _check(string: str) -> None:
    numbered = calendar._numbered_re()
    end = len(string)
    for at in _digit_starts(string):
        if not calendar._may_be_numbered(string, at, end):
            assert numbered.match(string, at, end) is None, (string, at)
        lo = max(0, at - 16)
        for hi in (at - 1, at) if at >= 2 else ():  # find_dates asks from the third character
            assert calendar._ends_with_month(string, lo, hi) == string.endswith(
                calendar._MONTH_FORMS, lo, hi), (string, at)


@pytest.mark.parametrize("text", CRAFTED)
def test_find_dates_gates_on_crafted_texts(text):
    for variant in (text, text.upper(), "x " + text, text + " 2024"):
        _check(variant)


def test_find_dates_gates_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt"))[::3]:
        _check(path.read_text(encoding="utf-8", errors="replace"))


RELATIVE_CRAFTED = [
    "", "today", "Today", "TODAY", "ToDay", "tODAY", "xtoday", "todays", "today's", "_today",
    "1today", "today1", "éToday", "Todayé", "yesterday, Monday", "Yesterday (Tue)",
    "YESTERDAY tomorrow Tomorrow TOMORROW", "today-today", "today today", "oday esterday",
    "Monday holiday heyday", "\u0301today", "today\u0301", "ɐtoday", "today\u200d", "…Today…",
    "tomorrowtoday", "to-day", "TODAYS", "\ntoday\n",
]


def _check_relative(string: str) -> None:
    plain = [m.span() for m in weekdays._RELATIVE_WORD.finditer(string)]
    assert [m.span() for m in weekdays._relative_words(string)] == plain, string


@pytest.mark.parametrize("text", RELATIVE_CRAFTED)
def test_relative_words_on_crafted_texts(text):
    for variant in (text, " " + text, "a" + text, text + ".", text + " " + text[::-1]):
        _check_relative(variant)


def test_relative_words_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt"))[::3]:
        _check_relative(path.read_text(encoding="utf-8", errors="replace"))


# -- DT001: the decades after a lead are found before the article's years are read --------

from lintnews_dates import decades  # noqa: E402


def _old_decade_findings(document: "Document", text: "Text", years, code: str) -> Iterator["Finding"]:
    """decades.decade_findings before it asked for the decades after a lead first."""
    from lintnews import Edit, Finding, Fix

    string = text.string
    if "0s" not in string:
        return
    if callable(years):
        years = years()  # read only now: most articles have no "0s"
    if document.reference_date is not None:
        ref_year, basis = document.reference_date.year, "the publication date"
    elif years:
        # The latest year named is only a lower bound of the publication date.
        # It settles that a decade had not ended only when it is the decade's
        # first year: a text whose latest year is 2020 was written early in the
        # 2020s; one whose latest year is 1994 may well date from 2005.
        ref_year, basis = max(years), "the latest year the article names"
        if ref_year % 10:
            return
        # Without a date, the evidence must name that year as a time something
        # happened ("in 2020"), not only as a bound ("trials after 2000").
        if not decades._point_in_time(string, ref_year):
            return
    else:
        return
    finished: dict = {}
    sentences = None
    distinct = set(years)  # at most 300 values: the loop below stays linear
    for m in decades._DECADE.finditer(string):
        decade = int(m["decade"])
        if not decade <= ref_year <= decade + decades.HALF_DECADE:
            # A decade already over (or a future one) is a real decade; so is
            # one mostly gone ("a wave of mergers in the 2020s" in 2027).
            continue
        if not string.endswith(decades._LEAD_ENDS, max(0, m.start() - 4), m.start()):
            continue  # cheap test before the look-back pattern
        lead = decades._decade_lead_re().search(string, max(0, m.start() - 24), m.start())
        if lead is None:
            continue
        sentences = sentences or decades.SpanIndex(text.sentences)
        sentence = sentences.at(m.start())
        if sentence is None:
            continue
        if sentence not in finished:  # once per sentence, however many decades
            finished[sentence] = decades._finished_past(string[sentence.start:sentence.end])
        if not finished[sentence]:
            continue
        inside = sorted(y for y in distinct if decade <= y <= ref_year)
        if not inside and ref_year == decade:
            inside, evidence = [decade], f"its only year by {ref_year}"
        else:
            evidence = "the year of it the article names"
        if len(inside) != 1:
            continue
        year = inside[0]
        the = lead["the"] or lead["the2"] or ""
        fix_start = m.start() - len(the)
        message = (f"decade 'the {decade}s' for a finished event, but the {decade}s had not "
                   f"ended by {ref_year} ({basis}); did you mean {year} ({evidence})?")
        line, col, end_line, end_col = text.locate(m.start(), m.end())
        fl, fc, fel, fec = text.locate(fix_start, m.end())
        fix = Fix(f"Replace {string[fix_start:m.end()]!r} with '{year}'",
                  (Edit(fl, fc, fel, fec, str(year)),), "unsafe")
        yield Finding(document.path, line, col, code, message, end_line, end_col, fix=fix)


DECADE_CRAFTED = [
    "In the 2020s prices rose. Prices fell in 2020.", "the 1990s and the 2020s. In 2020 it ended.",
    "during the 2010s. It was built in 2010 and sold in 2010.", "100s of people, the 50s, 1980s",
    "In the 2020s. Trials after 2020.", "the 2020s and in the 2020s. In 2020 war began.",
    "The 2000s were over. In 2000 it began.", "no decade at all 0s", "in the\u00a02020s, 2020",
    "1990s or the 2020s were won. 2020 saw it.", "in the 2020's in 2020",
]


def _decade_findings_both(text: str, ref=None):
    import datetime
    from lintnews.testing import make_document
    document = make_document(text, path="a.txt")
    document.reference_date = None if ref is None else datetime.date.fromisoformat(ref)
    body = document.body
    years = lambda: decades.article_years(document)  # noqa: E731
    new = [repr(f) for f in decades.decade_findings(document, body, years, "DT001")]
    old = [repr(f) for f in _old_decade_findings(document, body, years, "DT001")]
    return new, old


@pytest.mark.parametrize("text", DECADE_CRAFTED)
def test_decade_findings_as_before_on_crafted_texts(text):
    for ref in (None, "2022-05-01", "2020-01-01", "2005-01-01"):
        new, old = _decade_findings_both(text, ref)
        assert new == old, (text, ref)


def test_decade_findings_as_before_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "0s" in text:
            for ref in (None, "2022-05-01"):
                new, old = _decade_findings_both(text, ref)
                assert new == old, path


@pytest.mark.parametrize("text", [
    "", "0s", "90s", "990s", "1990s", "x1990s", " 1990s", "'1990s", "’1990s", "-1990s", "1990s.",
    "1990sx", "21990s", "19900s", "1990s1990s", "1990s 2000s 2010s", "the 1880s, 1990s' 2090s",
    "é1990s", "\u4e001990s", "1990s\u00e9", "100s 200s 1800s 1700s", "2020s0s", "(1990s)",
])
def test_decades_are_the_matches_of_the_scan(text):
    for s in (text, "ab " + text, text + " cd"):
        assert [m.span() for m in decades._decades(s)] == [
            m.span() for m in decades._DECADE.finditer(s)], s


def test_decades_are_the_matches_of_the_scan_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "0s" in text:
            assert [m.span() for m in decades._decades(text)] == [
                m.span() for m in decades._DECADE.finditer(text)], path
