"""DT004: a date that does not exist ("February 30", "31 September", "2023-02-29")."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .calendar import MONTH_NAMES, DateMention, lazy, valid

if TYPE_CHECKING:
    from lintnews import Finding
    from lintnews.document import Document
    from lintnews.text import Text

_NAME_AFTER = lazy(
    r"-\w|[ \t](?:Street|St|Road|Rd|Avenue|Ave|Square|Sq|Boulevard|Bridge|Park|Stadium|"
    r"Movement|Group|Brigade|Revolution|Party|Anniversary)\b")
_DAYS_IN = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _in_url(string: str, start: int, end: int) -> bool:
    """Whether ``string[start:end]`` sits inside a URL or a path-like token."""
    lo = start
    while lo > 0 and not string[lo - 1].isspace() and start - lo < 200:
        lo -= 1
    hi = end
    while hi < len(string) and not string[hi].isspace() and hi - end < 200:
        hi += 1
    token = string[lo:hi]
    return "://" in token or "www." in token or "/" in string[lo:start] or "/" in string[end:hi]


def _problem(mention: DateMention) -> str | None:
    """Why the date cannot exist, or None."""
    if mention.order in ("mdy", "dmy", "iso"):
        month, day, year = mention.month, mention.day, mention.year
        if not 1 <= month <= 12 or day < 1:
            return None
        if day > _DAYS_IN[month]:
            return _too_many(month)
        if year is not None and not valid(year, month, day):
            return f"{year} is not a leap year: February has only 28 days"
        return None
    if mention.year is None or mention.year_digits != 4:
        return None  # 4/31 may be a score, a fraction or a ratio
    a, b, year = mention.first, mention.second, mention.year
    # Impossible only if no reading is a real date, and one reading is
    # nearly one (a real month, a day of at most 31).
    readings = [(b, a), (a, b)]
    plausible = [(mo, d) for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= 31]
    if not plausible or any(valid(year, mo, d) for mo, d in plausible):
        return None
    mo, d = plausible[0]
    if d > _DAYS_IN[mo]:
        return _too_many(mo) + ", whichever number is the day"
    return f"{year} is not a leap year: February has only 28 days"


def _too_many(month: int) -> str:
    if month == 2:
        return "February has at most 29 days"
    return f"{MONTH_NAMES[month]} has only {_DAYS_IN[month]} days"


def impossible_findings(document: "Document", text: "Text", mentions: list[DateMention],
                        code: str) -> Iterator["Finding"]:
    string = text.string
    for mention in mentions:
        problem = _problem(mention)
        if problem is None:
            continue
        if mention.order in ("iso", "num") and _in_url(string, mention.start, mention.end):
            continue
        if _NAME_AFTER.match(string, mention.end):
            continue  # "31 September Street", "30 February-born": a name, not a date
        written = string[mention.start:mention.end]
        yield document.finding(code, f"impossible date '{written}': {problem}",
                               text, mention.start, mention.end)
