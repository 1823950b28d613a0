"""Calendar helpers of the dates plugin, and the helpers the other DT test files
share (``from test_dates_calendar import dt_findings, apply_fix``): run the
plugin as the core would, and apply a finding's fix to assert what a user sees."""
from __future__ import annotations

import datetime as dt

import pytest

import lintnews_dates as dates
from lintnews.config import Config
from lintnews.testing import make_document
from lintnews_dates.calendar import (find_dates, locale_order, named_years, settle_order,
                                     weekday_like)


def dt_findings(text: str, ref: str | None = None, code: str | None = None, *,
                path: str = "article.txt", config: Config | None = None):
    config = config or Config()
    document = make_document(text, path=path, reference_date=ref, config=config)
    found = dates.lintnews_check_document(document=document, config=config)
    return [f for f in found if code is None or f.code == code]


def with_front_matter(text: str, date: str) -> str:
    """A Markdown article whose own front matter gives its publication date."""
    return f"---\ntitle: Test article\ndate: {date}\n---\n{text}\n"


def apply_fix(text: str, finding) -> str:
    """The text with the finding's (single-edit) fix applied."""
    assert finding.fix is not None, f"no fix on {finding}"
    (edit,) = finding.fix.edits
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    start = starts[edit.line - 1] + edit.col - 1
    end = starts[edit.end_line - 1] + edit.end_col - 1
    return text[:start] + edit.content + text[end:]


def col_of(text: str, fragment: str) -> int:
    """1-based column of ``fragment`` in a one-line ``text``."""
    index = text.index(fragment)
    return index - text.rfind("\n", 0, index)


# -- the calendar helpers themselves --------------------------------------------

@pytest.mark.parametrize("locale, order", [
    ("en-US", "mdy"), ("en_US", "mdy"), ("en-GB", "dmy"), ("en-AU", "dmy"), ("en-IE", "dmy"),
    ("fr-FR", "dmy"), ("de", "dmy"), ("en", None), ("", None), (None, None),
])
def test_locale_order(locale, order):
    assert locale_order(locale) == order


@pytest.mark.parametrize("text, locale, option, order", [
    ("Filed 25/12/2023 and 03/04/2024.", "en-US", "auto", "dmy"),  # the text's own evidence wins
    ("Filed 12/25/2023 and 03/04/2024.", "en-GB", "auto", "mdy"),
    ("Filed 03/04/2024.", "en-GB", "auto", "dmy"),
    ("Filed 03/04/2024.", "en-US", "auto", "mdy"),
    ("Filed 03/04/2024.", "en", "auto", "both"),
    ("Filed 03/04/2024 on 4 March, met 5 March, signed 6 March.", "en", "auto", "dmy"),
    ("Filed 03/04/2024 on March 4, met March 5, signed March 6.", "en", "auto", "mdy"),
    ("Filed 25/12/2023.", "en", "mdy", "mdy"),  # the option wins over everything
])
def test_settle_order(text, locale, option, order):
    assert settle_order(find_dates(text), locale, option) == order


def test_find_dates_reads_every_form_once():
    text = ("Friday, March 14, 2024; 14 March 2024; the 14th of March; 2024-03-14; "
            "14/03/2024; 14.03.2024; at 14.30 on Mar. 14")
    got = [(m.order, m.month, m.day, m.year, m.first, m.second) for m in find_dates(text)]
    assert got == [
        ("mdy", 3, 14, 2024, 0, 0), ("dmy", 3, 14, 2024, 0, 0), ("dmy", 3, 14, None, 0, 0),
        ("iso", 3, 14, 2024, 0, 0), ("num", 0, 0, 2024, 14, 3), ("num", 0, 0, 2024, 14, 3),
        ("mdy", 3, 14, None, 0, 0),
    ]


def test_find_dates_ignores_verbs_and_names():
    assert find_dates("Protesters march 14 miles; they may 30 times; Theresa May 2019") == []


def test_named_years_are_years_not_counts():
    text = ("The war ended in 2020, since 1991, tensions grew; the 2000 songs; "
            "in March 2024; (2019); 2,020 people; in the 1990s; Agenda 2030 targets")
    assert [y for _, y in named_years(text)] == [2020, 1991, 2024, 2019]


@pytest.mark.parametrize("found, weekday, expected", [
    ("Friday", 3, "Thursday"), ("Fri", 3, "Thu"), ("FRIDAY", 3, "THURSDAY"),
    ("Tues", 6, "Sun"), ("Sat.", 6, "Sun."),
])
def test_weekday_like_keeps_the_written_form(found, weekday, expected):
    assert weekday_like(found, weekday) == expected


def test_weekday_like_matches_python_calendar():
    assert weekday_like("Monday", dt.date(2024, 3, 14).weekday()) == "Thursday"
