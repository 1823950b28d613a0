"""The fast paths of the figures plugin give what the plain pattern scans give.

Each fast path (str.find for the places a pattern can start, then the
pattern matched there; quantities bucketed by sentence in one pass) must
equal the scan it replaces, including on the characters that make
lower-casing unsafe: a long s (matches "s" case-insensitively, lower-cases
to itself) and a dotted capital I (matches "i", lower-cases to two
characters).
"""
from __future__ import annotations

import pytest

from lintnews.testing import make_document

from lintnews_figures.mentions import (
    _SKIP_FIRST_STEMS, _SKIP_FIRST_WORDS, _SKIP_STEMS, _SKIP_WORDS, _clause_bounds, _clause_split_re, _clause_splits, _counted,
    _first_keyword_end, _may_count, _skip_clause, _skip_clause_re,
)
from lintnews_figures.numbers import (
    _bare_run, _digit_runs, _may_hedge_before, _may_name_before, _not_after, _not_quantity_after_re, _patterns,
    _word_alone, _word_candidate_starts, _word_candidates, find_quantities, quantities_by_sentence,
    quantities_in, _may_name_or_hedge_before, _may_count_noun, _COUNT_NOUN_AFTER, _COUNT_NOUNS,
    _may_hedge_after_text, _may_join, _words_value, _last_word,
)

TRICKY = [
    "Seven soldiers and twenty-one civilians died; a hundred were hurt.",
    "An estimated two dozen, AN HUNDRED and a\u00a0thousand",
    "someone often said between seventeen and ninety - but not eleven",
    "US$5bn, us$3, HK$40, A$2 and C$1; $bn and £m, €k",
    "1,500 people (6.500 in 2004) \u2014 whereas 71 died: 50 were hurt, and 3 fled",
    "\u017fix \u017feven whereaſ fi\u017fty",  # long s
    "\u0130stanbul: f\u0130ve wh\u0130le tw\u0130ce but",  # dotted capital I
    "a  \n  million; an\tbillion; a trillion",
    "zillion illion xtrillion Trillion rillion MILLION-BILLION a\u00a0trillion an zillion",
    # pieces found after the words' beginnings, by a rare letter or a shared piece
    "Six sixty SIXTEEN mixsix xsix six\u00e9 \u00e9six sixx ix x six-six (six) a six a dozen",
    "Dozens DOZEN a dozen an\u00a0dozen kadozen z doz\u00e9 \u00e9dozen a  Dozen. zdozen dozen",
    "seven eleven Eleventh sevens xeleven \u00e9seven steven Seventeen el even s even, elEVEN",
    # a sign after a word character opens a candidate; words before a multiplier
    "x$bn 5\u00a3m a\u20ack US$m xUS$bn x$ million $a million ba million An  hundred AN dozen",
    "\u00e9a million, two million, 5 million, xan thousand, -a dozen, (an hundred",
    "12:30 4th 1990s 3G 40-year-old 5 March 7 am 9-mile 10_000",
    "",
    # not ASCII: lower-cased as bytes, each such character one "?"
    "\u212aM \u2019seven\u2019 \u2014 a\u2003hundred, \u00a3bn, \u00c9IGHT caf\u00e9-ten "
    "\u00e9one \u212ailo-million a\u3000million \u20acthousand \u00df-six \ufb01ve",
]


@pytest.mark.parametrize("text", TRICKY)
def test_number_word_places_match_the_pattern_scan(text):
    P = _patterns()
    expected = [c.start() for c in P.word_candidate.finditer(text)]
    assert _word_candidate_starts(text, 0, len(text), P) == expected
    for start in range(0, len(text), 7):
        end = max(start, len(text) - start // 2)
        expected = [c.start() for c in P.word_candidate.finditer(text, start, end)]
        assert _word_candidate_starts(text, start, end, P) == expected


_ONE_TEXTS = TRICKY + [
    "one, one. one one-two one  two One hundred ONE per cent one dollars one-off someone",
    "one$5 one$bn one\u00e9 one5 ones one_ one\u2019s (one) one\tmillion one\nthousand one",
    "no one; every one of them; one\u00a0hundred; one - two; one -two; one or two; one and",
]


@pytest.mark.parametrize("text", _ONE_TEXTS)
def test_number_word_places_less_lone_ones_match_the_pattern_scan(text):
    # ``lone_one``: the scan's candidates less each "one" that ``P.words``
    # would match alone (no quantity), which is dropped before its match
    P = _patterns()
    for start in range(0, len(text), 3):
        for end in (len(text), max(start, len(text) - 5)):
            expected = [c for c in P.word_candidate.finditer(text, start, end)
                        if "\u0130" in text or "\u017f" in text
                        or not (c.group().lower() == "one"
                                and _word_alone(text, c.start(), c.end(), end))]
            starts, ends = _word_candidates(text, start, end, P, None, True)
            assert list(zip(starts, ends)) == [c.span() for c in expected], (start, end)


@pytest.mark.parametrize("text", TRICKY)
def test_clause_breaks_match_the_pattern_scan(text):
    for start in range(0, len(text) + 1, 5):
        expected = [m.span() for m in _clause_split_re().finditer(text, start, len(text))]
        assert _clause_splits(text, start, len(text)) == expected


@pytest.mark.parametrize("after", ["", ",", ".", ")", "%", "’", "x", "5", "_", " am", " March",
                                   ":30", "/4", "-year-old", " - mile", " people", "\t", "\u00e9",
                                   " years old", " year old", " a.m.", " AM", " pm,", " May",
                                   " mayor", " amid", " am5", " yearſ old", " \u212aM", " sept.",
                                   "  am", " gmt", " est", " estimated", " a", " an", " p",
                                   # after space or a dash: a word of the forms' own, or none
                                   " \u2502 2", "\n,\n", "\n\nThe", "-08", "-in-law", "- year", "-\u0661",
                                   ":5", ":x", ":", "/", "/\u0661", "-\x1cyear", "-yearſ", "  May",
                                   "\tjan", " - 5", "- mile", "-Mile", "-miles-long", "-kms", "- km",
                                   "-\u212am", " \u00a0am", "\u2003pm", "\x1c am", "\n\n2", " (\u00a3",
                                   "-", "-  day", "-day-old", "-5", "\u20135", "\u20145", "\u2013 5",
                                   " \u2013 5", " -year", " \u212am", " ye", " yes", " pe", " a.",
                                   " a5", " p.m.", " Jan.", " janitor", " aM", " \u00e9", " \u0130",
                                   "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n am"])
def test_not_after_by_first_character_matches_the_pattern(after):
    assert _not_after(after, _patterns()) is bool(_not_quantity_after_re().match(after))


@pytest.mark.parametrize("text", [*TRICKY, "12 \u0661\u0662 3\u06634 \u00b2\u00b9 \u2460 \u0e51x9",
                                  "caf\u00e9 42, 7\u201d and \uff11\uff12", "\U0001d7d8 5",
                                  # (many characters outside ASCII: the pattern scans)
                                  "\u2502 5 " * 130 + "\u0661", "\u0661" + " \u2502 5" * 130,
                                  "\u2502 5 " * 127 + "\u0661", "\u2502 5 " * 127 + "x",
                                  "? 5 \u2019" * 40 + "\uff15", "\U0001f600 1\u0e51 ?"])
def test_digit_runs_equal_the_unicode_digit_scan(text):
    P = _patterns()
    for start in range(0, len(text) + 1, 3):
        for end in (len(text), max(start, len(text) - 4)):
            expected = [m.span() for m in P.digit_run.finditer(text, start, end)]
            assert [m.span() for m in _digit_runs(text, start, end, P)] == expected


def test_no_character_of_latin1_outside_ascii_is_a_digit():
    # what lets the digit scan look only at the characters Latin-1 lacks
    P = _patterns()
    assert [c for c in range(256) if P.digit.match(chr(c))] == list(range(48, 58))


def test_digit_candidates_keep_the_currency_sign():
    # the sign is read before the run of digits; "x$4" is glued to a word,
    # and in "1$2" the "2" follows a sign that follows a digit
    qs = find_quantities("It paid US$5bn, HK$40m, A$2m and £3m, not x$4 or 1$2.")
    assert [(q.text, q.unit) for q in qs] == [("US$5bn", "$"), ("HK$40m", "HK$"),
                                              ("A$2m", "A$"), ("£3m", "£"), ("1", "")]


def test_quantities_by_sentence_equal_quantities_in_each_sentence():
    document = make_document(
        "Flood kills 40\n\nAt least 40 people died on Monday. Officials said 1,500 homes, "
        "six schools and 12 bridges were lost. Nobody knows.\n\nAbout 6,500 were evacuated.\n")
    body = document.body
    by_sentence = quantities_by_sentence(body)
    expected = [(sp, quantities_in(body.string, sp.start, sp.end)) for sp in body.sentences
                if quantities_in(body.string, sp.start, sp.end)]
    assert by_sentence == expected
    assert [body.sentences.index(sp) for sp, _ in by_sentence] == [0, 1, 2, 4]


def test_quantities_by_sentence_split_only_the_paragraphs_with_a_figure():
    document = make_document("No figure here. None at all.\n\nBut 40 people died. Sad.\n")
    body = document.body
    (sentence, quantities), = quantities_by_sentence(body)
    assert body.string[sentence.start:sentence.end] == "But 40 people died."
    assert [q.text for q in quantities] == ["40"]
    assert body._sentences is None  # the whole text was never split
    assert list(body._para_sentences) == [sentence.start]


# what may stand before and after a run of digits: every printable ASCII
# character, the characters that fold to ASCII letters case-insensitively,
# digits, letters, marks and spaces outside ASCII, and the words that extend
# a numeral
_RUN_BEFORE = [chr(c) for c in range(32, 127)] + [
    "\n", "\x1c", "\u00a0", "\u2019", "\u201c", "\u2502", "\u2014", "\u00e9", "\u0345",
    "\u0661", "\u00b2", "\u212a", "\u017f", "\u0130", "\u2003", "\u24b6"]
_RUN_AFTER = [a + tail for a in _RUN_BEFORE for tail in ("x", "5", " ", "%")] + [
    " per cent", " Percent", " people", " PER", " million", " Mil", " mile", " bn",
    " thousand", " those", " tribe", " trillion", " dollars", " dole", " euros", " Euro",
    " yen", " year", " pounds sterling", " pour", " %", " \u212a", " \u017f", " \u2502 2",
    "\t\u2014", "\n\u00a0m", " \u24b6", ",000", ", 20", ",5", ",\u0661", ".5", ". The",
    ".\u0661", ".\u2019", ",\u00e9", "bn", "K", "\u212a", "m ", "mn.", "  million", "\r\nbn",
    # a per cent sign, and what may follow it; letters, and the scales
    "% dollars", "%\u00a0euros", "% of", "%\x1c", "%,", "%\u2019", "%\n\nYen", "%\u00a0yen",
    "% Pounds", "%\u2003euros", "%\tE", "% e", "%\x0bdollars", "%\x0c", "%%", "%5", "%x",
    "th", "th ", "st,", "nd", "G", "x4", "mln", "Mln.", "trn", "tn", "TN5", "k5", "m5",
    "thousand", "thousands", "Million,", "millions", "b\u0130llion", "thou\u017fand", "mi\u0130",
    "\u212a5", " millions", " miles", " percentage", " percent,", " per\u00a0cent", " Yen.",
    " yens", " thousand5", " tho\u017fand", " mill\u0130on", " dollar\u017f", " pounds5",
    " eurosx", " million-", " Trillion", " pe", "% euros", "% Euros", "% yen", "% Pounds",
    "% per", "% Per cent", "% pounds", "% pou", "% yens", "% eu", "% d",
    # decimals and thousands, and what may follow them
    ",000,000", ",000,000,000,000,000,000", ",000,000,000,000,000", ",0000", ",00", ",000.5",
    ",000.", ",000,", ",000,x", ",000,\u0661", ",000\u0661", ",000\u2019", ",00\u0661",
    ",000 million", ",000%", ",000bn", ",000 people", ".5%", ".55 million", ".5bn", ".5 people",
    ".1234567890", ".123456789", ".123456789 ", ".5.5", ".5,5", ".5,x", ".5\u0661", ".5\u2019",
    ".500", ".500.000", ".500,5", ".5.", ".5,", ".5)", ".5 per cent", ".5K", ".5 Tn"]


@pytest.mark.parametrize("run", ["5", "45", "2004", "123456789012345", "1234567890123456",
                                 "\u0661\u0662"])
@pytest.mark.parametrize("sign", ["", "$", "US$", "A$", "\u00a3", "\u20ac"])
def test_bare_runs_of_digits_match_as_the_number_pattern(run, sign):
    P = _patterns()
    for before in ["", *_RUN_BEFORE]:
        for after in ["", *_RUN_AFTER]:
            text = f"{before}{sign}{run}{after}"
            start = len(before)
            run_start = start + len(sign)
            for end in (len(text), len(text) + 4):
                padded = text + " is." if end > len(text) else text
                bare = _bare_run(padded, start, run_start, run_start + len(run), end)
                if bare is None:
                    continue
                m = P.number.match(padded, start, end)
                if bare is False:
                    assert m is None, (text, m)
                    continue
                numeral_end = abs(bare)
                pct = "%" if bare < 0 else None
                assert m and m.span() == (start, numeral_end + len(pct or "")), (text, m)
                assert m.groups() == (sign or None, padded[run_start:numeral_end], None, None, pct,
                                      None), text


def test_bare_runs_are_most_numbers():
    text = "In 2004, 45 people (and 3 dogs) died; 12.5% and 6,500 did not."
    starts = [text.index(n) for n in ("2004", "45", "3", "12", "6")]
    answers = [_bare_run(text, s, s, s + len(n), len(text))
               for s, n in zip(starts, ("2004", "45", "3", "12", "6"))]
    assert answers == [s + len(n) for s, n in zip(starts, ("2004", "45", "3"))] + [None, None]


# words and marks a number may follow, including the characters that fold
# to ASCII letters case-insensitively and the spaces ``\\s`` does not match
_BEFORE_WORDS = ["no", "No.", "page", "subpage", "pages", "May", "may", "Sept.", "aged", "#",
                 "# ", "#.", "at least", "more than", "over", "c.", "approx.", "C.", "about",
                 "some", "up to", "as many as", "nearly", "under", "most", "almost exactly",
                 "people", "killed", "the", "in", "3page", "_page", "épage", "ſection",
                 "\u0130n", "Mar\u212a", "mar\u212a", "abou\u0130", "some\u2019", "’", "5", ")",
                 "at\tleast", "more\nthan", "estimated", "an estimated", "roughly", "aboutness",
                 "x-over", "co.", "approx", "circa",
                 # marks outside ASCII before or after a word are no letters
                 "\u2502", "nation\u2019s", "\u00bb", "x\u0301age", "cla\u00df", "\ufb01g",
                 "\u24b6ge", "\u2014about", "\u00e9about", "(flight", "5flight", "_aged",
                 "\u00e9 page", "the May", "Flight", "FLIGHT", "it aged"]
_BEFORE_TAILS = ["", " ", ".", ". ", "  \n", "\x1c", " \x1c", "\u00a0", "-", "s", "  ", "\t"]


@pytest.mark.parametrize("word", _BEFORE_WORDS)
def test_naming_word_before_test_never_misses(word):
    P = _patterns()
    for lead in ("", " ", "a ", "x"):
        for tail in _BEFORE_TAILS:
            before = lead + word + tail
            if P.not_before.search(before):
                assert _may_name_before(before), before
            if P.any_hedge_before.search(before):
                assert _may_hedge_before(before), before


@pytest.mark.parametrize("word", _BEFORE_WORDS)
def test_naming_and_hedge_before_read_once_answer_as_each(word):
    # the word before read once answers as the two tests (the naming words
    # in the last 30 characters); 2 only where the pattern surely matches
    P = _patterns()
    for lead in ("", " ", "a ", "x", "said that the army of the town " * 2, "y" * 33 + " "):
        for tail in _BEFORE_TAILS:
            before = (lead + word + tail)[-40:]
            name, hedge = _may_name_or_hedge_before(before)
            assert hedge == _may_hedge_before(before), before
            if name == 2:
                assert P.not_before.search(before[-30:]), before
            else:
                assert name == _may_name_before(before[-30:]), before


def test_naming_and_hedge_before_tests_rule_out_plain_words():
    assert not _may_name_before("said that ")
    assert not _may_name_before("killed ")
    assert not _may_hedge_before("killed ")
    assert not _may_hedge_before("the ")
    assert _may_hedge_before("at least ")
    assert _may_name_before("aged ")


_COUNT_SENTENCES = [
    "Azerbaijan said 71 of its soldiers had been killed; 50 were hurt.",
    "The toll rose to 71 - but 12 Armenian troops (and 3 civilians) died, while 9 were missing.",
    "The number of dead was 50, and 40 people were wounded in the attack.",
    "Police arrested 15 after the clashes left 30 injured.",
    "Some 2,000 residents were evacuated-but not 300 children-while 5 died.",
    "\u0130t killed 7; a total of 9 were ſoldiers, 11 \u212aids and 5 mi\u0130\u0130ng.",
    "Of their 80 workers, 20 had been laid off.",
]


@pytest.mark.parametrize("text", _COUNT_SENTENCES)
def test_may_count_never_rules_out_a_counted_figure(text):
    # for every clause a figure could lie in, not just the clause breaks
    # the pattern finds: a figure ruled out is never counted.  A clause ends
    # at the sentence's end or where a break can start: a bracket or
    # punctuation, space, or "but", "while" or "whereas" after a non-word
    end = len(text)
    ends = [ce for ce in range(end + 1)
            if ce == end or text[ce] in ";:()," or text[ce].isspace()
            or text[ce] in "bw" and ce and not text[ce - 1].isalnum()]
    keyword_end = _first_keyword_end(text, 0, end)
    counted = 0
    for q in find_quantities(text):
        if q.unit:
            continue
        may = _may_count(text, q, end, keyword_end)
        for cs in range(0, q.start + 1):
            for ce in (ce for ce in ends if ce >= q.end):
                if _counted(text, q, cs, ce) is not None:
                    assert may, (q.text, cs, ce)
                    counted += 1
        cs, ce = _clause_bounds(text, 0, end, q.start)
        if not may:
            assert _counted(text, q, cs, ce) is None
    assert counted


def test_may_count_rules_out_figures_of_uncounted_things():
    text = "In 2004 it had 12 shops and sold 3 cars to 40 buyers."
    keyword_end = _first_keyword_end(text, 0, len(text))
    assert not any(_may_count(text, q, len(text), keyword_end) for q in find_quantities(text))


def test_clause_bounds_equal_a_walk_over_the_breaks():
    text = "A; 5 (b) - c: 7, and 9 but 11 while x - 12; (13)"
    splits = _clause_splits(text, 0, len(text))
    for index in range(len(text) + 1):
        start, end = 0, len(text)
        for m_start, m_end in splits:
            if m_end <= index:
                start = m_end
            elif m_start >= index:
                end = m_start
                break
        assert _clause_bounds(text, 0, len(text), index, splits) == (start, end)


def test_each_skip_word_and_stem_is_a_match_of_the_skip_pattern():
    # what makes the shortcut safe: a word of the list standing alone is a
    # match wherever it is, in any case
    pattern = _skip_clause_re()
    for word in sorted(_SKIP_WORDS) + [stem + suffix for stem in _SKIP_STEMS
                                       for suffix in ("", "s", "ing")]:
        for written in (word, word.upper(), word.capitalize()):
            for text in (f"{written}", f"x {written} y", f"(x,{written}.", f"at {written}-y"):
                assert pattern.search(text), text


def test_every_match_of_the_skip_pattern_opens_with_a_first_word():
    # each run of letters of the pattern's source, with the endings its
    # optional parts add, before each word that may follow it: where the
    # pattern matches at the word, the word must be a first word or stem
    import re
    pattern = _skip_clause_re()
    source = pattern.pattern
    # (with each optional letter, "lowered?", kept and left out)
    pieces = set(re.findall(r"[a-z]+", source.replace("?", ""))) \
        | set(re.findall(r"[a-z]+", re.sub(r"\w\?", "", source)))
    endings = ("", "s", "d", "ed", "ly", "ing", "ped", "ping", "x", "5")
    followers = ("", " from", " far", " date", " whom", " which", " reported", " all", " half",
                 " of", " that", " to", " cent", " day", " year", " 5", " $5", " the 5",
                 " an 5", " than", " x", ".")
    matched = 0
    for piece in pieces:
        for ending in endings:
            for case in (str.lower, str.upper, str.capitalize):
                word = case(piece + ending)
                for lead in ("", "x ", "more ", "at ", "not "):
                    for follower in followers:
                        text = lead + word + follower
                        if pattern.match(text, len(lead)):
                            matched += 1
                            run = re.match(r"[A-Za-z]+", word).group().lower()
                            assert run in _SKIP_FIRST_WORDS or run.startswith(_SKIP_FIRST_STEMS), \
                                text
    assert matched > 1000


_SKIP_TEXTS = [
    "Azerbaijan said 71 of its soldiers had been killed.",
    "The toll rose to 71, more than the 50 first reported.",
    "At least 300 people may be dead; 40 could be missing.",
    "It May have 5 (no-one knows) 6_will 7will will8 \u00e9will will\u00e9.",
    "The bank's annualised profit of $5bn fell; it expects 7% more.",
    "Nobody knows, notably, if ever; knowingly at most 9 at least 8.",
    # only the pattern finds these (phrases, look-arounds, stems it has alone)
    "Sales were up from 40, down from the $3 of 2004, so far: 9 to date.",
    "It had no more than 50, less than 9 and fewer than 7, not greater than 3; than 4.",
    "Some 5 declined, 6 were revised, 7 averaged 8 a day, one half, a quarter of them.",
    "Of whom 3 (claims that 4) claimed to have 2; almost all 5 alleged, 2_than x1more.",
    "He may say 4 MAY 5 rumoured 6, 7 per cent in a week, the third of 8 from a 9.",
    # word characters outside ASCII that match ASCII letters (the pattern
    # scans), and others that do not (it is tried at the runs of letters)
    "It was \u017fo far 5 ahead, 6 a wee\u212a, 7 wee\u212aly, \u0130F 8 it rains; 9\u00e9rose.",
    "The \u201cestimate\u201d of \u00a35bn \u2014 caf\u00e9 \u2019rose\u2019 \u00e9 a\u00a0year of\u2003whom.",
]


@pytest.mark.parametrize("text", _SKIP_TEXTS)
def test_skip_clause_equals_the_pattern_search(text):
    pattern = _skip_clause_re()
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 4):
            assert _skip_clause(text, start, end) is bool(pattern.search(text, start, end)), \
                (start, end, text[start:end])


# The hot patterns match their look-arounds on letters case-sensitively,
# with U+0345 added (see numbers.py): each must equal the case-insensitive
# pattern it replaces.  ``(new fragment, old fragment)`` for each pattern.
_CASE_SENSITIVE_CLASSES = {
    "number": [(r"(?-i:(?<![\p{L}\p{N}.,:/\-_#@\u0345]))", r"(?<![\p{L}\p{N}.,:/\-_#@])")],
    "words": [(r"(?-i:(?<![\p{L}\-\u0345]))", r"(?<![\p{L}\-])"),
              (r"(?-i:(?![\p{L}]))", r"(?![\p{L}])")],
    "not_after": [(r"(?-i:[\p{L}\p{N}_\u0345])", r"[\p{L}\p{N}_]")],
}


def _case_insensitive_original(name):
    import regex

    pattern = getattr(_patterns(), name)
    source = pattern.pattern
    for new, old in _CASE_SENSITIVE_CLASSES[name]:
        assert new in source
        source = source.replace(new, old)
    return pattern, regex.compile(source, pattern.flags)


@pytest.mark.parametrize("name", sorted(_CASE_SENSITIVE_CLASSES))
def test_case_sensitive_letter_classes_equal_the_case_insensitive_ones(name):
    # every code point, alone in each place a class stands: before or after
    # a digit, a word, or alone
    import regex

    for new, old in _CASE_SENSITIVE_CLASSES[name]:
        a = regex.compile(f"{old}", regex.IGNORECASE | regex.VERSION1)
        b = regex.compile(f"{new}", regex.IGNORECASE | regex.VERSION1)
        at = 1 if "(?<!" in old else 0
        for c in range(0x110000):
            if 0xD800 <= c < 0xE000:
                continue
            s = chr(c) + chr(c)
            assert (a.match(s, at) is None) is (b.match(s, at) is None), hex(c)


_FOLDING = ["\u017f", "\u0130", "\u0131", "\u212a", "\u00df", "\ufb01", "\u0345", "\u00a0",
            "\u202f", "\u2009", "\u00e9", "\u0399", "\u1fbe", "\u0661", "K", "k", "S", "s"]


@pytest.mark.parametrize("name", sorted(_CASE_SENSITIVE_CLASSES))
def test_case_sensitive_patterns_match_as_before(name):
    import random

    new, old = _case_insensitive_original(name)
    rng = random.Random(345)
    pieces = ["5", "12", "1,500", "6.500", "3\u00a0000", "US$", "$", "£", " ", "-", ".", ",",
              "m", "bn", "k", " million", " per cent", "%", " dollars", " pounds sterling",
              "seven", "twenty", "-one", "a hundred", " and ", "st", "th", "s", " years old",
              "-year-old", " am", " March", ":", "/", "x", "_", *_FOLDING]
    texts = TRICKY + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
                      for _ in range(3000)]
    for text in texts:
        for i in range(len(text) + 1):
            a, b = old.match(text, i), new.match(text, i)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, i)


def _hedge_phrases():
    # every hedge before a number, spelt out from the pattern source
    # (only "\s+" and one "(?:fewer|less)" to expand)
    import re as _re
    from lintnews_figures.numbers import _BEFORE_HEDGES
    out = []
    for source, _ in _BEFORE_HEDGES:
        for alt in _re.split(r"\|(?![^(]*\))", source):
            group = _re.search(r"\(\?:([^)]*)\)", alt)
            for choice in group.group(1).split("|") if group else [None]:
                phrase = alt.replace(group.group(0), choice) if group else alt
                phrase = phrase.replace(r"\s+", " ").replace("\\", "")
                out += [phrase.replace("an?", "a"), phrase.replace("an?", "an")] \
                    if "an?" in phrase else [phrase]
    return out


def test_hedge_phrases_are_spelt_out():
    phrases = _hedge_phrases()
    assert "no fewer than" in phrases and "no less than" in phrases and "c." in phrases
    assert len(phrases) == 46 and "an approximate" in phrases


@pytest.mark.parametrize("phrase", _hedge_phrases())
def test_hedge_before_test_never_misses_a_hedge(phrase):
    P = _patterns()
    spellings = {phrase, phrase.upper(), phrase.replace(" ", "\t "), phrase.replace(" ", "\u00a0"),
                 phrase.replace(" ", "\x1c"), phrase.replace(" ", "-"), phrase.replace(" ", "")}
    for spelt in spellings:
        for lead in ("", " ", "a ", "x", "\u00e9", "the "):
            for tail in _BEFORE_TAILS:
                before = lead + spelt + tail
                if P.any_hedge_before.search(before):
                    assert _may_hedge_before(before), before


def test_hedge_before_test_rules_out_plain_words_before_a_last_word():
    # (space or a mark outside ASCII is no letter: the word before it is read)
    for before in ("rose to ", "3 of ", "waited for ", "known as ", "the best of ", "-to ", "to ",
                   "x\u00a0of ", "\u2502 ", "nation\u2019s ", "\u00bb of "):
        assert not _may_hedge_before(before), before
        assert not _patterns().any_hedge_before.search(before), before
    for before in ("up to ", "close  to ", "a minimum of ", "\u00e9 to ", "upwards\u00a0of ",
                   "\u2014about ", "\u00e9about"):
        assert _may_hedge_before(before), before


_AFTER_FIGURE = ["", " ", ",", ".", "-", "\t", "\n of its", "\u00a0killed", " killed", " KILLED.",
                 " killeds", " killed2", " killed_", " were killed", " Had  been killed",
                 " also reportedly died", " reportedly killed", " of its", " of their men", " OF its", " off its",
                 " of\u00a0its", " ofits", " of", " \u212ailled", " kille\u017f", " wounded,",
                 " \u00e9", " people were killed", " reportedlyxxxxxxkilled", " 5 died",
                 " perished", " abducted\u00e9", " missing", ")", "\x1c killed", "  died"]


@pytest.mark.parametrize("after", _AFTER_FIGURE)
def test_opening_word_rules_out_only_what_the_patterns_fail(after):
    from lintnews_figures.mentions import _EVENT_AFTER, _EVENT_OPENERS, _OF_PRONOUN, _at_re, _opening_word
    for text, pos in (("71" + after, 2), ("x71" + after + " dead", 3)):
        for end in range(pos, len(text) + 1):
            opens = _opening_word(text, pos, end)
            of = _at_re(_OF_PRONOUN).match(text, pos, end)
            event = _at_re(_EVENT_AFTER).match(text, pos, end)
            if opens is not None:
                assert not of or opens == "of", (text, end)
                assert not event or opens in _EVENT_OPENERS, (text, end)


def _kind_by_each_pattern(patterns, text, anchored):
    # the plain reading: the first kind of hedge whose own pattern matches
    for i, (pat, _) in enumerate(patterns):
        if (pat.match if anchored else pat.search)(text):
            return i + 1
    return None


def test_one_hedge_search_names_the_kind_each_search_would():
    from lintnews_figures.numbers import _hedge_after_re, _hedge_before_re
    P = _patterns()
    befores = [lead + phrase + tail for phrase in [*_hedge_phrases(), "more than about",
                                                   "no more than", "not more than", "just over",
                                                   "well over some", "almost exactly", "over  \n"]
               for lead in ("", " ", "x", "\u00e9 ", "a ") for tail in _BEFORE_TAILS]
    kinds = set()
    for before in befores:
        m = P.any_hedge_before.search(before)
        assert (m and m.lastindex) == _kind_by_each_pattern(_hedge_before_re(), before, False), before
        kinds.add(m and m.lastindex)
    assert kinds == {None, 1, 2, 3, 4, 5}
    kinds = set()
    for after in (" or more", " or so", " plus", "-plus", "+", " odd", " or less", " OR FEWER",
                  " or under", " or overly", " plusses", "  or\nmore", "\tor thereabouts.",
                  " oddly", " or over", " or above", "x or more", "", " ", " or", " +5"):
        m = P.any_hedge_after.match(after)
        assert (m and m.lastindex) == _kind_by_each_pattern(_hedge_after_re(), after, True), after
        kinds.add(m and m.lastindex)
    assert kinds == {None, 1, 2, 3}


def test_ascii_lower_has_the_ascii_letters_of_str_lower():
    # every code point but the dotted capital I (the one that lower-cases to
    # two characters): each stands for one byte, the letter ``str.lower``
    # gives when that is ASCII (the Kelvin sign's "k"), else "?"
    import sys

    from lintnews_figures.mentions import _ascii_lower

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1)
                    if not 0xD800 <= c < 0xE000 and c != 0x130)
    low = chars.lower()
    assert len(low) == len(chars)
    assert _ascii_lower(chars) == "".join(c if c.isascii() else "?" for c in low).encode("ascii")
    assert _ascii_lower("Ab") == b"ab"
    assert _ascii_lower("\u0130x") is None and len("\u0130".lower()) == 2


def _random_texts(pieces, seed, count=2000, most=14):
    import random

    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(count)]


_CLAUSE_PIECES = [
    "x", "The toll", " 5", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", ",", ", ", ",\n",
    ";", ":", "(", ")", "-", " - ", " \u2014 ", "\u2013", " \u2013\u00a0", "\u2014", "and", " and",
    "AND", "but", " But", "BUT", "while", "While", "whereas", "whereaſ", "wherea", "about",
    "butter", "x-but", "_but", "5but", "\u00e9but", "\u00e9", "\u2019", "\u0131", "\u212a", "\u017f",
    "or", "a", "w", "b", "?", "1,500", "40-year-old", "and5", "and_", "andx", ",\u2003and ",
    ",\x1cand", ", \u2019but", ",?while", ",whereas ",
]


def test_clause_breaks_match_the_pattern_scan_on_random_texts():
    texts = _random_texts(_CLAUSE_PIECES, 18) + _random_texts([*_CLAUSE_PIECES, "\u0130"], 19, 300)
    for text in texts:
        for start in range(0, len(text) + 1, 4):
            for end in {len(text), max(start, len(text) - 3)}:
                expected = [m.span() for m in _clause_split_re().finditer(text, start, end)]
                assert _clause_splits(text, start, end) == expected, (text, start, end)


def test_commas_are_places_only_before_the_words_of_the_pattern():
    # a comma the pattern matches at, whatever stands after it, is one that
    # ``_COMMA_PLACE`` keeps (in the lower-cased bytes)
    from lintnews_figures.mentions import _COMMA_PLACE, _ascii_lower

    spaces = ["", " ", "\n\t", "\u00a0", "\u3000 ", "\x1c", "\u2019", "x"]
    words = ["and", "AND", "but", "While", "whereas", "WHEREAſ", "andy", "an", "whIle", "wh\u0131le",
             "\u212aand", "é", "5", ""]
    matched = 0
    for space in spaces:
        for word in words:
            for tail in ("", " ", "x", ".", "\u00e9"):
                text = "," + space + word + tail
                if _clause_split_re().match(text):
                    matched += 1
                    assert _COMMA_PLACE.match(_ascii_lower(text)), text
    assert matched > 50


_SKIP_PIECES = [
    " ", "  ", "\n", "\u00a0", "\u2003", "x", "said", "5", "_", ",", ".", "-", "(", "'", "\u2019",
    "\u201c", "\u2014", "\u00a3", "of", " of whom", " of which", "of  which", "a", "a year", "a\u00a0day",
    "a half", "a-week", "a dayx", "to", "to date", "to\ndate", "one", "one half", "one halves",
    "from", "from 5", "from the \u00a35", "than", "more than", "no more", "fewer", "less", "rose",
    "Rose", "ROSE", "risen5", "_rose", "estimates", "reportedly", "most", "at most", "at least",
    "may", "May", "MAY", "the", "increase", "surging", "forecasters", "annually", "pre-tax",
    "up from", "down from", "so far", "first reported", "claims that", "some of", "half of",
    "quarter of", "third of", "almost all", "caf\u00e9", "\u00e9", "\u017f", "\u212a", "\u0130",
]


def test_skip_clause_equals_the_pattern_search_on_random_texts():
    assert min(map(len, _SKIP_FIRST_STEMS)) >= 4  # (stems are looked for by four letters)
    pattern = _skip_clause_re()
    for text in _random_texts(_SKIP_PIECES, 29, 1500, 10):
        for start in range(0, len(text) + 1, 5):
            for end in {len(text), max(start, len(text) - 4)}:
                assert _skip_clause(text, start, end) is bool(pattern.search(text, start, end)), \
                    (text, start, end)


def test_skip_words_open_their_phrases_only_before_their_next_words():
    # where the pattern matches at one of these words, the next run of
    # letters is one of the words kept for it
    import re

    from lintnews_figures.mentions import _SKIP_NEXT_WORDS

    pattern = _skip_clause_re()
    vocabulary = set(re.findall(r"[a-z]+", pattern.pattern)) | _SKIP_FIRST_WORDS \
        | {"whomever", "dates", "dayx", "years", "halves", "halfway", "x", "the"}
    matched = 0
    for first, follow in _SKIP_NEXT_WORDS.items():
        for word in vocabulary:
            for case in (str.lower, str.upper, str.capitalize):
                for space in (" ", "  ", "\n", "\u00a0", "\t \t"):
                    for tail in ("", " ", ".", "5", "_", "\u00e9"):
                        text = case(first.decode()) + space + case(word) + tail
                        if pattern.match(text):
                            matched += 1
                            assert word.encode() in follow, text
    assert matched > 100


_MONEY_PIECES = [
    " ", "profit", "Profits", "PRE-TAX", "pre-tax", "'profit", "-sales", "profit's", "profit\u2019s",
    "profit'", "sales-", "--revenue", "'", "-", "5", "\u00a3", "\u20ac", "bn", ",", ".", "debt",
    "fine", "fined", "fines", "bid", "offer", "x", "\u00e9", "caf\u00e9", "\u00e9aid", "aid\u00e9",
    "\u212a", "\u0130", "\u017f", "\u201c", "\u2014", "loss", "LOSSES", "takeover", "_bonus", "bonus_",
]


def test_money_words_are_those_the_word_pattern_finds():
    from lintnews_figures.mentions import MONEY_ITEMS, _WORD_RE, _money_words

    for text in _random_texts(_MONEY_PIECES, 41, 3000, 10):
        expected = {w.lower() for w in _WORD_RE.findall(text) if w.lower() in MONEY_ITEMS}
        assert _money_words(text) == expected, text


def test_first_keyword_end_is_the_end_of_the_first_keyword_to_end():
    from lintnews_figures.mentions import _BEFORE_KEYWORDS

    pieces = [" ", "x", "kill", "KILLED", "\u212aill", "injured", "wounds", "left", "toll", "tolls",
              "number", "tally", "count", "country", "total", "\u0130", "\u00e9", "5", "lef", "t"]
    for text in _random_texts(pieces, 53, 2000, 8):
        for start in range(0, len(text) + 1, 3):
            seg = text[start:]
            low = seg.lower()
            if len(low) != len(seg):
                expected = start
            else:
                ends = [i + len(k) for k in _BEFORE_KEYWORDS if (i := low.find(k)) >= 0]
                expected = start + min(ends) if ends else len(text) + 1
            assert _first_keyword_end(text, start, len(text)) == expected, (text, start)


def test_count_nouns_are_the_patterns():
    import re
    words = re.search(r"\(\?:people\|[^)]*\)", _COUNT_NOUN_AFTER.pattern).group(0)[3:-1].split("|")
    assert frozenset(words) == _COUNT_NOUNS


@pytest.mark.parametrize("noun", ["people", "Troops", "TICKETS", "dead", "copies", "men"])
def test_count_noun_test_never_misses(noun):
    spellings = [noun, noun.upper(), noun + "s", noun[:-1], noun.replace("s", "\u017f"),
                 noun.replace("k", "\u212a"), noun + "\u00e9", noun + "5", noun + "-"]
    for first in ("", "local ", "well-paid\t", "\u00e9t\u00e9 ", "x5 ", "a-b ", "two words "):
        for space in (" ", "  ", "\n", "\u00a0", "\x1c", ""):
            for word in spellings:
                after = (space + first + word + " of")[:40]
                if _COUNT_NOUN_AFTER.match(after):
                    assert _may_count_noun(after), after


_AFTER_HEDGE_TEXTS = [" or more", " or so", " plus", "-plus", "+", " odd", " or less", " OR FEWER",
                      " or under", " or overly", " plusses", "  or\nmore", "\tor thereabouts.",
                      " oddly", " or over", " or above", "x or more", "", " ", " or", " +5",
                      " pluſ", " Plus", " -plus", " people", " of them", " other", " or\u00a0so",
                      " \u00a0or more", "o", "p", "-", " o", " op", " pl", " -p", " -x", " ox"]


@pytest.mark.parametrize("after", _AFTER_HEDGE_TEXTS)
def test_hedge_after_test_never_misses(after):
    P = _patterns()
    for lead in ("", " " * 14, " " * 15, " " * 16, " " * 18, " " * 19, " " * 20, "\n" * 17):
        text = (lead + after + " people were killed")[:24]
        if P.any_hedge_after.match(text[:20]):
            assert _may_hedge_after_text(text), text
            assert _may_hedge_after_text(text[:20]), text


@pytest.mark.parametrize("gap", [" to ", " and ", " or ", "-", " - ", "\u2013", "\u2014", " TO ",
                                 "\n\n\n\n\n\nto\n", " to" + " " * 12, " " * 12 + "and",
                                 "\u00a0to\u00a0", "\x1cto", " tom ", " an ", "", " ", "to-",
                                 " " * 4 + "or" + " " * 9, " " * 5 + "x" + " " * 9])
def test_joining_gap_test_never_misses(gap):
    P = _patterns()
    for lead in ("", " " * 3):
        text = "5" + lead + gap + "7"
        gap_start, gap_end = 1, len(text) - 1
        if P.range_gap.fullmatch(text, gap_start, gap_end):
            assert _may_join(text, gap_start, gap_end), repr(text)
            if gap_end - gap_start > 12:
                assert text[gap_start + 4].isspace() or text[gap_end - 5].isspace()


@pytest.mark.parametrize("text", ["twenty-one", "a hundred and five", "two,three", "twenty one",
                                  "Twenty-One", "one\tthousand", "two--three", "a  dozen",
                                  "hundred_two", "an hundred", "five and", "six\u00a0million",
                                  "\u212aone", "seven\u0130", "sixty-\u017fix", "x", "", "and",
                                  "two dozen", "three thousand four hundred", "two-x"])
def test_words_value_equals_its_reading_of_letter_runs(text):
    import regex
    from test_figures_numbers_plain import _plain_words_value

    P = _patterns()

    def plain(text):  # the runs of ASCII small letters, after lower-casing
        return _plain_words_value(text, P, regex.compile(r"[a-z]+").findall)

    assert _words_value(text, P) == plain(text)


_WORD_ALONE_TEXTS = [
    "two people, two. two-three two - three two  three two\tthree two\u00a0three two per cent",
    "two percent two dollars two pounds two euros two and two hundred and five two\x1cthree",
    "two\u2019s two\u00e9 two5 two_ two tw two t two ON two Pe two do two\n\nthree",
    "seventy-one hundred thousand million eleven dozen twenty    one twenty " + " " * 20 + "one",
]


@pytest.mark.parametrize("text", _WORD_ALONE_TEXTS)
def test_number_word_alone_matches_as_the_words_pattern(text):
    P = _patterns()
    for end in (len(text), len(text) - 3, len(text) - 9):
        starts, ends = _word_candidates(text, 0, end, P)
        for cs, ce in zip(starts, ends):
            if not _word_alone(text, cs, ce, end):
                continue
            m = P.words.match(text, cs, end)
            if m is not None:
                assert m.span() == (cs, ce), (text[cs:ce + 12], m)
                assert m.groups() == (None, text[cs:ce], None, None)


def test_last_word_reads_the_word_after_the_last_space():
    assert _last_word("said that") == "that"
    assert _last_word("said That") == "that"
    assert _last_word("said th\u00e9") is None
    assert _last_word("said \u00e9that") is None
    assert _last_word("said (that") == "that"
    assert _last_word("said that5") == ""
    assert _last_word("") == ""


def test_plain_word_heads_open_no_form_after_a_figure_and_no_hedge():
    # ``_from_plain`` skips ``_not_after`` and ``_may_hedge_after_text`` after
    # one space and two ASCII letters that, lower-cased, are none of
    # _NOT_PLAIN_HEADS: the patterns they stand for must fail there, whatever
    # follows the head
    from lintnews_figures.numbers import _ASCII_LETTERS, _NOT_PLAIN_HEADS

    P = _patterns()
    not_after = _not_quantity_after_re()
    plain = {first + second for first in _ASCII_LETTERS for second in _ASCII_LETTERS
             if (first + second).lower() not in _NOT_PLAIN_HEADS}
    assert {"ye", "Ma", "am", "or", "OD", "Pl", "pM", "Se"}.isdisjoint(plain)
    assert {"pe", "ki", "we", "wo", "ti", "hu", "th"} <= plain
    for head in sorted(plain):
        for tail in ("", "x", " ", "s old", "\u017f", "\u0130", "-year", ".m.", "r more"):
            after = (" " + head + tail)[:24]
            assert not_after.match(after) is None, after
            assert _not_after(after, P) is False, after
            assert P.any_hedge_after.match(after[:20]) is None, after
