"""TXT rules: debris from scraping and editing, positive and negative cases."""
from __future__ import annotations

import pytest

import lintnews_debris as txt
from lintnews.config import Config
from lintnews.testing import make_document


def findings(text: str, path: str = "article.txt"):
    document = make_document(text, path=path)
    return list(txt.lintnews_check_document(document=document, config=Config()))


def found(text: str, path: str = "article.txt") -> list[str]:
    """What a user sees: 'line:col CODE message' for every TXT finding."""
    return [f"{f.line}:{f.col} {f.code} {f.message}"
            for f in sorted(findings(text, path), key=lambda f: (f.line, f.col))]


def codes(text: str, path: str = "article.txt") -> list[str]:
    return [f.code for f in findings(text, path)]


# -- TXT001 glued words ---------------------------------------------------------

@pytest.mark.parametrize("text, col, glued, fixed, safety", [
    ("Patients were followed for a year.Statins were stopped.", 30, "year.Statins",
     "year. Statins", "safe"),
    ("It had only penetrated 800 schools.The fact is plain.", 28, "schools.The",
     "schools. The", "safe"),
    ('The challenge was "huge."Earlier in December, it ended.', 20, 'huge."Earlier',
     'huge." Earlier', "safe"),
    ('He arrived on the red carpet."It is unlike anything."', 23, 'carpet."It',
     'carpet. "It', "safe"),
    ("The latest articleMass grave found in Izyum", 12, "articleMass", "article Mass", "unsafe"),
    ("The FDA approved theOrbera balloon last year.", 18, "theOrbera", "the Orbera", "unsafe"),
    ("It is the central purpose ofNew Labour.", 27, "ofNew", "of New", "unsafe"),
])
def test_glued_words(text, col, glued, fixed, safety):
    (finding,) = findings(text)
    assert f"{finding.line}:{finding.col} {finding.code} {finding.message}" == \
        f"1:{col} TXT001 Words glued together: {glued!r}"
    assert finding.replacement == fixed
    assert finding.fix.applicability == safety


@pytest.mark.parametrize("text", [
    "She bought an iPhone on eBay and watched YouTube.",
    "He paid with PayPal at McDonald's and wrote JavaScript on macOS.",
    "Troops left the U.S.The next day they arrived.",
    "Visit Cancer.Net or One.Tel, or Yahoo!Japan.",
    "Write to sarah.Needleman@wsj.com today.",
    "items.forEach(show); document.getElementById('x')",
    "The remoteStorage spec and user tomatoRenegade posted.",
    "Home Design Art Cities myMuseum Specials inRead invented by Teads",
    "The drug is sold in Europe under the name ellaOne.",
    "See e.g.The Times for details.",
    # a navigation label glued to a title is the navigation plugin's NAV002, not a second finding
    "Previous articleMass grave found in Izyum",
    "Next articleMabuza assures that Eskom MPs will not be privatised",
])
def test_not_glued(text):
    assert "TXT001" not in codes(text)


def test_glue_made_by_a_removed_url_is_not_reported():
    assert codes("Read it at https://example.org/x.Then leave.") == []


# -- TXT002 mojibake, TXT003 replacement character --------------------------------

@pytest.mark.parametrize("text, col, bad, good", [
    ("It wasnâ€™t over.", 8, "â€™", "’"),
    ("The CafÃ© reopened.", 8, "Ã©", "é"),
    ("Tickets cost Â£5.", 14, "Â£", "£"),
    ("SAN ANTONIO (AP) \x97 New results came in.", 18, "\x97", "—"),
    ("Hôpital du Sacré-C\x9cur de Montréal", 19, "\x9c", "œ"),
])
def test_mojibake_with_exact_repair(text, col, bad, good):
    (finding,) = [f for f in findings(text) if f.code == "TXT002"]
    assert (finding.line, finding.col) == (1, col)
    assert finding.message == f"Mojibake {bad!r} (wrong encoding) for {good!r}"
    assert finding.replacement == good


def test_mojibake_encoded_twice_is_repaired_in_one_step():
    assert [(f.col, f.replacement) for f in findings("He said Ã¢â‚¬Å“noÃ¢â‚¬Â\x9d.")] == [
        (9, "“"), (18, "”")]


def test_mojibake_no_break_space():
    (finding,) = findings("The site is 10Â km away.")
    assert (finding.code, finding.col, finding.replacement) == ("TXT002", 15, "")
    assert "no-break space" in finding.message


@pytest.mark.parametrize("text", [
    "Dr. Ângelo Luís led the study (ÂL).",
    "„Gruß” sagte er.",
    "It was 20°C ± 2, a naïve café in Zürich.",
    "ÉTÉ «Bonjour» à São Paulo",
    "She said “yes” and ‘no’ — twice…",
])
def test_real_accented_text_is_not_mojibake(text):
    assert codes(text) == []


def test_replacement_characters_are_one_error_per_run():
    assert found("angrypatriot22: â\ufffd\ufffdIf capitalism wins. Caf\ufffd.") == [
        "1:17 TXT003 Replacement character '\ufffd': 2 characters were lost in a bad conversion",
        "1:43 TXT003 Replacement character '\ufffd': a character was lost in a bad conversion",
    ]


def test_replacement_character_rule_is_an_error():
    assert txt.rules.REPLACEMENT_CHARACTER.severity.name == "ERROR"


# -- TXT004 invisible characters ----------------------------------------------------

@pytest.mark.parametrize("text, col, name", [
    ("The Stroke Conference in Hono\u00adlulu.", 30, "soft hyphen"),
    ("Runners plunge into water\u200b therapy.", 26, "zero-width space"),
    ("Information is at \u200eHSRxGroup.com today.", 19, "left-to-right mark"),
    ("in the \u200ciPhone 11", 8, "zero-width non-joiner"),
    ("a bell\x07rang", 7, "control character U+0007"),
    ("Linda\ufeff Bardwell", 6, "byte-order mark"),
])
def test_invisible_characters(text, col, name):
    (finding,) = findings(text)
    assert f"{finding.col} {finding.code} {finding.message}" == \
        f"{col} TXT004 Invisible character: {name}"
    assert finding.replacement == ""


def test_run_of_invisible_characters_is_one_finding():
    assert found("survival.\n\n\u200b\u200b\u200b\u200bCalifornia Skin Institute") == [
        "3:1 TXT004 Invisible character: 4 × zero-width space"]


@pytest.mark.parametrize("text", [
    "Dianna E. Anderson 🏳️\u200d🌈 (@diannaeanderson)",
    "الإمارات العربية المتحدة (العربية\u200f)",
    "Tale of Jang Noksu\n\n\u200b\n\n2018 Jeongdong Theater",
    "می\u200cخواهم",
    "her hand.\ufeff less", "\u00ad_____", "end\n\u00ad.\n",
])
def test_invisible_characters_that_do_work_or_no_harm(text):
    assert codes(text) == []


# -- TXT005 doubled words -------------------------------------------------------------

@pytest.mark.parametrize("text, col, word, end_col", [
    ("Buprenorphine is commonly known by the the brand name Suboxone.", 36, "the", 43),
    ("She could could reject the evidence.", 5, "could", 16),
    ("We cannot afford to to go another season.", 18, "to", 23),
    ("Click on on Editor.", 7, "on", 12),
    ("The The report said so.", 1, "The", 8),
])
def test_doubled_words(text, col, word, end_col):
    (finding,) = findings(text)
    assert f"{finding.col} {finding.code} {finding.message}" == f"{col} TXT005 Doubled word {word!r}"
    assert finding.end_col == end_col and finding.replacement == word


@pytest.mark.parametrize("text", [
    "He had had enough.", "She said that that was fine.", "What it is is a mess.",
    "The moment I've been waiting for for years.", "The situation we've been placed in in the past.",
    "In in vitro studies, it worked.", "a great shame this has been dissipated in in-fighting.",
    "Duran Duran played; it was very very loud.", "Font Size A A A", "Will will go.",
    "Add to this this new law.", "learn more at www.x.com or www.y.com or by phone.",
])
def test_not_doubled_words(text):
    assert "TXT005" not in codes(text)


def test_doubled_word_across_html_markup_has_no_fix():
    (finding,) = findings("<p>See <b>the</b> the end.</p>", "page.html")
    assert (finding.code, finding.col, finding.replacement) == ("TXT005", 11, None)


# -- TXT006 quotes, TXT007 brackets -------------------------------------------------------

def test_quote_never_closed():
    text = "“We will rebuild, the mayor said on Tuesday.\n\nThe council meets again in May.\n"
    assert found(text) == ["1:1 TXT006 Quotation mark “ is not closed in its paragraph"]


def test_straight_quote_never_closed_at_the_end():
    text = 'Campbell said: "It means a lot to me to go through, it is everything.\n'
    assert found(text) == ['1:16 TXT006 Quotation mark " is not closed in its paragraph']


def test_stray_closing_quote():
    assert found('The risk was "small," said Clarke."\n') == [
        '1:35 TXT006 Closing quotation mark " without an opening one in its paragraph']


def test_closing_mark_used_to_open():
    (finding,) = findings("Another reportedly said: ”Bird flu is back.”\n")
    assert (finding.col, finding.message, finding.replacement) == (
        26, "Closing quotation mark ” used to open a quotation", "“")


@pytest.mark.parametrize("text", [
    # a quotation over several paragraphs: opened each time, closed at the end
    "“We will rebuild.\n\n“It will take years,” the mayor said.\n",
    '"We will rebuild.\n\n"It will take years," the mayor said.\n',
    # a lost paragraph break inside a quotation
    'He said: "We want to go on. "That is where the best teams are."\n',
    "The 5'11\" forward bought a 12\" record and a 70\"+ TV.\n",
    "„Das ist gut“, sagte er. «Bonjour», dit-il.\n",
    "He said “ Livre “ twice.\n",
    'It cited "raw energy" and characters "that will live forever".\n',
    "She said: “What we are talking about...\n",
    '{"name":"test","@context":"x"}\n',
    'how it was changed, courtesy of CNBC\n"\nQuestions? Email us.\n',
    "Sell your 15” and buy the 16”—or a 13” one.\n",
    'Strings appear inside double quotes (").\n',
    "[button link=”http://example.org/kit” type=”big”]\n",
    "It holds the value 'http://remotestorage.io/spec/folder'. For now.\n",
    "''We believe it works,'' he said of the ''microfocused'' device.\n",
    "So I should solve the problem of ``crappy GUI'' by replacing it with ``no GUI''?\n",
    "“I never saw how he could have “villain” written all over him until I met him.”\n",
    # a block quote whose middle paragraph has no marks; bulleted talking points
    '"Jobs has battled cancer for years.\n\nHis decision signals more.\n\nNo one can say how he will fare."\n',
    '• "Republicans promise to cut it.\n\n• "It has been a bedrock promise.\n\n• It is not the cause of deficits."\n',
])
def test_balanced_or_other_conventions(text):
    assert "TXT006" not in codes(text)


def test_bracket_never_closed():
    text = "The Collective Security Treaty Organization (CSTO — the grouping — is due.\n\nNext.\n"
    assert found(text) == ["1:45 TXT007 Bracket ( is not closed in its paragraph"]


def test_stray_closing_bracket():
    assert found("Tiotropium bromide (Spiriva)) belongs to a class of drugs.\n") == [
        "1:29 TXT007 Closing bracket ) without an opening one in its paragraph"]


@pytest.mark.parametrize("text", [
    "Options: 1) wait, 2) act, a) now.\n",
    "Great news :) and bad news :(\n",
    "He was (as always\n\nlate) for the meeting.\n",
    "(198)\n\n(608) 263-5988 and the G8 (Group of Eight) met (2008).\n",
    "The link (\n\nhere\n\n) was split by the scraper.\n",
    "NASA发言人斯蒂芬妮(Stephanie）表示\n",
    "Each scope grants:\n\n'*:rw') any request,\n\n'*:r') any GET request.\n",
    "<module> ':r') any GET or HEAD requests to paths\n",
])
def test_balanced_brackets(text):
    assert "TXT007" not in codes(text)


# -- documentation, CLI -------------------------------------------------------------

def test_every_rule_has_a_full_doc():
    for rule in txt.RULES:
        assert rule.code.startswith("TXT")
        for section in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
            assert section in rule.doc, (rule.code, section)


def test_cli_reports_and_fixes_positions(cli, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("It wasnâ€™t over.\nThe the end.Then more.\n", encoding="utf-8")
    run = cli("--select", "TXT", str(path))
    assert run.lines == [
        f"{path}:1:8: TXT002 Mojibake 'â€™' (wrong encoding) for '’'",
        f"{path}:2:1: TXT005 Doubled word 'The'",
        f"{path}:2:9: TXT001 Words glued together: 'end.Then'",
    ]
    assert run.code == 1


def test_markdown_positions_and_code_left_alone():
    text = "# Budget\n\n- It was the the end.Then more.\n\n```\nthe the code.Not prose\n```\n"
    assert found(text, "story.md") == [
        "3:10 TXT005 Doubled word 'the'",
        "3:18 TXT001 Words glued together: 'end.Then'",
    ]


def test_cli_explain(cli):
    run = cli("--explain", "TXT002")
    assert run.code == 0
    assert "## Fix safety" in run.out and "wasnâ€™t" in run.out


# -- the cheap first scans must not hide what the full checks find -------------

def test_control_character_in_an_ascii_article():
    assert found("Tab\x07bed text.\n") == [
        "1:4 TXT004 Invisible character: control character U+0007"]


def test_quotes_left_open_around_a_paragraph_without_marks():
    text = ('He said "it is done\n\nAnother paragraph without marks.\n\n'
            "And then \u201che left.\n")
    assert found(text) == ['1:9 TXT006 Quotation mark " is not closed in its paragraph',
                           "5:10 TXT006 Quotation mark \u201c is not closed in its paragraph"]


def test_bracket_expires_after_paragraphs_without_brackets():
    paragraphs = ["First paragraph (opened", "second", "third", "fourth", "fifth", "sixth",
                  "seventh", "eighth ) closed."]
    assert found("\n\n".join(paragraphs) + "\n") == [
        "1:17 TXT007 Bracket ( is not closed in its paragraph",
        "15:8 TXT007 Closing bracket ) without an opening one in its paragraph"]
