"""Text.sentence_at splits only the paragraph it is asked about, and agrees
with Text.sentences everywhere."""
from __future__ import annotations

import random

from lintnews.text import Source, Text

_PIECES = ["Mr. Smith said so.", "It rose 5.5%!", "Why?", "\u201cYes,\u201d he said.", "U.S. troops",
           "e.g. this", "A. B. Jones", "(Really.)", "end", "\n", "\n\n", "\n \n", " ", "  ",
           "\u00e9t\u00e9.", "2024.", "No. 5", "\tTab."]


def _whole(string: str) -> Text:
    return Text.whole(Source(string))


def _reference_sentence_at(text: Text, index: int):
    for span in text.sentences:
        if span.start <= index < span.end:
            return span
    return None


def test_sentence_at_agrees_with_sentences_on_random_texts():
    rng = random.Random(1204)
    for _ in range(400):
        string = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 25)))
        lazy, full = _whole(string), _whole(string)
        for index in range(-1, len(string) + 1):
            assert lazy.sentence_at(index) == _reference_sentence_at(full, index), (string, index)
        assert lazy.sentences == full.sentences


def test_sentence_at_splits_only_its_paragraph():
    text = _whole("First paragraph. Two sentences.\n\nSecond one. Here it is.\n\nThird.")
    at = text.string.index("Here")
    sentence = text.sentence_at(at)
    assert text.string[sentence.start:sentence.end] == "Here it is."
    assert text._sentences is None
    assert list(text._para_sentences) == [text.string.index("Second")]
    # the whole list reuses the paragraph already split: the same objects
    assert any(s is sentence for s in text.sentences)
    assert text.sentence_at(text.string.index("\n\n")) is None  # between paragraphs


def _reference_paragraphs(string: str) -> list[tuple[int, int]]:
    import regex

    out, start = [], 0
    for m in [*regex.finditer(r"\n[ \t]*\n\s*", string), None]:
        end = m.start() if m else len(string)
        piece = string[start:end]
        left = start + len(piece) - len(piece.lstrip())
        right = left + len(piece.strip())
        if right > left:
            out.append((left, right))
        start = m.end() if m else start
    return out


def test_paragraphs_are_the_stripped_runs_between_blank_lines():
    rng = random.Random(4)
    pieces = ["word", "two words", " ", "\t", "\n", "\n\n", "\n \n", "\u00a0", "\x1c", "\u2028",
              "\u3000", "\r", "\x85"]
    for _ in range(3000):
        string = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [tuple(p) for p in _whole(string).paragraphs] == _reference_paragraphs(string), \
            repr(string)


def _reference_sentences(text: Text) -> list[tuple[int, int]]:
    """The sentences as a scan of each paragraph with ``_SENT_END`` gives them
    (what ``Text._sentences_of`` does, tried only at the marks)."""
    from lintnews.text import _SENT_END

    def _strip(s, start, end):
        piece = s[start:end]
        left = start + len(piece) - len(piece.lstrip())
        return (left, left + len(piece.strip()))

    s = text.string
    out = []
    for para in text.paragraphs:
        start = para.start
        spans = []
        for m in _SENT_END.finditer(s, para.start, para.end):
            spans.append(_strip(s, start, m.end()))
            start = m.end(1)
        spans.append(_strip(s, start, para.end))
        out.extend(sp for sp in spans if sp[1] > sp[0])
    return out


def test_sentences_tried_at_the_marks_equal_the_scan():
    rng = random.Random(77)
    pieces = [*_PIECES, "!", "?", "?!", "...", "5.5", '."', ".\u201d", ".)", "U.S.", "x.y", ". ",
              ".\n", ".\u00a0", ".\x1c", ". \u0130", ". \u017f", ". \u212a", ". 5", ". (A", "\u2019",
              "\u0661.", ".\u0661", "Mr.", "I.", "Jan.", "etc.", "a", "B"]
    for _ in range(3000):
        string = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        text = _whole(string)
        assert [tuple(sp) for sp in text.sentences] == _reference_sentences(_whole(string)), \
            repr(string)


def test_paragraph_breaks_split_by_re_are_the_pattern_matches():
    # ``re``'s class for regex's white space, on every code point, and the
    # breaks ``split`` keeps on random texts of every kind of space
    import re
    import sys

    import regex

    from lintnews.text import _PARA_BREAK, _PARA_SPLIT

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert regex.findall(r"\s", chars) == re.findall(r"[^\S\x1c-\x1f]", chars)
    rng = random.Random(9)
    pieces = ["a", "b c", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\u00a0",
              "\u2028", "\u2029", "\u3000", "\u200b", "\n\n", "\n \t\n", "\r\n"]
    for _ in range(5000):
        string = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        split, at = _PARA_SPLIT.split(string), 0
        breaks = []
        for k, piece in enumerate(split):
            if k % 2:
                breaks.append((at, at + len(piece)))
            at += len(piece)
        assert breaks == [m.span() for m in _PARA_BREAK.finditer(string)], repr(string)
        assert [tuple(p) for p in _whole(string).paragraphs] == _reference_paragraphs(string)


def test_sentences_of_many_paragraphs_with_marks_in_each():
    # "!" and "?" are found once in the whole text, full stops in each paragraph
    rng = random.Random(31)
    pieces = ["Yes", "No", "A", "x", "5", "!", "?", ".", " ", "\n\n", "\n \n", "\n", ". ", "! ",
              "? ", "?\n\n", "!\u201d ", "Mr.", "e.g.", "\u00c9t\u00e9. ", ". \u00c9", ". \u0661"]
    for _ in range(3000):
        string = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        text = _whole(string)
        for index in range(0, len(string) + 1, 2):
            assert text.sentence_at(index) == _reference_sentence_at(_whole(string), index)
        assert [tuple(sp) for sp in text.sentences] == _reference_sentences(_whole(string)), \
            repr(string)
