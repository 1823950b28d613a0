"""The DT rules and their documentation pages (printed by ``lintnews --explain``)."""
from __future__ import annotations

from lintnews import Rule, Severity

DECADE_FOR_YEAR = "DT001"
DECADE_APOSTROPHE = "DT002"
WEEKDAY_MISMATCH = "DT003"
IMPOSSIBLE_DATE = "DT004"
RELATIVE_DAY = "DT005"

_OPTIONS = """
## Options
`[tool.lintnews.dates]` `date-order = "auto" | "dmy" | "mdy"`: how to read
all-numeric dates such as 05/03/2024. With `"auto"` (the default) the article's
own numeric dates decide (a first number above 12 means day first), then the
region of `locale` (`en-US`: month first; `en-GB`, `en-AU`, `fr`...: day first),
then the order of the article's written dates ("14 March" or "March 14");
when nothing settles it, a date is flagged only if no reading matches.
"""

RULES = (
    Rule(
        DECADE_FOR_YEAR, "decade-for-year",
        "A decade names a finished event that the article dates to one year",
        Severity.WARNING,
        """## What it does
Flags "in the 2020s" (or "during the 2020s") in a sentence telling a finished
event in the simple past, when the decade had not ended by the article's
publication date, and exactly one year of that decade is possible: the one the
article names elsewhere (or the decade's first year, when the article was
published in it). The reference is the publication date (front matter, HTML
meta, config `reference-date`); failing those, the latest year the text names,
which is only a lower bound of the publication date: then the check fires only
when that year is the decade's first ("since 2020 ... in the 2020s"), as an
article naming nothing later than 1994 may well date from 2005.

Once half the decade is past (2025 for the 2020s) "the 2020s" reads as a
period of its own, and the check stays silent. Sentences with a modal, a
present or future verb, or words of a running period ("will", "has", "is",
"expected", "so far", "since", "throughout", "still") are left alone, and so are
"the early/mid/late 2020s" and decades without their century ("the '20s", which
may be the 1920s).

Real decades are left alone: a decade already over ("grew up in the 1990s" in
a 2022 article), one still running in the present or future tense ("predictions
for the 2020s", "prices have risen in the 2020s"), "since the 1990s", "the early
2020s", and years used as counts or adjectives ("the 2000 songs", "the 2020
speculation mill").

## Why is this bad?
A war fought in 2020, reported in 2022 as fought "in the 2020s", reads as an
editing slip (often a wire-copy rewrite of "in 2020") and misleads a reader
about when it happened.

## Example
```
The Caucasian neighbors fought two wars — in the 1990s and in the 2020s — over
the disputed region of Nagorno-Karabakh.
...
Six weeks of fighting in 2020 claimed the lives of more than 6,500 troops.
```

## Use instead
```
The Caucasian neighbors fought two wars — in the 1990s and in 2020 — over the
disputed region of Nagorno-Karabakh.
```

## Fix safety
Unsafe: the suggested year is the only one of the decade the article names,
which is strong but not certain evidence. The fix replaces "the 2020s" with
"2020".
"""),
    Rule(
        DECADE_APOSTROPHE, "decade-apostrophe",
        "A decade is written with an apostrophe before the s (1990's, the 90's)",
        Severity.WARNING,
        """## What it does
Flags decades written "1990's" or "the 90's" and suggests "1990s" and "the
'90s": the apostrophe marks the missing century, not the plural. Only
decades are flagged: "the", "a", "early", "mid-", "late" or another decade must
come before, so possessives ("Band Aid 20's website", "50's beef"), counts
("10's of thousands"), ages ("in her 30's") and temperatures ("highs in the
60's") are left alone.

## Why is this bad?
Every major style guide (AP, Reuters, The Guardian, The Economist) writes
"1990s" and "the '90s"; "1990's" reads as a possessive of the year 1990.

## Example
```
There are extremely worrying parallels between Britain now and Germany during the 30's.
```

## Use instead
```
There are extremely worrying parallels between Britain now and Germany during the '30s.
```

## Fix safety
Safe: only the apostrophe moves; the words around are unchanged.
"""),
    Rule(
        WEEKDAY_MISMATCH, "weekday-date-mismatch",
        "A weekday contradicts the date it is written with",
        Severity.ERROR,
        """## What it does
Checks the weekday written with a date, in every common order: "Friday, March
14, 2024", "Friday 14 March", "Fri 14/03/2024", "March 14, 2024 (Friday)",
"14 March 2024, a Friday", "March 14, which was a Friday". A date without a
year takes its year from the years named earlier in the same paragraph, or
else from the publication date (the nearest year within about six months);
with neither it is not checked. Lists and ranges ("Thursday and Friday, March
13 and 14") are skipped.

## Why is this bad?
One of the two is wrong, and readers (and calendars) act on dates: a wrong
weekday in an event notice or a court date sends people on the wrong day.

## Example
```
The summit will open on Friday, March 14, 2024 in Brussels.
```

## Use instead
```
The summit will open on Thursday, March 14, 2024 in Brussels.
```

## Fix safety
Unsafe: the fix corrects the weekday, but the date may be the wrong half.
""" + _OPTIONS),
    Rule(
        IMPOSSIBLE_DATE, "impossible-date",
        "A date that does not exist (February 30, 31 September, 2023-02-29)",
        Severity.ERROR,
        """## What it does
Flags days beyond the end of their month ("February 30", "31 September",
"April 31st"), 29 February in a year that is not a leap year ("2023-02-29",
"February 29, 2023"), and all-numeric dates with a four-digit year that are
impossible under both day-first and month-first reading ("31/04/2023"). Dates
inside URLs are skipped; numeric dates without a year ("4/31") are not dates
for sure, so they are skipped too.

## Why is this bad?
The date cannot be right: a typo in the day or the month hides the real one.

## Example
```
The referendum was held on 31 September 2023, officials said.
```

## Use instead
```
The referendum was held on 30 September 2023, officials said.
```
"""),
    Rule(
        RELATIVE_DAY, "relative-day-mismatch",
        "'yesterday (Thursday)' that cannot be true on the publication date",
        Severity.WARNING,
        """## What it does
Checks "yesterday", "today" and "tomorrow" written with a weekday
("yesterday (Thursday)", "today, Friday,", "Monday (tomorrow)") against the
publication date from front matter, HTML meta or config `reference-date`.
An article may be written the day before it appears (print, or a time-zone
change), so "yesterday" may name either of the two days before publication,
"today" the publication day or the day before, "tomorrow" the publication day
or the day after; anything else is flagged. Without a publication date
nothing is checked.

## Why is this bad?
"Yesterday, Thursday" in an article dated Thursday is wrong one way or the
other: either the day is stale (copy reused from the day before) or the
weekday is.

## Example
```
The minister resigned yesterday (Thursday), hours after the vote.
```
(in an article published on Thursday, 14 March 2024)

## Use instead
```
The minister resigned yesterday (Wednesday), hours after the vote.
```
"""),
)
