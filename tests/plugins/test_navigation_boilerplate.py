"""NAV001-NAV006: navigation, promo, share, advertisement and credit lines in the text."""
from __future__ import annotations

import pytest

import lintnews_navigation as nav
from lintnews.config import Config
from lintnews.testing import make_document

from helpers import SEED


def findings(text: str, path: str = "article.txt", **kw):
    document = make_document(text, path=path, **kw)
    return list(nav.lintnews_check_document(document=document, config=Config()))


def found(text: str, path: str = "article.txt", **kw) -> list[str]:
    """What a user sees: 'line:col CODE message' for every NAV finding."""
    return [f"{f.line}:{f.col} {f.code} {f.message}" for f in findings(text, path, **kw)]


def codes(text: str, path: str = "article.txt") -> list[str]:
    return [line.split()[1] for line in found(text, path)]


# -- the seed article ----------------------------------------------------------

def test_seed_article():
    assert found(SEED.read_text(encoding="utf-8")) == [
        '23:1 NAV003 Promo line "READ ALSO:" left in the article text',
        '51:1 NAV006 Scraper credit "Source by [author_name]" left in the article text',
        '53:1 NAV002 Navigation label "Previous article" glued to a title '
        '("Mass grave with more than 440 bodies found in Izy…")',
        '54:1 NAV002 Navigation label "Next article" glued to a title '
        '("Mabuza assures that Eskom MPs will NOT be privati…")',
    ]


def test_seed_article_fixes_remove_the_lines():
    by_line = {f.line: f for f in findings(SEED.read_text(encoding="utf-8"))}
    read_also = by_line[23]
    assert (read_also.end_line, read_also.end_col) == (23, 75)
    assert read_also.fix.applicability == "unsafe"
    assert [(e.line, e.col, e.end_line, e.end_col, e.content) for e in read_also.fix.edits] == [
        (23, 1, 24, 1, "")]
    # The last line of the file has no line break after it: the edit ends at its end.
    last = by_line[54]
    assert [(e.line, e.col, e.end_line, e.end_col) for e in last.fix.edits] == [(54, 1, 54, 65)]


# -- NAV001 navigation lines ------------------------------------------------------

def test_lone_label_with_title_below_is_one_finding_and_fix_removes_both():
    text = ("The strike ended on Friday.\n\nPrevious article\n\n"
            "Reviews of the new rail timetable\n\nNext article\n\n"
            "Kidnapped girl, 8, rescued by police\n")
    fs = findings(text)
    assert [f"{f.line}:{f.col} {f.code}" for f in fs] == ["3:1 NAV001", "7:1 NAV001"]
    assert fs[0].message == 'Navigation line "Previous article" left in the article text'
    assert [(e.line, e.end_line) for e in fs[0].fix.edits] == [(3, 6)]
    assert fs[0].fix.message == "Remove lines 3-5"


@pytest.mark.parametrize("line", [
    "Next article: Mabuza assures that Eskom will not be privatised",
    "« Previous Post",
    "Next Post »",
    "Previous Post:",
    "previous post",
    "Older Post",
    "NEXT STORY | Storm hits the coast",
])
def test_navigation_line_variants(line):
    assert codes(f"The strike ended on Friday.\n\n{line}\n") == ["NAV001"]


def test_label_broken_over_two_lines():
    text = "The strike ended.\n\n←\nPrevious\nStory\n\nApple to name its favourite apps of 2019\n"
    assert found(text) == ['4:1 NAV001 Navigation line "Previous Story" left in the article text']


@pytest.mark.parametrize("line", [
    "Next article in this series looks at the cost of the strike.",  # a sentence
    "Next year will be make or break for the talks.",
    "Next has said its annual profit will be £5m lower.",  # the retailer
    "Previous studies showed a link between sleep and weight.",
    "In the next article, I will share my tips.",
    "Previous articles have dealt with the budget at length, and this one will not.",
])
def test_prose_is_not_navigation(line):
    assert found(f"{line}\n") == []


def test_title_under_a_label_is_not_a_following_paragraph():
    # The line under "Next story" continues as prose: only the label goes.
    text = "Next story\n\nThe author chose to make this story unlisted, which means only people\nwith a link can see it.\n"
    fs = findings(text)
    assert [(f.code, [(e.line, e.end_line) for e in f.fix.edits]) for f in fs] == [
        ("NAV001", [(1, 2)])]


# -- NAV002 glued labels --------------------------------------------------------

def test_glued_label_in_markdown_body():
    text = "---\ntitle: Izyum\n---\nPolice said 440 bodies were found.\n\nNext articleMabuza assures MPs\n"
    assert found(text, "a.md") == [
        '6:1 NAV002 Navigation label "Next article" glued to a title ("Mabuza assures MPs")']


def test_glued_label_needs_a_capitalised_title():
    assert found("Next articlesare listed below\n") == []


# -- NAV003 promo lines --------------------------------------------------------

@pytest.mark.parametrize("line,label", [
    ("READ ALSO: Death toll rises on second day of fighting", "READ ALSO:"),
    ("ALSO READ | Eskom will not be privatised, says Mabuza", "ALSO READ"),
    ("SEE ALSO: How the ceasefire was agreed", "SEE ALSO:"),
    ("RELATED: Personalized cancer vaccines edge closer", "RELATED:"),
    ("Related: Americans keep getting fatter, new report shows", "Related:"),
    ("Related Articles", "Related Articles"),
    ("Related Links", "Related Links"),
    ("Read more: Can smartphones replace your GP?", "Read more:"),
    ("READ MORE", "READ MORE"),
    ("Related Coverage How Morcellation Spread Cancer", "Related Coverage"),
    ("**READ ALSO:** Death toll rises", "READ ALSO:"),
])
def test_promo_lines(line, label):
    assert found(f"Armenia is a CSTO member.\n\n{line}\n") == [
        f'3:{line.index(label.split()[0]) + 1} NAV003 Promo line "{label}" left in the article text']


@pytest.mark.parametrize("line", [
    "Related research found no link between the two.",
    "Related Material: The invited commentary is available on the For The Media website.",
    "Related Information",  # a press-release heading, not promo
    "See also the report published on Monday.",
    "Read more at The Wall Street Journal.",
    "Also read the small print before you sign.",
    "The related articles are listed in the appendix.",
    "related: a lower-case line is a wrapped sentence",
])
def test_related_in_prose_is_not_promo(line):
    assert found(f"{line}\n") == []


# -- NAV004 share buttons --------------------------------------------------------

def test_share_block_is_one_finding_and_fix_removes_the_buttons():
    text = "He said so.\n\nShare this:\nTwitter\nEmail\nFacebook\nPrint\nLike this:\n\nThe end of it.\n"
    fs = findings(text)
    assert [f"{f.line}:{f.col} {f.code} {f.message}" for f in fs] == [
        '3:1 NAV004 Share buttons ("Share this:") left in the article text']
    assert [(e.line, e.end_line) for e in fs[0].fix.edits] == [(3, 9)]


def test_click_to_share():
    assert codes("Click to share on Twitter (Opens in new window)\n") == ["NAV004"]


def test_share_label_glued_to_caption_removes_the_label_only():
    text = "Share on Pinterest High blood pressure is a common health issue.\n"
    fs = findings(text)
    assert [f"{f.line}:{f.col} {f.code}" for f in fs] == ["1:1 NAV004"]
    assert fs[0].message == 'Share buttons ("Share on Pinterest") left in the article text'
    assert [(e.line, e.col, e.end_line, e.end_col, e.content) for e in fs[0].fix.edits] == [
        (1, 1, 1, 20, "")]


@pytest.mark.parametrize("line", [
    "Share: 12% of the vote",
    "Share this information, please?",
    "Share prices rose 3%.",
    "Facebook said it would appeal.",
])
def test_share_words_in_prose(line):
    assert found(f"{line}\n") == []


# -- NAV005 advertisement markers ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "ADVERTISEMENT", "Advertisement", "advertisement", "ADVERTISEMENT ADVERTISEMENT",
    "Advertisement Continue reading the main story", "Continue reading the main story",
    "Story continues below advertisement", "AD",
])
def test_advertisement_markers(line):
    assert found(f"Nurses used Skype.\n\n{line}\n\nIt worked.\n") == [
        f'3:1 NAV005 Advertisement marker "{line}" left in the article text']


@pytest.mark.parametrize("line", [
    "The advertisement ran for six weeks.",
    "Advertisement spending fell 4% last year.",
    "Ad",  # only the capitalised marker of one outlet
    "AD 1066",
])
def test_advertisement_words_in_prose(line):
    assert found(f"{line}\n") == []


# -- NAV006 scraper credits --------------------------------------------------------

def test_source_by_and_source_link():
    assert codes("Source by John Smith\n\nSource link\n") == ["NAV006", "NAV006"]


@pytest.mark.parametrize("line", [
    "Source by source, the audit traced every payment back to the ministry.",
    "Source link to the ministry's statement is below",
    "source by a lower-case line",
])
def test_source_by_in_prose(line):
    assert found(f"{line}\n") == []


# -- HTML: the article text only -------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>Mass grave found in Izyum</title>
<meta property="og:site_name" content="The Daily Courier"></head><body>
<article>
<h1>Mass grave found in Izyum</h1>
<p>Ukrainian police said more than 440 bodies had been found.</p>
<p><strong>READ ALSO:</strong> <a href="/news/toll/">Death toll rises</a></p>
<div class="share">Share this:</div>
<p class="ad-below">Advertisement</p>
<p>Investigators began exhuming the bodies on Friday.</p>
</article>
<footer><a rel="prev" href="/news/ceasefire/">Previous article Ceasefire holds</a>
<p>Share this:</p></footer>
</body></html>
"""


def test_html_flags_pasted_debris_but_not_template_or_chrome():
    fs = findings(PAGE, "page.html")
    assert [f"{f.line}:{f.col} {f.code} {f.message}" for f in fs] == [
        '7:12 NAV003 Promo line "READ ALSO:" left in the article text']
    assert fs[0].fix is None  # a deletion would break the markup


# -- robustness ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Related " + "word " * 2_000_000,  # 10 MB, no newline
    " " * 5_000_000 + "Share this",
    "TK" * 1_000_000,
    "Previous article\n" * 20_000,  # a finding on every line
])
def test_huge_inputs_are_linear(text):
    import time
    document = make_document(text)
    start = time.perf_counter()
    list(nav.lintnews_check_document(document=document, config=Config()))
    assert time.perf_counter() - start < 10


def test_markdown_markup_around_debris():
    text = ("---\ntitle: Test\n---\nThe ceasefire held overnight.\n\n## Related Articles\n\n"
            "> **ALSO READ |** [Eskom stays public](/x)\n\n[Previous article](/news/a/)\n\n"
            "Share this:\n\n- [Twitter](https://twitter.com)\n- [Facebook](https://facebook.com)\n\n"
            "End.\n")
    fs = findings(text, "a.md")
    assert [f"{f.line}:{f.col} {f.code}" for f in fs] == [
        "6:4 NAV003", "8:5 NAV003", "10:2 NAV001", "12:1 NAV004"]
    # Fixes delete whole source lines, markup included.
    assert [[(e.line, e.col, e.end_line, e.end_col) for e in f.fix.edits] for f in fs] == [
        [(6, 1, 7, 1)], [(8, 1, 9, 1)], [(10, 1, 11, 1)], [(12, 1, 16, 1)]]


# -- the line hint: find_debris reads only the lines it finds -------------------------

def test_line_hint_takes_every_letter_ignorecase_does():
    """_line_hint() writes each letter of candidate_line()'s words as [xX] or any
    character beyond ASCII: no other ASCII character may match x under IGNORECASE."""
    import regex
    from lintnews_navigation import patterns
    for letter in set("".join(patterns.CANDIDATE_WORDS)):
        one = regex.compile(letter, regex.IGNORECASE)
        assert [chr(c) for c in range(0x80) if one.match(chr(c))] == sorted(
            (letter.upper(), letter))


@pytest.mark.parametrize("text", [
    "Intro.\n\n  - \u017fhare this\nPrevious article\nA title here\n\nMore text.",
    "Prose.\nRead more\n\u212alick here\n\n*  * \u2022 >> Next post: Big news today\n",
    "Share\nFacebook\nTwitter\n\nAdvertisement\n\nSource: Reuters",
    "Related Articles\nline\n" * 50 + "Next article\nA title here\n",
])
def test_find_debris_reads_the_same_lines_as_a_scan_of_every_line(text):
    from lintnews_navigation import boilerplate, patterns
    document = make_document(text, path="article.txt")
    s = document.body.string
    every = [(i, start, start + len(line))
             for i, (start, line) in enumerate(zip(
                 [0] + [k + 1 for k, c in enumerate(s) if c == "\n"], s.split("\n")))]
    candidate = patterns.candidate_line()
    hinted = {i for i, _, _ in boilerplate._tried(s)}
    for i, start, end in every:
        a = start + len(s[start:end]) - len(s[start:end].lstrip(" \t"))
        if candidate.match(s, a, end):
            assert i in hinted
    assert list(boilerplate.find_debris(document.body))
