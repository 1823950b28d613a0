"""DT003: a weekday that contradicts its date; DT005: a relative day that
contradicts the publication date."""
from __future__ import annotations

import datetime as _dt
import functools
import re

from lintnews.patterns import compile_re
from bisect import bisect_left
from typing import TYPE_CHECKING, Iterator

from .calendar import (WEEKDAY_NAMES, WEEKDAY_RE, DateMention, format_date, lazy, lazy_scanner,
                       make_date, named_years, numeric_readings, weekday_like, weekday_number)

if TYPE_CHECKING:
    from lintnews import Finding
    from lintnews.document import Document
    from lintnews.text import Text

#: How far from the publication date a date without a year may lie.
YEARLESS_WINDOW = 190


@functools.cache
def _before_re() -> re.Pattern:
    # "Friday, March 14", "Fri 14/03", "Friday the 14th of March"; anchored at
    # the end of the look-back window.
    return compile_re(
        rf"(?<![\w-])(?P<wd>{WEEKDAY_RE})(?:,[ \t\u00a0]*|[ \t\u00a0]+)(?:the[ \t\u00a0]+)?\Z")


@functools.cache
def _list_before_re() -> re.Pattern:
    # "Thursday and Friday, March 13 and 14": a list of weekdays is not one date's.
    return compile_re(
        rf"(?:{WEEKDAY_RE}|\b(?:last|this|next|every))[ \t,]*(?:and|or|to|through|thru|&|-|–|—|,)[ \t]*\Z")


@functools.cache
def _after_re() -> re.Pattern:
    # "March 14, 2024 (Friday)", "14 March 2024, a Friday", "March 14, which was a
    # Friday", "March 14 — a Friday —".
    end = r"(?=[ \t]*(?:[,.;:)—–!?\n]|\Z|when\b|that\b|and\b))"
    return compile_re(
        rf"""(?:
            [ \t\u00a0]*\([ \t]*(?P<wd1>{WEEKDAY_RE})[ \t]*\)
          | ,[ \t\u00a0]*(?:which[ \t]+(?:was|is|will[ \t]+be|falls[ \t]+on)[ \t]+)?
              (?:a|on[ \t]+a)[ \t]+(?P<wd2>{WEEKDAY_RE}){end}
          | [ \t\u00a0]*[—–][ \t\u00a0]*(?:which[ \t]+(?:was|is)[ \t]+)?a[ \t]+(?P<wd3>{WEEKDAY_RE}){end}
        )""",
        re.VERBOSE,
    )


# A numeric date without a year ("Fri 14/3") only where it ends a phrase.
_YEARLESS_NUMERIC_END = lazy(r"[ \t]*(?:[,;:)]|\.(?![0-9])|\n|\Z|at\b|from\b)")
_TITLE_BEFORE = lazy(r"\b(?:Mail|Independent|Scotland|Wales|Ireland)[ \t]+on[ \t]+\Z")
_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE_AFTER = lazy(r"[ \t]*(?:-|–|—|to|and|through|thru|until|&)[ \t]*[0-9]")


def _weekday_of(mention: DateMention, string: str) -> tuple[int, int, int] | None:
    """(weekday, start, end) of the weekday written with a date, if any."""
    lo = max(0, mention.start - 30)
    window = string[lo:mention.start].lower()
    m = None
    if any(stem in window for stem in _WEEKDAY_STEMS):  # cheap test first
        m = _before_re().search(string, lo, mention.start)
    if m is not None:
        word = m["wd"]
        if word.endswith(".") and not string.startswith(",", m.end("wd")):
            return None  # "the Sun. March 14": a full stop ends a sentence
        head = max(0, m.start() - 30)
        if _list_before_re().search(string, head, m.start()):
            return None
        if _TITLE_BEFORE.search(string, head, m.start()):
            return None  # "(Mail on Sunday, 10 March 2024)": a newspaper's name
        if _RANGE_AFTER.match(string, mention.end, mention.end + 20):
            return None
        day = weekday_number(word)
        if day is not None:
            return day, m.start("wd"), m.end("wd")
    m = _after_re().match(string, mention.end, min(len(string), mention.end + 60))
    if m is not None:
        group = next(g for g in ("wd1", "wd2", "wd3") if m[g] is not None)
        day = weekday_number(m[group])
        if day is not None and not m[group].endswith("."):
            return day, m.start(group), m.end(group)
    return None


def _candidate_years(mention: DateMention, month: int, day: int, named: list[tuple[int, int]],
                     reference: _dt.date | None) -> list[int]:
    """The years a date written without one can mean, most likely first.

    Only with a publication date: the year that puts the date within about six
    months of it, then the last three years the text names before the date (a
    feature retelling last year, "in January 2011 ... on Wednesday, May 18").
    """
    if reference is None:
        return []
    found = []
    for year in (reference.year, reference.year - 1, reference.year + 1):
        date = make_date(year, month, day)
        if date is not None and abs((date - reference).days) <= YEARLESS_WINDOW:
            found.append(year)
    found.sort(key=lambda y: abs((make_date(y, month, day) - reference).days))
    earlier = []  # the last three distinct years named before the date
    last = bisect_left(named, (mention.start, 0))
    for i in range(last - 1, max(-1, last - 51), -1):  # bounded: linear overall
        if named[i][1] not in earlier:
            earlier.append(named[i][1])
            if len(earlier) == 3:
                break
    found.extend(earlier)
    return list(dict.fromkeys(found))


def weekday_findings(document: "Document", text: "Text", mentions: list[DateMention],
                     order: str, code: str) -> Iterator["Finding"]:
    string = text.string
    reference = document.reference_date
    named = None
    for mention in mentions:
        written = _weekday_of(mention, string)
        if written is None:
            continue
        weekday, wd_start, wd_end = written
        if mention.order == "num":
            if mention.year is None and not _YEARLESS_NUMERIC_END.match(string, mention.end):
                continue  # "Monday, 9/11 families", "Friday, 24/7 coverage"
            readings = numeric_readings(mention, order)
        else:
            readings = [(mention.month, mention.day, "mdy" if mention.order == "iso" else mention.order)]
        checked = []  # (date, order), the likeliest first
        for month, day, how in readings:
            if mention.year is None and named is None:
                named = named_years(string)  # once per text, not once per date
            years = ([mention.year] if mention.year is not None
                     else _candidate_years(mention, month, day, named, reference))
            for year in years:
                date = make_date(year, month, day)
                if date is not None:
                    checked.append((date, how))
        if not checked or any(date.weekday() == weekday for date, _ in checked):
            continue
        start, end = min(wd_start, mention.start), max(wd_end, mention.end)
        found_word = string[wd_start:wd_end]
        if len(readings) > 1:
            shown = " and ".join(f"{format_date(d, how)} is a {WEEKDAY_NAMES[d.weekday()]}"
                                 for d, how in checked)
            yield document.finding(code, f"{found_word} does not match the date under "
                                   f"either reading: {shown}", text, start, end)
            continue
        date, how = checked[0]
        source = "" if mention.year is not None else " (year from the publication date)"
        message = (f"{found_word} does not match the date: {format_date(date, how)}"
                   f"{source} is a {WEEKDAY_NAMES[date.weekday()]}")
        yield _weekday_finding(document, code, message, text, start, end, wd_start,
                               wd_end, found_word, date.weekday())


def _weekday_finding(document, code, message, text, start, end, wd_start, wd_end,
                     found_word, actual):
    from lintnews import Edit, Finding, Fix

    finding = document.finding(code, message, text, start, end)
    line, col, end_line, end_col = text.locate(wd_start, wd_end)
    replacement = weekday_like(found_word, actual)
    fix = Fix(f"Replace {found_word!r} with {replacement!r} (or correct the date)",
              (Edit(line, col, end_line, end_col, replacement),), "unsafe")
    return Finding(finding.path, finding.line, finding.col, finding.code, finding.message,
                   finding.end_line, finding.end_col, fix=fix)


# --- DT005 -----------------------------------------------------------------

#: For each relative word, the offsets from the publication date it may name:
#: an article is written on its publication day or the day before (print).
ALLOWED = {"yesterday": (-2, -1), "today": (-1, 0), "tomorrow": (0, 1)}


_RELATIVE_WORD = lazy_scanner(
    r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|YESTERDAY|TODAY|TOMORROW)\b")


@functools.cache
def _relative_after_re() -> re.Pattern:
    # "yesterday (Thursday)", "yesterday, Thursday," (the weekday closes a phrase)
    close = r"(?=[ \t]*(?:[,.;:)—–!?\n]|\Z))"
    return compile_re(rf"[ \t]*\([ \t]*(?P<wd1>{WEEKDAY_RE})[ \t]*\)"
                      rf"|,[ \t]*(?P<wd2>{WEEKDAY_RE}){close}")


@functools.cache
def _relative_before_re() -> re.Pattern:
    # "Thursday (yesterday)"
    return compile_re(rf"(?<![\w-])(?P<wd>{WEEKDAY_RE})[ \t]*\([ \t]*\Z")


_CLOSE_PAREN = lazy(r"[ \t]*\)")


_DATE_AFTER = lazy(
    r"[ \t]*,?[ \t]*(?:[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[0-9]{1,2}[/.])")


#: What follows the first letter of each word of _RELATIVE_WORD, and the capitals it may have.
_RELATIVE_TAILS = (("esterday", "Yy"), ("oday", "Tt"), ("omorrow", "Tt"),
                   ("ESTERDAY", "Y"), ("ODAY", "T"), ("OMORROW", "T"))


def _relative_words(string: str) -> list:
    """The matches of _RELATIVE_WORD.finditer(string), from the pattern tried only where
    str.find finds one of its words' tails after a letter that may start it: its scan
    stopped at every y and t of a text (and the gate before it lowered a copy of all
    of it).  Its matches are whole words, so none overlaps another try."""
    found = []
    match = _RELATIVE_WORD.match
    find = string.find
    for tail, heads in _RELATIVE_TAILS:
        pos = find(tail, 1)
        while pos >= 0:
            if string[pos - 1] in heads:
                m = match(string, pos - 1)
                if m is not None:
                    found.append(m)
            pos = find(tail, pos + len(tail))
    if len(found) > 1:
        found.sort(key=lambda m: m.start())
    return found


def relative_findings(document: "Document", text: "Text", code: str) -> Iterator["Finding"]:
    # Only the article's own date (front matter, HTML meta) is precise enough:
    # a run-wide config reference-date or a crawl date can be days off.
    reference = document.meta.date
    if reference is None:
        return
    string = text.string
    for word in _relative_words(string):
        rel = word[0].lower()
        after = _relative_after_re().match(string, word.end())
        if after is not None:
            written, start, end = after["wd1"] or after["wd2"], word.start(), after.end()
        else:
            before = _relative_before_re().search(string, max(0, word.start() - 20),
                                                  word.start())
            close = _CLOSE_PAREN.match(string, word.end())
            if before is None or close is None:
                continue
            written, start, end = before["wd"], before.start(), close.end()
        if _DATE_AFTER.match(string, end, end + 30):
            continue  # "today, Friday, April 13": the date is the evidence (DT003)
        weekday = weekday_number(written)
        if weekday is None or written.endswith("."):
            continue
        allowed = {(reference + _dt.timedelta(days=d)).weekday(): d for d in ALLOWED[rel]}
        if weekday in allowed:
            continue
        expected = " or ".join(WEEKDAY_NAMES[(reference + _dt.timedelta(days=d)).weekday()]
                               for d in ALLOWED[rel])
        yield document.finding(
            code,
            f"'{rel}' cannot be {WEEKDAY_NAMES[weekday]} in an article dated "
            f"{WEEKDAY_NAMES[reference.weekday()]} {reference.isoformat()}: "
            f"{rel} is {expected}",
            text, start, end)
