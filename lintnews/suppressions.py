"""Suppression comments, the same in Markdown, HTML and plain text.

* ``<!-- lintnews: disable PH001,NAV -->`` ... ``<!-- lintnews: enable -->``
  (codes or prefixes; none means every code; ``enable CODE`` ends one);
* ``<!-- lintnews: disable-next-line PH001 -->`` for the next non-blank line;
* front matter ``lintnews: {disable: [PH001]}`` for the whole file.

A suppression that suppresses nothing is reported as ``LN101``, one that
names an unknown code as ``LN102``.
"""
from __future__ import annotations

from .patterns import compile as _compile
from .finding import Finding
from .text import Source

COMMENT_RE = _compile(
    r"<!--\s*lintnews:\s*(?P<verb>disable-next-line|disable|enable)\b(?P<codes>[^>]*?)\s*-->")
_CODE_ITEM = _compile(r"[A-Za-z0-9]+")


class Suppression:
    """One suppression: its codes (empty for all) from ``first`` to ``last``.

    ``first`` and ``last`` are (line, column) positions, inclusive: a block
    starts where its comment ends and stops where ``enable`` begins, so two
    blocks can share a line of HTML. ``used`` collects the codes it suppressed.
    """

    __slots__ = ("codes", "first", "last", "line", "col", "end_col", "text", "used")

    def __init__(self, codes: tuple[str, ...], first: tuple[int, int], last: tuple[int, int],
                 line: int, col: int, end_col: int, text: str) -> None:
        self.codes = codes
        self.first = first
        self.last = last
        self.line = line
        self.col = col
        self.end_col = end_col
        self.text = text
        self.used: set[str] = set()

    def __repr__(self) -> str:
        return f"Suppression({self.text!r}, lines {self.first}-{self.last})"

    def covers(self, finding: Finding) -> bool:
        if not self.first <= (finding.line, finding.col) <= self.last:
            return False
        if not self.codes:
            return True
        return any(finding.code.startswith(c) for c in self.codes)


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c.upper() for c in _CODE_ITEM.findall(text.replace(",", " ")))


def parse_comments(source: Source) -> list[Suppression]:
    text = source.text
    if "lintnews:" not in text:
        return []
    result: list[Suppression] = []
    open_: list[Suppression] = []
    last_line = source.line_count
    end_of_file = (last_line + 1, 1)
    for m in COMMENT_RE.finditer(text):
        line, col = source.position(m.start())
        end_line, end_col = source.position(m.end())
        codes = _codes(m["codes"])
        verb = m["verb"]
        if verb == "disable-next-line":
            target = end_line + 1
            while target <= last_line:
                s, e = source.line_span(target)
                if text[s:e].strip():
                    break
                target += 1
            result.append(Suppression(codes, (target, 1), (target, 10**9), line, col, end_col, m[0]))
        elif verb == "disable":
            sup = Suppression(codes, (end_line, end_col), end_of_file, line, col, end_col, m[0])
            result.append(sup)
            open_.append(sup)
        else:  # enable
            for sup in list(open_):
                if not codes or (sup.codes and set(sup.codes) <= set(codes)):
                    sup.last = (line, col)
                    open_.remove(sup)
                elif sup.codes and set(codes) & set(sup.codes):
                    sup.last = (line, col)
                    open_.remove(sup)
    return result


def front_matter_suppression(value: object, line: int, col: int, source: Source) -> Suppression | None:
    """The whole-file suppression of front matter ``lintnews: {disable: [...]}``."""
    if not isinstance(value, dict):
        return None
    codes = value.get("disable")
    if isinstance(codes, str):
        codes = [codes]
    if not isinstance(codes, list):
        return None
    return Suppression(tuple(str(c).upper() for c in codes), (1, 1), (source.line_count + 1, 1),
                       line, col, col, f"lintnews: {{disable: {codes}}}")


def apply(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """Drop suppressed findings, marking which suppression codes were used."""
    if not suppressions:
        return findings
    kept = []
    for finding in findings:
        hit = False
        for sup in suppressions:
            if sup.covers(finding):
                hit = True
                sup.used.add(finding.code)
        if not hit:
            kept.append(finding)
    return kept
