"""House-style rules from config: matching, fixes, and config errors naming the rule."""
from __future__ import annotations

import textwrap

import pytest

import lintnews_housestyle as hs
from lintnews import Severity
from lintnews.config import Config
from lintnews.testing import make_document
from lintnews_housestyle.config import parse_rules

KYIV = {"code": "HS001", "message": "Write '{replacement}', not '{match}'",
        "replace": {"Kiev": "Kyiv", "Odessa": "Odesa"}, "exceptions": ["Chicken Kiev"]}
HYPE = {"code": "HS002", "message": "Avoid '{match}': say what happened", "severity": "info",
        "words": ["slammed", "very unique"]}
PERCENT = {"code": "HS003", "message": "Write 'per cent', not '{match}'",
           "patterns": [r"(?<=\d\s?)percent\b"], "ignore-case": False}


def config_with(*tables) -> Config:
    return Config().with_(plugin_tables=(("rules", parse_rules(list(tables))),))


def found(text: str, *tables, path: str = "article.txt"):
    config = config_with(*tables)
    document = make_document(text, path=path, config=config)
    return list(hs.lintnews_check_document(document=document, config=config))


def shown(findings) -> list[str]:
    return [f"{f.line}:{f.col}-{f.end_col} {f.code} {f.message}" for f in findings]


# -- substitution rules ----------------------------------------------------------

def test_replacements_with_case_and_exact_positions():
    result = found("Shelling in KIEV and Kiev's suburbs.\nShe ate Chicken Kiev in kiev.\n", KYIV)
    assert shown(result) == [
        "1:13-17 HS001 Write 'KYIV', not 'KIEV'",
        "1:22-26 HS001 Write 'Kyiv', not 'Kiev'",
        "2:25-29 HS001 Write 'Kyiv', not 'kiev'",
    ]
    assert [f.replacement for f in result] == ["KYIV", "Kyiv", "Kyiv"]


@pytest.mark.parametrize("text", [
    "Kievan Rus was a medieval state.",   # a longer word
    "She ate Chicken Kiev.",              # an exception
    "The port of Odesa reopened.",         # already right
])
def test_replacements_respect_word_boundaries_and_exceptions(text):
    assert found(text, KYIV) == []


def test_case_sensitive_replacement():
    rule = {"code": "HS010", "message": "Write '{replacement}'", "replace": {"Nato": "NATO"},
            "ignore-case": False}
    assert shown(found("Nato and NATO and nato.", rule)) == ["1:1-5 HS010 Write 'NATO'"]


def test_already_right_in_another_case_is_not_flagged():
    rule = {"code": "HS010", "message": "Write '{replacement}'", "replace": {"Nato": "NATO"}}
    assert [f.replacement for f in found("Nato and NATO.", rule)] == ["NATO"]


def test_lower_case_entry_capitalised_at_sentence_start():
    rule = {"code": "HS011", "message": "Write '{replacement}'", "replace": {"e-mail": "email"}}
    assert [f.replacement for f in found("E-mail me. Send an e-mail.", rule)] == ["Email", "email"]


# -- existence rules ---------------------------------------------------------------

def test_words_match_whole_words_and_phrases_across_a_line_break():
    result = found("Critics slammed the very\nunique plan. Unslammed doors.", HYPE)
    assert shown(result) == [
        "1:9-16 HS002 Avoid 'slammed': say what happened",
        "1:21-7 HS002 Avoid 'very unique': say what happened",
    ]
    assert (result[1].line, result[1].end_line) == (1, 2)
    assert all(f.fix is None for f in result)


def test_patterns():
    assert shown(found("Turnout was 40 percent, up 3percent. Percentages fell.", PERCENT)) == [
        "1:16-23 HS003 Write 'per cent', not 'percent'",
        "1:29-36 HS003 Write 'per cent', not 'percent'",
    ]


def test_words_with_punctuation_edges():
    rule = {"code": "HS004", "message": "Write 'for example', not '{match}'", "words": ["e.g."]}
    assert shown(found("Fruit, e.g. apples; eg. pears.", rule)) == [
        "1:8-12 HS004 Write 'for example', not 'e.g.'"]


def test_rules_apply_to_front_matter_fields():
    text = "---\ntitle: Strikes on Kiev\n---\n\nThe city was quiet.\n"
    assert shown(found(text, KYIV, path="story.md")) == ["2:19-23 HS001 Write 'Kyiv', not 'Kiev'"]


# -- declared rules ------------------------------------------------------------------

def test_one_rule_per_configured_code_with_a_full_doc():
    rules = hs.lintnews_rules(config=config_with(KYIV, HYPE))
    assert [(r.code, r.name, r.severity) for r in rules] == [
        ("HS001", "house-hs001", Severity.WARNING), ("HS002", "house-hs002", Severity.INFO)]
    for rule in rules:
        for section in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
            assert section in rule.doc
    assert "`Kiev`" in rules[0].doc and "`Kyiv`" in rules[0].doc


def test_no_config_no_rules():
    assert hs.lintnews_rules(config=Config()) == []
    assert list(hs.lintnews_check_document(document=make_document("Kiev"), config=Config())) == []


# -- config errors name the rule ---------------------------------------------------------

@pytest.mark.parametrize("tables, error", [
    ([{**HYPE, "patterns": ["(unclosed"], "words": None}], "rule HS002: invalid regex '(unclosed'"),
    ([{"message": "x", "words": ["a"]}], "rule number 1 has no 'code'"),
    ([{"code": "hs1", "message": "x", "words": ["a"]}], "rule number 1: code 'hs1' is not"),
    ([KYIV, {**HYPE, "code": "HS001"}], "rule HS001 is defined twice (rules number 1 and 2)"),
    ([{**HYPE, "message": "x {foo}"}], "rule HS002: message uses {foo}"),
    ([{**HYPE, "message": "x {replacement}"}], "rule HS002: message uses {replacement}"),
    ([{**HYPE, "word": ["x"]}], "rule HS002: unknown key 'word'"),
    ([{"code": "HS005", "message": "x"}], "rule HS005 has nothing to match"),
    ([{**HYPE, "severity": "fatal"}], "rule HS002: unknown severity 'fatal'"),
    ([{**HYPE, "patterns": ["a*"]}], "rule HS002: regex 'a*' matches the empty string"),
    ([{**KYIV, "words": ["x"]}], "rule HS001: 'replace' cannot be combined"),
    ([{"code": "LN900", "message": "x", "words": ["a"]}], "the prefix LN belongs to lintnews"),
])
def test_config_errors(tables, error):
    tables = [{k: v for k, v in t.items() if v is not None} for t in tables]
    with pytest.raises(ValueError) as info:
        parse_rules(tables)
    assert error in str(info.value)


# -- the real CLI ----------------------------------------------------------------------------

PYPROJECT = textwrap.dedent("""\
    [tool.lintnews]
    select = ["HS"]

    [[tool.lintnews.rules]]
    code = "HS001"
    message = "Write '{replacement}', not '{match}'"
    replace = { Kiev = "Kyiv" }
    exceptions = ["Chicken Kiev"]
    """)


def test_cli_with_pyproject(cli, tmp_path):
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "story.txt").write_text("Kiev is calm. Chicken Kiev is served.\n",
                                        encoding="utf-8")
    run = cli("story.txt", cwd=tmp_path)
    assert run.lines == ["story.txt:1:1: HS001 Write 'Kyiv', not 'Kiev'"]
    assert run.code == 1
    explain = cli("--explain", "HS001", cwd=tmp_path)
    assert explain.code == 0 and "## Use instead" in explain.out and "`Kyiv`" in explain.out


def test_cli_invalid_regex_is_a_config_error(cli, tmp_path):
    (tmp_path / "lintnews.toml").write_text(
        '[[rules]]\ncode = "HS007"\nmessage = "x"\npatterns = ["(oops"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text("Fine.\n", encoding="utf-8")
    run = cli("story.txt", cwd=tmp_path)
    assert run.code == 2
    assert "lintnews.toml" in run.err and "rule HS007: invalid regex '(oops'" in run.err


def test_cli_prefix_clash_with_another_plugin_names_both(cli, tmp_path):
    (tmp_path / "lintnews.toml").write_text(
        '[[rules]]\ncode = "PH900"\nmessage = "x"\nwords = ["tk"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text("Fine.\n", encoding="utf-8")
    run = cli("story.txt", cwd=tmp_path)
    assert run.code == 2
    assert "'housestyle'" in run.err and "'placeholders'" in run.err and "'PH'" in run.err
