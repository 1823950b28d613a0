"""PH and TXT on the real corpus (skipped when ../shared/corpus is absent)."""
from __future__ import annotations

import lintnews_debris as txt
import lintnews_placeholders as ph
from lintnews.config import Config
from lintnews.testing import make_document


def check(path, plugin):
    document = make_document(path.read_text(encoding="utf-8"), path=str(path))
    return [f"{f.line}:{f.col} {f.code} {f.message}"
            for f in plugin.lintnews_check_document(document=document, config=Config())]


def test_known_press_release_template_is_found(corpus):
    assert check(corpus / "health-news" / "news_reviews_00205.txt", ph) == [
        "27:93 PH001 Unfilled template variable '[Name]'",
        "27:103 PH001 Unfilled template variable '[E-mail address]'",
        "27:123 PH001 Unfilled template variable '[Phone number (add country code!)]'",
    ]


def test_known_missing_figure_is_found(corpus):
    assert check(corpus / "health-news" / "news_reviews_00439.txt", ph) == [
        "5:309 PH003 'XX' stands in for a missing figure"]


def test_traps_are_not_flagged(corpus):
    # TK-Safe and "die TK" (a German insurer), "Mundorf TK" (an author's initials),
    # "XXX, Hellboy" (a game), "siglo XX" (a Roman numeral)
    for name in ("scraped/aeb__57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2.txt",
                 "html-gold/57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2.txt",
                 "health-news/news_reviews_00302.txt", "bbc/tech_345.txt",
                 "scraped/readab__la-nacion.txt"):
        assert check(corpus / name, ph) == [], name


def test_clean_bbc_copy_has_no_placeholders_and_no_encoding_debris(corpus):
    # the BBC set is clean copy: nothing unfilled, no mojibake or invisible characters
    for path in sorted((corpus / "bbc").glob("business_0[0-4]*.txt")):
        assert check(path, ph) == [], path
        codes = {line.split()[1] for line in check(path, txt)}
        assert not codes & {"TXT002", "TXT003", "TXT004"}, path
