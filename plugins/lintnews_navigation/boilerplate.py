"""NAV001-NAV006: navigation and promo lines left inside the article text.

Each debris line is reported once, where it starts.  In plain text and
Markdown the fix removes the source line(s) (a navigation label together
with the title line under it, a share label with its buttons); HTML gets no
fix.  Removing text is never certain to be right, so every fix is ``unsafe``.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple, Iterator

from lintnews import Edit, Finding, Fix
from lintnews.patterns import compile_re

from . import patterns
from .titles import short

MAX_TITLE = 300  # longer text after a label is prose, not a linked title
MAX_BLOCK = 24  # share-block lines consumed after a share label


class Debris(NamedTuple):
    """One debris line found in a Text: what, where, and what a fix removes."""

    code: str
    message: str
    start: int  # span reported, in text.string
    end: int
    first_line: int  # index into text.lines of the lines the fix removes
    last_line: int
    label_only: bool = False  # fix removes [start, end) only (a glued label)
    rel: str | None = None  # NAV001/NAV002: "previous" or "next"
    title: tuple[int, int] | None = None  # span of the linked title, if any
    # the lines the fix removes: the start of the first, the start and end of the last
    removes: tuple[int, int, int] = (0, 0, 0)



def _starts_title(s: str) -> bool:
    """Whether text reads as the start of a title (not a sentence's continuation)."""
    return bool(s) and not patterns.sentence_start().match(s)


def rel_of(word: str) -> str:
    return "previous" if word.lower() in ("previous", "prev", "older") else "next"


def _next_nonblank(lines: list[tuple[int, int]], s: str, i: int, limit: int = 3) -> int | None:
    for j in range(i + 1, min(len(lines), i + 1 + limit)):
        a, b = lines[j]
        if s[a:b].strip():
            return j
    return None


def _is_any_label(line: str) -> bool:
    return bool(patterns.nav_label().match(line) or patterns.share_label().match(line)
                or patterns.ad_marker().fullmatch(line))


# First characters a debris line can start with (the first letters of the
# words of patterns.candidate_line, blanks, bullets and arrows): most prose
# lines are passed over after one set lookup.
_FIRST = frozenset("prnoaesmycPRNOAESMYC \t-*+•>«‹<←")


def find_debris(text) -> Iterator[Debris]:
    """Every debris line of ``text`` (a :class:`lintnews.text.Text`)."""
    s = text.string
    candidate = patterns.candidate_line()
    lines: _Lines | None
    if "\r" in s:  # "\r\n" and "\r" end a line too: every line of text.lines is tried
        spans = text.lines
        lines = _Lines(s, 0, [sp.start for sp in spans], [sp.end for sp in spans], len(spans))
        tried = zip(range(len(spans)), lines.starts, lines.ends)
    else:  # the lines from the first candidate on, split as they are read
        lines = None
        tried = _tried(s)
    skip_to = -1
    for i, start, end in tried:
        if i <= skip_to or end == start or s[start] not in _FIRST:
            continue
        a = start  # as lines[i] gives it: past leading blanks
        if s[a] in " \t":
            a = end - len(s[a:end].lstrip(" \t"))
        # (a positional False: concurrent=False, the GIL kept; as a keyword it costs
        # more to parse than the match)
        if a == end or candidate.match(s, a, end, False) is None:
            continue
        if lines is None:
            lines = _Lines(s, i, [start], [], -1)
        else:
            lines.reach(i, start)
        found = (_nav(s, lines, i) or _related(s, lines, i) or _share(s, lines, i)
                 or _ad(s, lines, i) or _source(s, lines, i))
        if found is not None:
            last = found.last_line
            yield found._replace(removes=(lines.start(found.first_line), lines.start(last),
                                          lines.end(last)))
            if not found.label_only:
                skip_to = found.last_line


@cache
def _line_hint() -> "re.Pattern":
    # A line break, then what patterns.candidate_line() matches after it, and a few
    # more: any run of its leading blanks, bullets and arrows (not at most three),
    # and each letter of its words as the letter in either case or any character
    # beyond ASCII: the only characters IGNORECASE may take for an ASCII letter are
    # those and some beyond ASCII (U+017F for s, U+212A for k).  So it finds every
    # line candidate_line() matches, and few others.  A literal first: re skips from
    # one line break to the next; the look-ahead turns most lines down at once.
    any_case = lambda c: f"[{c}{c.upper()}\\x80-\\U0010ffff]"  # noqa: E731
    by_first: dict[str, list[str]] = {}
    for word in patterns.CANDIDATE_WORDS:
        by_first.setdefault(word[0], []).append(word[1:])
    firsts = "".join(by_first)
    words = "|".join(any_case(first) + "(?:" + "|".join("".join(map(any_case, rest))
                                                        for rest in tails) + ")"
                     for first, tails in by_first.items())
    return compile_re(r"\n[ \t\-*+•>«‹<←]*(?=[" + firsts + firsts.upper()
                      + r"\x80-\U0010ffff])(?:" + words + ")")


def _tried(s: str) -> Iterator[tuple[int, int, int]]:
    """(index, start, end) of the lines of ``s`` (no "\r" in it) that
    patterns.candidate_line() could match: the first line, and those
    _line_hint() finds; the others are never read."""
    end = s.find("\n")
    yield 0, 0, end if end >= 0 else len(s)
    index = 0
    counted = 0  # line breaks before this offset are counted in index
    count = s.count
    find = s.find
    for m in _line_hint().finditer(s):
        at = m.start() + 1
        index += count("\n", counted, at)
        counted = at
        end = find("\n", at)
        yield index, at, end if end >= 0 else len(s)


class _Lines:
    """``lines[i]`` is line i's (start, end), its start moved past leading blanks.

    The lines are those of ``text.lines`` (their indexes go into Debris).  A text with
    no carriage return is split on "\n" from line ``first`` on (the candidate line:
    debris and what it reads lie after it), as far as it is read: splitting every
    line of every article was most of this plugin's time."""

    __slots__ = ("s", "first", "starts", "ends", "count")

    def __init__(self, s: str, first: int, starts: list[int], ends: list[int],
                 count: int) -> None:
        self.s = s
        self.first = first  # starts[k], ends[k]: line first + k
        self.starts = starts
        self.ends = ends
        self.count = count  # -1 until asked: "\n" is then counted

    def __len__(self) -> int:
        if self.count < 0:
            self.count = self.s.count("\n") + 1
        return self.count

    def reach(self, i: int, start: int) -> None:
        """Line ``i`` starts at ``start``: split from there on, if not yet split so far
        (no line before it is read again)."""
        if i - self.first >= len(self.ends):
            self.first = i
            self.starts = [start]
            self.ends = []

    def _at(self, i: int) -> int:
        k = i - self.first
        ends = self.ends
        if k >= len(ends):  # split on: ends[k] and starts[k + 1]
            s = self.s
            starts = self.starts
            while len(ends) <= k:
                end = s.find("\n", starts[-1])
                if end < 0:
                    end = len(s)
                ends.append(end)
                starts.append(end + 1)
        return k

    def start(self, i: int) -> int:
        return self.starts[self._at(i)]

    def end(self, i: int) -> int:
        return self.ends[self._at(i)]

    def __getitem__(self, i: int) -> tuple[int, int]:
        k = self._at(i)
        a, b = self.starts[k], self.ends[k]
        if b > a and self.s[a] in " \t":
            a = b - len(self.s[a:b].lstrip(" \t"))
        return a, b


def _line_end(s: str, a: int, b: int) -> int:
    while b > a and s[b - 1].isspace():
        b -= 1
    return b


def _title_after(s: str, lines, i: int) -> tuple[tuple[int, int] | None, int]:
    """The title line under a lone navigation label, if the next line reads as one:
    its span and line index, else ``(None, i)``."""
    j = _next_nonblank(lines, s, i)
    if j is None:
        return None, i
    ta, tb = lines[j]
    raw = s[ta:tb]
    cand = raw.strip()
    if (not cand or len(cand) > MAX_TITLE or not _starts_title(cand) or _is_any_label(raw)
            or patterns.related_label().match(raw) or patterns.not_a_title().match(cand)
            or cand.endswith((".", ":", ",")) or len(cand.split()) < 2):
        return None, i
    # A title stands alone: a blank line, another label or the end follows it.
    if j + 1 < len(lines):
        na, nb = lines[j + 1]
        after = s[na:nb]
        if after.strip() and not _is_any_label(after):
            return None, i
    off = ta + (len(raw) - len(raw.lstrip()))
    return (off, off + len(cand)), j


def _split_nav(s: str, lines, i: int) -> Debris | None:
    """ "Previous" on one line and "Story" on the next, as some page layouts break it."""
    first, second = patterns.nav_split()
    a, b = lines[i]
    m = first.fullmatch(s, a, b)
    if m is None or i + 1 >= len(lines) or not m["dir"][0].isupper():
        return None
    c, d = lines[i + 1]
    if second.fullmatch(s, c, d) is None:
        return None
    label = " ".join(s[a:d].split())
    title, last = _title_after(s, lines, i + 1)
    return Debris("NAV001", f'Navigation line "{short(label)}" left in the article text',
                  m.start("dir"), _line_end(s, c, d), i, max(last, i + 1),
                  rel=rel_of(m["dir"]), title=title)


def _nav(s: str, lines, i: int) -> Debris | None:
    a, b = lines[i]
    m = patterns.nav_label().match(s, a, b)
    if m is None:
        return _split_nav(s, lines, i)
    rest = m["rest"].rstrip()
    label = m["label"]
    rel = rel_of(m["dir"])
    end = _line_end(s, a, b)
    if not rest:
        # A label alone: the linked title usually stands on the next line.
        title, last = (None, i) if m["plural"] else _title_after(s, lines, i)
        return Debris("NAV001", f'Navigation line "{short(label)}" left in the article text',
                      m.start("label"), end, i, last, rel=rel, title=title)
    if m["plural"] or len(rest) > MAX_TITLE or not _starts_title(rest):
        return None
    title = (m.start("rest"), m.start("rest") + len(rest))
    if m["sep"] == "":
        first = rest[0]
        if not (first.isupper() or first.isdigit() or first in "\"'‘“«"):
            return None
        return Debris("NAV002",
                      f'Navigation label "{label}" glued to a title ("{short(rest, 50)}")',
                      m.start("label"), end, i, i, rel=rel, title=title)
    if not (label[0].isupper() or m["sep"].strip()):
        return None
    return Debris("NAV001", f'Navigation line "{short(label)}" left in the article text',
                  m.start("label"), end, i, i, rel=rel, title=title)


_TWO_WORD_GLUE = {"articles", "stories", "links", "coverage", "posts"}


def _related(s: str, lines, i: int) -> Debris | None:
    a, b = lines[i]
    m = patterns.related_label().match(s, a, b)
    if m is None:
        return None
    label = " ".join(m["label"].split())
    if not label[0].isupper():
        return None
    rest = m["rest"].rstrip()
    punct = m["sep"].strip()
    key = label.lower()
    alone = not rest
    if key.startswith(("more stories", "you may", "recommended")):
        ok = alone
    elif key == "read more":
        ok = alone or (":" in punct or "|" in punct) and _starts_title(rest)
    elif key in ("read also", "also read"):
        ok = alone or (bool(punct) or label.isupper()) and _starts_title(rest)
    elif key == "see also":
        ok = alone or bool(punct) and _starts_title(rest)
    elif m["noun"]:  # "Related Articles", "Related Coverage <title>"
        ok = (alone or bool(punct) and _starts_title(rest)
              or m["noun"].lower() in _TWO_WORD_GLUE and rest[:1].isupper())
    else:  # "Related" alone, or "RELATED: <title>"
        ok = alone or bool(punct) and punct[0] in ":|" and _starts_title(rest)
    if not ok or len(rest) > MAX_TITLE:
        return None
    shown = label + (":" if ":" in punct else "")
    return Debris("NAV003", f'Promo line "{shown}" left in the article text',
                  m.start("label"), _line_end(s, a, b), i, i)


def _share(s: str, lines, i: int) -> Debris | None:
    a, b = lines[i]
    m = patterns.share_label().match(s, a, b)
    if m is None:
        return None
    label = " ".join(m["label"].split())
    rest = m["rest"].strip()
    specific = label.lower().startswith(("click", "share on", "share with", "share via",
                                         "share this on", "share this with", "share this via"))
    if rest and not specific:
        return None  # "Share: 12%" is a table row, not a button
    msg = f'Share buttons ("{short(label, 40)}") left in the article text'
    if rest:  # "Share on Pinterest High blood pressure is…": the label glued to a caption
        return Debris("NAV004", msg, m.start("label"), m.start("rest") + (
            len(m["rest"]) - len(m["rest"].lstrip())), i, i, label_only=True)
    last = i
    j = i + 1
    while j < len(lines) and j <= i + MAX_BLOCK:
        ja, jb = lines[j]
        line = s[ja:jb]
        if line.strip():
            mm = patterns.share_label().match(line)
            if not (patterns.share_button().fullmatch(line)
                    or mm is not None and not mm["rest"].strip()):
                break
            last = j
        j += 1
    return Debris("NAV004", msg, m.start("label"), _line_end(s, a, b), i, last)


def _ad(s: str, lines, i: int) -> Debris | None:
    a, b = lines[i]
    m = patterns.ad_marker().fullmatch(s, a, b)
    if m is None:
        return None
    return Debris("NAV005",
                  f'Advertisement marker "{short(m["label"], 50)}" left in the article text',
                  m.start("label"), _line_end(s, a, b), i, i)


def _source(s: str, lines, i: int) -> Debris | None:
    a, b = lines[i]
    m = patterns.source_credit().match(s, a, b)
    if m is None or not m["label"][0].isupper():
        return None
    rest = m["rest"].strip()
    label = " ".join(m["label"].split())
    if label.lower() == "source link":
        if rest:
            return None
    elif not rest or len(rest.split()) > 6 or rest.endswith((".", "?", "!")):
        return None  # "Source by source, the audit…" is prose
    return Debris("NAV006",
                  f'Scraper credit "{short(label + " " + rest)}" left in the article text',
                  m.start("label"), _line_end(s, a, b), i, i)


def to_finding(document, text, d: Debris) -> Finding:
    """The finding for one debris line, with its removal fix.

    In plain text and Markdown the fix deletes the source lines; a label
    glued to a caption loses the label only.  In HTML no fix is offered:
    the text runs across markup that a deletion would break.
    """
    finding = document.finding(d.code, d.message, text, d.start, d.end)
    if document.format == "html":
        return finding
    if d.label_only:
        return document.finding(d.code, d.message, text, d.start, d.end, replacement="",
                                fix_message="Remove the label", applicability="unsafe")
    src = document.source
    first_start, last_start, last_end = d.removes
    first, _ = text.position(first_start)
    last, _ = text.position(max(last_start, last_end - 1))
    if last < src.line_count:
        edit = Edit(first, 1, last + 1, 1, "")
    else:
        ls, le = src.line_span(last)
        edit = Edit(first, 1, last, le - ls + 1, "")
    message = "Remove the line" if first == last else f"Remove lines {first}-{last}"
    fix = Fix(message, (edit,), "unsafe")
    return Finding(finding.path, finding.line, finding.col, d.code, d.message,
                   finding.end_line, finding.end_col, fix=fix)
