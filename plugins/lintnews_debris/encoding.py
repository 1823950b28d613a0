"""TXT002 (mojibake: UTF-8 read as Windows-1252) and TXT003 (U+FFFD).

A run is mojibake only if its characters, turned back into Windows-1252
bytes, are valid UTF-8 for a plausible character; so "Ângelo" and "Gruß”"
are never flagged, while "wasnâ€™t" and "CafÃ©" are, with the exact repair.
"""
from __future__ import annotations

from functools import cache
from typing import NamedTuple, Iterator

import re

import regex

from lintnews.patterns import compile as _compile, compile_re as _compile_re

from . import telltale


class Bad(NamedTuple):
    start: int
    end: int
    replacement: str | None


def _byte(ch: str) -> int | None:
    """The Windows-1252 (else Latin-1) byte ``ch`` stands for, if it is >= 0x80."""
    try:
        b = ch.encode("cp1252")
    except UnicodeEncodeError:
        return ord(ch) if 0x80 <= ord(ch) <= 0xFF else None
    return b[0] if len(b) == 1 and b[0] >= 0x80 else None


@cache
def _candidates() -> "re.Pattern":
    chars = set()
    for b in range(0x80, 0x100):
        chars.add(chr(b))  # Latin-1 reading (C1 controls included)
        try:
            chars.add(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    cls = "".join(re.escape(c) for c in sorted(chars))
    # a lead byte's character (Â..ô) and what follows it, or a lone C1 control:
    # [\u00c2-\u00f4][cls]+|[\x80-\x9f]+ written with one character class first, so
    # that re skips fast to the next candidate
    return _compile_re(f"[\u00c2-\u00f4\x80-\x9f]"
                       f"(?:(?<=[\u00c2-\u00f4])[{cls}]+|(?<=[\x80-\x9f])[\x80-\x9f]*)")


@cache
def _nbsp_a() -> regex.Pattern:
    # "Â " left where a no-break space (C2 A0) was read as Latin-1 and then normalised
    return _compile(r"(?<![\p{Lu}\p{Ll}])Â(?= )")


def _plausible(text: str) -> bool:
    for ch in text:
        cp = ord(ch)
        if 0xE000 <= cp <= 0xF8FF:
            return False  # private use
        if cp < 0x800 and not (0x80 <= cp <= 0x2FF or 0x370 <= cp <= 0x52F):
            return False  # two-byte results outside Latin, Greek, Cyrillic
    return True


def _decode_pieces(run: str) -> list[tuple[int, int, str]]:
    pieces: list[tuple[int, int, str]] = []
    i = 0
    while i < len(run):
        b = _byte(run[i])
        if b is not None and 0xC2 <= b <= 0xF4:
            n = 1 if b < 0xE0 else 2 if b < 0xF0 else 3
            seg = run[i:i + 1 + n]
            raw = [_byte(c) for c in seg]
            if len(seg) == 1 + n and all(x is not None for x in raw):
                try:
                    decoded = bytes(raw).decode("utf-8")
                except UnicodeDecodeError:
                    decoded = None
                if decoded is not None and _plausible(decoded):
                    pieces.append((i, i + 1 + n, decoded))
                    i += 1 + n
                    continue
        if 0x80 <= ord(run[i]) <= 0x9F:  # a C1 control: Windows-1252 punctuation read as Latin-1
            try:
                pieces.append((i, i + 1, bytes([ord(run[i])]).decode("cp1252")))
            except UnicodeDecodeError:
                pass  # undefined in Windows-1252: left to TXT004
        i += 1
    # touching pieces make one: their texts joined once (adding each to the last
    # was quadratic in a long run of mojibake)
    merged: list[tuple[int, int, str]] = []
    run: list[str] = []
    run_start = run_end = -1
    for start, end, text in pieces:
        if run and start == run_end:
            run.append(text)
        else:
            if run:
                merged.append((run_start, run_end, "".join(run)))
            run, run_start = [text], start
        run_end = end
    if run:
        merged.append((run_start, run_end, "".join(run)))
    return merged


def _repair(text: str) -> str:
    """Undo a second (or third) round of the same damage."""
    for _ in range(2):
        pieces = _decode_pieces(text)
        if len(pieces) != 1 or pieces[0][:2] != (0, len(text)):
            break
        text = pieces[0][2]
    return text


def find_mojibake(string: str, present: frozenset[str] | None = None) -> Iterator[Bad]:
    """Mojibake in ``string``; ``present``: its telltale characters (telltale.chars)."""
    if string.isascii():
        return
    if present is not None and present.isdisjoint(telltale.MOJIBAKE):
        return
    found = []
    for m in _candidates().finditer(string):
        run = m[0]
        if len(run) < 2 and not 0x80 <= ord(run) <= 0x9F:
            continue
        for start, end, text in _decode_pieces(run):
            text = _repair(text)
            if any(0x80 <= ord(c) <= 0x9F for c in text) and end - start > 1:
                continue  # decodes only to control characters: not text
            found.append(Bad(m.start() + start, m.start() + end, text))
    for m in _nbsp_a().finditer(string):
        found.append(Bad(m.start(), m.end(), ""))
    found.sort(key=lambda b: b.start)
    yield from found


@cache
def _fffd() -> regex.Pattern:
    return _compile("[\u00c2-\u00f4]?\ufffd+")


def find_replacement_characters(string: str,
                                present: frozenset[str] | None = None) -> Iterator[Bad]:
    if "\ufffd" not in (string if present is None else present):
        return
    for m in _fffd().finditer(string):
        yield Bad(m.start(), m.end(), None)
