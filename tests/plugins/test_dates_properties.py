"""Property tests for DT003 and DT004: every date, every common form."""
from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from lintnews.config import Config
from test_dates_calendar import dt_findings

MONTHS = calendar.month_name
DAYS = calendar.day_name

FORMS = {
    "mdy": ("The vote is on {wd}, {month} {day}, {year}, officials said.", "en"),
    "dmy": ("The vote is on {wd} {day} {month} {year}, officials said.", "en"),
    "after": ("The vote is on {month} {day}, {year} ({wd}), officials said.", "en"),
    "a": ("The vote is on {day} {month} {year}, a {wd}, officials said.", "en"),
    "numeric-gb": ("The vote is on {wd} {dd}/{mm}/{year}, officials said.", "en-GB"),
    "numeric-us": ("The vote is on {wd}, {mm}/{dd}/{year}, officials said.", "en-US"),
    "iso": ("The vote is on {wd}, {year}-{mm}-{dd}, officials said.", "en"),
}


@settings(max_examples=300, deadline=None)
@given(date=st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
       weekday=st.integers(0, 6), form=st.sampled_from(sorted(FORMS)))
def test_weekday_flagged_exactly_when_wrong(date, weekday, form):
    template, locale = FORMS[form]
    text = template.format(wd=DAYS[weekday], month=MONTHS[date.month], day=date.day,
                           year=date.year, dd=f"{date.day:02d}", mm=f"{date.month:02d}")
    found = dt_findings(text, None, "DT003", config=Config(locale=locale))
    if weekday == date.weekday():
        assert found == []
    else:
        assert [f.replacement for f in found] == [DAYS[date.weekday()]], text


@settings(max_examples=300, deadline=None)
@given(year=st.integers(1900, 2099), month=st.integers(1, 12), day=st.integers(1, 31),
       form=st.sampled_from(["{month} {day}, {year}", "{day} {month} {year}",
                             "{year}-{mm}-{dd}", "{month} {day}", "{day} {month}"]))
def test_impossible_flagged_exactly_when_no_such_day(year, month, day, form):
    text = "The hearing was set for " + form.format(
        month=MONTHS[month], day=day, year=year, mm=f"{month:02d}", dd=f"{day:02d}") + "."
    found = dt_findings(text, None, "DT004")
    if "{year}" in form:
        exists = day <= calendar.monthrange(year, month)[1]
    else:
        exists = day <= (29 if month == 2 else calendar.monthrange(2001, month)[1])
    assert (found == []) == exists, text


def test_large_repetitive_inputs_stay_linear():
    # Archives hold 10 MB files with no newline; every pattern must stay linear.
    import time

    for unit in ("They fought in the 2020s and ", "the 90's and ", "TK" * 10,
                 "Friday, March 14, 2024 (Friday) ", "1/2/2024 ", "1" * 40,
                 "yesterday (Thursday), ", "31 September ", "in 2020, since 2021 ",
                 # a date or decade in every sentence: per-sentence look-ups must not
                 # rescan the text (Text.sentence_at rebuilds its index on every call)
                 "Troops fought in the 2020s. ", "Fans loved the 90's. ",
                 "On Friday, March 14 it rained. ", "In 2003, on Friday, March 14 it rained. "):
        small, large = unit * 2000, unit * 8000
        timings = []
        for text in (small, large):
            started = time.perf_counter()
            dt_findings(text, "2021-05-01")
            timings.append(time.perf_counter() - started)
        # Four times the input may take at most ~12 times as long (noise allowed).
        assert timings[1] < 12 * timings[0] + 0.5, (unit, timings)
