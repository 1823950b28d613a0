"""What a figure counts, whose it is, and when: a :class:`Mention`.

Two figures are the same quantity only when all of these agree:

* what is counted: a class of near-synonym nouns ("soldiers", "servicemen",
  "troops", "dead") and the event that befell them ("killed"), or for money
  the financial item ("profit", "revenue");
* whose it is: the entity of the clause ("Azerbaijan", "its" resolved to the
  nearest entity before it, "Yerevan" for Armenia);
* when: the years, wars and periods named in the sentence.

A figure whose clause speaks of a change ("rose", "up from"), a comparison
("than", "compared with"), a projection ("expected", "could"), a part
("including", "of whom") or a rate ("a year", "each") is not kept: its
value is not meant to equal the others.
"""
from __future__ import annotations

from typing import NamedTuple

from bisect import bisect_left, bisect_right
from functools import cache
from itertools import repeat
from operator import itemgetter

import regex

from lintnews.patterns import compile as cached_compile, compile_re as cached_compile_re

from .lexicon import ALIASES, EVENTS, NOT_ENTITIES, NOUN_EVENTS, NOUNS
from .numbers import Quantity, quantities_in, rx

MONEY_ITEMS = {
    "profit": "profit", "profits": "profit", "pre-tax": "profit", "earnings": "profit",
    "loss": "loss", "losses": "loss", "revenue": "revenue", "revenues": "revenue",
    "sales": "revenue", "turnover": "revenue", "debt": "debt", "debts": "debt",
    "fine": "fine", "fined": "fine", "bid": "bid", "offer": "bid", "takeover": "bid",
    "budget": "budget", "deficit": "deficit", "bonus": "bonus", "bonuses": "bonus",
    "salary": "salary", "pension": "pension", "damages": "damages",
    "compensation": "damages", "aid": "aid",
}


class Mention(NamedTuple):
    """One figure with what made it a quantity.

    :param quantity: the number and its interval.
    :param index: offset of the numeral in the text.
    :param counted: the class of what is counted ("people", "jobs", "profit").
    :param kind: within "people", who ("military", "civilian", "generic").
    :param noun: the word that named it ("soldiers", "dead").
    :param event: what happened to them ("killed"), or "" for money.
    :param owner: the canonical entity whose figure it is.
    :param owner_word: how the owner was written ("its", "Yerevan").
    :param years: years, decades and wars named in the sentence.
    :param soft: weekdays and months named in the sentence.
    :param total: the clause says "in total", "both sides", "combined".
    :param where: places the clause narrows the figure to ("in Aceh").
    """

    quantity: Quantity
    index: int
    counted: str
    kind: str
    noun: str
    event: str
    owner: str
    owner_word: str
    years: frozenset
    soft: frozenset
    total: bool
    where: frozenset = frozenset()

    def key(self) -> tuple:
        return (self.counted, self.event, self.owner, self.quantity.unit, self.years, self.total)

    def compatible(self, other: "Mention", where: frozenset | None = None) -> bool:
        """Same key already; do the kinds, places and soft periods allow one
        quantity?  ``where`` stands in for this mention's places."""
        if self.kind != other.kind and "generic" not in (self.kind, other.kind):
            return False
        if (self.where if where is None else where) != other.where:
            return False  # "1,500 died in Tamil Nadu" is a part of India's toll
        if self.soft and other.soft and not (self.soft & other.soft):
            return False
        return True


@cache
def _clause_split_re() -> regex.Pattern:
    return cached_compile(
        r";|:|\s[—–-]\s|\(|\)|,\s*(?:and|but|while|whereas)\b|\b(?:while|whereas|but)\b",
        regex.IGNORECASE)


@cache
def _skip_clause_re() -> regex.Pattern:
    # change, comparison, projection, part, rate, condition: the figure is not
    # a statement of the level that other mentions report
    return cached_compile(
        r"""\b(?:
            rose|risen|rise|rises|rising|increased?|increases|increasing|fell|fallen|falls|
            falling|drop(?:ped|s|ping)?|declin\w+|climb\w*|jump\w*|grew|grown|grow|grows|
            growing|doubled|tripled|trebled|halved|soar\w*|surg\w*|plung\w*|slump\w*|
            up\s+from|down\s+from|from\s+(?:an?\s+|the\s+)?[\d$£€]|revis\w+|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|
            earlier|later|first\s+reported|compared|comparison|
            (?<!(?:more|less|fewer|greater|no|not)\s)than|versus|vs|ago|
            so\s+far|to\s+date|now|latest|updated?|raised?|lowered?|added|another|further|
            additional|extra|(?:more|fewer|less)(?!\s+than)|expect\w*|forecast\w*|predict\w*|estimates?|
            project\w*|could|would|might|(?-i:may)|will|plans?|planned|planning|target\w*|aims?|
            hopes?|wants?|if|unless|including|includes?|included|among|of\s+whom|of\s+which|
            each|per|every|average|averag\w+|median|rate|a\s+(?:day|week|month|year)|
            annual\w*|weekly|monthly|daily|hourly|almost\s+all|
            highest|lowest|biggest|largest|smallest|(?<!at\s)most|(?<!at\s)least|
            another|next|
            not|never|no|nor|neither|instead|rather|deny|denied|denies|false|wrong|
            claims?\s+(?:that|to)|claimed\s+(?:that|to)|claiming|alleg\w+|rumou?r\w*|reportedly|unconfirmed|some\s+of|half\s+of|a\s+half|one\s+half|quarter\s+of|
            third\s+of|fraction|percent|per\s+cent|proportion|share|majority|minority
        )\b""",
        regex.VERBOSE | regex.IGNORECASE,
    )


# Words that ``_skip_clause_re`` matches wherever one stands alone (a test
# checks each), and the stems of the words it matches by their start: a
# clause's plain words settle most searches without that pattern, which is
# slow to scan with.
_SKIP_WORDS = frozenset("""
    rose risen rise rises rising increase increased increases increasing fell fallen falls falling
    drop dropped drops dropping grew grown grow grows growing doubled tripled trebled halved
    previous previously initial initially original originally earlier later compared comparison
    versus vs ago now latest update updated raise raised lowered added another further
    additional extra estimate estimates could would might will plan plans planned planning aim
    aims hope hopes want wants if unless including include includes included among each per
    every average median rate weekly monthly daily hourly highest lowest biggest largest smallest
    next not never no nor neither instead rather deny denied denies false wrong claiming
    reportedly unconfirmed fraction percent proportion share majority minority
""".split())
_SKIP_STEMS = ("climb", "jump", "soar", "surg", "plung", "slump", "expect", "forecast", "predict",
               "project", "target", "annual", "rumor", "rumour")
# The first word of each phrase of ``_skip_clause_re`` (lower-cased, with
# each optional ending), and the stems it reads with any ending: a match of
# the pattern opens with one of them (a test checks each word of the pattern).
_SKIP_FIRST_WORDS = _SKIP_WORDS | frozenset("""
    up down from first than so to lowere more fewer less may of a almost most least claim claims
    claimed some half one quarter third
""".split())
_SKIP_FIRST_STEMS = _SKIP_STEMS + ("declin", "revis", "averag", "alleg")


# The calls below on each figure or sentence pass ``concurrent=False`` by
# position (the argument after ``endpos``; after ``overlapped`` for
# ``finditer``): see lintnews.patterns.


def _plain(c: str) -> bool:
    """Space or ASCII punctuation: never a word character for ``\\b``."""
    return c.isspace() or c.isascii() and not c.isalnum() and c != "_"


def _skip_clause(string: str, start: int, end: int) -> bool:
    """``bool(_skip_clause_re().search(string, start, end))``.

    A search tries the pattern's hundred words at every character, about
    2,500 instructions each.  A match opens with a letter after a word
    boundary, and with one of the pattern's first words or stems
    (``_SKIP_FIRST_WORDS``, ``_SKIP_FIRST_STEMS``): where the clause holds
    no word character outside ASCII, that is the start of a run of ASCII
    letters (no character outside ASCII matches an ASCII letter
    case-insensitively but a word character), so the pattern is tried only
    at the runs that are such words, and not at all when a skip word
    standing alone settles it.  The runs are read from the clause
    lower-cased as bytes with every other character a space (the bytes
    methods cost a fraction of a pattern's scan)."""
    seg = string[start:end]
    if not seg.isascii() and _NOT_ASCII_WORD.search(seg) is not None:
        return _skip_clause_re().search(string, start, end, False) is not None
    # the runs, between spaces: the run at ``runs[i + 1:]`` stands at ``start + i``
    runs = b" " + seg.encode("ascii", "replace").lower().translate(_RUNS_ONLY) + b" "
    words = runs.split()
    firsts = _SKIP_FIRST_WORDS_BYTES.intersection(words)
    if not _SKIP_FIRST_STEMS_HEADS.isdisjoint(map(_head, words)):
        firsts = firsts.union([w for w in words if w.startswith(_SKIP_FIRST_STEMS_BYTES)])
    if not firsts:
        return False
    starts = []
    for word in firsts:
        key = b" " + word + b" "
        i = runs.find(key)
        while i >= 0:
            starts.append((start + i, word))
            i = runs.find(key, i + 1)
    starts.sort()
    size = len(string)
    for a, word in starts:
        if word in _SKIP_WORDS_BYTES or word.startswith(_SKIP_STEMS_BYTES):
            b = a + len(word)
            if _plain(string[a - 1] if a else " ") and _plain(string[b] if b < size else " "):
                return True
    match = _skip_clause_re().match
    for a, word in starts:
        follow = _SKIP_NEXT_WORDS.get(word)
        if follow is not None:
            # the next run, when the window shows all of it
            rest = runs[a - start + 1 + len(word):a - start + 25 + len(word)].lstrip()
            space = rest.find(b" ")
            if space > 0 and rest[:space] not in follow:
                continue
        if match(string, a, end, False) is not None:
            return True
    return False


# a word character outside ASCII (``\w`` as the skip pattern reads it)
_NOT_ASCII_WORD = cached_compile(r"[^\W\x00-\x7f]")
# lower-cased ASCII bytes: letters kept, every other byte a space
_RUNS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_SKIP_WORDS_BYTES = frozenset(w.encode("ascii") for w in _SKIP_WORDS)
_SKIP_STEMS_BYTES = tuple(s.encode("ascii") for s in _SKIP_STEMS)
_SKIP_FIRST_WORDS_BYTES = frozenset(w.encode("ascii") for w in _SKIP_FIRST_WORDS)
_SKIP_FIRST_STEMS_BYTES = tuple(s.encode("ascii") for s in _SKIP_FIRST_STEMS)
# a word opens with a first stem only if it opens with the stem's first
# four letters (no stem is shorter)
_SKIP_FIRST_STEMS_HEADS = frozenset(s[:4] for s in _SKIP_FIRST_STEMS_BYTES)
_head = itemgetter(slice(0, 4))
# The commonest first words open only phrases of the pattern ("of whom",
# "a year"): where the next run of letters is none of the words that may
# follow, the pattern cannot match (a test holds this to the pattern).
_SKIP_NEXT_WORDS = {b"of": frozenset((b"whom", b"which")), b"to": frozenset((b"date",)),
                    b"a": frozenset((b"day", b"week", b"month", b"year", b"half")),
                    b"one": frozenset((b"half",))}


@cache
def _years_re() -> regex.Pattern:
    return cached_compile(
        r"(?P<pre>\b(?:since|from|than|after|before|until|till|by|compared\s+(?:with|to)|"
        r"versus|between|to)\s+(?:the\s+)?(?:(?:early|mid|late)[- ])?)?"
        r"\b(?P<y>(?:1[89]|20)\d\d(?:s|/\d\d)?)\b"
        r"|(?P<war>\b(?:first|second)\s+world\s+war\b|\bgulf\s+war\b|\bcold\s+war\b"
        r"|\bworld\s+war\s+(?:one|two|i{1,2})\b)"
        r"|(?P<rel>\b(?:last|this|next|previous|past|same|fiscal|financial|coming)\s+"
        r"(?:year|month|quarter|season|decade|century|week)\b"
        r"|\b(?:first|second|third|fourth|final)\s+(?:quarter|half)\b"
        r"|\byear\s+(?:earlier|before|ago)\b)",
        regex.IGNORECASE)


_SOFT_RE = cached_compile(
    r"\b(?P<pre>since\s+|from\s+|until\s+)?(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|june|july|august|september|october|november|december)\b",
    regex.IGNORECASE)

_ENTITY_RE = cached_compile(
    r"(?<![\p{L}\p{N}])(?P<name>\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s)?"
    r"(?:\s+(?:of\s+|de\s+|al-)?\p{Lu}[\p{L}\p{M}.&-]*(?:['’]s)?)*)")

_PRONOUN_RE = cached_compile(r"\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}$", regex.IGNORECASE)
_OF_PRONOUN = r"\s+of\s+(?:its|their)\s"
_OF_PRONOUN_RE = cached_compile("^" + _OF_PRONOUN, regex.IGNORECASE)
_TOTAL_RE = cached_compile(
    r"\b(?:both\s+sides|in\s+total|a\s+total\s+of|totall?ing|total|combined|altogether|"
    r"overall|in\s+all|all\s+sides|together)\b", regex.IGNORECASE)
_NUMBER_OF_RE = cached_compile(
    r"\b(?:(?P<death>death)\s+toll|(?:number|toll|tally|count|total)\s+of\s+"
    r"(?:the\s+)?(?P<noun>[\p{L}-]+))\b[^,;]{0,40}$", regex.IGNORECASE)
_EVENT_AFTER = (r"\s+(?:(?:were|was|had|have|has|are|been|reportedly|also)\s+){0,3}"
                r"(?:killed|died|dead|injured|wounded|hurt|missing|arrested|detained|evacuated|"
                r"kidnapped|abducted|perished)\b")
_EVENT_AFTER_RE = cached_compile("^" + _EVENT_AFTER, regex.IGNORECASE)
_EVENT_BEFORE_RE = cached_compile(
    r"\b(?:kill(?:s|ed|ing)?|injur(?:es|ed|ing)|wound(?:s|ed|ing)|left)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to)\s+)?$",
    regex.IGNORECASE)
_DEMONYM_AFTER_RE = cached_compile(r"\s+(?:of\s+(?:the\s+)?)?(?P<d>\p{Lu}[\p{L}-]+)\s+[\p{Ll}]")
# a sentence-opening word that speaks is a name: "Nortel said", not "Floods said"
_SPEAKER_AFTER = cached_compile(r"(?<![sS])\s+(?:said|says|announced|reported|confirmed|told|"
                               r"admitted|insisted|added|stated)\b")
_WHERE_RE = cached_compile(
    r"\b(?:in|at|near|across|throughout|outside|inside)\s+(?P<p>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)")
_LOCATIVE_BEFORE = cached_compile(
    r"\b(?:in|at|near|on|across|into|outside|inside|to|from|over|around|against|with|by|"
    r"between|toward|towards|through)\s+(?:the\s+)?$", regex.IGNORECASE)
_WORD_RE = cached_compile(r"[\p{L}][\p{L}'’-]*")
_SKIP_LINE_RE = cached_compile(
    r"\s*(?:read\s+also|related|see\s+also|previous\s+article|next\s+article|more\s+on|"
    r"also\s+read|watch|listen|photo|picture|image|caption|source)\b", regex.IGNORECASE)

# Counting any plural noun ("flights", "adults") was tried on the corpus: it paired
# figures of different events and trials, so only the lexicon's nouns count.
_GENERIC_NOUNS = False
# plural words after a number that do not name a counted thing of their own
_NOT_COUNTED = frozenset("""
years months weeks days hours minutes seconds decades centuries times points goals
runs wickets sets games matches laps miles metres meters kilometres feet inches yards
pounds dollars euros pence cents shares percent others ones tons tonnes litres gallons
degrees votes seats marks rounds places positions times pages words hits
""".split())

_STOP_NOUN = frozenset("""
were was had have has are is be been being in on at of from to and or by for with as that
which who whom whose said says say after before during since while when where but than
than about over under into across this these those it its their his her
""".split())


class DocumentContext:
    """What is known of a whole text for resolving entities.

    ``names`` is found on first use: most texts have no figure that needs it.
    """

    __slots__ = ("string", "_names")

    def __init__(self, string: str) -> None:
        self.string = string
        self._names: set[str] | None = None

    @property
    def names(self) -> set[str]:
        # words seen capitalised in mid-sentence: names, not sentence openers
        if self._names is None:
            self._names = {m.group(1) for m in _names_re().finditer(self.string)}
        return self._names


@cache
def _names_re() -> regex.Pattern:
    return rx(r"(?<=[\p{Ll},;][ \t]+)(\p{Lu}[\p{L}-]+)")


_CONTEXTS: list[DocumentContext] = []


def context_for(string: str) -> DocumentContext:
    """The :class:`DocumentContext` of ``string``, shared by the rules that
    look at the same text (the last few texts are kept)."""
    for ctx in _CONTEXTS:
        if ctx.string is string:
            return ctx
    ctx = DocumentContext(string)
    _CONTEXTS.insert(0, ctx)
    del _CONTEXTS[4:]
    return ctx


def canonical(name: str) -> str | None:
    """The entity a name stands for, or None when it is not an entity."""
    name = rx(r"['’]s$").sub("", name.strip())
    words = name.split()
    original = words
    while words and words[0].lower() in NOT_ENTITIES:
        words = words[1:]
    if words and words[0].lower() in ("of", "de", "al-"):
        # "Ministry of Defence": keep the whole name, less any determiner
        words = original[1:] if original[0].lower() in ("the", "a", "an") else original
    if not words:
        return None
    full = " ".join(words)
    if full.lower() in ALIASES:
        return ALIASES[full.lower()]
    first = words[0]
    if len(words) > 1 and rx(r"['’]s$").search(first):
        base = rx(r"['’]s$").sub("", first)
        if base.lower() in ALIASES:
            return ALIASES[base.lower()]
        return base
    if len(full) < 2:
        return None
    return full


def _entities(string: str, start: int, end: int, sentence_start: int,
              ctx: DocumentContext) -> list[tuple[int, str, str]]:
    """(offset, canonical, as written) of entities in ``string[start:end]``,
    leaving out locations ("in Baku") and sentence openers that are not names."""
    out = []
    for m in _ENTITY_RE.finditer(string, start, end):
        written = m["name"]
        first = written.split()[0]
        first_base = rx(r"['’]s$").sub("", first)
        if m.start() == sentence_start or string[sentence_start:m.start()].strip() in ('"', "“", "‘"):
            if first_base.lower() not in ALIASES and first_base not in ctx.names \
                    and first == first_base and not _SPEAKER_AFTER.match(string, m.end()):
                rest = written.split()[1:]
                if not rest:
                    continue
        if _LOCATIVE_BEFORE.search(string, max(start, m.start() - 12), m.start()):
            continue
        canon = canonical(written)
        if canon is None:
            continue
        shown = rx(r"['’]s$").sub("", written)
        for w in written.split():
            base = rx(r"['’]s$").sub("", w)
            if ALIASES.get(base.lower()) == canon:
                shown = base
                break
        out.append((m.start(), canon, shown))
    return out


def _clause_bounds(string: str, sent_start: int, sent_end: int, index: int,
                   splits: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The clause of ``index``; ``splits`` are the sentence's clause breaks
    when already found."""
    if splits is None:
        splits = _clause_splits(string, sent_start, sent_end)
    # the breaks are disjoint and in order: the clause opens at the end of
    # the last one ending by ``index`` and closes at the first starting at
    # or after it (binary searches: a sentence may hold thousands)
    i = bisect_right(splits, index, key=_end_of)
    j = bisect_left(splits, index, key=_start_of)
    start = splits[i - 1][1] if i else sent_start
    end = splits[j][0] if j < len(splits) else sent_end
    return start, end


CLAUSE_REACH = 240  # characters of its clause a figure is read with, on each side


def _clause_window(string: str, q: Quantity, start: int, end: int) -> tuple[int, int]:
    """The part of the clause ``[start, end)`` that the figure ``q`` is read
    with: at most CLAUSE_REACH characters either side of it, cut at a space.

    Every test on a figure (what it counts, whose it is, the event, a skip
    word, "in total") reads its clause; a "clause" of tens of thousands of
    characters with no punctuation (a table flattened to text, a scraped
    list) would make that quadratic in the figures it holds.  A real clause
    is far shorter than the reach, so this changes nothing on prose.
    """
    if q.start - start > CLAUSE_REACH:
        cut = q.start - CLAUSE_REACH
        space = string.find(" ", cut, q.start)
        start = space + 1 if space >= 0 else cut
    if end - q.end > CLAUSE_REACH:
        cut = q.end + CLAUSE_REACH
        space = string.rfind(" ", q.end, cut)
        end = space if space > q.end else cut
    return start, end


def _start_of(span: tuple[int, int]) -> int:
    return span[0]


def _end_of(span: tuple[int, int]) -> int:
    return span[1]


def _clause_splits(string: str, sent_start: int, sent_end: int) -> list[tuple[int, int]]:
    """The spans of ``_clause_split_re().finditer(string, sent_start, sent_end)``.

    Every match starts at a semicolon, colon, bracket or comma, one
    character before a dash, or at "but", "while" or "whereas"; those
    places are found in :func:`_ascii_lower`'s bytes (with ``find``, the
    commas with ``_COMMA_PLACE``), the dashes outside ASCII in the
    sentence, and the pattern is tried only where the character at the
    place leaves it a chance (see ``_SPLIT_AT``).  Where lower-casing is
    not one character for one (a dotted capital I, which matches "i"), the
    pattern scans as before.
    """
    seg = string[sent_start:sent_end]
    low = _ascii_lower(seg)
    if low is None:
        return [m.span() for m in _clause_split_re().finditer(string, sent_start, sent_end)]
    places = []
    for piece, back in _SPLIT_PIECES:
        i = low.find(piece)
        while i >= 0:
            places.append(i - back)
            i = low.find(piece, i + 1)
    places.extend(m.start() for m in _COMMA_PLACE.finditer(low))
    if not seg.isascii():
        for piece in "\u2014\u2013":  # (dashes: "?" in ``low``)
            i = seg.find(piece)
            while i >= 0:
                places.append(i - 1)
                i = seg.find(piece, i + 1)
    if not places:
        return []
    places.sort()
    out = []
    match = _clause_split_re().match
    end = 0
    for p in places:
        if p < end:
            continue
        how = _SPLIT_AT[low[p]]
        if how == _ONE_CHARACTER:
            out.append((sent_start + p, sent_start + p + 1))
            end = p + 1
            continue
        if how == _NONE or how == _AFTER_BOUNDARY and p and low[p - 1] in _ASCII_WORD_BYTES:
            continue
        m = match(string, sent_start + p, sent_end, False)
        if m is not None:
            out.append(m.span())
            end = m.end() - sent_start
    return out


# (piece, how far before it a match starts), in the lower-cased bytes
_SPLIT_PIECES = ((b";", 0), (b":", 0), (b"(", 0), (b")", 0), (b"-", 1),
                 (b"but", 0), (b"while", 0), (b"wherea", 0))  # "whereaſ": a long s matches "s"
# The commas of ``_ascii_lower``'s bytes where the pattern's comma may
# match: before white space ("?" for any outside ASCII) and the start of
# "and", "but", "while" or "whereas".  Of the letters of these words, only
# "i" and "s" match characters outside ASCII case-insensitively (a dotted
# capital I, for which the pattern scans, and a long s, after "wherea").
# A scraped list may hold thousands of commas: each is passed over in C.
_COMMA_PLACE = cached_compile_re(rb",(?=[\t-\r ?]*(?:and|but|while|wherea))")
# What the pattern may do at a place, by its byte in ``_ascii_lower``'s
# bytes ("?": any character outside ASCII).  A semicolon, colon or bracket
# is a match of one character whatever follows (the first alternative that
# holds there); "b" or "w" opens a match only after a word boundary (none
# after an ASCII letter, digit or underscore); a comma (one that
# ``_COMMA_PLACE`` kept), white space before a dash, or a character outside
# ASCII may open one; no alternative opens with any other letter, a digit,
# or other punctuation.
_NONE, _ASK, _AFTER_BOUNDARY, _ONE_CHARACTER = range(4)
_SPLIT_AT = [_NONE] * 256
for _c in b", \t\n\r\x0b\x0c?":
    _SPLIT_AT[_c] = _ASK
for _c in b"bw":
    _SPLIT_AT[_c] = _AFTER_BOUNDARY
for _c in b";:()":
    _SPLIT_AT[_c] = _ONE_CHARACTER
_ASCII_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


@cache
def _at_re(pattern: str) -> regex.Pattern:
    """``pattern`` for ``match(string, pos, endpos)``: the same as matching
    ``"^" + pattern`` on the slice."""
    return cached_compile(pattern, regex.IGNORECASE)


# what the words before a count must hold for ``_counted`` to read them:
# the words its two patterns on them need (see the gate in ``_counted``)
_BEFORE_KEYWORDS = ("kill", "injur", "wound", "left", "toll", "number", "tally", "count", "total")


def _first_keyword_end(string: str, sent_start: int, sent_end: int) -> int:
    """Where the first of ``_BEFORE_KEYWORDS`` in the lower-cased sentence
    ends (an offset in ``string``), or ``sent_start`` when lower-casing is not
    one character for one (any place may then hold one).  (Most sentences
    hold none: ``in`` rules each out at half the cost of ``find``.)"""
    seg = string[sent_start:sent_end]
    low = seg.lower()
    if len(low) != len(seg):
        return sent_start
    present = [k for k in _BEFORE_KEYWORDS if k in low]
    if not present:
        return sent_end + 1
    return sent_start + min([low.find(k) + len(k) for k in present])


def _ascii_lower(seg: str) -> bytes | None:
    """``seg.lower()`` as ASCII bytes, each character outside ASCII one "?"
    (``bytes.lower`` costs far less than ``str.lower`` on a text that is not
    all ASCII), or None when lower-casing is not one character for one (a
    dotted capital I, the one character that lower-cases to two).  The only
    other character whose lower case is ASCII, the Kelvin sign, is read as
    the "k" it lower-cases to, so ASCII letters stand where ``seg.lower()``
    has them."""
    if seg.isascii():
        return seg.encode("ascii").lower()
    if "\u0130" in seg:
        return None
    return seg.replace("\u212a", "k").encode("ascii", "replace").lower()


_MAY_COUNT_REACH = 400


def _may_count(string: str, q: Quantity, sent_end: int, keyword_end: int) -> bool:
    """False when ``_counted`` surely finds nothing for a count ``q`` (no
    unit) in any clause of its sentence: the words after it within the
    sentence name nothing counted and no event, and no word before it (from
    ``keyword_end``, see :func:`_first_keyword_end`) is one that its
    patterns on the words before need.  A clause's words after ``q`` are the
    first of the sentence's, so what is found in the clause is found here.
    Cheaper than finding the clause, which most figures do not need."""
    if keyword_end <= q.start or _GENERIC_NOUNS or sent_end - q.end > _MAY_COUNT_REACH:
        return True  # (a long rest of the sentence: not worth the look, and
                     # each look stays short in a sentence of many figures)
    # (plain characters rule out the two patterns after ``q`` for most figures)
    opens = _opening_word(string, q.end, sent_end)
    m = _at_re(_OF_PRONOUN).match(string, q.end, sent_end, False) if opens in (None, "of") else None
    pos = m.end() if m else q.end
    for i, w in enumerate(_WORD_RE.finditer(string, pos, sent_end, False, False)):
        if i >= 3:
            break
        word = w.group(0).lower()
        if word in NOUNS:
            return True
        if word in _STOP_NOUN or word in EVENTS:
            break
    if opens is not None and opens not in _EVENT_OPENERS:
        return False
    return _at_re(_EVENT_AFTER).match(string, q.end, sent_end, False) is not None


# the words that may open ``_EVENT_AFTER`` after its space
_EVENT_OPENERS = frozenset("""were was had have has are been reportedly also killed died dead
    injured wounded hurt missing arrested detained evacuated kidnapped abducted perished""".split())
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _opening_word(string: str, pos: int, end: int) -> str | None:
    """What plain characters tell of the patterns that open with ``\\s+``
    and a word (``_OF_PRONOUN``, ``_EVENT_AFTER``) at ``pos`` (up to
    ``end``): "" when they cannot match (printable ASCII other than a space,
    or nothing, at ``pos``), the word lower-cased when one space and a run of
    ASCII letters (ended by ASCII or ``end``) open the text, None when the
    patterns must say (other spaces, characters outside ASCII: case folding
    and ``\\s`` beyond ASCII are regex's to read)."""
    if pos >= end:
        return ""
    c = string[pos]
    if c != " ":
        return None if c.isspace() or not c.isascii() else ""
    seg = string[pos + 1:min(end, pos + 14)]
    n = len(seg) - len(seg.lstrip(_LETTERS))
    if not n or n < len(seg) and not seg[n].isascii():
        return None
    return seg[:n].lower()


def _money_words(seg: str) -> set[str]:
    """The words of ``seg`` (``_WORD_RE``'s, lower-cased) that are keys of
    ``MONEY_ITEMS``.

    Where no character outside ASCII is a letter or "’", a word is an ASCII
    letter and what follows it of letters, "'" and "-": the pieces of
    those characters in the lower-cased bytes (the rest made spaces), less
    what opens them before a letter.  Found with bytes methods in C, at a
    fraction of the pattern's cost."""
    if seg.isascii() or _WORD_LETTER.search("".join(_NOT_ASCII_RUN.findall(seg))) is None:
        pieces = seg.encode("ascii", "replace").lower().translate(_WORDS_ONLY).split()
        return {w.decode("ascii") for w in
                _MONEY_ITEMS_BYTES.intersection(map(bytes.lstrip, pieces, repeat(b"'-")))}
    return {w.lower() for w in _WORD_RE.findall(seg) if w.lower() in MONEY_ITEMS}


# what stands outside ASCII, and a character of ``_WORD_RE``'s words there
_NOT_ASCII_RUN = cached_compile(r"[^\x00-\x7f]+")
_WORD_LETTER = cached_compile(r"[\p{L}’]")
# lower-cased ASCII bytes: letters, "'" and "-" kept, every other byte a space
_WORDS_ONLY = bytes(c if 97 <= c <= 122 or c in b"'-" else 32 for c in range(256))
_MONEY_ITEMS_BYTES = frozenset(k.encode("ascii") for k in MONEY_ITEMS)


def _counted(string: str, q: Quantity, clause_start: int, clause_end: int) -> tuple[str, str, str] | None:
    """(class, kind, noun) of what ``q`` counts, or None."""
    if q.unit in ("%",):
        return None
    if q.unit:
        # money: the financial item named in the clause
        items = {MONEY_ITEMS[w] for w in _money_words(string[clause_start:clause_end])}
        if len(items) == 1:
            item = items.pop()
            return item, "generic", item
        return None
    after = string[q.end:clause_end]
    m = _OF_PRONOUN_RE.match(after, 0, None, False)
    pos = m.end() if m else 0
    for i, w in enumerate(_WORD_RE.finditer(after, pos, None, False, False)):
        if i >= 3:
            break
        word = w.group(0).lower()
        if word in NOUNS:
            cls, kind = NOUNS[word]
            return cls, kind, w.group(0)
        if word in _STOP_NOUN or word in EVENTS:
            break
        if i == 0 and _GENERIC_NOUNS and rx(r"[a-z]{3,}s").fullmatch(w.group(0)) \
                and word not in _NOT_COUNTED:
            return "noun:" + word, "generic", w.group(0)
    before = string[clause_start:q.start]
    # the two patterns on the words before need a word that lower-cases to
    # one of these, unless a dotted capital I (which matches "i" and
    # lower-cases to two characters) is there
    low = before.lower() if "\u0130" not in before else None
    if _EVENT_AFTER_RE.match(after, 0, None, False) or (
            low is None or "kill" in low or "injur" in low or "wound" in low or "left" in low) \
            and _EVENT_BEFORE_RE.search(string, clause_start, q.start, False):
        return "people", "generic", "people"
    if low is not None and "toll" not in low and "number" not in low and "tally" not in low \
            and "count" not in low and "total" not in low:
        return None
    nm = _NUMBER_OF_RE.search(before, 0, None, False)
    if nm:
        if nm["death"]:
            return "people", "generic", "dead"
        word = nm["noun"].lower()
        if word in NOUNS:
            cls, kind = NOUNS[word]
            return cls, kind, nm["noun"]
    return None


def _event(string: str, q: Quantity, clause_start: int, clause_end: int, noun: str,
           next_start: int) -> str | None:
    """The event of the figure: the noun's own ("dead"), else the first event
    word after it (before the next figure), else the last one before it."""
    if noun.lower() in NOUN_EVENTS:
        return NOUN_EVENTS[noun.lower()]
    for w in _WORD_RE.finditer(string, q.end, min(clause_end, next_start), False, False):
        event = EVENTS.get(w.group(0).lower())
        if event:
            return event
    last = None
    for w in _WORD_RE.finditer(string, clause_start, q.start, False, False):
        event = EVENTS.get(w.group(0).lower())
        if event:
            last = event
    return last


def _its(entity: tuple[int, str, str]) -> str:
    return "its" if entity[2] == entity[1] else entity[2]


def _owner(string: str, q: Quantity, sent_start: int, clause_start: int, clause_end: int,
           ctx: DocumentContext) -> tuple[str, str] | None:
    before = _entities(string, clause_start, q.start, sent_start, ctx)
    distinct = {c for _, c, _ in before}
    demonym = _DEMONYM_AFTER_RE.match(string, q.end, clause_end)
    demonym_owner = ALIASES.get(demonym["d"].lower()) if demonym else None
    if demonym_owner and distinct and distinct != {demonym_owner}:
        # "Armenia said 50 Azerbaijani soldiers": the speaker is not the
        # owner; whose figure it is, is not clear enough to compare
        return None
    pronoun = _PRONOUN_RE.search(string, clause_start, q.start) or \
        _OF_PRONOUN_RE.match(string[q.end:clause_end])
    if pronoun:
        # shown as the name "its" stands for, when that is not the owner's own
        if before:
            return before[-1][1], _its(before[-1])
        earlier = _entities(string, sent_start, clause_start, sent_start, ctx)
        if earlier and len({c for _, c, _ in earlier}) == 1:
            return earlier[-1][1], _its(earlier[-1])
        return None
    if len(distinct) == 1:
        return before[-1][1], before[-1][2]
    if distinct:
        return None
    if demonym_owner:
        return demonym_owner, demonym["d"]
    after = string[q.end:clause_end]
    m = rx(r"\baccording\s+to\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:of\s+)?"
                     r"(?P<n>\p{Lu}[\p{L}-]+(?:['’]s)?)").search(after)
    if m:
        canon = canonical(m["n"])
        if canon:
            return canon, m["n"]
    return None


def _periods(string: str, start: int, end: int) -> tuple[frozenset, frozenset]:
    years = set()
    for m in _years_re().finditer(string, start, end):
        if m["y"]:
            if m["pre"]:
                continue
            years.add(m["y"])
        elif m["war"]:
            years.add(rx(r"\s+").sub(" ", m["war"].lower()))
        else:
            years.add(rx(r"\s+").sub(" ", m["rel"].lower()))
    soft = {m["w"].lower() for m in _SOFT_RE.finditer(string, start, end) if not m["pre"]}
    return frozenset(years), frozenset(soft)


def mentions_in_sentence(string: str, sent_start: int, sent_end: int,
                         ctx: DocumentContext, *, require_owner: bool = True,
                         skip_re: regex.Pattern | None = None,
                         quantities: list[Quantity] | None = None) -> list[Mention]:
    """Every figure of ``string[sent_start:sent_end]`` that is a comparable quantity.

    With ``require_owner=False`` (headlines, which name no one) a figure
    without an owner is kept with the owner ``""``.  ``quantities``, when
    given, are the sentence's (``quantities_in(string, sent_start, sent_end)``).
    """
    out: list[Mention] = []
    if quantities is None:
        quantities = quantities_in(string, sent_start, sent_end)
    if not quantities:
        return out
    periods = None  # found when a figure is kept
    splits = None
    skipped: dict[tuple[int, int], bool] = {}
    keyword_end = None
    for i, q in enumerate(quantities):
        if q.update or q.value < 2 and not q.unit or q.unit == "%":
            continue  # (``_counted`` never counts a percentage)
        if not q.unit:
            if keyword_end is None:
                keyword_end = _first_keyword_end(string, sent_start, sent_end)
            if not _may_count(string, q, sent_end, keyword_end):
                continue
        if splits is None:
            # the first figure worth a closer look: a line of links or a
            # caption holds none (asked only now: most sentences have none)
            line_start = string.rfind("\n", 0, sent_start) + 1
            if _SKIP_LINE_RE.match(string, line_start, None, False):
                return out
            splits = _clause_splits(string, sent_start, sent_end)
        cs, ce = _clause_window(string, q, *_clause_bounds(string, sent_start, sent_end,
                                                           q.start, splits))
        # both tests must pass; the cheaper, and more often failed, first
        counted = _counted(string, q, cs, ce)
        if counted is None:
            continue
        skip = skipped.get((cs, ce))
        if skip is None:
            skip = skipped[(cs, ce)] = bool(_skip_clause(string, cs, ce)
                                            or skip_re and skip_re.search(string, cs, ce))
        if skip:
            continue
        cls, kind, noun = counted
        next_start = quantities[i + 1].start if i + 1 < len(quantities) else sent_end
        if q.unit:
            event = ""
        elif cls == "people":
            event = _event(string, q, cs, ce, noun, next_start)
            if event is None:
                continue
        else:
            event = _event(string, q, cs, ce, noun, next_start) or ""
        owner = _owner(string, q, sent_start, cs, ce, ctx)
        total = bool(_TOTAL_RE.search(string, cs, ce, False))
        if owner is None:
            if total:
                owner = ("all", "all")
            elif require_owner:
                continue
            else:
                owner = ("", "")
        where = frozenset(canonical(m["p"]) or m["p"] for m in _WHERE_RE.finditer(string, cs, ce)) \
            - {owner[0], None}
        if periods is None:
            periods = _periods(string, sent_start, sent_end)
        years, soft = periods
        out.append(Mention(q, q.start, cls, kind, noun, event, owner[0], owner[1],
                           years, soft, total, where))
    return out
