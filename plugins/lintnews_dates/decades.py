"""DT001: a decade where one year is meant; DT002: decades spelt with an apostrophe."""
from __future__ import annotations

import functools
import re

from lintnews.patterns import compile_re
from typing import TYPE_CHECKING, Iterator

from .calendar import SpanIndex, lazy, lazy_scanner, named_years

if TYPE_CHECKING:
    from lintnews import Finding
    from lintnews.document import Document
    from lintnews.text import Text

# --- DT001 -------------------------------------------------------------------

#: A decade reads as a period of its own once this many of its years are past.
HALF_DECADE = 4

_DECADE = lazy_scanner(r"(?<![\w'’‘-])(?P<decade>(?:1[89]|20)[0-9]0)s\b")


_LEAD_ENDS = ("the ", "the\u00a0", "the\t", "and ", " or ")


def _decades(string: str) -> list:
    """The matches of _DECADE.finditer(string), each tried where its "0s" stands (three
    characters on from its start): a str.find, where the regex scan tried the pattern's
    look-behind at every character.  No two matches can overlap (each is all word
    characters, after none), so each is found whole, as the scan finds it."""
    found = []
    match = _DECADE.match
    at = string.find("0s", 3)
    while at >= 0:
        m = match(string, at - 3)
        if m is not None:
            found.append(m)
        at = string.find("0s", at + 2)
    return found


@functools.cache
def _decade_lead_re() -> re.Pattern:
    # "in the 2020s", "during the 2020s", and the second of "in the 1990s and
    # (in) (the) 2020s".  Not "since", "by", "for", "until", "the early 2020s".
    return compile_re(
        r"""(?:
            \b(?:[Ii]n|[Dd]uring)[ \t\u00a0]+(?P<the>the[ \t\u00a0]+)
          | (?:1[89]|20)[0-9]0s[ \t\u00a0]+(?:and|or)[ \t\u00a0]+(?:(?:in|during)[ \t\u00a0]+)?(?P<the2>the[ \t\u00a0]+)?
        )\Z""",
        re.VERBOSE,
    )


_IRREGULAR_PAST = frozenset("""
    was were did had fought won lost began saw took made came went held led broke fell
    rose grew became brought built bought caught chose drew drove ate fled flew forgot
    froze gave hid hit hurt kept knew laid left lent let lay met paid put quit ran rang
    said sank sat sent set shot shut sang slid sold spent split spoke spread stood stole
    struck swept swore swam swung taught tore told thought threw underwent understood
    woke wore wrote wound withdrew overthrew overtook beat bled blew bore bound bred
    burst cast clung cost crept dealt dug dove dwelt fed felt found fit forbade
    forgave got ground hung heard knelt leapt meant mistook rode rid sought shook shone
    slept slew spat sprang stank stung stuck strode strove
""".split())

# Markers of a period still running or of the future: the decade may be right.
_NOT_FINISHED = lazy(
    r"""\b(?:will|would|could|might|may|shall|should|must|can|is|are|am|has|have|
    's[ \t]+been|going[ \t]+to|set[ \t]+to|expects?|expected|expecting|expectations?|
    predicts?|predicted|predictions?|forecasts?|forecasting|projects?|projected|projections?|
    plans?|planned|planning|aims?|aimed|targets?|targeted|likely|hopes?|hoped|outlook|
    estimates?|estimated|anticipates?|anticipated|so[ \t]+far|until|to[ \t]+date|
    continues?|continued|continuing|ongoing|since|throughout|decade|next|coming|
    rest[ \t]+of|remainder|half|yet|still|now|currently|already)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_WORD = lazy(r"\b[a-z]+\b")


def _finished_past(sentence: str) -> bool:
    """Whether a sentence tells a finished event in the simple past."""
    if _NOT_FINISHED.search(sentence):
        return False
    return any(w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))
               for w in _WORD.findall(sentence))


def article_years(document: "Document") -> list[int]:
    """Every year the article names as a year, in all its prose."""
    years = []
    for text in document.texts():
        years.extend(year for _, year in named_years(text.string))
    return years


@functools.cache
def _bound_re():
    return compile_re(r"\b(?:since|after|before|until|till|from|through|by|pre|post)[\s-]+(?:the\s+)?"
                      r"(?:year\s+)?(?P<year>\d{4})\b", re.IGNORECASE)


def _point_in_time(string: str, year: int) -> bool:
    """Whether ``year`` is named at least once other than as a bound (since, after...)."""
    named = sum(1 for _ in re.finditer(rf"(?<![\w.,]){year}(?![\w'’]|[.,]\d)", string))
    bounds = sum(1 for m in _bound_re().finditer(string) if m["year"] == str(year))
    return named > bounds


def decade_findings(document: "Document", text: "Text", years, code: str) -> Iterator["Finding"]:
    """DT001 findings in ``text``; ``years``: the years the article names
    (article_years), or a function giving them."""
    string = text.string
    # The decades after "in the", "during the", "the 1990s and (in) (the)": the tests of
    # the loop below that need no year of reference, asked first, so that an article
    # whose decades have no such lead (most with one) need not read its years.
    leads = []
    for m in _decades(string):
        if not string.endswith(_LEAD_ENDS, max(0, m.start() - 4), m.start()):
            continue  # cheap test before the look-back pattern
        lead = _decade_lead_re().search(string, max(0, m.start() - 24), m.start())
        if lead is not None:
            leads.append((m, lead))
    if not leads:
        return
    from lintnews import Edit, Finding, Fix  # (asked of the package only when needed)

    if callable(years):
        years = years()  # read only now: most articles have no decade after a lead
    if document.reference_date is not None:
        ref_year, basis = document.reference_date.year, "the publication date"
    elif years:
        # The latest year named is only a lower bound of the publication date.
        # It settles that a decade had not ended only when it is the decade's
        # first year: a text whose latest year is 2020 was written early in the
        # 2020s; one whose latest year is 1994 may well date from 2005.
        ref_year, basis = max(years), "the latest year the article names"
        if ref_year % 10:
            return
        # Without a date, the evidence must name that year as a time something
        # happened ("in 2020"), not only as a bound ("trials after 2000").
        if not _point_in_time(string, ref_year):
            return
    else:
        return
    finished: dict = {}
    sentences = None
    distinct = set(years)  # at most 300 values: the loop below stays linear
    for m, lead in leads:
        decade = int(m["decade"])
        if not decade <= ref_year <= decade + HALF_DECADE:
            # A decade already over (or a future one) is a real decade; so is
            # one mostly gone ("a wave of mergers in the 2020s" in 2027).
            continue
        sentences = sentences or SpanIndex(text.sentences)
        sentence = sentences.at(m.start())
        if sentence is None:
            continue
        if sentence not in finished:  # once per sentence, however many decades
            finished[sentence] = _finished_past(string[sentence.start:sentence.end])
        if not finished[sentence]:
            continue
        inside = sorted(y for y in distinct if decade <= y <= ref_year)
        if not inside and ref_year == decade:
            inside, evidence = [decade], f"its only year by {ref_year}"
        else:
            evidence = "the year of it the article names"
        if len(inside) != 1:
            continue
        year = inside[0]
        the = lead["the"] or lead["the2"] or ""
        fix_start = m.start() - len(the)
        message = (f"decade 'the {decade}s' for a finished event, but the {decade}s had not "
                   f"ended by {ref_year} ({basis}); did you mean {year} ({evidence})?")
        line, col, end_line, end_col = text.locate(m.start(), m.end())
        fl, fc, fel, fec = text.locate(fix_start, m.end())
        fix = Fix(f"Replace {string[fix_start:m.end()]!r} with '{year}'",
                  (Edit(fl, fc, fel, fec, str(year)),), "unsafe")
        yield Finding(document.path, line, col, code, message, end_line, end_col, fix=fix)


# --- DT002 -------------------------------------------------------------------

_APOSTROPHE_DECADE = lazy_scanner(
    r"(?<![\w.,$£€%/])(?P<quote>['’‘])?(?P<digits>(?:1[0-9]|20)[0-9]0|[2-9]0)(?P<apos>['’])s\b")
_TOKEN = r"['’‘]?(?:(?:1[0-9]|20)[0-9]0|[0-9]0)['’]?s"


@functools.cache
def _spelling_lead_re() -> re.Pattern:
    return compile_re(
        rf"""(?:
            \b(?P<det>[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose)[ \t\u00a0]+(?:(?:early|mid|late)(?:[ \t\u00a0]+|-))?
          | \b(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)(?:[ \t\u00a0]+|-)
          | {_TOKEN}[ \t\u00a0]*(?:,|and|or|to|through|&|-|–)[ \t\u00a0]*(?:the[ \t\u00a0]+)?
        )\Z""",
        re.VERBOSE,
    )


@functools.cache
def _spelling_follow_re() -> re.Pattern:
    return compile_re(rf"[ \t\u00a0]*(?:,|and|or|to|through|&|-|–)[ \t\u00a0]*(?:the[ \t\u00a0]+)?{_TOKEN}")


_OF_AFTER = lazy(r"[ \t\u00a0]+of\b")
# A two-digit "the 60's" in a sentence about weather or scores is a range of
# numbers, not a decade.
_NUMBERS_CONTEXT = lazy(
    r"\b(?:temperatures?|temps?|degrees?|highs?|lows?|fahrenheit|celsius|mph|score[sd]?|"
    r"shot|golf|par|percent|per[ \t]+cent|minutes?|mark|yards?|metres?|meters?|kg|km)\b|°",
    re.IGNORECASE)


def spelling_findings(document: "Document", text: "Text", code: str) -> Iterator["Finding"]:
    string = text.string
    if "0's" not in string and "0’s" not in string:
        return
    numbers: dict = {}
    sentences = paragraphs = None
    for m in _APOSTROPHE_DECADE.finditer(string):
        digits, quote, apos = m["digits"], m["quote"], m["apos"]
        start = m.start("digits") if quote is None else m.start()
        if _OF_AFTER.match(string, m.end(), m.end() + 5):
            continue  # "10's of thousands"
        lead = _spelling_lead_re().search(string, max(0, start - 40), start)
        follows = _spelling_follow_re().match(string, m.end(), m.end() + 40)
        if lead is None and follows is None:
            continue
        if len(digits) == 2:
            if lead is not None and lead["mod"] is not None:
                continue  # "in her late 30's" is an age
            sentences = sentences or SpanIndex(text.sentences)
            paragraphs = paragraphs or SpanIndex(text.paragraphs)
            sentence = sentences.at(m.start()) or paragraphs.at(m.start())
            if sentence not in numbers:  # once per sentence
                numbers[sentence] = bool(sentence and _NUMBERS_CONTEXT.search(
                    string, sentence.start, sentence.end))
            if numbers[sentence]:
                continue
            mark = "’" if "’" in (apos, quote) else "'"
            replacement = f"{mark}{digits}s"
        else:
            if quote is not None:
                start = m.start("digits")
            replacement = f"{digits}s"
        written = string[start:m.end()]
        yield document.finding(
            code, f"decade written '{written}': no apostrophe before the s; write '{replacement}'",
            text, start, m.end(), replacement=replacement)
