"""Prose with exact source positions.

A :class:`Source` is the decoded file.  A :class:`Text` is prose taken from
it (an article body with markup removed, or one front-matter field): a plain
string for checks to search, plus a map from every character back to its
offset in the source, so that a finding points at the original file even in
Markdown and HTML.  Columns count Unicode code points from 1.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from collections import namedtuple

import regex

from .patterns import compile as _compile

_NEWLINE = _compile(r"\r\n|\r|\n")
_PARA_BREAK = _compile(r"\n[ \t]*\n\s*")
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
                 "_sentences", "_lines", "_starts", "_para_sentences", "_marks")

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
        self._starts: dict[str, list[int]] = {}
        self._para_sentences: dict[int, list[Span]] = {}  # by paragraph start
        self._marks: list[int] | None = None  # see _sentence_marks

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
            spans = []
            start = 0
            s = self.string
            # (overlapped=False, concurrent=False: the GIL is kept, cheaper)
            for m in _PARA_BREAK.finditer(s, 0, None, False, False):
                end = m.start()
                # most paragraphs have no space at either end: no copy to strip
                if end > start and not s[start].isspace() and not s[end - 1].isspace():
                    spans.append(Span(start, end))
                else:
                    spans.append(_strip(s, start, end))
                start = m.end()
            spans.append(_strip(s, start, len(s)))
            self._paragraphs = [sp for sp in spans if sp.end > sp.start]
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
        found = self._para_sentences.get(para.start)
        if found is not None:
            return found
        spans = []
        s = self.string
        start = para.start
        end = para.end
        # ``_SENT_END.finditer(s, para.start, end)``, tried only at the marks
        # that can open a match (see _sentence_marks): one that ends the
        # paragraph or is followed by a letter or digit cannot (the pattern
        # needs white space after the marks and quotes that follow it)
        marks = self._marks if self._marks is not None else self._sentence_marks()
        match = _SENT_END.match
        taken = start
        for i in marks[bisect_left(marks, start):bisect_left(marks, end)]:
            if i < taken or i + 1 >= end or s[i + 1].isalnum():
                continue
            m = match(s, i, end, False)  # (concurrent=False, passed positionally: cheaper)
            if m is None:
                continue
            taken = m.end()
            # a sentence ends on its mark or closing quote, and the next
            # starts after the white space the look-ahead captured
            spans.append(Span(start, taken) if not s[start].isspace()
                         else _strip(s, start, taken))
            start = m.end(1)
        spans.append(_strip(s, start, para.end) if s[start:start + 1].isspace()
                     else Span(start, para.end))
        found = self._para_sentences[para.start] = [sp for sp in spans if sp.end > sp.start]
        return found

    def _sentence_marks(self) -> list[int]:
        """The offsets of every ".", "!" and "?" of the string, in order:
        where a match of ``_SENT_END`` can start.

        Scanning a paragraph with ``_SENT_END`` costs the ``regex`` engine a
        test of the class ``[.!?]`` at every character (about eighty
        instructions each); the full stops are found here at once from the
        lengths of the pieces between them (C-level), and the rarer "!" and
        "?" with ``str.find``.  ``_SENT_END.match`` at a mark sees the same
        string and end as the scan (the ``regex`` module lets a look-behind
        see before ``pos``), so it finds what the scan finds there."""
        s = self.string
        # -1, then each full stop's offset, then len(s)
        marks = list(accumulate(map((1).__add__, map(len, s.split("."))), initial=-1))
        del marks[0], marks[-1]
        find = s.find
        for mark in "!?":
            i = find(mark)
            if i >= 0:
                while i >= 0:
                    marks.append(i)
                    i = find(mark, i + 1)
                marks.sort()
        self._marks = marks
        return marks

    def paragraph_at(self, index: int) -> Span | None:
        """The paragraph holding character ``index`` (a binary search), or None."""
        return self._containing("paragraphs", self.paragraphs, index)

    def sentence_at(self, index: int) -> Span | None:
        """The sentence holding character ``index``, or None.

        Only the paragraph holding ``index`` is split into sentences (once), so
        a check that needs the sentences of a few places (those holding a
        figure, say) does not pay for splitting the whole text.  The spans
        are those of :attr:`sentences`, the same objects.
        """
        para = self.paragraph_at(index)
        if para is None:
            return None
        spans = self._sentences_of(para)
        if len(spans) == 1:
            sp = spans[0]
            return sp if sp.start <= index < sp.end else None
        i = bisect_right(spans, index, key=_span_start) - 1
        if i >= 0 and spans[i].start <= index < spans[i].end:
            return spans[i]
        return None

    def _containing(self, name: str, spans: list[Span], index: int) -> Span | None:
        starts = self._starts.get(name)
        if starts is None:
            starts = self._starts[name] = [sp.start for sp in spans]
        i = bisect_right(starts, index) - 1
        if i >= 0 and spans[i].start <= index < spans[i].end:
            return spans[i]
        return None


def _span_start(span: Span) -> int:
    return span.start


def _strip(s: str, start: int, end: int) -> Span:
    """``[start, end)`` without white space at either end (``str.isspace``'s)."""
    piece = s[start:end]
    left = piece.lstrip()
    start += len(piece) - len(left)
    return Span(start, start + len(left.rstrip()))


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

    def add_paragraphs(self, spans: "list[tuple[int, int]]") -> None:
        """Add each source span ``(start, end)`` as a paragraph of its own: what
        ``insert("\\n\\n")``, unless the text so far ends a paragraph, then
        ``add(start, end)`` give for each, in one call (Markdown articles are
        mostly such paragraphs, and the calls were a fifth of parsing them)."""
        text = self.source.text
        parts, clean, src = self._parts, self._clean, self._src
        length = self._length
        last_end = self._last_src_end
        for start, end in spans:
            if parts and not parts[-1].endswith("\n\n"):
                clean.append(length)
                src.append(-1)
                parts.append("\n\n")
                length += 2
                last_end = -1
            if end <= start:
                continue
            if last_end != start or not src or src[-1] < 0:
                clean.append(length)
                src.append(start)
            parts.append(text[start:end])
            length += end - start
            last_end = end
        self._length = length
        self._last_src_end = last_end

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
