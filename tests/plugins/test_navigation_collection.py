"""NAV020-NAV023 (and NAV011 across files): links checked across an editorial repo."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import lintnews_navigation as nav
from lintnews.config import Config
from lintnews.document import Collection, DocumentSummary, NavLink

from helpers import BUILTIN_PLUGINS, run_cli

# Other built-in plugins stay out of these runs: what is asserted is NAV's output.
OTHERS = [a for name in BUILTIN_PLUGINS if name != "navigation" for a in ("-p", f"no:{name}")]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "navigation"

BROKEN = [
    "content/border-clashes.md:5:11: NAV021 Previous article content/background-karabakh.md "
    "(2022-09-20) is newer than this article (2022-09-13)",
    'content/csto-delegation.md:5:7: NAV012 Next-article link points to this article itself '
    '("csto-delegation")',
    "content/death-toll-rises.md:5:7: NAV022 Next article content/ceasefire-holds.md has no "
    "previous link back to this article",
    'content/eskom-privatisation.md:6:65: NAV010 Previous-article title carries another '
    'outlet\'s name, "SABC News" (this article\'s publication is "The Daily Courier")',
    'content/eskom-privatisation.md:8:7: NAV020 Next article "csto-delgation" is not an '
    'article in the collection',
    'content/izyum-mass-grave.md:7:3: NAV023 Next-article link shows "Mabuza assures that '
    'Eskom MPs will NOT be privatized" but content/eskom-privatisation.md is titled '
    '"Mabuza assures that Eskom will not be privatised"',
    'content/peace-talks-opinion.md:4:7: NAV011 Previous and Next both name '
    '"background-karabakh" (previous at line 3)',
]


# -- the fixture editorial repo, through the real CLI ------------------------------

def test_broken_repo_each_link_rule_fires_once():
    run = run_cli(*OTHERS, "content", cwd=FIXTURES / "broken")
    assert run.code == 1, run.err
    assert run.lines == BROKEN
    codes = sorted(line.split(": ")[1].split()[0] for line in run.lines)
    assert codes == ["NAV010", "NAV011", "NAV012", "NAV020", "NAV021", "NAV022", "NAV023"]


def test_corrected_twin_is_clean():
    run = run_cli(*OTHERS, "content", cwd=FIXTURES / "fixed")
    assert (run.code, run.out, run.err) == (0, "", "")


def test_one_file_as_pre_commit_passes_it_is_checked_against_the_whole_repo():
    run = run_cli(*OTHERS, "content/death-toll-rises.md", cwd=FIXTURES / "broken")
    assert run.code == 1
    assert run.lines == [BROKEN[2]]


def test_one_file_reports_nothing_on_the_other_files():
    # ceasefire-holds.md lacks its previous link, but only death-toll-rises.md
    # (which links to it) says so, and only when it is linted.
    run = run_cli(*OTHERS, "content/ceasefire-holds.md", "content/izyum-mass-grave.md",
                  cwd=FIXTURES / "broken")
    assert run.lines == [BROKEN[5]]


def test_without_the_collection_config_only_missing_files_are_unresolved(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "broken" / "content", repo / "content")
    (repo / "lintnews.toml").write_text('publication = "The Daily Courier"\n', encoding="utf-8")
    # The typo slug "csto-delgation" may name an article outside this run: not judged.
    run = run_cli(*OTHERS, "--select", "NAV02", "content/eskom-privatisation.md",
                  "content/csto-delegation.md", cwd=repo)
    assert (run.code, run.lines) == (0, [])
    # A file path that does not exist is broken whatever the run.
    page = repo / "content" / "csto-delegation.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "next: csto-delegation", "next: ../archive/2021/csto.md"), encoding="utf-8")
    run = run_cli(*OTHERS, "--select", "NAV02", "content/eskom-privatisation.md",
                  "content/csto-delegation.md", cwd=repo)
    assert run.lines == [
        'content/csto-delegation.md:5:7: NAV020 Next article "../archive/2021/csto.md" is not '
        'an article in the collection']


# -- resolution and the rules, on metadata -------------------------------------------

def doc(path, title=None, date=None, links=(), url=None, slug=None, linted=True):
    navs = tuple(NavLink(rel, text, href, line, 1, origin)
                 for rel, text, href, line, origin in links)
    return DocumentSummary(path=path, format="markdown", title=title,
                           date=dt.date.fromisoformat(date) if date else None,
                           publication=None, url=url, slug=slug, nav_links=navs, linted=linted)


def check(docs, **config):
    found = nav.lintnews_check_collection(collection=Collection(list(docs)),
                                         config=Config(**config))
    return [f"{f.path}:{f.line}:{f.col} {f.code} {f.message}" for f in found]


def fm(rel, href, line=3, text=""):
    return (rel, text, href, line, "front-matter")


def test_reciprocal_pair_by_url_path_and_title_is_clean():
    a = doc("news/a.md", "Ceasefire holds", "2022-09-15", [fm("next", "https://x.example/news/b/")],
            url="https://x.example/news/a/")
    b = doc("news/b.md", "Mass grave found in Izyum", "2022-09-16",
            [fm("previous", "Ceasefire holds"), fm("next", "../news/c.md", 4)],
            url="https://x.example/news/b/")
    c = doc("news/c.md", "Eskom stays public", "2022-09-17", [fm("previous", "b")])
    assert check([a, b, c]) == []


def test_next_link_answered_by_another_article():
    a = doc("a.md", "A story", "2022-09-15", [fm("next", "b")])
    b = doc("b.md", "B story", "2022-09-16", [fm("previous", "z")])
    z = doc("z.md", "Z story", "2022-09-14", [fm("next", "b")])
    assert check([a, b, z]) == [
        "a.md:3:1 NAV022 Next article b.md links back as previous to z.md, not to this article"]


def test_order_for_next():
    a = doc("a.md", "A story", "2022-09-15", [fm("next", "b")])
    b = doc("b.md", "B story", "2022-09-10", [fm("previous", "a")])
    assert check([a, b]) == [
        "a.md:3:1 NAV021 Next article b.md (2022-09-10) is older than this article (2022-09-15)",
        "b.md:3:1 NAV021 Previous article a.md (2022-09-15) is newer than this article (2022-09-10)",
    ]


def test_same_day_and_undated_articles_are_not_ordered():
    a = doc("a.md", "A story", "2022-09-15", [fm("next", "b")])
    b = doc("b.md", "B story", "2022-09-15", [fm("previous", "a"), fm("next", "c", 4)])
    c = doc("c.md", "C story", None, [fm("previous", "b")])
    assert check([a, b, c]) == []


def test_ambiguous_slug():
    a = doc("a.md", "A story", None, [fm("next", "budget")])
    b1 = doc("2023/budget.md", "Budget 2023")
    b2 = doc("2024/budget.md", "Budget 2024")
    assert check([a, b1, b2]) == [
        'a.md:3:1 NAV020 Next article "budget" is ambiguous: it matches 2023/budget.md, 2024/budget.md']


def test_previous_and_next_resolving_to_one_file_by_different_names():
    a = doc("x/a.md", "A story", None, [fm("previous", "b", 3), fm("next", "B story", 4)])
    b = doc("x/b.md", "B story")
    assert check([a, b]) == [
        "x/a.md:4:1 NAV011 Previous and Next both link to x/b.md (previous at line 3)"]


def test_nothing_reported_on_files_not_linted():
    a = doc("a.md", "A story", None, [fm("next", "nowhere")], linted=False)
    b = doc("b.md", "B story", None, [fm("next", "a")])
    assert check([a, b], collection=("*.md",)) == [
        "b.md:3:1 NAV022 Next article a.md has no previous link back to this article"]


def body(rel, text, line):
    return (rel, text, "", line, "body")


def test_body_links_resolve_by_title_only_when_the_collection_is_declared():
    a = doc("a.md", "Ceasefire holds on the border", "2022-09-15",
            [body("next", "Mass grave found in Izyum – SABC News", 9)])
    b = doc("b.md", "Mass grave found in Izyum", "2022-09-16",
            [body("previous", "Ceasefire holds on the border", 9)])
    c = doc("c.md", "Unrelated", "2022-09-16",
            [body("previous", "Some other site's story", 9)])
    assert check([a, b, c]) == []  # a folder of pages: an unknown title is not an error
    assert check([a, b, c], collection=("*.md",)) == [
        'c.md:9:1 NAV020 Previous article "Some other site\'s story" is not an article in the '
        'collection']


def test_body_link_with_a_stale_title_names_the_closest_article():
    a = doc("a.md", "Ceasefire holds on the border", "2022-09-15",
            [body("next", "Mass grave with 440 bodies found in Izyum", 9)])
    b = doc("b.md", "Mass grave with more than 440 bodies found in Izyum, police say",
            "2022-09-16", [body("previous", "Ceasefire holds on the border", 9)])
    c = doc("c.md", "Eskom stays public", "2022-09-17")
    assert check([a, b, c], collection=("*.md",)) == [
        'a.md:9:1 NAV023 Next-article link shows "Mass grave with 440 bodies found in Izyum" but '
        'b.md is titled "Mass grave with more than 440 bodies found in Izyum, police say"']


def test_sentence_picked_up_as_a_body_link_is_ignored():
    a = doc("a.md", "A story", None, [body("next", "will look at the cost of the strike.", 9)])
    b = doc("b.md", "B story")
    assert check([a, b], collection=("*.md",)) == []


def test_one_document_is_not_a_collection():
    a = doc("a.md", "A story", None, [fm("next", "nowhere")])
    assert check([a], collection=("*.md",)) == []


def test_unknown_slug_needs_a_declared_collection():
    a = doc("a.md", "A story", None, [fm("next", "nowhere")])
    b = doc("b.md", "B story")
    assert check([a, b]) == []
    assert check([a, b], collection=("*.md",)) == [
        'a.md:3:1 NAV020 Next article "nowhere" is not an article in the collection']


def test_a_bare_label_back_is_not_a_missing_link():
    a = doc("a.md", "A story", "2022-09-15", [fm("next", "b")])
    b = doc("b.md", "B story", "2022-09-16", [body("previous", "", 9)])
    assert check([a, b]) == []


def test_worker_processes_give_the_same_answer():
    run = run_cli(*OTHERS, "-j", "2", "content", cwd=FIXTURES / "broken")
    assert run.lines == BROKEN
