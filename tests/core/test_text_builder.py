"""TextBuilder.add_paragraphs adds what insert and add, called one by one, add."""
from __future__ import annotations

import random

from lintnews.text import Source, TextBuilder


def _one_by_one(builder: TextBuilder, starts, strings) -> None:
    for start, string in zip(starts, strings):
        if not builder.ends_with_break():
            builder.insert("\n\n")
        builder.add(start, start + len(string))


def _state(builder: TextBuilder):
    text = builder.build()
    return text.string, text._clean, text._src, builder.length


def test_add_paragraphs_is_insert_then_add():
    rng = random.Random(1205)
    source = Source("".join(rng.choice("ab \n") for _ in range(200)))
    for _ in range(3000):
        before = []  # what was added first: pieces that may end in a paragraph break
        for _ in range(rng.randint(0, 3)):
            start = rng.randrange(200)
            before.append(("add", start, min(200, start + rng.randint(0, 6))))
            if rng.random() < 0.3:
                before.append(("insert", rng.choice(["\n\n", "\n", "x"]), 0))
        spans = []
        for _ in range(rng.randint(0, 5)):
            start = rng.randrange(200)
            # spans touching the last one (a run that goes on), gaps; none
            # empty or ending in a paragraph break (as add_paragraphs asks)
            spans.append((start, min(200, start + rng.randint(1, 8))))
            if rng.random() < 0.3:
                spans.append((spans[-1][1], min(200, spans[-1][1] + 3)))
        spans = [(a, b) for a, b in spans
                 if b > a and not source.text[a:b].endswith("\n\n")]
        starts = [a for a, _ in spans]
        strings = [source.text[a:b] for a, b in spans]
        built = []
        for bulk in (True, False):
            builder = TextBuilder(source)
            for kind, a, b in before:
                if kind == "add":
                    builder.add(a, b)
                else:
                    builder.insert(a)
            if bulk:
                builder.add_paragraphs(starts, strings)
            else:
                _one_by_one(builder, starts, strings)
            # and what comes after sees the same builder
            builder.add(5, 9)
            built.append(_state(builder))
        assert built[0] == built[1], (before, spans)
