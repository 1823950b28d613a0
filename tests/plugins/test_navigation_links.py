"""NAV010-NAV012: what one article's own previous/next links say."""
from __future__ import annotations

import pytest

import lintnews_navigation as nav
from lintnews.config import Config
from lintnews.testing import make_document

from helpers import SEED, run_cli


def found(text: str, path: str = "article.txt", *, only=("NAV010", "NAV011", "NAV012"),
          **kw) -> list[str]:
    document = make_document(text, path=path, **kw)
    return [f"{f.line}:{f.col} {f.code} {f.message}"
            for f in nav.lintnews_check_document(document=document, config=Config())
            if f.code in only]


# -- NAV010 another outlet's name in a Previous/Next title ---------------------------

def test_seed_with_a_publication_names_the_foreign_outlet():
    assert found(SEED.read_text(encoding="utf-8"), publication="The Citizen") == [
        '53:89 NAV010 Previous-article title carries another outlet\'s name, "SABC News" '
        '(this article\'s publication is "The Citizen")']


def test_seed_without_a_publication_is_not_judged():
    assert found(SEED.read_text(encoding="utf-8")) == []


def test_own_outlet_in_the_title_is_fine():
    text = "Body.\n\nPrevious articleMass grave found in Izyum, Ukraine – police – SABC News\n"
    assert found(text, publication="SABC News") == []
    assert found(text, publication="sabcnews.com") == []


def test_front_matter_publication_and_table_link():
    text = ('---\ntitle: "Eskom stays public"\npublication: The Daily Courier\nprevious:\n'
            '  title: "Storm hits the coast | The Guardian"\n  url: /news/storm/\n---\nBody.\n')
    assert found(text, "a.md") == [
        '5:34 NAV010 Previous-article title carries another outlet\'s name, "The Guardian" '
        '(this article\'s publication is "The Daily Courier")']


def test_a_dash_inside_a_title_is_not_an_outlet():
    text = "Body.\n\nNext article: Arsenal beat Chelsea – live\n\nPrevious article: Talks in Baku – Aliyev\n"
    assert found(text, publication="The Citizen") == []


def test_cli_with_config_publication(tmp_path):
    (tmp_path / "lintnews.toml").write_text('publication = "The Citizen"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    run = run_cli("--select", "NAV010", "a.txt", cwd=tmp_path)
    assert run.code == 1
    assert run.lines == [
        'a.txt:53:89: NAV010 Previous-article title carries another outlet\'s name, '
        '"SABC News" (this article\'s publication is "The Citizen")']


# -- NAV011 previous and next name the same article ------------------------------------

def test_same_slug_in_front_matter():
    text = "---\ntitle: Izyum\nprevious: eskom-mps\nnext: eskom-mps\n---\nBody.\n"
    assert found(text, "a.md") == [
        '4:7 NAV011 Previous and Next both name "eskom-mps" (previous at line 3)']


def test_same_title_in_body_lines():
    text = ("Body.\n\nPrevious article: Mabuza assures MPs on Eskom\n"
            "Next article: Mabuza assures MPs on Eskom\n")
    assert found(text) == [
        '4:15 NAV011 Previous and Next both name "Mabuza assures MPs on Eskom" (previous at line 3)']


def test_different_neighbours_are_fine():
    text = "---\ntitle: Izyum\nprevious: ceasefire\nnext: eskom-mps\n---\nBody.\n"
    assert found(text, "a.md") == []


def test_carousel_arrows_are_not_article_links():
    page = ('<html><body><article><p>Text of the story.</p></article>'
            '<nav><a class="prev" href="#">Prev</a><a class="next" href="#">Next</a></nav>'
            '</body></html>')
    assert found(page, "p.html") == []


# -- NAV012 a link to the article itself ------------------------------------------------

def test_self_by_slug():
    text = "---\ntitle: CSTO delegation arrives\nslug: csto-delegation\nnext: csto-delegation\n---\nBody.\n"
    assert found(text, "content/csto.md") == [
        '4:7 NAV012 Next-article link points to this article itself ("csto-delegation")']


def test_self_by_file_name():
    text = "---\ntitle: CSTO delegation arrives\nprevious: ./csto.md\n---\nBody.\n"
    assert found(text, "content/csto.md") == [
        '3:11 NAV012 Previous-article link points to this article itself ("./csto.md")']


def test_self_by_title_in_a_text_file():
    # A plain-text article's first line is its headline.
    text = ("Mass grave found in Izyum\n\nPolice said 440 bodies were found.\n\n"
            "Previous articleMass grave found in Izyum – SABC News\n")
    assert found(text) == [
        '5:17 NAV012 Previous-article link points to this article itself '
        '("Mass grave found in Izyum – SABC News")']


def test_other_file_with_the_same_stem_elsewhere_is_not_self():
    text = "---\ntitle: Budget 2024\nprevious: ../2023/budget.md\n---\nBody.\n"
    assert found(text, "news/2024/budget.md") == []


def test_html_chrome_links_are_validated_not_flagged_as_debris():
    page = """<html><head><title>Mass grave found in Izyum</title>
<meta property="og:site_name" content="The Daily Courier"></head><body>
<article><h1>Mass grave found in Izyum</h1><p>Police said 440 bodies were found.</p></article>
<footer><a rel="prev" href="/news/ceasefire/">Previous article Ceasefire holds – SABC News</a>
<a rel="next" href="/news/ceasefire/">Next article Ceasefire holds</a></footer>
</body></html>
"""
    assert found(page, "p.html", only=("NAV001", "NAV010", "NAV011", "NAV012")) == [
        '4:82 NAV010 Previous-article title carries another outlet\'s name, "SABC News" '
        '(this article\'s publication is "The Daily Courier")',
        '5:1 NAV011 Previous and Next both name "Ceasefire holds" (previous at line 4)',
    ]


def test_home_page_and_query_links_are_not_self_links():
    text = ("---\ntitle: Izyum\nurl: https://dailycourier.example/\nprevious: https://dailycourier.example/\n"
            "next: ?page=2\n---\nBody.\n")
    assert found(text, "a.md") == []


def test_front_matter_title_string_with_another_outlet():
    text = ('---\ntitle: Eskom stays public\npublication: The Daily Courier\n'
            'previous: "Mass grave found in Izyum – SABC News"\n---\nBody.\n')
    assert found(text, "a.md") == [
        '4:40 NAV010 Previous-article title carries another outlet\'s name, "SABC News" '
        '(this article\'s publication is "The Daily Courier")']


@pytest.mark.parametrize("shown, real", [
    # found on corpus/html pages: a theme's label glued to the title, a site after the title
    ("PrevBusiness Focus: It’s Why Some People Triumph Online",
     "Business Focus: It's Why Some People Triumph Online"),
    ("How to Adopt an Online Leader Success MindsetNext", "How to Adopt an Online Leader Success Mindset"),
    ("[The Palace] More Reviews from Visitors!", "[The Palace] More Reviews from Visitors! - Jeongdong Theater"),
])
def test_titles_that_show_the_real_title(shown, real):
    from lintnews_navigation.titles import titles_match

    assert titles_match(shown, real)


@pytest.mark.parametrize("shown, real", [
    ("Ceasefire holds in Nagorno-Karabakh", "Mass grave found in Izyum"),
    ("Nextdoor app raises funds", "Nextdoor app raises new funds - Tech Daily"),
])
def test_titles_that_do_not(shown, real):
    from lintnews_navigation.titles import titles_match

    assert not titles_match(shown, real)
