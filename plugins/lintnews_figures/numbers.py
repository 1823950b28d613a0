"""Numerals in prose, read as quantities with an interval.

``find_quantities(string, start, end)`` yields every :class:`Quantity` in a
slice of text: digits with thousands separators ("6,500", European "6.500"),
number words ("seven", "two dozen", "a hundred"), scales ("4m", "$1.2bn",
"four million"), percentages and money.  A hedge before or after the
number ("at least", "more than", "about", "nearly", "up to", "or more")
turns the value into an interval, and so does rounding: a bare "300" stands
for anything from 250 to 350, "71" only for 71.

Years, times, ordinals, scores, ages, model numbers and vague plurals
("hundreds of") are not quantities and are skipped.
"""
from __future__ import annotations

from typing import NamedTuple

import math
from bisect import bisect_left
from operator import itemgetter
from functools import cache

import regex

from lintnews.patterns import compile as cached_compile

INF = math.inf


@cache
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled pattern, compiled once (on first use, not at import)."""
    return cached_compile(pattern, flags)

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
                "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
_SCALE_SUFFIX = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                 "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000,
                 "trn": 1_000_000_000_000}
_CURRENCY_SIGNS = {"$": "$", "us$": "$", "£": "£", "€": "€", "¥": "¥", "a$": "A$",
                   "c$": "C$", "hk$": "HK$", "r": "R"}
_CURRENCY_WORDS = {"dollars": "$", "dollar": "$", "pounds": "£", "pound": "£",
                   "sterling": "£", "euros": "€", "euro": "€", "yen": "¥"}

# Hedges: (low factor, high factor) applied to the value; None keeps rounding.
_BEFORE_HEDGES = [
    (r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|upwards\s+of", (1.0, INF)),
    (r"more\s+than|over|above|in\s+excess\s+of|greater\s+than|exceeding|just\s+over|well\s+over",
     (1.0, INF)),
    (r"about|around|approximately|roughly|some|an?\s+estimated|estimated|circa|c\.|"
     r"approx\.|almost\s+exactly|an?\s+approximate", (0.9, 1.1)),
    (r"nearly|almost|close\s+to|just\s+under|just\s+short\s+of|getting\s+on\s+for|"
     r"not\s+quite", (0.85, 1.0)),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|a\s+maximum\s+of|"
     r"less\s+than|fewer\s+than|under|below|no\s+more\s+than|not\s+more\s+than|"
     r"at\s+most", (0.0, 1.0)),
]
_AFTER_HEDGES = [
    (r"or\s+more|or\s+over|or\s+above|plus|-plus|\+", (1.0, INF)),
    (r"or\s+so|or\s+thereabouts|odd", (0.9, 1.1)),
    (r"or\s+(?:less|fewer|under)", (0.0, 1.0)),
]


class Quantity(NamedTuple):
    """A number found in text.

    :param value: the number as written ("6,500" -> 6500.0, "$1.2bn" -> 1.2e9).
    :param low: the smallest value the wording allows.
    :param high: the largest value the wording allows (``inf`` for "more than").
    :param unit: ``"%"``, a currency sign, or ``""`` for a count.
    :param start: offset of the numeral (after any currency sign) in the string.
    :param end: offset just past the numeral, its scale and unit.
    :param text: the numeral as written.
    :param hedged: whether a hedge word widened the interval.
    :param words: written in words ("seven") rather than digits.
    :param style: for digits, how thousands are separated: ``","``, ``"."``,
        ``" "`` or ``""`` (none); ``None`` for words or numbers under 1,000.
    :param is_range: a range such as "between 50 and 70".
    :param update: part of a change such as "rose from 50 to 71".
    """

    value: float
    low: float
    high: float
    unit: str
    start: int
    end: int
    text: str
    hedged: bool = False
    words: bool = False
    style: str | None = None
    is_range: bool = False
    update: bool = False

    def agrees(self, other: "Quantity") -> bool:
        """Whether the two intervals overlap (the same fact could be meant)."""
        return self.low <= other.high and other.low <= self.high

    def shown(self) -> str:
        return self.text


# ``Quantity`` with every field given, built as a plain tuple is (the
# namedtuple's own ``__new__`` is a Python function, a call per figure)
_new = tuple.__new__


_NUMBER_WORD = "|".join(sorted([*_UNITS, *_MULTIPLIERS], key=len, reverse=True))

# The hot patterns below are case-insensitive, but their look-arounds on a
# class of letters are written case-sensitively, ``(?-i:...)``: matched
# case-insensitively, a class holding ``\p{L}`` and more tries every case
# of the character against every member, which was a third of the
# instructions of a match of ``_number_re`` and over half of one of
# ``_not_quantity_after_re``.  No character has a case that is a digit or
# one of the marks, so the classes differ in one character only: U+0345,
# the combining ypogegrammeni, is no letter but folds to iota, and is
# listed instead (tests/plugins/test_figures_fastpaths.py checks every code
# point against the case-insensitive class).


@cache
def _number_re() -> regex.Pattern:
    return cached_compile(
        r"""
        (?-i:(?<![\p{L}\p{N}.,:/\-_#@\u0345]))
        (?P<cur>US\$|HK\$|A\$|C\$|\$|£|€|¥)?
        (?P<num>
            \d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,9})?(?!,?\d)
          | \d{1,3}(?:\.\d{3}){1,5}(?!\.?\d)(?!,\d)
          | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3}){1,5}(?!\d)
          | \d{1,15}(?:\.\d{1,9})?(?![\d.,]\d|\d)
        )
        (?:
            (?P<scale_suffix>bn|mn|mln|trn|tn|m|k)(?![\p{L}\p{N}])
          | \s?(?P<scale_word>million|billion|trillion|thousand)(?![\p{L}])
        )?
        (?P<pct>\s?%|\s(?:per\s?cent|percent)(?![\p{L}]))?
        (?P<curword>\s(?:dollars|pounds\s+sterling|pounds|euros|yen)(?![\p{L}]))?
        """,
        regex.VERBOSE | regex.VERSION1 | regex.IGNORECASE,
    )


@cache
def _word_number_re() -> regex.Pattern:
    word = rf"(?:{_NUMBER_WORD})"
    return cached_compile(
        rf"""
        (?-i:(?<![\p{{L}}\-\u0345]))
        (?P<cur>US\$|\$|£|€)?
        (?P<num>
            (?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?
            {word}(?:(?:\s*-\s*|(?<=hundred|thousand|million|billion)\s+and\s+|\s+)(?:{word}))*
        )
        (?-i:(?![\p{{L}}]))
        (?P<pct>\s(?:per\s?cent|percent)(?-i:(?![\p{{L}}])))?
        (?P<curword>\s(?:dollars|pounds|euros)(?-i:(?![\p{{L}}])))?
        """,
        regex.VERBOSE | regex.VERSION1 | regex.IGNORECASE,
    )


# Where a number word can start: the pieces ``bytes.find`` looks for in the
# lower-cased text, and the beginnings of the words before each piece.
# Most pieces open their words ("thirt" opens "thirteen" and "thirty"); a
# piece several words share ("illion", "even" of "seven" and "eleven")
# stands after their beginnings (each piece costs a pass over the text).
_OPENING_PIECES = ("one", "tw", "three", "four", "forty", "five", "fift", "six", "eight", "nine",
                   "ten", "thirt", "dozen", "hundred", "thousand")
_INNER_PIECES = (("illion", ("m", "b", "tr")), ("even", ("s", "el")))
assert all(any(w.startswith(p) for p in _OPENING_PIECES)
           or any(w.startswith(h + p) for p, heads in _INNER_PIECES for h in heads)
           for w in [*_UNITS, *_MULTIPLIERS])
# the words an article may open a candidate before ("a hundred"), by their
# first letters up to the end of their piece
_ARTICLE_HEADS = frozenset(["dozen", "hundred", "thousand", "million", "billion"])
# (piece, whether an article may stand before its word)
_OPENING_PIECES_BYTES = tuple((p.encode("ascii"), p in _ARTICLE_HEADS) for p in _OPENING_PIECES)
# (piece, (the byte before it, the word's beginning, its length, whether an
# article may stand before the word) for each beginning)
_INNER_PIECES_BYTES = tuple(
    (p.encode("ascii"), tuple((ord(h[-1]), h.encode("ascii"), len(h), h + p in _ARTICLE_HEADS)
                              for h in heads))
    for p, heads in _INNER_PIECES)
_LOWER_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz")
# ASCII bytes of the lower-cased text that are no letter (but "?", which
# stands for any character outside Latin-1)
_NO_LETTER_BYTES = frozenset(range(128)) - _LOWER_BYTES - {63}


@cache
def _word_candidate_re() -> regex.Pattern:
    return cached_compile(rf"(?i)\b(?:an?\s+(?=dozen|hundred|thousand|million|billion)|"
                         rf"(?:US)?[$£€](?=[a-z])|{_NUMBER_WORD})\b")


@cache
def _hedge_before_re() -> list[tuple[regex.Pattern, tuple[float, float]]]:
    # each kind of hedge alone (``_Patterns.any_hedge_before`` is what the
    # plugin searches; the tests hold it to these).
    # REVERSE: these are anchored at the end, so search from there
    return [(cached_compile(rf"(?:^|[^\p{{L}}])(?:{pat})\s*$", regex.IGNORECASE | regex.REVERSE), f)
            for pat, f in _BEFORE_HEDGES]


@cache
def _hedge_after_re() -> list[tuple[regex.Pattern, tuple[float, float]]]:
    return [(cached_compile(rf"^\s*(?:{pat})(?![\p{{L}}])", regex.IGNORECASE), f)
            for pat, f in _AFTER_HEDGES]


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|"
           "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")


@cache
def _not_quantity_after_re() -> regex.Pattern:
    # what, right after a numeral, shows it is not a count: times, ordinals,
    # scores, ages, identifiers, dates, fractions, ratios
    return cached_compile(
        r"""^(?:
            [:/]\d | -\d | –\d | —\d
          | (?:st|nd|rd|th)\b
          | s\b                          # the 1990s
          | (?-i:[\p{L}\p{N}_\u0345])    # 3G, 4x4, MP3 style identifiers
          | -year-old | -years?-old | \s+years?\s+old | -(?:month|week|day)-old
          | \s*(?:am|pm|a\.m\.|p\.m\.|gmt|bst|cet|est|pst|utc)\b
          | \s+(?:""" + _MONTHS + r""")\b
          | \s*-\s*(?:year|month|week|day|hour|minute|second|mile|metre|meter|foot|yard|kilometre|km)s?\b
        )""",
        regex.VERBOSE | regex.VERSION1 | regex.IGNORECASE,
    )


# words after which a numeral names a thing (flight 447, Windows 2000,
# aged 85) rather than counting
_NAMING_WORDS = """no nos number nr flight route room page pages chapter section article
    version model windows series league division level grade stage phase class category
    platform gate channel track clause paragraph rule resolution box suite apartment episode
    volume vol figure fig table item exhibit highway interstate mark mk type code pin ref
    aged age ages score scored boeing airbus ftse dax nikkei cac formula""".split()


@cache
def _not_quantity_before_re() -> regex.Pattern:
    return cached_compile(
        r"""(?:
            \b(?:""" + "|".join(_NAMING_WORDS) + r""")\.?\s*$
          | \b(?:""" + _MONTHS + r""")\.?\s*$
          | \#\s*$
        )""",
        regex.VERBOSE | regex.VERSION1 | regex.IGNORECASE | regex.REVERSE,
    )


_NAMING_OR_MONTH = frozenset([*_NAMING_WORDS, *_MONTHS.split("|")])
# the last word of each hedge before a number ("at least" -> "least")
_HEDGE_LAST_WORDS = frozenset("""least than of over above exceeding about around approximately
    roughly some estimated circa exactly approximate nearly almost to under for quite as
    below most""".split())
# the first word of each form of ``_not_quantity_after_re`` that opens with a space
# for each last word of a hedge before a number that is no hedge alone, the
# words that may stand before it ("up to", "more than")
_HEDGE_WORD_BEFORE = {
    "least": frozenset(["at"]), "most": frozenset(["at"]), "quite": frozenset(["not"]),
    "than": frozenset(["fewer", "less", "more", "greater"]),
    "of": frozenset(["upwards", "excess", "minimum", "maximum", "short"]),
    "exactly": frozenset(["almost"]), "approximate": frozenset(["a", "an"]),
    "to": frozenset(["close", "up"]), "for": frozenset(["on"]),
    "as": frozenset(["many", "much", "high"]),
}
_NOT_AFTER_WORDS = frozenset(["year", "years", "am", "pm", "a", "p", "gmt", "bst", "cet", "est",
                              "pst", "utc", *_MONTHS.split("|")])
_HEDGE_AFTER_OPENERS = frozenset("oOpP-+")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _last_word(text: str) -> str | None:
    """The run of ASCII letters that ends ``text``, lower-cased ("" when
    ``text`` does not end in one), or None when a letter that is not ASCII
    touches the run or ends ``text``.

    The callers' patterns match their words case-insensitively, and a few
    letters outside ASCII fold to ASCII letters ("\u0130", "\u017f",
    "\u212a", and in full case-folding "\u00df" or "\ufb01"): with None
    they ask the pattern.  No character but a letter folds to one.
    """
    word = text.rpartition(" ")[2]
    if word.isascii() and word.isalpha():
        return word.lower()  # (most often the word after the last space)
    n = len(text)
    i = len(text.rstrip(_ASCII_LETTERS))
    if i and not text[i - 1].isascii() and text[i - 1].isalpha():
        return None
    if i == n:
        return "" if not n or text[-1].isascii() or not text[-1].isalpha() else None
    return text[i:].lower()


def _may_name_before(before: str) -> bool:
    """False when ``P.not_before.search(before)`` surely fails: the pattern
    needs ``before`` to end in one of its words or "#", then an optional full
    stop and space (every ``\\s`` is ``str.isspace``)."""
    t = before.rstrip()
    if t.endswith("#") or t.endswith("#."):
        return True
    if t.endswith("."):
        t = t[:-1]
    word = _last_word(t)
    return word is None or word in _NAMING_OR_MONTH


def _may_hedge_before(before: str) -> bool:
    """False when ``P.any_hedge_before.search(before)`` surely fails: every
    hedge ends in one of ``_HEDGE_LAST_WORDS`` (a letter or a start of text
    before it), or is "c." or "approx.", then space."""
    t = before.rstrip()
    if t.endswith("."):
        word = _last_word(t[:-1])
        return word is None or word in ("c", "approx")
    # (``_last_word(t)``, its commonest case here)
    word = t.rpartition(" ")[2]
    if word.isascii() and word.isalpha():
        word = word.lower()
    else:
        word = _last_word(t)
        if word is None:
            return True
    if word not in _HEDGE_LAST_WORDS:
        return False
    words_before = _HEDGE_WORD_BEFORE.get(word)
    if words_before is None:
        return True  # a hedge alone ("about", "over")
    # "to", "of", "than", "as", "for" end a hedge only after one of a few
    # words and space: most figures after them are not hedged
    rest = t[:len(t) - len(word)]
    if not rest:
        return False
    if not rest[-1].isspace():
        return not rest[-1].isascii()  # (what else regex calls space: it says)
    word = _last_word(rest.rstrip())
    return word is None or word in words_before


def _digits_value(num: str, style_hint_dot_thousands: bool,
                  P: "_Patterns | None" = None) -> tuple[float, str | None, int]:
    """Value, separator style, and the number of significant decimal places
    (negative for trailing zeros of an integer)."""
    if "," in num:
        intpart, _, frac = num.partition(".")
        value = float(intpart.replace(",", "") + ("." + frac if frac else ""))
        return value, ",", _precision(intpart.replace(",", ""), frac)
    for sep in ("\u00a0", "\u202f", "\u2009"):
        if sep in num:
            digits = num.replace(sep, "")
            return float(digits), " ", _precision(digits, "")
    if num.count(".") >= 2 or (style_hint_dot_thousands
                               and (P or _patterns()).dot_thousands.fullmatch(num, 0, None, False)):
        digits = num.replace(".", "")
        return float(digits), ".", _precision(digits, "")
    intpart, _, frac = num.partition(".")
    style = "" if not frac and len(intpart) >= 4 else None
    return float(num), style, _precision(intpart, frac)


def _precision(intpart: str, frac: str) -> int:
    if frac:
        return len(frac)
    stripped = intpart.rstrip("0")
    if not stripped:
        return 0
    return -(len(intpart) - len(stripped))


def _rounding_interval(value: float, places: int) -> tuple[float, float]:
    """The interval a number written to ``places`` decimals stands for."""
    if places >= 0 and value == int(value) and places == 0:
        return value, value
    half = 0.5 * 10 ** (-places)
    if places < 0:
        # a round number is rounded, but "20,000" is not 17,000: at most 10%
        half = min(half, 0.1 * value)
    return value - half, value + half


def _words_value(text: str, P: "_Patterns | None" = None) -> float | None:
    low = text.lower()
    if low.isascii():
        # the runs of ``P.letters``, when the text holds only letters, space
        # and "-" (as a match of ``P.words`` does): else a piece that is no
        # run of letters is met, and the pattern says
        value = _tokens_value(low.replace("-", " ").split())
        if value is not _NOT_LETTERS:
            return value
    return _tokens_value((P or _patterns()).letters.findall(low, 0, None, False, False))


_NOT_LETTERS = object()


def _tokens_value(tokens: list[str]) -> float | None | object:
    total = 0
    current = 0
    seen = False
    for tok in tokens:
        if tok in ("a", "an", "and"):
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
            seen = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in _MULTIPLIERS:
            total += (current or 1) * _MULTIPLIERS[tok]
            current = 0
            seen = True
        else:
            return None if tok.isalpha() else _NOT_LETTERS
    return float(total + current) if seen else None


# Counted nouns after which "6.500" is surely European thousands, not a decimal.
_COUNT_NOUN_AFTER = cached_compile(
    r"^\s+(?:[\p{L}-]+\s+)?(?:people|persons|soldiers|troops|servicemen|workers|jobs|"
    r"staff|employees|residents|students|patients|cases|deaths|dead|victims|children|"
    r"men|women|homes|houses|cars|units|members|fans|visitors|refugees|civilians|"
    r"fighters|pupils|teachers|doctors|nurses|protesters|voters|copies|tickets)\b",
    regex.IGNORECASE)


_PLURAL_AFTER = cached_compile(r"^\s+(?:[a-z]+\s+)?[a-z]{2,}s\b(?!\s+(?:ago|old|later|earlier))")
_YEAR_BEFORE = cached_compile(r"\b(?:in|since|by|until|till|of|from|to|before|after|during|"
                             r"around|circa|mid|early|late|year|season|the)\s*$", regex.IGNORECASE)


_COUNT_NOUNS = frozenset("""people persons soldiers troops servicemen workers jobs staff employees
    residents students patients cases deaths dead victims children men women homes houses cars units
    members fans visitors refugees civilians fighters pupils teachers doctors nurses protesters
    voters copies tickets""".split())


def _may_count_noun(after: str) -> bool:
    """False when ``_COUNT_NOUN_AFTER.match(after)`` surely fails: after
    space, the noun opens the first or the second word (each ``\\s`` is
    ``str.isspace``, no space is in a word, and the noun ends at a
    character that is no ASCII letter)."""
    if not after[:1].isspace():
        return False
    for word in after.split(None, 2)[:2]:
        rest = word.lstrip(_ASCII_LETTERS)
        if rest and not rest[0].isascii() and rest[0].isalpha():
            return True  # (a letter outside ASCII may fold to one of the noun's)
        if word[:len(word) - len(rest)].lower() in _COUNT_NOUNS:
            return True
    return False


class _Patterns:
    """The patterns of the hot loops, compiled on first use and then read as
    plain attributes (no cache look-up, no flag arithmetic per call).

    The hot loops pass ``concurrent=False`` by position, as lintnews.patterns
    explains: ``match(text, 0, None, False)``."""

    def __init__(self) -> None:
        self.number = _number_re()
        self.words = _word_number_re()
        self.digit_run = cached_compile(r"\d+")
        self.ascii_digit_run = cached_compile(r"[0-9]+")
        self.not_ascii = cached_compile(r"[^\x00-\x7f]+")
        self.digit = cached_compile(r"\d")
        self.word_candidate = _word_candidate_re()
        self.not_after = _not_quantity_after_re()
        self.not_before = _not_quantity_before_re()
        self.year = rx(r"1\d{3}|20\d{2}")
        self.dot_thousands = rx(r"\d{1,3}\.\d{3}")
        self.letters = rx(r"[a-z]+")
        self.vague_plural = rx(r"(?:hundreds|thousands|millions|dozens)$")
        self.duration_after = rx(r"^(?:-|\s*-\s*)(?:year|month|week|day|hour|time)", regex.IGNORECASE)
        self.the_before = rx(r"\b(?:the|one|of)\s+$", regex.IGNORECASE)
        self.space_of_after = rx(r"^\s+of\b")
        # one pattern for all the hedges of a side, a group for each kind:
        # most numbers have none, and one search answers for all of them.
        # The group that matches is the first kind that would match alone
        # (the alternation tries them in order at the one place they can
        # end or start: no hedge ends or starts with a space), so one
        # search also says which (``lastindex``), where a search of each
        # kind in turn cost up to five more
        self.any_hedge_before = cached_compile(
            r"(?:^|[^\p{L}])(?:" + "|".join(f"({pat})" for pat, _ in _BEFORE_HEDGES) + r")\s*$",
            regex.IGNORECASE | regex.REVERSE)
        self.any_hedge_after = cached_compile(
            r"^\s*(?:" + "|".join(f"({pat})" for pat, _ in _AFTER_HEDGES) + r")(?![\p{L}])",
            regex.IGNORECASE)
        self.range_gap = rx(r"\s*(?:-|–|—|to|and|or)\s*", regex.IGNORECASE)
        self.from_before = rx(r"\bfrom\s*$", regex.IGNORECASE)
        self.change_before = rx(r"\b(?:rose|risen|rising|rises|fell|fallen|falling|grew|"
                                r"increased?|decreased?|cut|jumped|climbed|dropped)\b[^.]*$",
                                regex.IGNORECASE)
        self.between_before = _range_between_re()


_P: _Patterns | None = None


def _patterns() -> _Patterns:
    global _P
    if _P is None:
        _P = _Patterns()
    return _P


def find_quantities(string: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``string[start:end]``, in order."""
    P = _P or _patterns()
    end = len(string) if end is None else end
    found: list[Quantity] = []
    # spans of the numerals in digits, in order and disjoint
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    # cheap candidates first, then the full pattern anchored at each: the full
    # patterns are slow to scan with, fast to match
    full = P.number
    last_end = start
    encoded = None if string.isascii() else _latin1_bytes(string)
    for c in _digit_runs(string, start, end, P, encoded):
        # the candidate is the run with the currency sign before it, as
        # ``(?:US\$|HK\$|A\$|C\$|[$£€¥])?\d+`` would find it: the longest
        # sign wins, being the leftmost (never reaching back before ``start``;
        # a number never starts after a digit, so a run's other digits are no
        # candidates, and a sign's letters are no digits of the run before)
        rs, run_end = c.span()
        cs = rs
        if rs > start:
            ch = string[rs - 1]
            if ch in _GLUED_ASCII:
                continue  # (``_bare_run``: the look-behind fails)
            if ch == "$":
                if rs - 3 >= start and string[rs - 3:rs - 1] in ("US", "HK"):
                    cs -= 3
                elif rs - 2 >= start and string[rs - 2] in "AC":
                    cs -= 2
                else:
                    cs -= 1
            elif ch in "£€¥":
                cs -= 1
        if cs < last_end:
            continue
        bare = _bare_run(string, cs, rs, run_end, end)
        if bare is None:
            m = full.match(string, cs, end, False)
            if m is None:
                continue
            last_end = m.end()
            q = _from_groups(string, start, P, cs, last_end, *m.groups())
        elif bare is False:
            continue
        elif bare > 0:
            last_end = bare
            c = string[bare]
            if c in ":/-" and string[bare + 1] in _ASCII_DIGITS or c in _ASCII_LETTERS or c == "_":
                q = None  # a time, a date, a score, an ordinal, a model (``_not_after``)
            elif cs == rs and bare - rs == 4 and not c.isspace() \
                    and (string[rs] == "1" or string[rs:rs + 2] == "20"):
                q = None  # a year with no counted noun after it
            elif cs == rs:
                q = _from_plain(string, start, P, rs, bare)
            else:
                q = _from_groups(string, start, P, cs, bare, string[cs:rs], string[rs:bare],
                                 None, None, None, None)
        else:
            last_end = 1 - bare
            q = _from_groups(string, start, P, cs, last_end, string[cs:rs] if cs < rs else None,
                             string[rs:-bare], None, None, "%", None)
        if q is not None:
            found.append(q)
        taken_starts.append(cs)
        taken_ends.append(last_end)
    words = P.words
    last_end = start
    starts, ends = _word_candidates(string, start, end, P, encoded, True)
    for k, cs in enumerate(starts):
        if cs < last_end:
            continue
        # a number word alone (most are): the match is the word, without
        # the pattern
        ce = ends[k]
        word = string[cs:ce]
        low_word = word.lower()
        if low_word in _NUMBER_WORDS and (not cs or string[cs - 1].isascii()) \
                and _word_alone(string, cs, ce, end):
            # (before the word, the candidate's \b leaves the look-behind
            # only "-" in ASCII to fail on)
            if cs and string[cs - 1] == "-":
                continue
            last_end = ce
            if low_word == "one":
                continue  # (one alone is no quantity: ``_from_words``)
            i = bisect_left(taken_starts, ce) - 1
            if i >= 0 and taken_ends[i] > cs:
                continue
            q = _from_number_word(string, cs, ce, word, low_word, start, P)
            if q is not None:
                found.append(q)
            continue
        m = words.match(string, cs, end, False)
        if m is None:
            continue
        last_end = m_end = m.end()
        m_start = m.start()
        cur, text, pct, curword = m.groups()
        # overlaps a numeral in digits: the last one starting before its end
        # is the one reaching furthest (they are disjoint and in order)
        i = bisect_left(taken_starts, m_end) - 1
        if i >= 0 and taken_ends[i] > m_start:
            continue
        q = _from_words(string, m_start, m_end, cur, text, pct, curword, m.group(0), start, P)
        if q is not None:
            found.append(q)
    found.sort(key=_START)
    return _mark_ranges(string, found, start)


def _digit_runs(string: str, start: int, end: int, P: _Patterns, encoded: bytes | None = None):
    """``P.digit_run.finditer(string, start, end)``: the runs of digits.

    ``\\d`` is a Unicode property, tested at every character of the scan
    (a third of the cost of the scan is the class ``[0-9]``'s); when the
    text holds no digit outside ASCII, the runs of ``[0-9]`` are the same.

    ``encoded`` is the text encoded as Latin-1, each other character one "?"
    (``_latin1_bytes``): the characters outside Latin-1 are found at its
    "?"s, and in Latin-1 no character outside ASCII is a digit.
    """
    if string.isascii() or _no_digit_outside_ascii(string, start, end, P, encoded):
        return P.ascii_digit_run.finditer(string, start, end, False, False)
    return P.digit_run.finditer(string, start, end, False, False)


def _latin1_bytes(string: str) -> bytes:
    """``string`` encoded as Latin-1, each character outside it one "?" (the
    offsets are the characters')."""
    return string.encode("latin-1", "replace")


# characters outside Latin-1 that are no digit (``\\d``), as met (and "?")
_NOT_DIGITS: set[str] = {"?"}


def _no_digit_outside_ascii(string: str, start: int, end: int, P: _Patterns,
                            encoded: bytes | None = None) -> bool:
    """Whether ``string[start:end]`` holds no digit outside ASCII
    (``P.digit`` matches none of its characters outside ASCII, put
    together).  Most texts hold a few such characters, at the "?"s of
    ``encoded`` (the rest of Latin-1 holds no digit); a text with many is
    scanned with the pattern."""
    if encoded is None:
        encoded = _latin1_bytes(string)
    if start or end < len(encoded):
        encoded = encoded[start:end]
    pieces = encoded.split(b"?", 128)
    if len(pieces) > 128:
        return P.digit.search("".join(P.not_ascii.findall(string, start, end, False, False)),
                              0, None, False) is None
    i = start - 1
    for piece in pieces[:-1]:
        i += len(piece) + 1
        c = string[i]
        if c not in _NOT_DIGITS:
            if P.digit.match(c, 0, None, False) is not None:
                return False
            if len(_NOT_DIGITS) < 4096:
                _NOT_DIGITS.add(c)
    return True


def _word_candidate_starts(string: str, start: int, end: int, P: _Patterns) -> list[int]:
    """The starts of ``P.word_candidate.finditer(string, start, end)``."""
    return _word_candidates(string, start, end, P)[0]


def _word_candidates(string: str, start: int, end: int, P: _Patterns,
                     encoded: bytes | None = None,
                     lone_one: bool = False) -> tuple[list[int], list[int]]:
    """The starts and the ends of ``P.word_candidate.finditer(string, start, end)``,
    less, with ``lone_one``, the candidates "one" that ``P.words`` would
    match alone (no quantity).

    Scanning with that case-insensitive alternation of forty words is the
    slowest step of the plugin; ``str.find`` on the lower-cased text finds
    every place where one could start, and the pattern is then only tried
    there.  Where lower-casing is not one character for one (a dotted
    capital I, U+0130, the one character that lower-cases to two), or where
    the text holds a long s (which matches "s" case-insensitively but
    lower-cases to itself), the pattern scans as before.

    The text is lower-cased as Latin-1 bytes, each character that is not
    Latin-1 replaced by one "?": ``bytes.lower`` costs a tenth of
    ``str.lower`` on a text that is not all ASCII, and the offsets stay
    those of the characters (``bytes.lower`` changes ASCII letters only).
    The pieces are ASCII letters, and the only other character whose lower
    case holds one is the Kelvin sign ("k", in no piece), so they are found
    at the same places.
    """
    if "\u0130" in string or "\u017f" in string:
        spans = [c.span() for c in P.word_candidate.finditer(string, start, end)]
        return [a for a, _ in spans], [b for _, b in spans]
    low = (_latin1_bytes(string) if encoded is None else encoded).lower()
    if end < len(low):
        low = low[:end]  # (so that ``find`` takes no end)
    places = set()
    find = low.find
    lower = _LOWER_BYTES
    # (a place right after an ASCII letter is inside a word, and would be
    # dropped below: the pattern opens with \b)
    for piece, article in _OPENING_PIECES_BYTES:
        if lone_one and piece == b"one":
            # "one" alone is no quantity (``_from_words``): a place for it
            # is dropped where nothing after it can extend a match of
            # ``P.words`` (``_word_alone``; it is then no candidate, or one
            # that ends before any other place but one inside a word)
            i = find(b"one", start)
            while i >= 0:
                if not (i and low[i - 1] in lower or _word_alone(string, i, i + 3, end)):
                    places.add(i)
                i = find(b"one", i + 1)
            continue
        i = find(piece, start)
        while i >= 0:
            if not i or low[i - 1] not in lower:
                places.add(i)
                if article:
                    _add_article_places(string, low, i, start, places)
            i = find(piece, i + 1)
    for piece, heads in _INNER_PIECES_BYTES:
        i = find(piece, start)
        while i >= 0:
            before = low[i - 1]
            for byte, beginning, back, article in heads:
                if before == byte:
                    w = i - back
                    if w >= start and low.startswith(beginning, w) \
                            and not (w and low[w - 1] in lower):
                        places.add(w)
                        if article:
                            _add_article_places(string, low, w, start, places)
            i = find(piece, i + 1)
    # "$", "US$" before a word ("$bn" style): the sign's place where a letter
    # (or a character outside ASCII) follows it, and "US"'s before it
    find = string.find
    last = len(low) - 1
    for sign in "$" if string.isascii() else "$£€":
        i = find(sign, start, end)
        while i >= 0:
            if i < last and low[i + 1] not in _NO_LETTER_BYTES:
                places.add(i)
            if i > 1 and low[i - 1] == 115 and low[i - 2] == 117:
                places.add(i - 2)
            i = find(sign, i + 1, end)
    out = []
    ends = []
    match = P.word_candidate.match
    cand_end = start
    for p in sorted(places):
        if p < cand_end:
            continue  # also drops the places before ``start``
        if p and string[p].isalpha() and string[p - 1].isalpha():
            continue  # inside a word ("someone", "often"): the pattern opens with \b
        c = match(string, p, end, False)
        if c is not None:
            out.append(p)
            cand_end = c.end()
            ends.append(cand_end)
    return out, ends


def _add_article_places(string: str, low: bytes, w: int, start: int, places: set) -> None:
    """Add the place of "a" or "an" and space before a word at ``w`` that
    may follow an article ("a hundred", "a million"): only "a" or "an" can
    open a candidate there (no other starts before space, and a sign's
    place is the sign's own)."""
    j = w - 1
    while j >= start and string[j].isspace():  # (as ``low``'s)
        j -= 1
    if j < w - 1:
        if low[j] == 97:
            places.add(j)
        elif low[j] == 110 and low[j - 1] == 97:
            places.add(j - 1)


_NUMBER_WORDS = frozenset([*_UNITS, *_MULTIPLIERS])
# each number word's value alone, and for a round one ("four million" is as
# rounded as "4m") the half-width of its interval (``_from_words``)
_WORD_VALUES = {word: _words_value(word) for word in _NUMBER_WORDS}
_WORD_HALVES = {word: 0.5 * _MULTIPLIERS[word]
                for word in ("million", "billion", "trillion", "thousand", "hundred")}
# the first two letters of what may follow a number word and space in a
# match of ``P.words``: another number word, "and", "per cent", a currency
_AFTER_WORD_HEADS = frozenset(w[:2] for w in [*_NUMBER_WORDS, "and", "per", "percent", "dollars",
                                              "pounds", "euros"])
_ASCII_SPACES = frozenset(" \t\n\r\x0b\x0c")


def _word_alone(string: str, cs: int, ce: int, end: int) -> bool:
    """Whether ``P.words.match(string, cs, end)`` at a number word
    ``string[cs:ce]`` (a match of ``P.word_candidate``, so no letter
    follows it) surely spans just the word, with none of its groups but the
    number, when it matches: nothing after the word can extend the match.

    The number goes on only with space or "-" and a number word (or "and"),
    and "per cent" or a currency only after one space.  So an ASCII
    character other than space or "-" ends it, and so does space (each
    ``\\s`` is ``str.isspace``) before an ASCII character that is neither
    "-" nor the head of one of those words.  Else (a dash, a character
    outside ASCII, a head) the pattern says.
    """
    if ce >= end:
        return True
    c = string[ce]
    if c not in _ASCII_SPACES:
        return c != "-" and c.isascii()
    if c == " " and ce + 2 < end and string[ce + 1] in _ASCII_LETTERS:
        head = string[ce + 1:ce + 3]  # (one space, then a word: most often)
        return head.isascii() and head.lower() not in _AFTER_WORD_HEADS
    limit = ce + 16 if ce + 16 < end else end
    rest = string[ce:limit].lstrip()
    if not rest:
        return limit == end  # space to the end
    if len(rest) < 2 and limit < end:
        return False
    head = rest[:2]
    return head.isascii() and head[0] != "-" and head.lower() not in _AFTER_WORD_HEADS


_START = itemgetter(4)  # a quantity's start


# Characters that open none of the forms of ``_not_quantity_after_re``: not
# space, a letter, a number, "_", ":", "/" or a dash.
_NEVER_NOT_AFTER = frozenset(',.;)("\'!?%]}[{*&+=<>|\\~^$’”“‘…')


def _not_after(after: str, P: _Patterns) -> bool:
    """``bool(P.not_after.match(after))``, answered without the pattern when
    the first characters settle it: a letter, a digit or "_" is a form of
    its own (a letter, number or "_" class), punctuation opens none, ":" and
    "/" open only ":5", and after space (each ``\\s`` is ``str.isspace``)
    or a dash only a word of the forms' own can follow (or a dash, after
    space)."""
    if not after:
        return False  # every form takes at least one character
    c = after[0]
    if c in _NEVER_NOT_AFTER:
        return False
    if c.isalpha() or c.isdecimal() or c == "_":
        return True
    if c.isspace():
        rest = after.lstrip()
        if not rest:
            return False
        d = rest[0]
        if d in _ASCII_LETTERS:
            # the word's first two letters first (most words are none of them)
            head = rest[:2]
            if head.isascii() and head.lower() not in _NOT_AFTER_HEADS \
                    or _word_not_in(rest, _NOT_AFTER_WORDS):
                return False
        elif d != "-" and (d.isascii() or not d.isalpha()):
            # (no character but a letter has a case that is a letter)
            return False
    elif c == "-" or c == ":" or c == "/":
        d = after[1:2]
        if d.isascii():
            if d and d in _ASCII_DIGITS:
                return True  # "-5", ":30", "/4"
            if c != "-":
                return False
            rest = after[1:].lstrip()
            if rest[:1] in _ASCII_LETTERS and rest and _word_not_in(rest, _DASH_WORDS):
                return False
            if not rest or not rest[0].isalpha():
                return False
    return P.not_after.match(after, 0, None, False) is not None


# the first two characters of each word of ``_NOT_AFTER_WORDS``, lower-cased,
# with those of "a" and "p" before a character that is no letter or alone
_NOT_AFTER_HEADS = frozenset(
    [w[:2] for w in _NOT_AFTER_WORDS]
    + [w + chr(c) for w in _NOT_AFTER_WORDS if len(w) == 1 for c in range(128)
       if not chr(c).isalpha()])
_ASCII_DIGITS = frozenset("0123456789")
# the words after a dash in ``_not_quantity_after_re`` ("-year-old", "- mile")
_DASH_WORDS = frozenset(w + s for w in """year month week day hour minute second mile metre meter foot
    yard kilometre km""".split() for s in ("", "s"))


def _word_not_in(text: str, words: frozenset) -> bool:
    """Whether ``text``, opening with an ASCII letter, opens with a run of
    them that is surely none of ``words`` (lower-cased), as a case-insensitive
    pattern reads it: the run is not one of them and ends the text or at an
    ASCII character (one outside ASCII may fold to a letter)."""
    rest = text.lstrip(_ASCII_LETTERS)
    return (not rest or rest[0].isascii()) and text[:len(text) - len(rest)].lower() not in words


def _is_year(num: str, P: _Patterns) -> bool:
    """``bool(P.year.fullmatch(num))``; in ASCII ``\\d`` is ``isdigit``."""
    if num.isascii():
        return len(num) == 4 and num.isdigit() and (num[0] == "1" or num[:2] == "20")
    return P.year.fullmatch(num, 0, None, False) is not None


# What may stand before a numeral (``_number_re``'s look-behind): in ASCII,
# anything but a letter, a digit and these.
_GLUED_BEFORE = frozenset(".,:/-_#@")
_GLUED_ASCII = frozenset(_ASCII_LETTERS + "0123456789.,:/-_#@")
# ASCII characters after a run of digits at which a numeral surely ends: no
# separator, scale, per cent sign, space or letter
_ENDS_NUMERAL = frozenset("!\"#$&'()*+-/:;<=>?@[\\]^_`{|}~")
_SPACES = frozenset(" \t\n\r")
# the first letters of the words that may follow a numeral and a space in
# ``_number_re`` (a scale, "per cent", a currency), and "%"
_AFTER_SPACE_FIRST = frozenset("mbtpdeyMBTPDEY%")
# the words that may follow a numeral and a space in ``_number_re``, and
# those that may follow it at once (a scale)
_AFTER_SPACE_WORDS = frozenset("million billion trillion thousand per percent dollars pounds euros "
                               "yen".split())
_AFTER_SPACE_HEADS = frozenset(word[:3] for word in _AFTER_SPACE_WORDS)
_PLAIN_AFTER_SPACE = frozenset(map(chr, range(128))) - _AFTER_SPACE_FIRST
_SCALES = frozenset("bn mn mln trn tn m k million billion trillion thousand".split())


def _bare_run(string: str, start: int, run_start: int, run_end: int, end: int) -> int | None:
    """``P.number.match(string, start, end)`` at a run of digits
    ``[run_start, run_end)``, after the currency sign ``string[start:run_start]``
    if any (one the pattern's ``cur`` matches), where plain characters settle
    it: False when it fails (glued to a word or a number before), the end of
    the run when the match is the sign and the run alone, minus it when the
    match is those and the "%" right after the run (nothing after them may
    extend the match: no separator and digit, scale, "per cent" or currency
    word), None when the pattern must say.

    Most numerals are bare ("45 people", "in 2004,"); the pattern's match
    costs several times these tests.  The characters are read as ASCII,
    where ``\\p{L}``, ``\\p{N}`` and ``\\s`` are plain and a letter matches
    only its two cases, or as punctuation, symbols and spaces, which match
    no letter of the pattern in any case.
    """
    if start:
        c = string[start - 1]
        if c in _GLUED_ASCII:
            return False
        if not c.isascii() and not _mark(c):
            return None
    # (more than 15 digits, or the end near: the pattern decides)
    if run_end - run_start > 15 or run_end + 4 > end:
        return None
    c = string[run_end]
    if c in _ENDS_NUMERAL:
        return run_end
    nxt = string[run_end + 1]
    if c in _SPACES:
        # a scale, "per cent" or a currency word may follow, or "%"
        if nxt in _PLAIN_AFTER_SPACE:
            return run_end
        if not nxt.isascii():
            return run_end if _mark(nxt) else None
        if nxt == "%":
            return None
        head = string[run_end + 1:run_end + 4]
        if head.isascii() and head.lower() not in _AFTER_SPACE_HEADS \
                or _not_a_word_of(string, run_end + 1, end, _AFTER_SPACE_WORDS):
            return run_end
        return None
    if c == "," or c == ".":
        # thousands or decimals only with a digit after the mark
        return run_end if (not nxt.isdigit() if nxt.isascii() else _mark(nxt)) else None
    if c == "%":
        # a currency word may follow it after one space
        if nxt in _SPACES or nxt == "\x0b" or nxt == "\x0c":
            after = string[run_end + 2]
            if after.isascii() and (after not in _AFTER_PERCENT_FIRST or _not_a_word_of(
                    string, run_end + 2, end, _AFTER_PERCENT_WORDS)):
                return -run_end
            return None
        return -run_end if nxt.isascii() or not nxt.isspace() else None
    if c in _ASCII_LETTERS:
        # only a scale may follow at once
        return run_end if _not_a_word_of(string, run_end, end, _SCALES) else None
    return None


_AFTER_PERCENT_WORDS = frozenset(["dollars", "pounds", "euros", "yen"])
_AFTER_PERCENT_FIRST = frozenset("dpeyDPEY")


def _not_a_word_of(string: str, i: int, end: int, words: frozenset) -> bool:
    """Whether the run of ASCII letters at ``string[i]`` (before ``end``)
    is surely none of ``words`` (lower-cased) as a case-insensitive pattern
    followed by a look-ahead for no letter reads it: it is not one of them,
    and it ends before ``end`` at an ASCII character (one outside ASCII may
    fold to a letter)."""
    segment = string[i:i + 12 if i + 12 < end else end]
    rest = segment.lstrip(_ASCII_LETTERS)
    return bool(rest) and rest[0].isascii() and segment[:len(segment) - len(rest)].lower() not in words


_MARK = cached_compile(r"[\p{P}\p{S}\p{Z}]")


def _mark(c: str) -> bool:
    """Punctuation, a symbol or a space (as ``regex`` reads Unicode): no
    letter, number or digit, and no case of a letter."""
    return _MARK.match(c, 0, None, False) is not None


def _hedge_unless_year_or_name(num: str, after: str, before: str, P: _Patterns) -> bool | None:
    """For a bare figure ``num`` (no sign, scale or unit) between ``before``
    and ``after``: None when it is no quantity, being a year or part of a
    name; else whether a hedge may stand before it
    (``_may_name_or_hedge_before``'s second answer)."""
    # a bare four-digit number from 1000 to 2099 is a year, unless a
    # counted noun follows it ("the 2000 songs")
    # (both patterns after it open with a space; a year has four digits)
    if len(num) == 4 and _is_year(num, P) and not (
            after[:1].isspace() and (_may_count_noun(after)
                                     and _COUNT_NOUN_AFTER.match(after, 0, None, False)
                                     or _PLURAL_AFTER.match(after, 0, None, False)
                                     and not _YEAR_BEFORE.search(before[-30:], 0, None, False))):
        return None
    may_name, may_hedge = _may_name_or_hedge_before(before)
    if may_name and (may_name == 2 or P.not_before.search(before[-30:], 0, None, False)):
        return None
    return may_hedge


def _from_groups(string: str, floor: int, P: _Patterns, m_start: int, m_end: int,
                 cur: str | None, num: str, scale_suffix: str | None, scale_word: str | None,
                 pct: str | None, curword: str | None) -> Quantity | None:
    """The quantity of a match of ``P.number`` spanning ``[m_start, m_end)``,
    given its groups in the order of the pattern.

    (What :func:`_hedge` does is done here too, with the text before the
    numeral read once for both the naming words and the hedges.)"""
    after = string[m_end:m_end + 24]
    scale = scale_suffix or scale_word
    # the text a hedge before the numeral is looked for in; the naming words
    # are looked for in its last 30 characters
    before = string[m_start - 40 if m_start - 40 > floor else floor:m_start]
    may_hedge = None
    if not scale and not pct and not cur and not curword:
        if _not_after(after, P):
            return None
        may_hedge = _hedge_unless_year_or_name(num, after, before, P)
        if may_hedge is None:
            return None
    elif not (scale or pct or curword) and _not_after(after, P):
        return None
    if num.isdecimal():
        # digits alone (``_digits_value`` and ``_rounding_interval`` for them)
        value = float(num)
        zeros = len(num) - len(num.rstrip("0"))
        style = "" if len(num) >= 4 else None
        if zeros == 0 or zeros == len(num):
            places = 0
            low = high = value
        else:
            places = -zeros
            half = min(0.5 * 10 ** zeros, 0.1 * value)
            low, high = value - half, value + half
    else:
        # only a numeral with a full stop can be read with dot thousands
        dot_thousands = "." in num and not scale \
            and _may_count_noun(string[m_end:m_end + 40]) \
            and bool(_COUNT_NOUN_AFTER.match(string[m_end:m_end + 40], 0, None, False))
        value, style, places = _digits_value(num, dot_thousands, P)
        if style == "." and P.dot_thousands.fullmatch(num, 0, None, False) and not dot_thousands:
            style = None
        low, high = _rounding_interval(value, places)
    multiplier = 1.0
    unit = ""
    if scale:
        key = scale.lower()
        multiplier = _SCALE_SUFFIX.get(key) or _MULTIPLIERS[key]
        if key == "k" and not cur:
            multiplier = 1_000
        style = None
        if places == 0 and low == high:
            low, high = value - 0.5, value + 0.5  # "4m" is as rounded as "four million"
    if pct:
        unit = "%"
    elif cur:
        unit = _CURRENCY_SIGNS.get(cur.lower(), cur)
    elif curword:
        unit = _CURRENCY_WORDS.get(curword.split()[-1].lower(), "")
    if unit == "" and value < 1000 and not scale:
        style = None
    # (the numeral starts where the match does, with its sign if any)
    # (the numeral alone spans the match: it is its text, with no space)
    text = num if m_start + len(num) == m_end else string[m_start:m_end].strip()
    if scale:
        value, low, high = value * multiplier, low * multiplier, high * multiplier
    q = _new(Quantity, (value, low, high, unit, m_start, m_end, text, False, False, style,
                        False, False))
    # the hedges (``_hedge``)
    if may_hedge is None:
        may_hedge = _may_hedge_before(before)
    if may_hedge:
        m = P.any_hedge_before.search(before, 0, None, False)
        if m is not None:
            return _widen(q, *_BEFORE_HEDGES[m.lastindex - 1][1])
    if _may_hedge_after_text(after):
        m = P.any_hedge_after.match(after[:20], 0, None, False)
        if m is not None:
            return _widen(q, *_AFTER_HEDGES[m.lastindex - 1][1])
    return q


def _from_plain(string: str, floor: int, P: _Patterns, m_start: int, m_end: int) -> Quantity | None:
    """``_from_groups`` for a match of ``P.number`` that is a run of digits
    alone: no currency sign, scale, per cent sign or currency word (most
    figures are)."""
    after = string[m_end:m_end + 24]
    # most figures are followed by one space and a plain word ("45 people"):
    # its first two letters answer both tests of the text after
    head = after[1:3]
    plain_after = after[:1] == " " and head.isalpha() and head.isascii() \
        and head.lower() not in _NOT_PLAIN_HEADS
    if not plain_after and _not_after(after, P):
        return None
    num = string[m_start:m_end]
    if not num.isdecimal():
        return _from_groups(string, floor, P, m_start, m_end, None, num, None, None, None, None)
    before = string[m_start - 40 if m_start - 40 > floor else floor:m_start]
    may_hedge = _hedge_unless_year_or_name(num, after, before, P)
    if may_hedge is None:
        return None
    value = float(num)
    zeros = len(num) - len(num.rstrip("0"))
    if zeros == 0 or zeros == len(num):
        low = high = value
    else:
        half = min(0.5 * 10 ** zeros, 0.1 * value)
        low, high = value - half, value + half
    q = _new(Quantity, (value, low, high, "", m_start, m_end, num, False, False,
                        "" if len(num) >= 4 and value >= 1000 else None, False, False))
    if may_hedge:
        m = P.any_hedge_before.search(before, 0, None, False)
        if m is not None:
            return _widen(q, *_BEFORE_HEDGES[m.lastindex - 1][1])
    if not plain_after and _may_hedge_after_text(after):
        m = P.any_hedge_after.match(after[:20], 0, None, False)
        if m is not None:
            return _widen(q, *_AFTER_HEDGES[m.lastindex - 1][1])
    return q


# Two ASCII letters after one space, after a figure, open neither a form of
# ``_not_quantity_after_re`` (``_not_after`` reads an ASCII letter and the
# character after it, in ``_NOT_AFTER_HEADS`` or not) nor a hedge after a
# number (none opens with an ASCII letter but "or", "odd" and "plus", in any
# case: ``_may_hedge_after_text``) unless, lower-cased, they are one of these.
# (A set of the 6,656 heads that do, built at import, cost 1.2 ms of every
# start-up for one look-up fewer a figure.)
_NOT_PLAIN_HEADS = _NOT_AFTER_HEADS | {"or", "od", "pl"}


def _may_name_or_hedge_before(before: str) -> tuple[bool | int, bool]:
    """``(_may_name_before(before[-30:]), _may_hedge_before(before))``,
    the word that ends the text read once for both; the first is 2 where
    ``P.not_before.search(before[-30:])`` surely matches (its word after
    space, then one space), and the second then False.

    The naming words' text ends the hedges' and is the same after ``rstrip``
    where it holds the word and the character before it; a full stop or "#"
    at the end (each test reads those its own way) is left to the two."""
    t = before.rstrip()
    last = t[-1] if t else "."
    if last != "." and last != "#":
        # ``_last_word(t)``: most often the word after the last space
        word = t.rpartition(" ")[2]
        if word.isascii() and word.isalpha():
            i = len(t) - len(word)
            word = word.lower()
            if i > len(before) - 30 and word in _NAMING_OR_MONTH and word not in _HEDGE_LAST_WORDS \
                    and len(before) - len(t) == 1 and before[-1] == " ":
                # the pattern matches: after space (or at the start), the
                # word, then one space
                return 2, False
        else:
            i = len(t.rstrip(_ASCII_LETTERS))
            if i and not t[i - 1].isascii() and t[i - 1].isalpha():
                return True, True
            if i == len(t):
                if not last.isascii() and last.isalpha():
                    return True, True
                return False, False  # no word ends the text
            word = t[i:].lower()
        if i > len(before) - 30:
            if word not in _HEDGE_LAST_WORDS:
                return word in _NAMING_OR_MONTH, False
            # (the rest of ``_may_hedge_before``, its word read)
            words_before = _HEDGE_WORD_BEFORE.get(word)
            if words_before is None:
                return word in _NAMING_OR_MONTH, True  # a hedge alone ("about", "over")
            if not i:
                return word in _NAMING_OR_MONTH, False
            c = t[i - 1]
            if not c.isspace():
                return word in _NAMING_OR_MONTH, not c.isascii()
            word_before = _last_word(t[:i].rstrip())
            return word in _NAMING_OR_MONTH, word_before is None or word_before in words_before
    return _may_name_before(before[-30:]), _may_hedge_before(before)


def _from_words(string: str, m_start: int, m_end: int, cur: str | None, text: str,
                pct: str | None, curword: str | None, group: str, floor: int,
                P: _Patterns) -> Quantity | None:
    """The quantity of a match of ``P.words`` spanning ``[m_start, m_end)``,
    given its groups in the order of the pattern and its text."""
    value = _words_value(text, P)
    if value is None or value < 2:
        return None
    after = string[m_end:m_end + 20]
    before = string[m_start - 20 if m_start - 20 > floor else floor:m_start]
    low_text = text.lower().strip()
    # "hundreds of", "thousands of": vague plurals, not numbers
    if low_text[-1:] == "s" and P.vague_plural.search(low_text, 0, None, False):
        return None
    # (each pattern after the number opens with space, ``str.isspace``, or
    # its first character)
    rest = after.lstrip()
    if rest[:1] == "-" and P.duration_after.match(after, 0, None, False):
        return None
    if value < 13 and rest[:2] == "of" and P.space_of_after.match(after, 0, None, False) \
            and P.the_before.search(before, 0, None, False):
        return None  # "the two of them"
    unit = ""
    if pct:
        unit = "%"
    elif cur:
        unit = _CURRENCY_SIGNS.get(cur.lower(), cur)
    elif curword:
        unit = _CURRENCY_WORDS.get(curword.split()[-1].lower(), "")
    # words are exact for small numbers; "four million" is as rounded as "4m"
    last = low_text.split()[-1]
    if last in ("million", "billion", "trillion", "thousand", "hundred"):
        lead = value / _MULTIPLIERS[last]
        half = 0.5 * _MULTIPLIERS[last] if lead == int(lead) else 0.05 * _MULTIPLIERS[last]
        low, high = value - half, value + half
    else:
        low, high = value, value
    q = _new(Quantity, (value, low, high, unit, m_start, m_end, group.strip(),
                        False, True, None, False, False))
    return _hedge(string, q, floor, P)


def _from_number_word(string: str, m_start: int, m_end: int, word: str, low_word: str, floor: int,
                      P: _Patterns) -> Quantity | None:
    """``_from_words`` for a match of ``P.words`` that is one number word
    ``word`` (``low_word`` lower-cased) and nothing else."""
    value = _WORD_VALUES[low_word]
    if value < 2:
        return None
    # (no number word ends in "s": no vague plural)
    after = string[m_end:m_end + 20]
    rest = after.lstrip()
    if rest[:1] == "-" and P.duration_after.match(after, 0, None, False):
        return None
    if value < 13 and rest[:2] == "of" and P.space_of_after.match(after, 0, None, False) \
            and P.the_before.search(string[m_start - 20 if m_start - 20 > floor else floor:m_start],
                                    0, None, False):
        return None  # "the two of them"
    half = _WORD_HALVES.get(low_word)
    low, high = (value, value) if half is None else (value - half, value + half)
    q = _new(Quantity, (value, low, high, "", m_start, m_end, word, False, True, None, False, False))
    # (``_hedge``)
    before = string[m_start - 40 if m_start - 40 > floor else floor:m_start]
    if _may_hedge_before(before):
        m = P.any_hedge_before.search(before, 0, None, False)
        if m is not None:
            return _widen(q, *_BEFORE_HEDGES[m.lastindex - 1][1])
    if _may_hedge_after_text(after):
        m = P.any_hedge_after.match(after, 0, None, False)
        if m is not None:
            return _widen(q, *_AFTER_HEDGES[m.lastindex - 1][1])
    return q


def _hedge(string: str, q: Quantity, floor: int, P: _Patterns) -> Quantity:
    m_start = q.start
    before = string[m_start - 40 if m_start - 40 > floor else floor:m_start]
    if _may_hedge_before(before):
        m = P.any_hedge_before.search(before, 0, None, False)
        if m is not None:
            return _widen(q, *_BEFORE_HEDGES[m.lastindex - 1][1])
    m_end = q.end
    after = string[m_end:m_end + 20]
    if _may_hedge_after_text(after):
        m = P.any_hedge_after.match(after, 0, None, False)
        if m is not None:
            return _widen(q, *_AFTER_HEDGES[m.lastindex - 1][1])
    return q


def _may_hedge_after_text(after: str, window: int = 20) -> bool:
    """False when ``P.any_hedge_after.match(after[:window])`` surely fails:
    every hedge after a number opens (after space) with "or" and space,
    "plus", "-plus", "+" or "odd" (``_may_hedge_after``), so with one of
    ``_HEDGE_AFTER_OPENERS`` and, but for "+", one of its seconds."""
    if not after:
        return False
    c = after[0]
    if c.isspace():
        if len(after) > 1 and after[1] in _NO_HEDGE_OPENER:
            return False  # (the first character after the space opens no hedge)
        rest = after.lstrip()
        spaces = len(after) - len(rest)
        if spaces >= window or not rest:
            return False
        if spaces > window - 5:
            rest = after[:window].lstrip()  # (the hedge's first five characters in the window)
        c = rest[0]
    else:
        rest = after
    seconds = _HEDGE_AFTER_SECONDS.get(c)
    if seconds is None:
        return c == "+"
    return (len(rest) < 2 or rest[1] in seconds) and _may_hedge_after(rest)


# the characters that may follow each opener of a hedge after a number but
# "+" ("or", "odd", "plus", "-plus"); no other character has their cases
# ASCII characters that are no space and open no hedge after a number
_NO_HEDGE_OPENER = frozenset(chr(c) for c in range(33, 127)) - frozenset("oOpP-+")
_HEDGE_AFTER_SECONDS = {"o": "rRdD", "O": "rRdD", "p": "lL", "P": "lL", "-": "pP"}


def _may_hedge_after(rest: str) -> bool:
    """False when a hedge after a number surely does not open ``rest`` (the
    text after it, space stripped): it is "or" and space, "plus", "-plus",
    "+" or "odd", in any case (outside ASCII the pattern says)."""
    head = rest[:5]
    if not head.isascii():
        return True
    head = head.lower()
    return head.startswith(_HEDGE_AFTER_HEADS) or head[:2] == "or" and head[2:3].isspace()


_HEDGE_AFTER_HEADS = ("plus", "-plus", "+", "odd")


def _widen(q: Quantity, lo_f: float, hi_f: float) -> Quantity:
    low = q.low * lo_f if lo_f < 1 else q.low
    high = INF if hi_f == INF else (q.high * hi_f if hi_f > 1 else q.high)
    if lo_f == 1.0 and hi_f == INF:
        low = q.value
    if lo_f == 0.0:
        low = 0.0
        high = q.high if hi_f == 1.0 else high
    if lo_f == 0.85:
        low, high = q.value * 0.85, q.high
    return _new(Quantity, (q.value, low, high, q.unit, q.start, q.end, q.text, True, q.words,
                           q.style, False, False))


@cache
def _range_between_re() -> regex.Pattern:
    return cached_compile(r"\bbetween\s*$", regex.IGNORECASE)


def _mark_ranges(string: str, qs: list[Quantity], floor: int) -> list[Quantity]:
    """Join "between 50 and 70", "50-70", "50 to 70" into a range, and mark
    "from 50 to 71" / "rose to 71 from 50" as an update."""
    P = _P or _patterns()
    out: list[Quantity] | None = None
    done = 0  # ``qs[:done]`` are settled, in ``out``
    i = 0
    last = len(qs) - 1
    while i < last:
        gap_start = qs[i].end
        gap_end = qs[i + 1].start
        # most gaps are joined by no word: ``_may_join`` (a long gap opens
        # or ends with five spaces)
        if gap_end - gap_start > 12:
            if not (string[gap_start + 4].isspace() or string[gap_end - 5].isspace()) \
                    or not _may_join(string, gap_start, gap_end):
                i += 1
                continue
        elif gap_end <= gap_start \
                or string[gap_start:gap_end].strip().lower() not in _RANGE_WORDS:
            i += 1
            continue
        gap = string[gap_start:gap_end]
        if not P.range_gap.fullmatch(gap, 0, None, False):
            i += 1
            continue
        if out is None:
            out = []
        out += qs[done:i]
        done = i
        q = qs[i]
        nxt = qs[i + 1]
        before = string[max(floor, q.start - 30):q.start]
        if P.from_before.search(before, 0, None, False) or gap.strip() == "to" \
                and P.change_before.search(before, 0, None, False):
            out.append(_as(q, update=True))
            out.append(_as(nxt, update=True))
            i = done = i + 2
            continue
        is_between = bool(P.between_before.search(before, 0, None, False))
        if gap.strip().lower() in ("and",) and not is_between:
            i += 1
            continue
        if gap.strip().lower() == "or" or gap.strip() in ("-", "–", "—", "to") or is_between:
            low, high = min(q.low, nxt.low), max(q.high, nxt.high)
            unit = nxt.unit or q.unit
            out.append(Quantity(q.value, low, high, unit, q.start, nxt.end,
                                string[q.start:nxt.end], q.hedged or nxt.hedged,
                                q.words, None, True))
            i = done = i + 2
            continue
        i += 1
    if out is None:
        return qs
    out += qs[done:]
    return out


_RANGE_WORDS = frozenset(["-", "\u2013", "\u2014", "to", "and", "or"])


def _may_join(string: str, gap_start: int, gap_end: int) -> bool:
    """False when ``P.range_gap.fullmatch(string[gap_start:gap_end])``
    surely fails.  The gap is then one of the joining words between runs of
    ``\\s`` (each ``str.isspace``): stripped, it is the word (in any case),
    and a gap longer than a dozen characters opens or ends with five
    spaces."""
    length = gap_end - gap_start
    if length <= 0:
        return False
    if length <= 12:
        return string[gap_start:gap_end].strip().lower() in _RANGE_WORDS
    return string[gap_start:gap_start + 5].isspace() or string[gap_end - 5:gap_end].isspace()


def _as(q: Quantity, **changes) -> Quantity:
        return q._replace(**changes)


class QuantityIndex:
    """Every quantity of one string, found in a single pass, by position."""

    __slots__ = ("string", "quantities", "_starts", "_by_sentence")

    def __init__(self, string: str) -> None:
        self.string = string
        self.quantities = find_quantities(string)
        self._starts = [q.start for q in self.quantities]
        self._by_sentence: tuple[object, list] | None = None

    def by_sentence(self, text) -> list[tuple[object, list[Quantity]]]:
        """(sentence, its quantities) for each sentence of ``text`` (a
        :class:`lintnews.text.Text` whose string this index is of) that holds
        a quantity wholly, in order.  Only the paragraphs holding a quantity
        are split into sentences (``Text.sentence_at``).  The answer is kept;
        callers must not change it."""
        if self._by_sentence is not None and self._by_sentence[0] is text:
            return self._by_sentence[1]
        out: list[tuple[object, list[Quantity]]] = []
        sentence = None
        for q in self.quantities:
            if sentence is None or not sentence.start <= q.start < sentence.end:
                sentence = text.sentence_at(q.start)
                if sentence is None:
                    continue
            if q.end <= sentence.end:
                if out and out[-1][0] is sentence:
                    out[-1][1].append(q)
                else:
                    out.append((sentence, [q]))
        self._by_sentence = (text, out)
        return out

    def within(self, start: int, end: int) -> list[Quantity]:
        """The quantities lying wholly inside ``[start, end)``."""
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.quantities) and self.quantities[i].start < end:
            q = self.quantities[i]
            if q.end <= end:
                out.append(q)
            i += 1
        return out


_INDEXES: list[QuantityIndex] = []


def _index_for(string: str) -> QuantityIndex:
    for index in _INDEXES:
        if index.string is string:
            return index
    index = QuantityIndex(string)
    _INDEXES.insert(0, index)
    del _INDEXES[4:]
    return index


def quantities_in(string: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Like :func:`find_quantities`, but the string is scanned once and the
    result kept for the next calls on the same string (the few texts of the
    document being checked)."""
    end = len(string) if end is None else end
    return _index_for(string).within(start, end)


def quantities_by_sentence(text) -> list[tuple[object, list[Quantity]]]:
    """(sentence, quantities) for the sentences of ``text`` holding a quantity, in order."""
    return _index_for(text.string).by_sentence(text)
