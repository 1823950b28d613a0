"""Prose with exact source positions.

A :class:`Source` is the decoded file.  A :class:`Text` is prose taken from
it (an article body with markup removed, or one front-matter field): a plain
string for checks to search, plus a map from every character back to its
offset in the source, so that a finding points at the original file even in
Markdown and HTML.  Columns count Unicode code points from 1.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, compress, islice, repeat
from operator import is_not, itemgetter
from collections import namedtuple

import regex

from .patterns import compile as _compile, compile_re as _compile_re

_NEWLINE = _compile(r"\r\n|\r|\n")
_PARA_BREAK = _compile(r"\n[ \t]*\n\s*")
# ``_PARA_BREAK`` for ``re``, whose ``\s`` (``str.isspace``) also takes the
# separators U+001C to U+001F: ``regex`` scans for the "\n" that opens a
# break at fifty instructions a character, ``re`` at a few (a test holds the
# two to the same breaks).  The group keeps the breaks in ``split``'s list.
_PARA_SPLIT = _compile_re(r"(\n[ \t]*\n[^\S\x1c-\x1f]*)")
# A sentence ends at . ! ? (optionally closed by quotes or brackets) followed by
# space and something that can open a sentence.  Common abbreviations and
# initials are not ends.  The first mark is matched before the look-behind
# checks what precedes it, so the engine skips ahead to candidate marks
# instead of trying the abbreviation list at every character.
_SENT_END = _compile(
    r"""[.!?](?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rev|Sen|Rep|Gov|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e|[A-Z])[.!?])"""
    r"""[.!?]*['"’”)\]]*(?=(\s+)['"“‘(\[]?[\p{Lu}\p{N}])""",
    regex.VERSION1,
)


# Source.position answers for offsets up to here without indexing every line.
_NEAR_START = 4096


class Span(namedtuple("Span", "start end")):
    """A half-open range ``[start, end)`` of a :class:`Text`'s string (two ints)."""

    __slots__ = ()

    def of(self, text: "Text") -> str:
        return text.string[self.start:self.end]


class Source:
    """The decoded contents of one file, with a line index."""

    __slots__ = ("text", "_line_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._line_starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            text = self.text
            if "\r" in text:
                starts = [0]
                starts.extend(m.end() for m in _NEWLINE.finditer(text))
            else:  # the common case: each line's length plus its "\n", summed in C
                starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
                starts.pop()
            self._line_starts = starts
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset; columns count code points."""
        offset = max(0, min(offset, len(self.text)))
        if self._line_starts is None and offset <= _NEAR_START:
            # near the start (front matter, a headline): count the breaks
            # before it rather than index every line of a long file that
            # may never be asked about again
            text = self.text
            if text.find("\r", 0, offset + 1) < 0:
                line_start = text.rfind("\n", 0, offset) + 1
                return text.count("\n", 0, offset) + 1, offset - line_start + 1
        starts = self.line_starts
        index = bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def offset(self, line: int, col: int) -> int:
        """Source offset of a 1-based (line, column)."""
        return self.line_starts[line - 1] + col - 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 1-based line, without its line break."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    @property
    def line_count(self) -> int:
        return len(self.line_starts)


class Text:
    """Prose taken from a :class:`Source`, with a map back to source offsets.

    ``string`` is what checks search.  The map is a list of runs: from
    ``clean_starts[i]`` on, characters of ``string`` stand at
    ``source_starts[i]`` on, one for one, until the next run.  A run whose
    source start is ``-1`` was inserted (a paragraph break between two HTML
    blocks, say) and maps to the end of the run before it.

    Build one with :class:`TextBuilder`, or :meth:`Text.whole` for plain text.
    """

    __slots__ = ("string", "source", "scope", "_clean", "_src", "_paragraphs",
                 "_sentences", "_lines", "_para_sentences", "_para_starts", "_others")

    def __init__(self, string: str, source: Source, clean_starts: list[int],
                 source_starts: list[int], scope: str = "body") -> None:
        self.string = string
        self.source = source
        self.scope = scope
        self._clean = clean_starts
        self._src = source_starts
        self._paragraphs: list[Span] | None = None
        self._sentences: list[Span] | None = None
        self._lines: list[Span] | None = None
        self._para_sentences: dict[int, list[Span]] = {}  # by paragraph start
        self._para_starts: list[int] = []  # of the paragraphs, once found
        self._others: list[int] | None = None  # see _other_marks

    @classmethod
    def whole(cls, source: Source, start: int = 0, end: int | None = None,
              scope: str = "body") -> "Text":
        """The source between two offsets, unchanged."""
        end = len(source.text) if end is None else end
        return cls(source.text[start:end], source, [0], [start], scope)

    def __repr__(self) -> str:
        preview = self.string[:40].replace("\n", " ")
        return f"Text(scope={self.scope!r}, {len(self.string)} chars, {preview!r}...)"

    # -- positions ---------------------------------------------------------
    def source_offset(self, index: int) -> int:
        """The source offset of character ``index`` of :attr:`string`."""
        if not self._clean:
            return 0
        run = bisect_right(self._clean, index) - 1
        if run < 0:
            run = 0
        src = self._src[run]
        if src < 0:  # inserted text: map to just after the previous real character
            while run > 0 and self._src[run] < 0:
                run -= 1
            if self._src[run] < 0:
                return 0
            nxt = self._clean[run + 1] if run + 1 < len(self._clean) else len(self.string)
            return self._src[run] + (nxt - self._clean[run])
        return src + (index - self._clean[run])

    def position(self, index: int) -> tuple[int, int]:
        """1-based source (line, column) of character ``index``."""
        return self.source.position(self.source_offset(index))

    def locate(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Source (line, col, end_line, end_col) of the span ``[start, end)``."""
        line, col = self.position(start)
        if end > start:
            end_line, end_col = self.source.position(self.source_offset(end - 1) + 1)
        else:
            end_line, end_col = line, col
        return line, col, end_line, end_col

    # -- structure ---------------------------------------------------------
    @property
    def paragraphs(self) -> list[Span]:
        """Paragraphs: runs of text between blank lines, stripped of outer space."""
        if self._paragraphs is None:
            # the runs between ``_PARA_BREAK``'s matches: the even pieces of
            # the split, each at the sum of the lengths before it, made
            # spans in C; the few with white space at an end (or none but
            # white space) are then stripped
            pieces = _PARA_SPLIT.split(self.string)
            offsets = list(accumulate(map(len, pieces), initial=0))
            runs = pieces[::2]
            spans = list(map(_new_span, repeat(Span), zip(offsets[::2], offsets[1::2])))
            untidy = list(compress(range(len(runs)), map(is_not, map(str.strip, runs), runs)))
            if untidy or "" in runs:
                for k in untidy:
                    run = runs[k]
                    left = run.lstrip()
                    start = offsets[2 * k] + len(run) - len(left)
                    spans[k] = _new_span(Span, (start, start + len(left.rstrip())))
                spans = [sp for sp in spans if sp[1] > sp[0]]
            self._paragraphs = spans
            self._para_starts = list(map(_first, spans))
        return self._paragraphs

    @property
    def lines(self) -> list[Span]:
        """Lines of :attr:`string`, without their line breaks."""
        if self._lines is None:
            spans = []
            start = 0
            for m in _NEWLINE.finditer(self.string):
                spans.append(Span(start, m.start()))
                start = m.end()
            spans.append(Span(start, len(self.string)))
            self._lines = spans
        return self._lines

    @property
    def sentences(self) -> list[Span]:
        """Sentences, never crossing a paragraph or line-break boundary of a heading."""
        if self._sentences is None:
            spans: list[Span] = []
            for para in self.paragraphs:
                spans.extend(self._sentences_of(para))
            self._sentences = spans
        return self._sentences

    def _sentences_of(self, para: Span) -> list[Span]:
        """The sentences of one paragraph (each paragraph is split once)."""
        found = self._para_sentences.get(para[0])
        if found is not None:
            return found
        s = self.string
        start, end = para
        # ``_SENT_END.finditer(s, start, end)``, tried only at the marks
        # that can open a match: one that ends the paragraph or is followed
        # by a letter or digit cannot (the pattern needs white space after
        # the marks and quotes that follow it).  ``_SENT_END.match`` at a
        # mark sees the same string and end as the scan (the ``regex``
        # module lets a look-behind see before ``pos``), so it finds what
        # the scan finds there.  The full stops are found here, the rarer
        # "!" and "?" once in the whole text (see _other_marks).
        find = s.find
        marks = []
        i = find(".", start, end)
        while i >= 0:
            marks.append(i)
            i = find(".", i + 1, end)
        others = self._others if self._others is not None else self._other_marks()
        if others and others[-1] >= start:
            lo = bisect_left(others, start)
            hi = bisect_left(others, end, lo)
            if hi > lo:
                marks.extend(others[lo:hi])
                marks.sort()
        # No sentence needs stripping, and none is empty: a paragraph is
        # stripped (``str.isspace``), a match ends on a mark or closing
        # quote after ``start``, and the look-ahead's group ends before a
        # quote, capital or digit inside the paragraph.
        found = []
        taken = start
        match = _SENT_END.match
        for i in marks:
            if i < taken or i + 1 >= end or s[i + 1].isalnum():
                continue
            m = match(s, i, end, False)  # (concurrent=False, passed positionally: cheaper)
            if m is not None:
                # a sentence ends on its mark or closing quote, and the next
                # starts after the white space the look-ahead captured
                taken = m.end()
                found.append(_new_span(Span, (start, taken)))
                start = m.end(1)
        found.append(_new_span(Span, (start, end)))
        self._para_sentences[para[0]] = found
        return found

    def _other_marks(self) -> list[int]:
        """The offsets of every "!" and "?" of the string, in order."""
        s = self.string
        find = s.find
        others = []
        for mark in "!?":
            i = find(mark)
            while i >= 0:
                others.append(i)
                i = find(mark, i + 1)
        others.sort()
        self._others = others
        return others

    def paragraph_at(self, index: int) -> Span | None:
        """The paragraph holding character ``index`` (a binary search), or None."""
        paras = self._paragraphs if self._paragraphs is not None else self.paragraphs
        i = bisect_right(self._para_starts, index) - 1
        if i >= 0 and index < paras[i][1]:
            return paras[i]
        return None

    def sentence_at(self, index: int) -> Span | None:
        """The sentence holding character ``index``, or None.

        Only the paragraph holding ``index`` is split into sentences (once), so
        a check that needs the sentences of a few places (those holding a
        figure, say) does not pay for splitting the whole text.  The spans
        are those of :attr:`sentences`, the same objects.
        """
        paras = self._paragraphs if self._paragraphs is not None else self.paragraphs
        i = bisect_right(self._para_starts, index) - 1
        if i < 0 or index >= paras[i][1]:
            return None
        para = paras[i]
        spans = self._para_sentences.get(para[0])
        if spans is None:
            spans = self._sentences_of(para)
        # the last sentence starting at or before ``index`` (spans compare
        # as tuples: those starting at ``index`` sort before this key)
        i = bisect_right(spans, (index, _AFTER_ALL)) - 1
        if i >= 0 and index < spans[i][1]:
            return spans[i]
        return None


_new_span = tuple.__new__  # ``Span(a, b)`` as ``_new_span(Span, (a, b))``: no Python call
_AFTER_ALL = float("inf")
_first = itemgetter(0)
_plus_two = (2).__add__
_minus_two = (-2).__add__


class TextBuilder:
    """Assemble a :class:`Text` from pieces of a source, in order."""

    __slots__ = ("source", "scope", "_parts", "_clean", "_src", "_length", "_last_src_end")

    def __init__(self, source: Source, scope: str = "body") -> None:
        self.source = source
        self.scope = scope
        self._parts: list[str] = []
        self._clean: list[int] = []
        self._src: list[int] = []
        self._length = 0
        self._last_src_end = -1

    def add(self, start: int, end: int) -> None:
        """Append source characters ``[start, end)`` verbatim."""
        if end <= start:
            return
        if self._last_src_end != start or not self._src or self._src[-1] < 0:
            self._clean.append(self._length)
            self._src.append(start)
        self._parts.append(self.source.text[start:end])
        self._length += end - start
        self._last_src_end = end

    def add_mapped(self, string: str, start: int, end: int) -> None:
        """Append ``string`` standing for source ``[start, end)`` (an entity, say).

        Each character maps to ``start``; the last maps so that a span ending
        here ends at ``end``.
        """
        if not string:
            return
        if len(string) == end - start:
            self._clean.append(self._length)
            self._src.append(start)
        else:
            for i, _ in enumerate(string):
                self._clean.append(self._length + i)
                self._src.append(start if i < len(string) - 1 else max(start, end - 1))
        self._parts.append(string)
        self._length += len(string)
        self._last_src_end = -1

    def insert(self, string: str) -> None:
        """Append text that stands nowhere in the source (a paragraph break)."""
        if not string:
            return
        self._clean.append(self._length)
        self._src.append(-1)
        self._parts.append(string)
        self._length += len(string)
        self._last_src_end = -1

    def add_paragraphs(self, starts: "list[int]", strings: "list[str]") -> None:
        """Add each of ``strings``, which stands in the source at the offset
        of the same place in ``starts``, as a paragraph of its own: what
        ``insert("\\n\\n")``, unless the text so far ends a paragraph, then
        ``add(start, start + len(string))`` give for each, in one call.

        None of ``strings`` may be empty or end in a paragraph break
        ("\\n\\n"): then a break goes before each but the first, and each
        starts a run of its own, so the map is made in C (Markdown articles
        are mostly such paragraphs, and adding them one by one was a fifth
        of parsing them).
        """
        if not strings:
            return
        parts, clean, src = self._parts, self._clean, self._src
        length = self._length
        first = starts[0]
        if parts and not parts[-1].endswith("\n\n"):
            clean.append(length)
            src.append(-1)
            parts.append("\n\n")
            length += 2
            clean.append(length)
            src.append(first)
        elif self._last_src_end != first or not src or src[-1] < 0:
            clean.append(length)
            src.append(first)
        if len(strings) == 1:
            parts.append(strings[0])
            self._length = length + len(strings[0])
            self._last_src_end = first + len(strings[0])
            return
        parts.append("\n\n".join(strings))
        # where each string starts in the text: the one before it, its
        # length and a break further on; its break starts two before
        at = list(accumulate(map(_plus_two, map(len, strings)), initial=length))
        later = at[1:-1]
        clean.extend(chain.from_iterable(zip(map(_minus_two, later), later)))
        src.extend(chain.from_iterable(zip(repeat(-1), islice(starts, 1, None))))
        self._length = at[-1] - 2
        self._last_src_end = starts[-1] + len(strings[-1])

    @property
    def length(self) -> int:
        """How many characters the text has so far (the offset of the next one)."""
        return self._length

    def ends_with_break(self) -> bool:
        """Whether nothing was added yet, or the last thing added ends a paragraph."""
        if not self._parts:
            return True
        return self._parts[-1].endswith("\n\n")

    def build(self) -> Text:
        return Text("".join(self._parts), self.source, self._clean or [0],
                    self._src or [0], self.scope)
