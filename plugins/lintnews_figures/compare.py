"""Find the mention that disagrees with the others of the same quantity.

Mentions are grouped by their key (what is counted, the event, the owner,
the unit, the years), so the work is linear in the number of figures; only
within a group, which is small, are mentions compared pair by pair.
"""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple, Callable, Iterable

from .mentions import Mention


class Disagreement(NamedTuple):
    """``mention`` disagrees with ``others``, which agree among themselves."""

    mention: Mention
    others: tuple[Mention, ...]


def group(mentions: Iterable[Mention]) -> dict[tuple, list[Mention]]:
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key()].append(m)
    return groups


def disagreements(mentions: list[Mention], sentence_of: Callable[[int], int]) -> list[Disagreement]:
    """The mentions outvoted by others of the same quantity.

    A mention is reported when mentions in other sentences, compatible with
    it, all give a value whose interval does not overlap its own, they agree
    among themselves, and they outnumber the mentions that agree with it
    (on a tie, the later mention is reported).

    Mentions with the same interval, kind and days are pooled first, so the
    work grows with the number of distinct values, not of mentions.
    """
    found: list[Disagreement] = []
    for members in group(mentions).values():
        if len(members) < 2:
            continue
        pools: dict[tuple, list[Mention]] = defaultdict(list)
        for m in members:
            pools[(m.quantity.low, m.quantity.high, m.kind, m.soft)].append(m)
        if len(pools) < 2 or len(pools) > _MAX_POOLS:
            continue
        heads = list(pools)
        for key in heads:
            pool = pools[key]
            rep = pool[0]
            agree_n = 0
            disagree: list[Mention] = []
            for other in heads:
                o = pools[other][0]
                if not rep.compatible(o):
                    continue
                if rep.quantity.agrees(o.quantity):
                    agree_n += len(pools[other])
                else:
                    disagree.extend(pools[other])
            if not disagree:
                continue
            if not all(a.quantity.agrees(b.quantity) for a in _firsts(disagree)
                       for b in _firsts(disagree)):
                continue
            if agree_n > len(disagree):
                continue
            for m in pool:
                others = [o for o in disagree if sentence_of(o.index) != sentence_of(m.index)]
                if not others:
                    continue
                if agree_n == len(disagree) and min(o.index for o in disagree) > m.index:
                    continue
                found.append(Disagreement(m, tuple(others)))
    found.sort(key=lambda d: d.mention.index)
    return found


_MAX_POOLS = 50


def _firsts(ms: list[Mention]) -> list[Mention]:
    seen = {}
    for m in ms:
        seen.setdefault((m.quantity.low, m.quantity.high), m)
    return list(seen.values())


def label(m: Mention) -> str:
    """What the figure is, for a message: "Azerbaijan's dead"."""
    owner = "the total" if m.owner == "all" else m.owner
    what = {"killed": "dead", "injured": "wounded", "missing": "missing",
            "arrested": "arrested", "evacuated": "displaced", "captured": "captured",
            "infected": "infected", "cut": "job cuts"}.get(m.event, m.counted)
    if m.owner == "all":
        return f"total {what}"
    return f"{owner}'s {what}"


def reason(mentions: Iterable[Mention]) -> str:
    """What made the mentions one quantity: the nouns, event, owner and period."""
    ms = list(mentions)
    nouns = []
    for m in ms:
        n = m.noun.lower()
        if n not in nouns:
            nouns.append(n)
    owners = []
    for m in ms:
        w = m.owner_word
        if w not in owners:
            owners.append(w)
    first = ms[0]
    event = f" {first.event}" if first.event and first.event not in nouns else ""
    parts = [f"same count: {', '.join(nouns)}{event}"]
    if first.owner != "all":
        others = [f'"{w}"' for w in owners if w != first.owner]
        parts.append("same owner: " + ", ".join([first.owner, *others]))
    if first.years:
        parts.append(f"same period: {', '.join(sorted(first.years))}")
    return "; ".join(parts)


def join_lines(lines: list[int]) -> str:
    lines = sorted(set(lines))
    if len(lines) == 1:
        return f"line {lines[0]}"
    return "lines " + ", ".join(str(n) for n in lines[:-1]) + f" and {lines[-1]}"
