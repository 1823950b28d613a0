"""The figures rules and their documentation pages."""
from __future__ import annotations

from lintnews import Rule, Severity

FIG001 = Rule(
    "FIG001", "inconsistent-figure",
    "The same quantity is given two values that cannot both be true.",
    Severity.ERROR,
    """\
## What it does
Finds a figure that disagrees with other mentions of the same quantity in
the article, and points at the odd one out.  Two figures are the same
quantity only when all of these agree:

* what is counted: near-synonyms ("soldiers", "servicemen", "troops",
  "dead") and the event that befell them ("killed"), or for money the item
  ("profit", "revenue") and the currency;
* whose it is: the entity of the clause ("Azerbaijan", "its" read as the
  entity before it, "Yerevan" as Armenia);
* when: the years, wars and periods named in the sentence ("in 2020", "the
  1990s", "last year").

Hedges are intervals: "at least 71" agrees with 80, "more than 100" with
128, "about 2,000" with 1,950; "nearly 50" does not agree with 71.  A round
number stands for what rounds to it ("300" for 250 to 350).  Ranges
("between 50 and 70"), updates ("rose from 50 to 71"), comparisons ("than",
"compared with"), projections ("expected", "could"), parts ("including",
"of whom") and rates ("a year", "each") are never compared.

The message names the value here, the disagreeing value and its lines, and
what made them one quantity.

## Why is this bad?
Readers cannot tell which figure is right, and a wrong toll, price or
count is the kind of error that forces a correction.  It usually comes from
updating one paragraph of a running story and not another.

## Example
```text
Azerbaijan said on Thursday that 71 of its soldiers had been killed in clashes on the border with Armenia.

According to the preliminary data of Azerbaijan, the number of dead was 50 people.

Azerbaijan's defence ministry released a list of 71 servicemen killed, while Yerevan said 105 of its troops had been killed.
```
gives
`article.txt:3:...: FIG001 Azerbaijan's dead: 50 here, but 71 on lines 1 and 5 (same count: people, soldiers, servicemen killed; same owner: Azerbaijan, "its")`.
Armenia's 105 is another owner's toll and is not compared.

## Use instead
Give one figure, or say that it changed:
```text
Azerbaijan first put the number of dead at 50; it later released a list of 71 servicemen killed.
```

## Fix safety
No fix is offered: only the editor knows which figure is right.
""")

FIG002 = Rule(
    "FIG002", "headline-figure",
    "The headline or title gives a figure that the body contradicts.",
    Severity.ERROR,
    """\
## What it does
Compares each figure of the headline (the front-matter `title`, or in a
plain-text article a first line that is plainly a headline: short, no full
stop, followed by a blank line) with the body's mentions of the same
quantity (same counted thing, owner and period, as for FIG001).  It reports
the headline figure when every such body mention disagrees with it.

Headlines round: "$300m" stands for 250 to 350 million, and a headline
figure that matches any body figure of the same unit, or the sum or
difference of two of them (the $300m revision that is $732m minus $434m),
is never reported.

## Why is this bad?
The headline is what most readers see, and what is shared; a figure there
that the story does not support is a factual error in the most visible
place.

## Example
```markdown
---
title: "Flood kills 40 in Bangladesh"
---
Floods in northern Bangladesh have killed at least 25 people, officials said.
```
`Bangladesh's dead: 40 in the title, but at least 25 on line 4`.

## Use instead
```markdown
---
title: "Flood kills 25 in Bangladesh"
---
```

## Fix safety
No fix is offered.
""")

FIG003 = Rule(
    "FIG003", "total-mismatch",
    "A stated total does not match the parts listed with it.",
    Severity.ERROR,
    """\
## What it does
Finds a total followed, in the same sentence, by its itemised parts that do
not add up to it: after a colon, "made up of", "comprising", "split
between", the parts must add up exactly (within rounding); after
"including" or "of whom" they are only some of the total, so the sum must
not exceed it.  Every part must be in the total's unit, and hedged totals
("about 30") are read as intervals.

## Why is this bad?
A reader who adds the parts finds the article wrong; usually one of the
numbers was mistyped or updated without the others.

## Example
```text
Britain won 12 medals: five gold, four silver and two bronze.
```
`total of 12 but the parts add up to 11 (five + four + two)`.

## Use instead
```text
Britain won 11 medals: five gold, four silver and two bronze.
```

## Fix safety
No fix is offered: the total or any part may be the wrong one.
""")

FIG004 = Rule(
    "FIG004", "number-written-two-ways",
    "The same number is written with two different digit styles.",
    Severity.WARNING,
    """\
## What it does
Finds a number of 1,000 or more written in one article both with a
thousands separator and without ("6,500" and "6500"), or with two
different separators ("6,500" and "6.500").  The later spelling is
reported; the fix writes it as the first one was written.  A bare four-digit
number that could be a year ("in 2000") is left alone.

## Why is this bad?
Inconsistent style looks careless, and "6.500" next to "6,500" can be read
as six and a half.

## Example
```text
More than 6,500 troops died. Of the 6500 troops, most were conscripts.
```

## Use instead
```text
More than 6,500 troops died. Of the 6,500 troops, most were conscripts.
```

## Fix safety
The fix only changes the digits' separators, never the value: it is safe.
""")

RULES = [FIG001, FIG002, FIG003, FIG004]
