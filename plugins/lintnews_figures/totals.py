"""FIG003: a stated total that its itemised parts do not add up to.

Only a total followed in its own sentence by a plain enumeration of parts
is checked: "12 medals: five gold, four silver and two bronze".  Every part
must open its own item of the list, be the only figure in it, and share the
total's unit.  After a colon or "made up of" the parts are the whole;
after "including" or "of whom" they are some of it, and may only fall
short.
"""
from __future__ import annotations

from functools import cache
from typing import Iterator

import regex

from lintnews.patterns import compile as cached_compile

from .numbers import Quantity, quantities_by_sentence, quantities_in, rx


@cache
def _introducer_re() -> regex.Pattern:
    # right after the total: up to four words naming it, then the list opener
    return cached_compile(
        r"(?P<noun>(?:\s+(?!(?:and|or|but|than|to)\b)[\p{L}'’-]+){0,5}?)"
        r"\s*(?:(?P<whole>:|,?\s+(?:made\s+up\s+of|comprising|consisting\s+of|"
        r"split\s+(?:between|into)|divided\s+(?:between|into)|broken\s+down\s+into)\b)"
        r"|(?P<part>,?\s+(?:including|includ(?:es|ed)|of\s+(?:whom|which)|among\s+them)\b))",
        regex.IGNORECASE)


_ITEM_SPLIT = cached_compile(r",\s*(?:and\s+|plus\s+)?|;\s*|\s+and\s+|\s+plus\s+", regex.IGNORECASE)
_ITEM_LEAD = cached_compile(r"with|from|in|by|another|a\s+further|some", regex.IGNORECASE)
_LEAD_WORDS = cached_compile(r"(?:(?:with|from|in|by|another|a\s+further|some)\s+)*", regex.IGNORECASE)
_HEDGED_TOTAL = cached_compile(r"\b(?:more\s+than|at\s+least|over|about|around|some|nearly|almost|"
                              r"up\s+to|roughly|approximately|an\s+estimated)\s*$", regex.IGNORECASE)


def _parts(string: str, start: int, end: int) -> list[Quantity] | None:
    """The parts of an enumeration in ``string[start:end]``, or None if it is not one."""
    # the list ends at the sentence end or a closing bracket or a dash aside
    stop = rx(r"[)\]]|\s[—–-]\s|\.\s*$").search(string[start:end])
    seg_end = start + stop.start() if stop else end
    segment_qs = [q for q in quantities_in(string, start, seg_end)]
    if len(segment_qs) < 2:
        return None
    starts = {q.start for q in segment_qs}
    items = []
    pos = start
    for m in _ITEM_SPLIT.finditer(string, start, seg_end):
        lead = _LEAD_WORDS.match(string, m.end(), seg_end)
        if (lead.end() if lead else m.end()) not in starts:
            continue  # "the Department of Trade and Industry": not a new item
        items.append((pos, m.start()))
        pos = m.end()
    items.append((pos, seg_end))
    items = [(a, b) for a, b in items if string[a:b].strip()]
    if len(items) < 2 or len(items) != len(segment_qs):
        return None
    return _item_parts(string, items, segment_qs)


def _item_parts(string: str, items: list[tuple[int, int]],
                quantities: list[Quantity]) -> list[Quantity] | None:
    """One quantity opening each item, or None."""
    if len(items) < 2 or len(items) != len(quantities):
        return None
    parts = []
    for (a, b), q in zip(items, quantities):
        if not (a <= q.start < b):
            return None
        lead = string[a:q.start].strip()
        if lead and not _ITEM_LEAD.fullmatch(lead):
            return None
        if q.is_range or q.update or q.hedged:
            return None
        if len(string[q.end:b].split()) > 8:
            return None
        parts.append(q)
    return parts


_BULLET = cached_compile(r"[ \t]*(?:[-*•–][ \t]+)?")


def _list_parts(text, string: str, colon_end: int, sent_end: int) -> list[Quantity] | None:
    """Parts set out as a list after a sentence ending in a colon: lines of
    the same sentence (plain text), or the short paragraphs that follow
    (Markdown list items)."""
    if string[colon_end:sent_end].strip():
        if "\n" not in string[colon_end:sent_end]:
            return None
        spans = []
        pos = string.index("\n", colon_end) + 1
        while pos < sent_end:
            nl = string.find("\n", pos, sent_end)
            end = sent_end if nl < 0 else nl
            spans.append((pos, end))
            pos = end + 1
    else:
        spans = []
        for para in text.paragraphs:
            if para.start < sent_end:
                continue
            if len(string[para.start:para.end].split()) > 8 or "\n" in string[para.start:para.end]:
                break
            if not quantities_in(string, para.start, para.end):
                break
            spans.append((para.start, para.end))
    items, quantities = [], []
    for a, b in spans:
        bullet = _BULLET.match(string, a, b)
        a = bullet.end() if bullet else a
        qs = quantities_in(string, a, b)
        if not string[a:b].strip():
            continue
        if len(qs) != 1:
            return None
        items.append((a, b))
        quantities.append(qs[0])
    return _item_parts(string, items, quantities)


def _bounds(q: Quantity) -> tuple[float, float]:
    """Counts are exact here ("20 children"); "$1.2bn" keeps its rounding."""
    if q.hedged or q.value != int(q.value) or q.value >= 1_000_000 or "." in q.text:
        return q.low, q.high
    return q.value, q.value


def _round(q: Quantity) -> bool:
    """A round total ("1,000") may stand for the rounded sum of its parts."""
    return q.value >= 100 and q.value == int(q.value) and int(q.value) % 100 == 0 \
        and q.value < 1_000_000


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")


def check_totals(document) -> Iterator:
    body = document.body
    s = body.string
    for sent, qs in quantities_by_sentence(body):
        if not qs or len(qs) < 3 and not s[sent.start:sent.end].rstrip().endswith(":") \
                and "\n" not in s[sent.start:sent.end]:
            continue
        for total in qs:
            if total.is_range or total.update or total.unit == "%":
                continue
            if not total.unit and total.value != int(total.value):
                continue  # "levels of 7.10: 7.07 in the fifth year" is no total
            m = _introducer_re().match(s, total.end, sent.end)
            if not m or not (m["noun"].strip() or total.unit):
                continue
            if m["whole"] == ":" and (not s[m.end():sent.end].strip()
                                      or s[m.end():sent.end].lstrip(" \t").startswith("\n")):
                parts = _list_parts(body, s, m.end(), sent.end)
            else:
                parts = _parts(s, m.end(), sent.end)
            if not parts or any(p.unit != total.unit for p in parts):
                continue
            low = sum(_bounds(p)[0] for p in parts)
            high = sum(_bounds(p)[1] for p in parts)
            value = sum(p.value for p in parts)
            t_low, t_high = _bounds(total)
            if _round(total):
                t_low, t_high = total.value * 0.95, total.value * 1.05
            if total.hedged:
                t_low, t_high = total.low, total.high
            written = " + ".join(p.text for p in parts)
            if m["whole"]:
                if low <= t_high and t_low <= high:
                    continue
                if _HEDGED_TOTAL.search(s, sent.start, total.start):
                    continue
                msg = (f"total of {total.text} but the parts listed after it add up to "
                       f"{_fmt(value)} ({written})")
            else:
                if low <= t_high:
                    continue
                msg = (f"total of {total.text} but the parts it includes already add up to "
                       f"{_fmt(value)} ({written})")
            yield document.finding("FIG003", msg, body, total.start, total.end)
            break
