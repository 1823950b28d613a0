"""PH001: template variables left unfilled ([author_name], {{title}}, %AUTHOR%...)."""
from __future__ import annotations

from functools import cache
from typing import Iterator

import regex

from lintnews.patterns import compile as _compile

# What a square-bracketed slot says when it is a template's and not an editor's
# insertion in a quote: "[Name]", "[E-mail address]", "[Your name]".
_QUALIFIERS = (r"first|last|full|your|author(?:'s|’s)?|reporter(?:'s|’s)?|writer(?:'s|’s)?|"
               r"contact|media\s+contact|press\s+contact|company|client|customer|"
               r"organi[sz]ation|spokes(?:person|man|woman)|job|insert|add|enter|date\s+of|"
               r"publication|release|event|city|partner|product|brand")
_HEADS = (r"name|names|e-?mail(?:\s+address)?|mail\s+address|phone(?:\s+number)?|"
          r"telephone(?:\s+number)?|mobile(?:\s+number)?|fax(?:\s+number)?|"
          r"(?:job\s+)?title|headline|sub-?headline|date|company|organi[sz]ation|"
          r"city|state|country|address|website|web\s+address|url|quote|"
          r"amount|age|location|position|byline|author|reporter|contact|spokes(?:person|man|woman)|"
          r"photo\s+credit|caption|time|day|month|year|number")
_UPPER_SLOTS = (r"NAME|NAMES|INSERT|ADD|DATE|TITLE|QUOTE|HEADLINE|URL|LINK|E-?MAIL|PHONE|"
                r"NUMBER|CITY|COMPANY|AGE|PLACEHOLDER|FIGURE|AMOUNT|LOCATION|XX+|PHOTO|"
                r"IMAGE|CAPTION|BYLINE|AUTHOR|HERE|SOURCE|TEXT|COPY")


@cache
def _pattern() -> regex.Pattern:
    ident = r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+"       # author_name, AUTHOR_NAME
    lower_ident = r"[a-z][a-z0-9]+(?:_[a-z0-9]+)*"            # author, author_name
    upper_ident = r"[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)*"            # AUTHOR, AUTHOR_NAME
    paren = r"(?:\s*\([^()\[\]\n]{1,60}\))?"
    square = (
        r"(?<![!\]\w])\[[ \t]*(?:"
        rf"{ident}"
        rf"|(?P<slot>(?i:(?:(?:{_QUALIFIERS})\s+)?(?:{_HEADS})){paren})"
        r"|(?i:insert|enter|fill\s+in|paste|add)\s+[^\[\]\n]{1,80}?"
        rf"|(?:[A-Z][A-Z'’-]*\s+)*(?:{_UPPER_SLOTS})(?:\s+[A-Z][A-Z'’-]*)*"
        r")[ \t]*\](?![(\[:])"
    )
    curly = (
        r"\{\{\{?\s*[A-Za-z_][\w.]*\s*\}\}\}?"                  # {{title}}, {{{title}}}
        rf"|(?P<single>(?<![\w\\{{}}$#])\{{(?:{lower_ident}|{upper_ident})\}}(?!\}}))"  # {author}
    )
    percent = r"(?<![\w%])%[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*%(?![\w%])"
    angle = (
        rf"<<\s*(?:{upper_ident}(?:\s+{upper_ident})*|{ident})\s*>>"
        r"|(?<!<)<(?:X{2,}|NAME|AUTHOR|(?i:insert)\s+[^<>\n]{1,60})>(?!>)"
    )
    dollar = (
        r"(?<![\w$])\$\{[A-Za-z_]\w*\}"
        r"|(?<![\w$])\$[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b"
        r"|(?<![\w$])\$(?:NAME|AUTHOR|TITLE|DATE|CITY|HEADLINE|BYLINE)\b"
    )
    return _compile("|".join(f"(?:{p})" for p in (square, curly, percent, angle, dollar)))


# Words that make a bracket an editorial note (PH005) or a to-come mark (PH002):
# those rules report them, not this one.
@cache
def _not_ours() -> "regex.Pattern":
    return _compile(r"\[\s*(?:TK|TKTK|TBD|TBC|TODO|FIXME|NTD|CONFIRM|CHECK|VERIFY)\b")
_TRIGGERS = frozenset("[{%<$")


def _starts(string: str) -> list[int]:
    """Where a match of _pattern() can start, in order: "[", "{" or "<", "%" before an
    ASCII letter, "$" before "{" or a capital (every alternative of _pattern() starts
    so).  Rare in prose ("5% of" is no start): each is found with str.find, only for
    the characters the text holds, where a re scan from a character class tested the
    class at every character."""
    found: list[int] = []
    find = string.find
    for char in "[{<":
        at = find(char)
        while at >= 0:
            found.append(at)
            at = find(char, at + 1)
    for char, after in (("%", _LETTERS), ("$", _AFTER_DOLLAR)):
        at = find(char)
        while at >= 0:
            if string[at + 1:at + 2] in after:
                found.append(at)
            at = find(char, at + 1)
    found.sort()
    return found


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_AFTER_DOLLAR = frozenset("{ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _matches(string: str) -> Iterator["regex.Match"]:
    """What _pattern().finditer(string) gives, tried only where a match can start:
    the regex scan of its five alternatives was most of this rule's time."""
    match = _pattern().match
    pos = 0
    for at in _starts(string):
        if at < pos:
            continue
        # its look-behinds see the text before, as in a scan; (None, False): endpos and
        # concurrent=False by position (as a keyword it costs more to parse than a match)
        m = match(string, at, None, False)
        if m is not None:
            yield m
            pos = m.end()


def find_template_variables(string: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, variable) for every unfilled template slot in ``string``."""
    if not any(c in string for c in _TRIGGERS):
        return
    for m in _matches(string):
        if _not_ours().match(m[0]):
            continue
        if m["slot"] and _name_after().match(string, m.end()):
            continue  # "by [first author] Price": an editor's insertion before a name
        if m["single"] and _code_line().search(_line(string, m.start())):
            continue  # --template '{rev}:{node|short}': documentation of a template
        yield m.start(), m.end(), m[0]


@cache
def _name_after() -> "regex.Pattern":
    return _compile(r"[ \t]+\p{Lu}\p{Ll}")
@cache
def _code_line() -> "regex.Pattern":
    return _compile(r"^\s*[$#>%]\s|\s--?\w|\\n|\{\w+\||[=;]\s*['\"]?\{")


def _line(string: str, index: int) -> str:
    """The line around ``index``, or 200 characters either side of a very long one."""
    start = string.rfind("\n", max(0, index - 200), index) + 1 or max(0, index - 200)
    end = string.find("\n", index, index + 200)
    return string[start:end if end >= 0 else index + 200]
