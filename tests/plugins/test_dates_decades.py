"""DT001 decade-for-year and DT002 decade-apostrophe, on tables of news sentences."""
from __future__ import annotations

import pytest

from helpers import SEED
from test_dates_calendar import apply_fix, col_of, dt_findings

# -- DT001 ---------------------------------------------------------------------
# (article text, publication date or None, the text after the fix or None when
# nothing may be flagged).  Each is a real-looking news sentence, most with the
# sentence that gives the year.

DT001_CASES = [
    # The seed's error: no date metadata, the latest year named is 2020.
    ("The Caucasian neighbours fought two wars — in the 1990s and in the 2020s — over the "
     "disputed region. Six weeks of fighting in 2020 claimed more than 6,500 lives.", None,
     "The Caucasian neighbours fought two wars — in the 1990s and in 2020 — over the "
     "disputed region. Six weeks of fighting in 2020 claimed more than 6,500 lives."),
    ("The region saw two wars, in the 1990s and 2020s. The second began in September 2020.",
     "2022-09-15",
     "The region saw two wars, in the 1990s and 2020. The second began in September 2020."),
    ("Leeds won the title in the 2020s, ending a long wait. Their win in 2021 was the first "
     "since 1992.", "2022-05-01",
     "Leeds won the title in 2021, ending a long wait. Their win in 2021 was the first "
     "since 1992."),
    ("Floods destroyed the old bridge in the 2020s. It was rebuilt after the storm of "
     "August 2020.", "2023-01-10",
     "Floods destroyed the old bridge in 2020. It was rebuilt after the storm of "
     "August 2020."),
    ("The company was founded in the 2020s by two former bankers from Frankfurt.",
     "2020-06-01",
     "The company was founded in 2020 by two former bankers from Frankfurt."),
    ("Protesters stormed the Capitol during the 2020s, police said. The attack on "
     "6 January 2021 left five people dead.", "2022-01-06",
     "Protesters stormed the Capitol during 2021, police said. The attack on "
     "6 January 2021 left five people dead."),
    ("The firm collapsed in the 2000s after a failed merger. Its shares were suspended "
     "in 2001.", "2004-11-20",
     "The firm collapsed in 2001 after a failed merger. Its shares were suspended "
     "in 2001."),
    ("The plant closed in the 2010s. Production stopped in 2012 after a fire.", "2014-03-03",
     "The plant closed in 2012. Production stopped in 2012 after a fire."),
    ("The band split up in the 2010s, and its singer went solo in 2011.", "2013-07-14",
     "The band split up in 2011, and its singer went solo in 2011."),
    ("He was elected in the 2020s on a promise to cut taxes. He took office in "
     "January 2022.", "2023-09-01",
     "He was elected in 2022 on a promise to cut taxes. He took office in "
     "January 2022."),
    ("The two sides last met in the 2020s, in a quarter-final in 2021.", "2022-11-20",
     "The two sides last met in 2021, in a quarter-final in 2021."),
    ("The ceasefire was signed in the 2020s under Russian mediation, ending the war of 2020.",
     "2021-03-01",
     "The ceasefire was signed in 2020 under Russian mediation, ending the war of 2020."),
    # Real decades, and decades still running: nothing to flag.
    ("Analysts made bold predictions for the 2020s at the summit in Davos.", "2019-01-25", None),
    ("She grew up in the 1990s in a small town outside Leeds.", "2022-03-01", None),
    ("Prices have risen steadily since the 1990s, the report said.", "2022-03-01", None),
    ("The 1990s war left 30,000 dead; the fighting in 2020 killed 6,500.", "2022-09-15", None),
    ("The singer sold the 2000 songs in his catalogue to Sony in 2004.", "2005-02-01", None),
    ("The 2020 speculation mill began turning in earnest in 2017.", "2018-06-01", None),
    ("Demand for oil will peak in the 2020s, the agency said in 2021.", "2021-10-13", None),
    ("The company expects to break even in the 2020s, it said in 2021.", "2021-04-02", None),
    ("Inflation surged in the early 2020s, peaking in 2022.", "2024-02-01", None),
    ("Emissions fell in the 2020s as coal plants closed in 2020 and 2023.", "2024-05-05", None),
    ("The country has fought two wars in the 2020s, the first in 2020.", "2023-01-01", None),
    ("Three prime ministers resigned in the 2020s amid scandal.", "2024-07-05", None),
    ("The club won the league in the 2010s, with titles in 2013 and 2016.", "2018-05-20",
     None),
    ("He was born in the 1960s and grew up in Glasgow.", "2005-03-10", None),
    ("The fighting in the 1990s killed 30,000 people, and the war in 2020 killed 6,500.",
     None, None),
    ("The firm languished in the 2010s and filed for bankruptcy in 2014.", None, None),
    ("Sales grew during the 2020s, the report found, rising 4% in 2021.", "2035-01-01", None),
    ("By the 2020s, the town had lost half its population, a census in 2021 found.",
     "2022-01-01", None),
    ("Car ownership is expected to fall in the 2020s, a study in 2020 said.", "2020-08-01",
     None),
    ("The 1980s and 1990s saw a boom in house building, the survey in 1999 found.",
     "2004-06-01", None),
    ("A wave of mergers in the 2020s reshaped the industry, analysts wrote in 2021.",
     "2027-06-01", None),
    ("The 2020s have been turbulent so far for the airline, which lost money in 2020.",
     "2023-01-01", None),
    ("In the 1990s he founded a software company that he sold in 1999.", "2010-01-01", None),
    ("The mid-2020s will see the first crewed landing, NASA said in 2021.", "2021-12-01",
     None),
    ("Unemployment in the 2020s is running well below the levels seen in 2009.",
     "2023-03-01", None),
    ("Rates were cut to record lows in the 2020s, the bank said; it raised them in 2022.",
     "2029-01-01", None),
    ("Scientists warned in 2021 that summers in the 2020s would be the hottest on record.",
     "2021-08-09", None),
    ("The theatre, which opened in the 1920s, closed in 2021.", "2021-04-01", None),
    ("Shares fell sharply in the 2020s, as in the 2000s, the index provider wrote in 2022.",
     "2031-01-01", None),
    ("The festival grew rapidly during the 2010s and now draws 100,000 visitors.",
     "2019-07-01", None),
    # no date, and the text names 2000 only as a bound: the 2000s is a real decade
    # (health-news/story_reviews_00502, a 2016 article)
    ("The patients in the '80s and '90s were a higher-risk group than those in the 2000s, "
     "he explained. The analysis covers 106 trials that took place after 2000.", None, None),
    # no date, and 2020 named as a point in time: the seed's case
    ("The neighbours fought two wars, in the 1990s and in the 2020s. Six weeks of fighting "
     "in 2020 claimed the lives of more than 6,500 troops.", None,
     "The neighbours fought two wars, in the 1990s and in 2020. Six weeks of fighting "
     "in 2020 claimed the lives of more than 6,500 troops."),
]


@pytest.mark.parametrize("text, ref, fixed", DT001_CASES)
def test_decade_for_year(text, ref, fixed):
    found = dt_findings(text, ref, "DT001")
    if fixed is None:
        assert found == []
        return
    (finding,) = found
    assert apply_fix(text, finding) == fixed
    assert finding.fix.applicability == "unsafe"
    assert "had not ended by" in finding.message and "did you mean" in finding.message


def test_decade_for_year_cases_are_enough():
    assert len(DT001_CASES) >= 40
    assert sum(1 for *_, fixed in DT001_CASES if fixed) >= 10


def test_decade_finding_points_at_the_decade_and_fix_covers_the():
    text = DT001_CASES[0][0]
    (finding,) = dt_findings(text, None, "DT001")
    assert (finding.line, finding.col) == (1, col_of(text, "2020s"))
    assert finding.end_col == finding.col + len("2020s")
    (edit,) = finding.fix.edits
    assert edit.col == col_of(text, "the 2020s") and edit.content == "2020"
    assert finding.message == (
        "decade 'the 2020s' for a finished event, but the 2020s had not ended by 2020 (the "
        "latest year the article names); did you mean 2020 (the year of it the article names)?")


def test_decade_with_publication_date_names_it():
    (finding,) = dt_findings(DT001_CASES[4][0], "2020-06-01", "DT001")
    assert "had not ended by 2020 (the publication date)" in finding.message
    assert "did you mean 2020 (its only year by 2020)?" in finding.message


def test_seed_article_with_its_real_date_still_gives_2020():
    # The clashes were reported on 15 September 2022: the 2020s had not ended.
    (finding,) = dt_findings(SEED.read_text(encoding="utf-8"), "2022-09-15", "DT001")
    assert (finding.line, finding.col, finding.replacement) == (33, 67, "2020")
    assert "had not ended by 2022 (the publication date)" in finding.message


def test_seed_article_has_exactly_one_dt_finding():
    found = dt_findings(SEED.read_text(encoding="utf-8"))
    assert [(f.line, f.col, f.code, f.replacement) for f in found] == [(33, 67, "DT001", "2020")]


# -- DT002 ---------------------------------------------------------------------
# (sentence, the sentence after the fix or None).

DT002_CASES = [
    ("China has been a net importer of oil since the mid 1990's, officials said.",
     "China has been a net importer of oil since the mid 1990s, officials said."),
    ("The farm has been producing berries since the early 1990’s.",
     "The farm has been producing berries since the early 1990s."),
    ("When I was sixteen in the 1950's, I worked in the tobacco fields.",
     "When I was sixteen in the 1950s, I worked in the tobacco fields."),
    ("There are worrying parallels with Germany during the 30's.",
     "There are worrying parallels with Germany during the '30s."),
    ("DJs are re-working 70's and 80's music for a new audience.",
     "DJs are re-working '70s and 80's music for a new audience."),
    ("The show is set in the 80’s, in a small Ohio town.",
     "The show is set in the ’80s, in a small Ohio town."),
    ("Advocates have wanted the change since the mid-1990's.",
     "Advocates have wanted the change since the mid-1990s."),
    ("The FBI started using the tactic in the 1950's, the report says.",
     "The FBI started using the tactic in the 1950s, the report says."),
    ("Revenue hit a record in 1990; 1990's results were even better.", None),
    ("The exhibition shows the most visible artists of the 1980's.",
     "The exhibition shows the most visible artists of the 1980s."),
    ("Fashion in the '90's was all about grunge.",
     "Fashion in the '90s was all about grunge."),
    ("It was a hit in the late 1970's and again in 2004.",
     "It was a hit in the late 1970s and again in 2004."),
    ("The restaurant serves a 1920's cocktail menu.",
     "The restaurant serves a 1920s cocktail menu."),
    ("The house was built in the 1920's by a shipping magnate.",
     "The house was built in the 1920s by a shipping magnate."),
    ("It felt like the 60's all over again, one marcher said.",
     "It felt like the '60s all over again, one marcher said."),
    ("Interest rates last reached these levels in the 1980's.",
     "Interest rates last reached these levels in the 1980s."),
    ("It recalled a 1960's protest anthem.",
     "It recalled a 1960s protest anthem."),
    ("They were the band of the 2000's, critics agree.",
     "They were the band of the 2000s, critics agree."),
    ("Growth resumed in the 2010's after the financial crisis.",
     "Growth resumed in the 2010s after the financial crisis."),
    ("The street has not changed since the 70's, residents say.",
     "The street has not changed since the '70s, residents say."),
    # Not decades, or already right: nothing to flag.
    ("Tens of thousands, 10's of thousands even, marched on Sunday.", None),
    ("She is in her 30's and lives in Bristol.", None),
    ("He started running in his late 40's.", None),
    ("Highs will be in the 60's on Tuesday, forecasters said.", None),
    ("Temperatures stayed in the 90's all week.", None),
    ("Fans can download the song on Band Aid 20's official website.", None),
    ("\"50's beef is 50's beef,\" the rapper said.", None),
    ("The economy grew strongly in the 1990s.", None),
    ("Fashion in the '90s was all about grunge.", None),
    ("2004's biggest hits were dominated by rap.", None),
    ("Sydney hosted 2000's Olympic Games.", None),
    ("The 1990s' excesses led to the crash.", None),
    ("Most of the people in their 20's said they would vote.", None),
    ("The coach of the under-20's was sacked on Monday.", None),
    ("The over-50's make up a third of the workforce.", None),
    ("The plane's 747's engines were inspected.", None),
    ("Boeing delivered 40 747's in the year.", None),
    ("Sales of the A380's were disappointing.", None),
    ("Players in their late 20's peak at the World Cup.", None),
    ("The DJ's set ran until 3am.", None),
    ("Scores in the 70's are common at the Open.", None),
    ("Lagos saw 1,000's of people on the streets.", None),
]


@pytest.mark.parametrize("text, fixed", DT002_CASES)
def test_decade_apostrophe(text, fixed):
    found = dt_findings(text, None, "DT002")
    if fixed is None:
        assert found == []
        return
    first = found[0]
    assert apply_fix(text, first) == fixed
    assert first.fix.applicability == "safe"
    assert first.message.startswith("decade written '")


def test_decade_apostrophe_cases_are_enough():
    assert len(DT002_CASES) >= 40


def test_decade_apostrophe_pair_gives_two_findings():
    text = "DJs are re-working 70's and 80's music for a new audience."
    found = dt_findings(text, None, "DT002")
    assert [(f.col, f.replacement) for f in found] == [
        (col_of(text, "70's"), "'70s"), (col_of(text, "80's"), "'80s")]
    assert found[1].message == "decade written '80's': no apostrophe before the s; write ''80s'"


def test_html_published_time_is_the_reference():
    page = ('<html><head><meta property="article:published_time" content="2022-09-15T08:00:00Z">'
            "</head><body><article><p>The neighbours fought two wars, in the 1990s and in the "
            "2020s.</p><p>Six weeks of fighting in 2020 killed 6,500 troops.</p></article>"
            "</body></html>")
    (finding,) = dt_findings(page, None, "DT001", path="page.html")
    assert "had not ended by 2022 (the publication date)" in finding.message
    assert finding.replacement == "2020"
    assert apply_fix(page, finding).count("in the 1990s and in 2020.") == 1
