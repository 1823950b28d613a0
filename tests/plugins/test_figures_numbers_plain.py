"""find_quantities equals its plain reading: every pattern matched or searched
where the code reads it, with none of the shortcuts that settle a pattern
from plain characters (the bare runs of digits, the single number words,
the tests of the words before and after a figure, the gaps of a range).

The plain reading is the code as it was before the shortcuts, the patterns
alone; it is held to find_quantities on crafted texts, random texts built
from the pieces the shortcuts read, and corpus texts.
"""
from __future__ import annotations

import random
from bisect import bisect_left

import pytest

from lintnews_figures.numbers import (
    _AFTER_HEDGES, _BEFORE_HEDGES, _COUNT_NOUN_AFTER, _CURRENCY_SIGNS, _CURRENCY_WORDS,
    _MULTIPLIERS, _PLURAL_AFTER, _SCALE_SUFFIX, _UNITS, _YEAR_BEFORE, Quantity, _digits_value,
    _patterns, _rounding_interval, _widen, find_quantities,
)


def _plain_words_value(text, P, tokens=None):
    """The value of number words as the pattern reads them: the runs
    ``tokens`` finds (default ``P.letters.findall``) in the lower-cased text."""
    total = current = 0
    seen = False
    for tok in (tokens or P.letters.findall)(text.lower()):
        if tok in ("a", "an", "and"):
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in _MULTIPLIERS:
            total += (current or 1) * _MULTIPLIERS[tok]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def _plain_hedge(string, q, floor, P):
    before = string[max(floor, q.start - 40):q.start]
    m = P.any_hedge_before.search(before)
    if m is not None:
        return _widen(q, *_BEFORE_HEDGES[m.lastindex - 1][1])
    m = P.any_hedge_after.match(string[q.end:q.end + 20])
    if m is not None:
        return _widen(q, *_AFTER_HEDGES[m.lastindex - 1][1])
    return q


def _plain_from_groups(string, floor, P, m_start, m_end, cur, num, scale_suffix, scale_word, pct,
                       curword):
    after = string[m_end:m_end + 24]
    before = string[max(floor, m_start - 30):m_start]
    scale = scale_suffix or scale_word
    if not scale and not pct and not cur and not curword:
        if P.not_after.match(after) or P.not_before.search(before):
            return None
        if P.year.fullmatch(num) and not (
                after[:1].isspace() and (_COUNT_NOUN_AFTER.match(after)
                                         or _PLURAL_AFTER.match(after)
                                         and not _YEAR_BEFORE.search(before))):
            return None
    elif P.not_after.match(after) and not (scale or pct or curword):
        return None
    dot_thousands = "." in num and not scale and bool(_COUNT_NOUN_AFTER.match(string[m_end:m_end + 40]))
    value, style, places = _digits_value(num, dot_thousands, P)
    if style == "." and P.dot_thousands.fullmatch(num) and not dot_thousands:
        style = None
    multiplier = 1.0
    if scale:
        key = scale.lower()
        multiplier = _SCALE_SUFFIX.get(key) or _MULTIPLIERS[key]
        if key == "k" and not cur:
            multiplier = 1_000
        style = None
    low, high = _rounding_interval(value, places)
    if scale and places == 0 and low == high:
        low, high = value - 0.5, value + 0.5
    unit = ""
    if pct:
        unit = "%"
    elif cur:
        unit = _CURRENCY_SIGNS.get(cur.lower(), cur)
    elif curword:
        unit = _CURRENCY_WORDS.get(curword.split()[-1].lower(), "")
    if unit == "" and value < 1000 and scale is None:
        style = None
    q = Quantity(value * multiplier, low * multiplier, high * multiplier, unit, m_start, m_end,
                 string[m_start:m_end].strip(), False, False, style)
    return _plain_hedge(string, q, floor, P)


def _plain_from_words(string, m, floor, P):
    text = m["num"]
    value = _plain_words_value(text, P)
    if value is None or value < 2:
        return None
    after = string[m.end():m.end() + 20]
    before = string[max(floor, m.start() - 20):m.start()]
    low_text = text.lower().strip()
    if P.vague_plural.search(low_text) or P.duration_after.match(after):
        return None
    if P.the_before.search(before) and value < 13 and P.space_of_after.match(after):
        return None
    unit = ""
    if m["pct"]:
        unit = "%"
    elif m["cur"]:
        unit = _CURRENCY_SIGNS.get(m["cur"].lower(), m["cur"])
    elif m["curword"]:
        unit = _CURRENCY_WORDS.get(m["curword"].split()[-1].lower(), "")
    last = low_text.split()[-1]
    if last in ("million", "billion", "trillion", "thousand", "hundred"):
        lead = value / _MULTIPLIERS[last]
        half = 0.5 * _MULTIPLIERS[last] if lead == int(lead) else 0.05 * _MULTIPLIERS[last]
        low, high = value - half, value + half
    else:
        low, high = value, value
    q = Quantity(value, low, high, unit, m.start(), m.end(), m.group(0).strip(), False, True)
    return _plain_hedge(string, q, floor, P)


def _plain_mark_ranges(string, qs, floor, P):
    out = []
    i = 0
    while i < len(qs):
        q = qs[i]
        if i + 1 < len(qs):
            nxt = qs[i + 1]
            gap = string[q.end:nxt.start]
            if P.range_gap.fullmatch(gap):
                before = string[max(floor, q.start - 30):q.start]
                if P.from_before.search(before) or gap.strip() == "to" and P.change_before.search(before):
                    out += [q._replace(update=True), nxt._replace(update=True)]
                    i += 2
                    continue
                is_between = bool(P.between_before.search(before))
                if gap.strip().lower() == "and" and not is_between:
                    out.append(q)
                    i += 1
                    continue
                if gap.strip().lower() == "or" or gap.strip() in ("-", "–", "—", "to") or is_between:
                    out.append(Quantity(q.value, min(q.low, nxt.low), max(q.high, nxt.high),
                                        nxt.unit or q.unit, q.start, nxt.end, string[q.start:nxt.end],
                                        q.hedged or nxt.hedged, q.words, None, True))
                    i += 2
                    continue
        out.append(q)
        i += 1
    return out


def plain_quantities(string, start=0, end=None):
    """find_quantities read plainly: each run of digits (``\\d+``) with the
    currency sign before it matched with the number pattern, each match of
    the number-word candidate pattern with the words pattern."""
    P = _patterns()
    end = len(string) if end is None else end
    found, taken_starts, taken_ends = [], [], []
    last_end = last_run = start
    for c in P.digit_run.finditer(string, start, end):
        cs = c.start()
        if cs > start:
            ch = string[cs - 1]
            if ch == "$":
                if cs - 3 >= max(start, last_run) and string[cs - 3:cs - 1] in ("US", "HK"):
                    cs -= 3
                elif cs - 2 >= max(start, last_run) and string[cs - 2] in "AC":
                    cs -= 2
                else:
                    cs -= 1
            elif ch in "£€¥":
                cs -= 1
        last_run = c.end()
        if cs < last_end:
            continue
        m = P.number.match(string, cs, end)
        if m is None:
            continue
        last_end = m.end()
        q = _plain_from_groups(string, start, P, cs, last_end, *m.groups())
        if q is not None:
            found.append(q)
        taken_starts.append(cs)
        taken_ends.append(last_end)
    last_end = start
    for c in P.word_candidate.finditer(string, start, end):
        if c.start() < last_end:
            continue
        m = P.words.match(string, c.start(), end)
        if m is None:
            continue
        last_end = m.end()
        i = bisect_left(taken_starts, m.end()) - 1
        if i >= 0 and taken_ends[i] > m.start():
            continue
        q = _plain_from_words(string, m, start, P)
        if q is not None:
            found.append(q)
    found.sort(key=lambda q: q.start)
    return _plain_mark_ranges(string, found, start, P)


CRAFTED = [
    "Azerbaijan said 71 of its soldiers had been killed; 50 were hurt and 3 fled.",
    "At least 300 people, more than 1,500 homes, about 6.500 troops and up to $5bn.",
    "In 2004 the 2000 songs, in 1999 it had 1998 votes; the 2020s; 12:30; 4th; 3G; 4x4.",
    "US$5bn, HK$40m, A$2m, C$3, us$4, x$4, 1$2, £3m, €4.5bn, ¥100, $bn and £m.",
    "It rose from 50 to 71, between 50 and 70, 50-70, 50 – 70, 50 or 60, 5 to 7 people.",
    "Seven soldiers and twenty-one civilians died; a hundred were hurt; two dozen fled.",
    "One of them, the two of them, hundreds of people, a million dollars, two per cent.",
    "Flight 447, aged 85, No. 5, page 12, #3, May 5, Sept. 11, Windows 2000, formula 1.",
    "6% of people, 6 % of them, 12.5 per cent, 40 percent, 5 dollars, 3 pounds sterling, 4 yen.",
    "5 million, 5million, 5m, 5mn, 5 mln, 5bn, 5 trillion, 5k, 5K, 5\u212a, 5 thousands, 5 miles.",
    "some 40, nearly 40, almost exactly 40, c. 40, approx. 40, 40 or more, 40-plus, 40+, 40 odd.",
    "3\u00a0000 people, 3\u202f000 troops, 0,500 tickets, 007 agents, 1.234.567 voters, 12.34567890123.",
    "\u0130stanbul: f\u0130ve wh\u0130le \u017fix \u017feven whereaſ fi\u017fty \u0661\u0662 men.",
    "x\u2019s 5 \u2502 6 \u2502 7\n\n8\u00a0people \u2014 9\u2003dead, \u00e95, 5\u00e9, \u03b15, 5\u0345.",
    "twenty one, twenty-one, twenty - one, a hundred and five, one hundred, one\tthousand, ONE, One.",
    "3 years old, 3-year-old, 3 - mile, 3-in-law, 5-08, 7 am, 7am, 7 a.m., 8 March, 9 Sept.",
    "6% euros, 6% Dollars, 6%\u00a0yen, 6%\tpounds, 6%\x0byen, 6%\x1cyen, 6% of, 6%% and 6%5.",
    "5tn, 5trn, 5mln, 5 Mln, 5thousand, 5th, 5st, 5nd, 5 mil, 5 percentage, 5 per capita, 5 yens.",
    "nine-, nine-year, nine - year, nine years, nine per cent, nine dollars, nine and, nine.",
    "up to 5, close to 5, rose to 5, at most 5, as many as 5, known as 5, a minimum of 5, x of 5.",
    # the places number words and signs are looked for at
    "a trillion, a zillion, xtrillion, TRILLION, an  million, billion-fold, $a, US$bn, us$m, x$ m.",
    "6% pesos, 6% dollarsx, 6% Per cent, 6% eurosy, 6% yen5, 2004 one, one-two, someone, oneé.",
]

_PIECES = [
    "5", "45", "2004", "1999", "1,500", "6.500", "12.5", "0.25", "3\u00a0000", "0,500", "007",
    "123456789012345678", "$", "US$", "A$", "£", "us$", "€", " million", "m", "bn", "k", "K",
    "\u212a", "%", " per cent", " percent", " %", " dollars", " pounds sterling", " euros", " yen",
    "seven", "twenty-one", "a hundred", "one", "One", "ONE", "two dozen", "hundreds", "thousand",
    "about ", "at least ", "more than ", "up to ", "nearly ", " or more", " plus", "+", " odd",
    "c. ", "approx. ", "flight ", "aged ", "No. ", "#", "page ", "May ", "Sept. ", ":30", "-08",
    "th", "s", "-year-old", " years old", " am", " March", "-mile", "G", " to ", " and ", " or ",
    "-", "\u2013", "between ", "from ", "rose ", " ", " ", " ", "\n", ",", ".", "(", ")", "\u2019",
    "\u2502", "\u00a0", "\u2003", "\x1c", "\t", "x", "\u00e9", "\u017f", "\u0130", "\u0345",
    " people", " troops", " Tickets", " songs", " years ago", "the ", " of them", " of", "per",
    " mile", " Mil", " bil", "\u0661", "_", "from 5 to 7", "rose to 71 from 50", "between 5 and 7",
    "5 to 7", "5-7", "5 or 6", "fell from 9 to 3", "5\n\n\n\n\n\nto 7", "5 AND 7", "two to three",
    "tn", "trn", "mln", "Mn", "TN", "bN", "million", "Billion", "thousands", "trillion5", "mi\u0130",
]


def _random_texts(n, seed):
    # pieces joined by a space most often, else by nothing or another space
    rng = random.Random(seed)
    joins = [" "] * 6 + ["", "", "\n", "  ", "\u00a0"]
    return ["".join(rng.choice(_PIECES) + rng.choice(joins) for _ in range(rng.randint(1, 30)))
            for _ in range(n)]


@pytest.mark.parametrize("text", CRAFTED)
def test_find_quantities_equals_the_plain_reading_on_crafted_texts(text):
    assert find_quantities(text) == plain_quantities(text)
    for start in range(0, len(text), 5):
        for end in (len(text), max(start, len(text) - 3), max(start, len(text) - 17)):
            assert find_quantities(text, start, end) == plain_quantities(text, start, end), \
                (start, end)


@pytest.mark.parametrize("seed", range(8))
def test_find_quantities_equals_the_plain_reading_on_random_texts(seed):
    for text in _random_texts(400, seed):
        assert find_quantities(text) == plain_quantities(text), text
        assert find_quantities(text, 3, len(text) - 2) == plain_quantities(text, 3, len(text) - 2), text


def test_find_quantities_equals_the_plain_reading_on_the_corpus(corpus):
    paths = sorted(corpus.rglob("*.txt"))[::25]
    assert paths
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert find_quantities(text) == plain_quantities(text), path.name
