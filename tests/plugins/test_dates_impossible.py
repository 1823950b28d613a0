"""DT004 impossible-date, on a table of news sentences."""
from __future__ import annotations

import pytest

from test_dates_calendar import col_of, dt_findings

# (sentence, the date as written and why it cannot exist, or None when nothing
# may be flagged).
DT004_CASES = [
    ("The referendum was held on 31 September 2023, officials said.",
     ("31 September 2023", "September has only 30 days")),
    ("Tickets go on sale February 30, the promoter announced.",
     ("February 30", "February has at most 29 days")),
    ("The report, dated 2023-02-29, was leaked to reporters.",
     ("2023-02-29", "2023 is not a leap year: February has only 28 days")),
    ("The council meets on April 31 to set the budget.", ("April 31", "April has only 30 days")),
    ("The deadline for applications is 31st June.", ("31st June", "June has only 30 days")),
    ("The law takes effect on February 29, 2023, the ministry said.",
     ("February 29, 2023", "2023 is not a leap year: February has only 28 days")),
    ("Payment is due by 29 February 2025 at the latest.",
     ("29 February 2025", "2025 is not a leap year: February has only 28 days")),
    ("The fixture was moved to November 31 because of the cup run.",
     ("November 31", "November has only 30 days")),
    ("Born 31/04/1985, she moved to Paris aged 20.",
     ("31/04/1985", "April has only 30 days, whichever number is the day")),
    ("The visa is valid until 02/30/2024, the embassy said.",
     ("02/30/2024", "February has at most 29 days, whichever number is the day")),
    ("Celebrations are planned for the 31st of September.",
     ("31st of September", "September has only 30 days")),
    ("The vote was held Sept. 31, 2022, in the capital.",
     ("Sept. 31, 2022", "September has only 30 days")),
    ("The store reopens on June 31st after the refit.", ("June 31st", "June has only 30 days")),
    ("Figures released on 30 Feb 2021 showed a rise in cases.",
     ("30 Feb 2021", "February has at most 29 days")),
    ("The club was founded on 29 February 1900 by dock workers.",
     ("29 February 1900", "1900 is not a leap year: February has only 28 days")),
    ("The filing, dated 2021-09-31, was rejected by the court.",
     ("2021-09-31", "September has only 30 days")),
    ("The order was signed on 31.11.2022 in Berlin.",
     ("31.11.2022", "November has only 30 days, whichever number is the day")),
    ("ON APRIL 31 THE MARKET WILL CLOSE.", ("APRIL 31", "April has only 30 days")),
    ("The ceasefire began on Thursday, 31 June 2024.",
     ("31 June 2024", "June has only 30 days")),
    ("Strikes are planned for 30th February, the union said.",
     ("30th February", "February has at most 29 days")),
    # Real dates, and numbers that are not dates: nothing to flag.
    ("The law takes effect on February 29, 2024, the ministry said.", None),
    ("The club was founded on 29 February 2000 by dock workers.", None),
    ("Leap-year babies celebrate on February 29 only every four years.", None),
    ("The council meets on April 30 to set the budget.", None),
    ("The offer closes on 31 December 2024.", None),
    ("The report, dated 2024-02-29, was leaked to reporters.", None),
    ("The archive is at www.example.com/news/2023-02-29/report.", None),
    ("See https://example.org/2021-09-31-budget for the full text.", None),
    ("He took 4/31 in the second innings.", None),
    ("Turnout was 31/04 in the two wards, a ratio officials called low.", None),
    ("The bill passed 31-9 in the Senate on Tuesday.", None),
    ("The results, published Feb. 28, 2023, surprised analysts.", None),
    ("The offer runs until 31/12/2023, the company said.", None),
    ("The offer runs until 12/31/2023, the company said.", None),
    ("Error code 13/13/2023 appeared on the screen.", None),
    ("May 31 is the deadline for entries.", None),
    ("Protesters march 31 miles to the capital each year.", None),
    ("The 31 September Street bridge was closed for repairs.", None),
    ("Only 30 February-born children were counted in the survey.", None),
    ("The price rose to 31.04 dollars on the day.", None),
    ("Prices rose 30% in February, 31% in March.", None),
]


@pytest.mark.parametrize("text, expected", DT004_CASES)
def test_impossible_date(text, expected):
    found = dt_findings(text, None, "DT004")
    if expected is None:
        assert found == []
        return
    written, why = expected
    (finding,) = found
    assert (finding.line, finding.col) == (1, col_of(text, written))
    assert finding.end_col == finding.col + len(written)
    assert finding.message == f"impossible date '{written}': {why}"
    assert finding.fix is None


def test_impossible_date_cases_are_enough():
    assert len(DT004_CASES) >= 40
