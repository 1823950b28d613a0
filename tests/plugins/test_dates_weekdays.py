"""DT003 weekday-date-mismatch and DT005 relative-day-mismatch, on tables of news sentences."""
from __future__ import annotations

import pytest

from lintnews.config import Config
from test_dates_calendar import apply_fix, col_of, dt_findings, with_front_matter

# -- DT003 ---------------------------------------------------------------------
# (sentence, publication date or None, locale, expected): expected is the
# sentence after the fix, "!text" for a finding without a fix whose message
# holds text, or None when nothing may be flagged.

DT003_CASES = [
    ("The summit will open on Friday, March 14, 2024 in Brussels.", None, "en",
     "The summit will open on Thursday, March 14, 2024 in Brussels."),
    ("The verdict is due on March 14, 2024 (Friday), the court said.", None, "en",
     "The verdict is due on March 14, 2024 (Thursday), the court said."),
    ("Polls close on 14 March 2024, a Friday, at 10pm.", None, "en",
     "Polls close on 14 March 2024, a Thursday, at 10pm."),
    ("Doors open Fri 14/03/2024 at 7pm, the venue said.", None, "en-GB",
     "Doors open Thu 14/03/2024 at 7pm, the venue said."),
    ("Americans went to the polls on Wednesday, November 3, 2020.", None, "en",
     "Americans went to the polls on Tuesday, November 3, 2020."),
    ("Britain voted to leave the EU on Friday 23 June 2016.", None, "en",
     "Britain voted to leave the EU on Thursday 23 June 2016."),
    ("Russian troops crossed the border on Wednesday, February 24, 2022.", None, "en",
     "Russian troops crossed the border on Thursday, February 24, 2022."),
    ("The attacks in Paris on Saturday, November 13, 2015 killed 130 people.", None, "en",
     "The attacks in Paris on Friday, November 13, 2015 killed 130 people."),
    ("Notre-Dame caught fire on Sunday, April 15, 2019.", None, "en",
     "Notre-Dame caught fire on Monday, April 15, 2019."),
    ("Hamas attacked Israel on Sunday, 7 October 2023.", None, "en",
     "Hamas attacked Israel on Saturday, 7 October 2023."),
    ("The hearing is set for Friday, March 14, the court clerk said.", "2024-03-01", "en",
     "The hearing is set for Thursday, March 14, the court clerk said."),
    ("Shops will close on Tuesday, December 25, the retailer said.", "2024-12-01", "en",
     "Shops will close on Wednesday, December 25, the retailer said."),
    ("Results will be announced on Monday, January 3.", "2024-12-20", "en",
     "Results will be announced on Friday, January 3."),
    ("The decree takes effect on Friday, 2024-03-14, the ministry said.", None, "en",
     "The decree takes effect on Thursday, 2024-03-14, the ministry said."),
    ("Friday the 14th of March 2024 will be remembered in Dundee.", None, "en",
     "Thursday the 14th of March 2024 will be remembered in Dundee."),
    ("The board meets Fri., Mar. 14, 2024, at noon.", None, "en",
     "The board meets Thu., Mar. 14, 2024, at noon."),
    ("The deal was signed on June 13, 2024, which was a Friday.", None, "en",
     "The deal was signed on June 13, 2024, which was a Thursday."),
    ("The result came on 5 July 2024 — a Thursday — after a long count.", None, "en",
     "The result came on 5 July 2024 — a Friday — after a long count."),
    ("Doors open Thursday, 05/03/2024, organisers said.", None, "en-US",
     "Doors open Friday, 05/03/2024, organisers said."),
    ("Entries close Friday 05/03/2024; winners are named on 28/03/2024.", None, "en",
     "Entries close Tuesday 05/03/2024; winners are named on 28/03/2024."),
    ("The office reopens Wednesday 05/03/2024, the council said.", None, "en",
     "!under either reading: 5 March 2024 is a Tuesday and May 3, 2024 is a Friday"),
    ("FRIDAY, MARCH 14, 2024", None, "en", "THURSDAY, MARCH 14, 2024"),
    ("Posted Wednesday, 11/21/19 by the newsroom.", None, "en-US",
     "Posted Thursday, 11/21/19 by the newsroom."),
    ("The race starts on Saturday, March 3rd, 2024, in Tokyo.", None, "en",
     "The race starts on Sunday, March 3rd, 2024, in Tokyo."),
    # The weekday fits, or the weekday belongs to something else: nothing to flag.
    ("The summit opens on Thursday, March 14, 2024 in Brussels.", None, "en", None),
    ("Britain voted on Thursday 23 June 2016 to leave.", None, "en", None),
    ("The verdict is due on March 14, 2024 (Thursday), the court said.", None, "en", None),
    ("Polls close on 15 March 2024, a Friday, at 10pm.", None, "en", None),
    ("Thursday and Friday, March 13 and 14, are public holidays.", "2024-03-01", "en", None),
    ("The talks run from Wednesday to Friday, March 13-15.", "2024-03-01", "en", None),
    ("The hearing is on Friday, March 14, the clerk said.", None, "en", None),
    ("In 2003 US troops entered Baghdad. On Wednesday, April 9, the statue fell.",
     "2023-04-01", "en", None),
    ("Then, in January 2011, he took a sample. They met at a whiteboard on Wednesday, "
     "May 18, to study the data.", "2012-07-09", "en", None),
    ("Mass was said on 15 March 2024, a Thursday night vigil followed.", None, "en", None),
    ("The claim was reported by the Sun. March 14 was the date set for the vote.",
     "2024-03-01", "en", None),
    ("He said on Friday. March 14 will be the deadline.", "2024-03-01", "en", None),
    ("Kick-off is on Friday 14.30 local time.", "2024-03-01", "en", None),
    ("On Monday, 9/11 families gathered at Ground Zero.", "2024-09-09", "en-US", None),
    ("Doors open Fri 15/03/2024 at 7pm.", None, "en-GB", None),
    ("Black Friday, November 29, 2024, drew record crowds.", None, "en", None),
    ("Good Friday, March 29, 2024, is a bank holiday.", None, "en", None),
    ("Voters in 15 states went to the polls on Super Tuesday, March 5, 2024.", None, "en",
     None),
    ("Every Friday, March to May, the market opens at dawn.", "2024-03-01", "en", None),
    ("Posted Thursday, 11/21/19 by the newsroom.", None, "en-US", None),
    ("The office reopens Friday 05/03/2024, the council said.", None, "en", None),
    ("The office reopens Tuesday 05/03/2024, the council said.", None, "en", None),
    ("Thursday, 14 March 2024 | 10:32 GMT", None, "en", None),
    ("The claim was first made in the Mail on Sunday, 14 March 2024.", None, "en-GB", None),
]


@pytest.mark.parametrize("text, ref, locale, expected", DT003_CASES)
def test_weekday_mismatch(text, ref, locale, expected):
    found = dt_findings(text, ref, "DT003", config=Config(locale=locale))
    if expected is None:
        assert found == []
        return
    (finding,) = found
    line = text.splitlines()[finding.line - 1]
    span = line[finding.col - 1:finding.end_col - 1]
    assert any(day in span.lower() for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    assert any(ch.isdigit() for ch in span)  # the weekday and its date, both
    if expected.startswith("!"):
        assert finding.fix is None
        assert expected[1:] in finding.message
    else:
        assert apply_fix(text, finding) == expected
        assert finding.fix.applicability == "unsafe"
        assert "does not match the date:" in finding.message


def test_weekday_cases_are_enough():
    assert len(DT003_CASES) >= 40


def test_weekday_message_and_span():
    text = "The summit will open on Friday, March 14, 2024 in Brussels."
    (finding,) = dt_findings(text, None, "DT003")
    assert finding.message == "Friday does not match the date: March 14, 2024 is a Thursday"
    assert (finding.col, finding.end_col) == (col_of(text, "Friday"), col_of(text, " in Bru"))
    assert finding.fix.message == "Replace 'Friday' with 'Thursday' (or correct the date)"


def test_weekday_without_year_says_where_the_year_came_from():
    (finding,) = dt_findings("The hearing is set for Friday, March 14.", "2024-03-01", "DT003")
    assert finding.message == ("Friday does not match the date: March 14, 2024 (year from the "
                               "publication date) is a Thursday")


def test_date_order_option_settles_numeric_dates():
    text = "The office reopens Wednesday 05/03/2024, the council said."
    dmy = Config(plugin_tables=(("dates", {"date-order": "dmy"}),))
    mdy = Config(plugin_tables=(("dates", {"date-order": "mdy"}),))
    assert [f.replacement for f in dt_findings(text, None, "DT003", config=dmy)] == ["Tuesday"]
    assert [f.replacement for f in dt_findings(text, None, "DT003", config=mdy)] == ["Friday"]


def test_html_lang_gives_the_locale():
    page = ('<html lang="en-US"><head><title>t</title></head><body><article>'
            "<p>Doors open Thursday, 05/03/2024, organisers said.</p></article></body></html>")
    found = dt_findings(page, None, "DT003", path="page.html")
    assert [f.replacement for f in found] == ["Friday"]


# -- DT005 ---------------------------------------------------------------------
# (sentence, the article's own publication date, expected words of the message
# or None).  2024-03-14 is a Thursday, 2024-03-18 a Monday.

DT005_CASES = [
    ("The minister resigned yesterday (Thursday), hours after the vote.", "2024-03-14",
     "'yesterday' cannot be Thursday in an article dated Thursday 2024-03-14: yesterday is "
     "Tuesday or Wednesday"),
    ("The minister resigned yesterday, Thursday, hours after the vote.", "2024-03-14",
     "'yesterday' cannot be Thursday"),
    ("Talks resume today (Monday) in Geneva, diplomats said.", "2024-03-14",
     "'today' cannot be Monday"),
    ("Results are due tomorrow (Wednesday), the commission said.", "2024-03-14",
     "'tomorrow' cannot be Wednesday in an article dated Thursday 2024-03-14: tomorrow is "
     "Thursday or Friday"),
    ("Wednesday (tomorrow) is the deadline for bids.", "2024-03-14",
     "'tomorrow' cannot be Wednesday"),
    ("Shares fell yesterday (Friday) after the profit warning.", "2024-03-14",
     "'yesterday' cannot be Friday"),
    ("The strike continues today, Saturday, with no talks planned.", "2024-03-14",
     "'today' cannot be Saturday"),
    ("Police said yesterday (Sunday) that two men had been arrested.", "2024-03-14",
     "'yesterday' cannot be Sunday"),
    ("The funeral will be held tomorrow (Sunday) in Cork.", "2024-03-14",
     "'tomorrow' cannot be Sunday"),
    ("Shares fell yesterday (Friday) after the profit warning.", "2024-03-18",
     "'yesterday' cannot be Friday in an article dated Monday 2024-03-18: yesterday is "
     "Saturday or Sunday"),
    ("Talks resume today (Tuesday) in Geneva.", "2024-03-18", "'today' cannot be Tuesday"),
    ("The verdict is expected tomorrow (Wednesday).", "2024-03-18",
     "'tomorrow' cannot be Wednesday"),
    ("Voting closed yesterday (Monday) in the leadership race.", "2024-03-18",
     "'yesterday' cannot be Monday"),
    ("The match, played yesterday (Wednesday), ended in a draw.", "2024-03-18",
     "'yesterday' cannot be Wednesday"),
    ("Thursday (yesterday) was the wettest day of the year.", "2024-03-18",
     "'yesterday' cannot be Thursday"),
    ("The bank said today, Friday, that it would cut 500 jobs.", "2024-03-18",
     "'today' cannot be Friday"),
    ("Parliament will vote tomorrow, Thursday, on the bill.", "2024-03-18",
     "'tomorrow' cannot be Thursday"),
    ("Fire crews were called yesterday (Tuesday) to the blaze.", "2024-03-18",
     "'yesterday' cannot be Tuesday"),
    # True on one of the days the article can have been written: nothing to flag.
    ("The minister resigned yesterday (Wednesday), hours after the vote.", "2024-03-14", None),
    ("The minister resigned yesterday (Tuesday), the paper reported.", "2024-03-14", None),
    ("Talks resume today (Thursday) in Geneva.", "2024-03-14", None),
    ("Talks resumed today (Wednesday) in Geneva.", "2024-03-14", None),
    ("Results are due tomorrow (Friday), the commission said.", "2024-03-14", None),
    ("Results are due tomorrow (Thursday), the commission said.", "2024-03-14", None),
    ("Friday (tomorrow) is the deadline for bids.", "2024-03-14", None),
    ("The study was published today, Friday, April 13, in the journal.", "2024-03-14", None),
    ("The study was published today (Friday, April 13) in the journal.", "2024-03-14", None),
    ("Shares fell yesterday, Friday's paper reported.", "2024-03-14", None),
    ("The band plays tomorrow, Friday night, at the Roundhouse.", "2024-03-18", None),
    ("Shares fell yesterday (Sunday) in Asian trading.", "2024-03-18", None),
    ("Shares fell yesterday (Saturday) in thin trading.", "2024-03-18", None),
    ("Talks resume today (Monday) in Geneva.", "2024-03-18", None),
    ("Talks resume today (Sunday) in Geneva.", "2024-03-18", None),
    ("The verdict is expected tomorrow (Tuesday).", "2024-03-18", None),
    ("Yesterday's vote, on Thursday, was close.", "2024-03-18", None),
    ("Today, Thursday's winners were announced.", "2024-03-18", None),
    ("Fire crews were called yesterday (Sunday) to the blaze.", "2024-03-18", None),
    ("He said yesterday: Thursday will be decisive.", "2024-03-18", None),
    ("Monday (today) is a bank holiday in Ireland.", "2024-03-18", None),
    ("The exhibition opens tomorrow (Tues.) at the Tate.", "2024-03-18", None),
]


@pytest.mark.parametrize("text, date, expected", DT005_CASES)
def test_relative_day(text, date, expected):
    found = dt_findings(with_front_matter(text, date), None, "DT005", path="article.md")
    if expected is None:
        assert found == []
        return
    (finding,) = found
    assert expected in finding.message
    assert finding.line == 5  # below the front matter
    assert finding.fix is None


def test_relative_day_cases_are_enough():
    assert len(DT005_CASES) >= 40


def test_relative_day_needs_the_articles_own_date():
    # A run-wide reference date (config, or a crawl date) can be days off.
    text = "The minister resigned yesterday (Thursday), hours after the vote."
    assert dt_findings(text, "2024-03-14", "DT005") == []
    assert dt_findings(with_front_matter(text, "2024-03-14"), None, "DT005", path="a.md")
