"""Run every figures rule over one document."""
from __future__ import annotations

from typing import Iterator


from lintnews.patterns import compile as cached_compile

from .compare import disagreements, join_lines, label, reason
from .mentions import Mention, context_for, mentions_in_sentence
from .numbers import quantities_by_sentence

_HEADLINE_END = cached_compile(r"[.!?…:;,]['\"’”)]*\s*$")
_NEWLINE = cached_compile(r"\r\n|\r|\n")  # as lintnews.text splits lines


def headline_span(document) -> tuple[object, int, int] | None:
    """(text, start, end) of the headline, or None.

    A front-matter title wins.  In plain text, the first line counts as the
    headline only when it looks like one: short, no closing full stop, and
    followed by a blank line and more text.
    """
    title = document.fields.get("title") or document.fields.get("headline")
    if title is not None and title.string.strip():
        return title, 0, len(title.string)
    if document.format != "text":
        return None
    body = document.body
    s = body.string
    # the first two lines (``body.lines[:2]`` when there are three or more),
    # found without splitting the whole text into lines
    breaks = []
    for m in _NEWLINE.finditer(s):
        breaks.append(m.span())
        if len(breaks) == 2:
            break
    if len(breaks) < 2:
        return None
    (first_end, second_start), (second_end, _) = breaks
    text = s[:first_end]
    if not text.strip() or len(text) > 100 or _HEADLINE_END.search(text):
        return None
    if s[second_start:second_end].strip():
        return None
    if len(text.split()) > 16 or not text.strip()[0].isupper():
        return None
    return body, 0, first_end


def body_mentions(document, skip_until: int) -> list[Mention]:
    body = document.body
    s = body.string
    ctx = context_for(s)
    out: list[Mention] = []
    if skip_until > 0:
        # the rest of the sentence (if any) that the headline's end cuts in two
        cut = body.sentence_at(skip_until)
        if cut is not None and cut.start < skip_until:
            out.extend(mentions_in_sentence(s, skip_until, cut.end, ctx))
    # only the sentences holding a figure can hold a mention: those after the
    # headline, in order
    for sent, quantities in quantities_by_sentence(body):
        if sent.start >= skip_until:
            out.extend(mentions_in_sentence(s, sent.start, sent.end, ctx, quantities=quantities))
    return out


def check_document(document) -> Iterator:
    body = document.body
    head = headline_span(document)
    skip_until = head[2] if head is not None and head[0] is body else 0
    mentions = body_mentions(document, skip_until)

    def sentence_of(index: int) -> int:
        sentence = body.sentence_at(index)
        return sentence.start if sentence is not None else index

    def line_of(m: Mention) -> int:
        return body.position(m.index)[0]

    for d in disagreements(mentions, sentence_of):
        m = d.mention
        by_text: dict[str, list[int]] = {}
        for o in d.others:
            by_text.setdefault(o.quantity.text, []).append(line_of(o))
        elsewhere = ", ".join(f"{t} on {join_lines(ls)}" for t, ls in by_text.items())
        msg = (f"{label(m)}: {m.quantity.text} here, but {elsewhere} "
               f"({reason([m, *d.others])})")
        yield document.finding("FIG001", msg, body, m.quantity.start, m.quantity.end)

    if head is not None:
        from .headline import check_headline
        yield from check_headline(document, head, mentions)

    from .totals import check_totals
    yield from check_totals(document)

    from .styles import check_styles
    yield from check_styles(document)
