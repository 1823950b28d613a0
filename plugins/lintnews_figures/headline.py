"""FIG002: a headline figure that the body contradicts."""
from __future__ import annotations

from functools import cache
from itertools import combinations
from typing import Iterator

import regex

from lintnews.patterns import compile as cached_compile

from .compare import join_lines, label, reason
from .mentions import Mention, context_for, mentions_in_sentence
from .numbers import Quantity, quantities_by_sentence

# Headline verbs of change: "Toll hits 71", "Profits up 20%".
_HEADLINE_CHANGE = r"\b(?:up|down|hits?|tops?|nears?|pass(?:es)?|reach(?:es)?|exceeds?|toll|" \
    r"climbs?|soars?|slides?|slumps?|dips?|lifts?|boosts?|cuts?|doubles?|halves?|revision|" \
    r"revises?)\b"


@cache
def _change_re() -> regex.Pattern:
    return cached_compile(_HEADLINE_CHANGE, regex.IGNORECASE)


def _near(h: Quantity, value: float) -> bool:
    low = min(h.low, h.value * 0.9)
    high = max(h.high, h.value * 1.1)
    return low <= value <= high


def _explained(h: Quantity, body_quantities: list[Quantity]) -> bool:
    """Whether a body figure of the unit, or the sum or difference of two,
    rounds to the headline figure ($300m for $732m - $434m)."""
    same = [q for q in body_quantities if q.unit == h.unit and not q.is_range]
    if any(_near(h, q.value) or h.agrees(q) for q in same):
        return True
    values = sorted({q.value for q in same})[:400]
    for a, b in combinations(values, 2):
        if _near(h, a + b) or _near(h, abs(a - b)):
            return True
    return False


def check_headline(document, head, body_mentions: list[Mention]) -> Iterator:
    text, start, end = head
    body = document.body
    ctx = context_for(body.string)
    heads = mentions_in_sentence(text.string, start, end, ctx, require_owner=False,
                                 skip_re=_change_re())
    if not heads:
        return
    skip = end if text is body else 0
    body_quantities = [q for sentence, qs in quantities_by_sentence(body)
                       if sentence.start >= skip for q in qs]
    for h in heads:
        # a headline names no year as a rule: then the body's mentions must
        # all be of one period
        same = [m for m in body_mentions
                if (m.counted, m.event, m.quantity.unit) == (h.counted, h.event, h.quantity.unit)
                and (m.years == h.years or not h.years)
                # "Flood kills 40 in Bangladesh": the headline's place is the owner
                and h.compatible(m, h.where - {m.owner}) and not m.total and not h.total]
        if len({m.years for m in same}) > 1:
            continue
        if h.owner:
            same = [m for m in same if m.owner == h.owner]
        elif len({m.owner for m in same}) != 1:
            continue
        if not same:
            continue
        if not all(a.quantity.agrees(b.quantity) for a in same for b in same):
            continue
        if any(h.quantity.agrees(m.quantity) for m in same):
            continue
        if _explained(h.quantity, body_quantities):
            continue
        where = "the title" if text is not body else "the headline"
        by_text: dict[str, list[int]] = {}
        for m in same:
            by_text.setdefault(m.quantity.text, []).append(body.position(m.index)[0])
        elsewhere = ", ".join(f"{t} on {join_lines(ls)}" for t, ls in by_text.items())
        owner_mention = same[0] if not h.owner else h
        msg = (f"{label(owner_mention)}: {h.quantity.text} in {where}, but {elsewhere} "
               f"in the body ({reason([owner_mention, *same])})")
        yield document.finding("FIG002", msg, text, h.quantity.start, h.quantity.end)
