"""Calendar vocabulary and the date mentions the checks share.

Everything here is compiled on first use (``functools.cache``) so importing the
plugin costs nothing.  Every pattern is linear: no nested repetition.
"""
from __future__ import annotations

import datetime as _dt
import functools
import re

from lintnews.patterns import compile as cached_compile
from lintnews.patterns import compile_re
from bisect import bisect_right
from typing import NamedTuple

import regex


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4,
    "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday")

class LazyPattern:
    """A pattern compiled on first use, so importing the plugin costs nothing."""

    __slots__ = ("_args", "_engine", "_compiled")

    def __init__(self, engine, *args) -> None:
        self._engine = engine
        self._args = args
        self._compiled = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            # through lintnews's on-disk cache of compiled programs (regex or re)
            compile_ = cached_compile if self._engine is regex else compile_re
            self._compiled = compile_(*self._args)
        return getattr(self._compiled, name)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern for short windows and anchored matches: ``re`` compiles big
    alternations (month and weekday names) several times faster."""
    return LazyPattern(re, pattern, flags)


def lazy_scanner(pattern: str) -> LazyPattern:
    """A pattern run over whole articles: ``regex`` skips prose faster."""
    return LazyPattern(regex, pattern)


_MONTHS_FULL = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_MONTHS_SHORT = ("Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec")
_WEEKDAYS_SHORT = ("Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Mon", "Sat", "Sun")


def _words(words: tuple[str, ...]) -> str:
    """Title case and capitals spelt out, not IGNORECASE: a case-sensitive
    alternation lets the engine skip prose quickly (and "march" is a verb)."""
    return "|".join((*words, *(w.upper() for w in words)))


MONTH_RE = rf"(?:(?:{_words(_MONTHS_FULL)})|(?:{_words(_MONTHS_SHORT)})\.?)"
WEEKDAY_RE = rf"(?:(?:{_words(WEEKDAY_NAMES)})|(?:{_words(_WEEKDAYS_SHORT)})\.?)"
DAY_RE = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
YEAR_RE = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])"


def proper_case(word: str) -> bool:
    """Title case or all capitals: 'March', 'MARCH', not the verb 'march'."""
    return word[:1].isupper() and (word[1:].islower() or word.isupper() or len(word) == 1)


def month_number(word: str) -> int | None:
    word = word.rstrip(".")
    if not proper_case(word):
        return None
    return MONTHS.get(word.lower())


def weekday_number(word: str) -> int | None:
    word = word.rstrip(".")
    if not proper_case(word):
        return None
    return WEEKDAYS.get(word.lower())


def weekday_like(found: str, weekday: int) -> str:
    """``weekday``'s name written the way ``found`` was: full or three-letter
    abbreviation, capitals kept, a trailing full stop kept."""
    core = found.rstrip(".")
    name = WEEKDAY_NAMES[weekday]
    if core.lower() not in WEEKDAY_NAMES_LOWER:
        name = name[:3]
    if core.isupper() and len(core) > 1:
        name = name.upper()
    return name + found[len(core):]


WEEKDAY_NAMES_LOWER = tuple(n.lower() for n in WEEKDAY_NAMES)


class DateMention(NamedTuple):
    """A calendar date written in the text: ``string[start:end]``.

    ``order`` is "mdy" or "dmy" for written months, "num" for all-numeric
    dates (``first``/``second`` hold the two leading numbers, not yet read
    as day and month), "iso" for 2024-03-14.
    """

    start: int
    end: int
    order: str
    month: int
    day: int
    year: int | None
    first: int = 0
    second: int = 0
    year_digits: int = 4


_WS = r"[ \t\u00a0]+"
#: Every way MONTH_RE writes a month.
_MONTH_FORMS = tuple(form for name in (*_MONTHS_FULL, *_MONTHS_SHORT) for case in (name, name.upper())
                     for form in ((case,) if name in _MONTHS_FULL else (case, case + ".")))

@functools.cache
def _month_before_re() -> re.Pattern:
    # The month of "March 14", "Mar. 14, 2024", ending where the day begins.
    return compile_re(rf"(?<![\w/.-])(?P<month>{MONTH_RE}){_WS}\Z")


@functools.cache
def _mdy_tail_re() -> re.Pattern:
    return compile_re(rf"(?P<day>{DAY_RE})(?:,?{_WS}(?P<year>{YEAR_RE}))?(?!\w)")


_DIGIT_START = lazy_scanner(r"(?<![\w/.-])[0-9]")


@functools.cache
def _numbered_re() -> re.Pattern:
    # Everything that starts with a digit, so the engine skips prose fast:
    # "14 March 2024", "14th of March", "2024-03-14", "14/03/2024", "14/3".
    return compile_re(
        rf"""(?:
          (?P<dmy_day>{DAY_RE}){_WS}(?:of{_WS})?(?P<dmy_month>{MONTH_RE})(?:,?{_WS}(?P<dmy_year>{YEAR_RE}))?
        | (?P<iso_year>{YEAR_RE})-(?P<iso_month>[01][0-9])-(?P<iso_day>[0-3][0-9])(?![\w-])
        | (?P<n1>[0-3]?[0-9])(?P<sep>[/.])(?P<n2>[0-3]?[0-9])(?:(?P=sep)(?P<n3>[0-9]{{4}}|[0-9]{{2}}))?(?![\w/]|[.-][0-9])
        )(?!\w)""",
        re.VERBOSE,
    )


#: What may follow the one or two digits of a day or of 14/3 in a match of _numbered_re():
#: a day's suffix (st, nd, rd, th), the blank before a month, or the separator of 14/3.
_AFTER_DAY = frozenset("snrt \t\u00a0/.")
_BLANKS = frozenset(" \t\u00a0")
#: What may follow the blank after a day: a month's capital, "of", another blank.
_AFTER_DAY_BLANK = frozenset("JFMASONDo \t\u00a0")
_DIGITS = frozenset("0123456789")


def _may_be_numbered(string: str, at: int, end: int) -> bool:
    """Whether _numbered_re() may match at ``at`` (a digit starting a number): a day
    or 14/3 is one or two digits then _AFTER_DAY (after a blank, a month or "of"), an
    ISO date four digits then "-".  Most numbers (years, counts, "5%") are none of
    these, and need no try of the pattern: its alternation of month names made each
    try cost more than this test."""
    nxt = at + 1
    if nxt < end and string[nxt] in _DIGITS:
        nxt += 1
        if nxt < end and string[nxt] in _DIGITS:  # three digits or more: ISO only
            return string.startswith("-", at + 4, end) and string[at + 3] in _DIGITS
    if nxt >= end or string[nxt] not in _AFTER_DAY:
        return False
    if string[nxt] in _BLANKS:
        return nxt + 1 < end and string[nxt + 1] in _AFTER_DAY_BLANK
    return True


def _ends_with_month(string: str, start: int, end: int) -> bool:
    """string.endswith(_MONTH_FORMS, start, end) for 0 <= start, 0 < end, trying only
    the forms ending with the character at ``end - 1``: the 60 forms each cost a
    comparison."""
    if end <= start:
        return False
    return string.endswith(_FORMS_BY_LAST.get(string[end - 1], ()), start, end)


#: The forms of _MONTH_FORMS by their last character.
_FORMS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _form in _MONTH_FORMS:
    _FORMS_BY_LAST[_form[-1]] = (*_FORMS_BY_LAST.get(_form[-1], ()), _form)
del _form


def find_dates(string: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every calendar date in ``string[start:end]``, numeric ones included.

    A numeric date without a year (``14/3``) is returned too; the callers
    decide how much context they need before trusting it.
    """
    end = len(string) if end is None else end
    found = []
    numbered = _numbered_re()
    last = start
    # (overlapped=False, concurrent=False given by position: as keywords they cost more
    # to parse than a match; left out, the GIL is released and taken back per match)
    for digit in _DIGIT_START.finditer(string, start, end, False, False):
        # Anchor on a digit first: the engine skips prose far faster than
        # it tries an alternation of month names at every position.
        at = digit.start()
        if at < last:
            continue
        if at >= 2 and string[at - 1] in " \t\u00a0" and (string[at - 2].isalpha()
                                                          or string[at - 2] == ".") \
                and _ends_with_month(string, max(start, at - 16), at - 1):
            # (a month can only end just before the one blank: cheap test first)
            before = _month_before_re().search(string, max(start, at - 16), at)
            if before is not None:
                tail = _mdy_tail_re().match(string, at, end)
                month = month_number(before["month"])
                if tail is not None and month is not None:
                    found.append(DateMention(before.start(), tail.end(), "mdy", month,
                                             _int(tail["day"]), _opt(tail["year"])))
                    last = tail.end()
                    continue
        if not _may_be_numbered(string, at, end):
            continue  # "5%", "3,000", "2024 ", "12 people": no form of _numbered_re() goes on so
        m = numbered.match(string, at, end)
        if m is None:
            continue
        last = m.end()
        if m["dmy_month"] is not None:
            month = month_number(m["dmy_month"])
            if month is None:
                continue
            found.append(DateMention(m.start(), m.end(), "dmy", month, _int(m["dmy_day"]),
                                     _opt(m["dmy_year"])))
        elif m["iso_year"] is not None:
            found.append(DateMention(m.start(), m.end(), "iso", int(m["iso_month"]),
                                     int(m["iso_day"]), int(m["iso_year"])))
        else:
            n3 = m["n3"]
            if m["sep"] == "." and n3 is None:
                continue  # 14.30 is a time or a decimal, not a date
            year = None
            if n3 is not None:
                year = int(n3) if len(n3) == 4 else 2000 + int(n3)
            found.append(DateMention(m.start(), m.end(), "num", 0, 0, year,
                                     int(m["n1"]), int(m["n2"]), len(n3 or "")))
    found.sort(key=lambda d: (d.start, -d.end))
    kept: list[DateMention] = []
    for mention in found:  # "March 14 2024" read once, not also as "14 ..."
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _int(day: str) -> int:
    return int(day.rstrip("stndrh"))


def _opt(year: str | None) -> int | None:
    return int(year) if year else None


def valid(year: int, month: int, day: int) -> bool:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def make_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def format_date(date: _dt.date, order: str) -> str:
    if order == "dmy":
        return f"{date.day} {MONTH_NAMES[date.month]} {date.year}"
    return f"{MONTH_NAMES[date.month]} {date.day}, {date.year}"


def numeric_readings(mention: DateMention, order: str) -> list[tuple[int, int, str]]:
    """(month, day, order) readings of a numeric date for a settled order
    ("dmy", "mdy") or for an unsettled one ("both")."""
    a, b = mention.first, mention.second
    readings = []
    if order in ("dmy", "both") and 1 <= b <= 12 and 1 <= a <= 31:
        readings.append((b, a, "dmy"))
    if order in ("mdy", "both") and 1 <= a <= 12 and 1 <= b <= 31:
        if not (order == "both" and a == b):
            readings.append((a, b, "mdy"))
    return readings


# --- locale and order ------------------------------------------------------

_MDY_REGIONS = {"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI"}


def locale_order(locale: str | None) -> str | None:
    """"mdy" for US-style locales, "dmy" for other regional locales, None when
    the locale names no region (plain "en")."""
    if not locale:
        return None
    parts = locale.strip().replace("_", "-").split("-")
    if len(parts) < 2:
        if parts[0].lower() in ("", "en"):
            return None
        return "dmy"  # fr, de, es...: day first
    region = parts[-1].upper()
    return "mdy" if region in _MDY_REGIONS else "dmy"


def settle_order(mentions: list[DateMention], locale: str | None, option: str) -> str:
    """The numeric date order of one article: "dmy", "mdy" or "both" (unknown).

    The ``date-order`` option wins; then the article's own numeric dates
    (a first number above 12 means day first, a second above 12 month first);
    then the locale's region; then the order of its written dates
    ("14 March" against "March 14").
    """
    if option in ("dmy", "mdy"):
        return option
    dmy = mdy = 0
    for m in mentions:
        if m.order != "num" or m.year is None:
            continue
        if m.first > 12 >= m.second:
            dmy += 1
        elif m.second > 12 >= m.first:
            mdy += 1
    if dmy and not mdy:
        return "dmy"
    if mdy and not dmy:
        return "mdy"
    by_locale = locale_order(locale)
    if by_locale:
        return by_locale
    written_dmy = sum(1 for m in mentions if m.order == "dmy")
    written_mdy = sum(1 for m in mentions if m.order == "mdy")
    if written_dmy >= 2 * written_mdy + 1 and written_dmy >= 2:
        return "dmy"
    if written_mdy >= 2 * written_dmy + 1 and written_mdy >= 2:
        return "mdy"
    return "both"


# --- years the text names ---------------------------------------------------

_YEAR_TOKEN = lazy_scanner(
    r"(?<![\w$£€.,/]|[0-9]-)(?P<year>(?:1[89]|20)[0-9]{2})"
    r"(?![\w'’]|[,.][0-9]|[ \t]+(?!(?:was|has|is|as|its|his|this|thus|plus|versus|across|does|"
    r"less|unless|whereas|marks|sees|brings|ends|begins|starts|gives|makes)\b)[a-z]+s\b)")


@functools.cache
def _year_lead_re() -> re.Pattern:
    return compile_re(
        rf"""(?:
            \b(?:[Ii]n|[Ss]ince|[Oo]f|[Ff]rom|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]o|[Bb]etween|[Aa]nd|
               [Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Cc]irca|[Yy]ear|
               [Ss]ummer|[Ss]pring|[Aa]utumn|[Ff]all|[Ww]inter|{MONTH_RE}|{DAY_RE},?)[ \t\u00a0-]+
          | \(
        )\Z""",
        re.VERBOSE,
    )


def named_years(string: str) -> list[tuple[int, int]]:
    """(offset, year) of each year the text names as a year: "in 2020",
    "since 1991", "March 2024", "(2019)"; not counts such as "the 2000 songs"."""
    lead = _year_lead_re()
    found = []
    for m in _YEAR_TOKEN.finditer(string):
        start = m.start()
        if lead.search(string, max(0, start - 16), start):
            found.append((start, int(m["year"])))
    return found


class SpanIndex:
    """Find the sentence (or paragraph) holding an offset in O(log n).

    ``Text.sentence_at`` rebuilds its list of starts on every call, which is
    quadratic over an article with a date in every sentence.
    """

    __slots__ = ("spans", "starts")

    def __init__(self, spans) -> None:
        self.spans = spans
        self.starts = [sp.start for sp in spans]

    def at(self, index: int):
        i = bisect_right(self.starts, index) - 1
        if i >= 0 and self.spans[i].start <= index < self.spans[i].end:
            return self.spans[i]
        return None
