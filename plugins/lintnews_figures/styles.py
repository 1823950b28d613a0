"""FIG004: one number written two ways ("6,500" and "6500")."""
from __future__ import annotations

from typing import Iterator


from lintnews.patterns import compile as cached_compile

from .numbers import quantities_by_sentence

_DIGITS = cached_compile(r"\d[\d,.\u00a0\u202f\u2009]*\d")
_WORD_AFTER = cached_compile(r"\s+[\p{Ll}]")
_STYLE_NAMES = {",": "with a comma", ".": "with a full stop", " ": "with a space",
                "": "without a separator"}


def _written(value: int, style: str) -> str:
    digits = f"{value:,}"
    return digits.replace(",", style) if style != "," else digits


def check_styles(document) -> Iterator:
    # value -> (style, text, offset) of the first spelling; its line is
    # looked up only for a message (most articles have none)
    seen: dict[int, tuple[str, object, int]] = {}
    for text in document.texts():
        s = text.string
        for _, quantities in quantities_by_sentence(text):
            for q in quantities:
                if q.style is None or q.value != int(q.value) or q.value < 1000 or q.is_range:
                    continue
                if q.style == "" and not (q.unit or _WORD_AFTER.match(s, q.end)):
                    continue  # a bare "12345" may be a code or a reference
                digits = _DIGITS.search(s, q.start, q.end)
                if not digits:
                    continue
                value = int(q.value)
                first = seen.get(value)
                if first is None:
                    seen[value] = (q.style, text, digits.start())
                    continue
                style, first_text, first_at = first
                if style == q.style:
                    continue
                first_line = first_text.position(first_at)[0]
                wanted = _written(value, style)
                msg = (f"{digits.group(0)} is written {wanted} on line {first_line}: "
                       f"write a number one way ({_STYLE_NAMES[style]})")
                yield document.finding("FIG004", msg, text, digits.start(), digits.end(),
                                       replacement=wanted,
                                       fix_message=f"Write {wanted}")
