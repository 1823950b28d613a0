"""find_dates's cheap tests before its patterns rule out only what the patterns would:
on crafted texts and on the corpus."""
from __future__ import annotations

import pytest

from lintnews_dates import calendar, weekdays

CRAFTED = [
    "14 March 2024", "14 of March", "14th of March", "1st March", "2nd Feb", "3rd Jan",
    "2024-03-14", "14/03/2024", "14/3", "14.3.24", "14.30", "12 people", "2024 was",
    "5%", "3,000", "1)", "March 14", "Mar. 14, 2024", "MARCH 14", "Sept. 9", "on May 5",
    "14\u00a0March", "14\tMarch", "14  March", "14 \u00a0 of\tMarch", "1999-12-31", "123-45",
    "9", "9 ", "99", "99-", "2024-", "1.5 million", "31 Sept", "the 14 March", "14 march",
    "7 Oct.", "007 March", "1/2/3", "12/", "12.", "x 14 OCTOBER", "was. 12 June", "Dec 7",
]


def _digit_starts(string: str):
    return [m.start() for m in calendar._DIGIT_START.finditer(string)]


def _check(string: str) -> None:
    numbered = calendar._numbered_re()
    end = len(string)
    for at in _digit_starts(string):
        if not calendar._may_be_numbered(string, at, end):
            assert numbered.match(string, at, end) is None, (string, at)
        lo = max(0, at - 16)
        for hi in (at - 1, at) if at >= 2 else ():  # find_dates asks from the third character
            assert calendar._ends_with_month(string, lo, hi) == string.endswith(
                calendar._MONTH_FORMS, lo, hi), (string, at)


@pytest.mark.parametrize("text", CRAFTED)
def test_find_dates_gates_on_crafted_texts(text):
    for variant in (text, text.upper(), "x " + text, text + " 2024"):
        _check(variant)


def test_find_dates_gates_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt"))[::3]:
        _check(path.read_text(encoding="utf-8", errors="replace"))


RELATIVE_CRAFTED = [
    "", "today", "Today", "TODAY", "ToDay", "tODAY", "xtoday", "todays", "today's", "_today",
    "1today", "today1", "éToday", "Todayé", "yesterday, Monday", "Yesterday (Tue)",
    "YESTERDAY tomorrow Tomorrow TOMORROW", "today-today", "today today", "oday esterday",
    "Monday holiday heyday", "\u0301today", "today\u0301", "ɐtoday", "today\u200d", "…Today…",
    "tomorrowtoday", "to-day", "TODAYS", "\ntoday\n",
]


def _check_relative(string: str) -> None:
    plain = [m.span() for m in weekdays._RELATIVE_WORD.finditer(string)]
    assert [m.span() for m in weekdays._relative_words(string)] == plain, string


@pytest.mark.parametrize("text", RELATIVE_CRAFTED)
def test_relative_words_on_crafted_texts(text):
    for variant in (text, " " + text, "a" + text, text + ".", text + " " + text[::-1]):
        _check_relative(variant)


def test_relative_words_on_the_corpus(corpus):
    for path in sorted(corpus.rglob("*.txt"))[::3]:
        _check_relative(path.read_text(encoding="utf-8", errors="replace"))
