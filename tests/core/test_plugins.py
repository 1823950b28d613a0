"""Plugin loading and isolation: crashes, garbage, clashes, unknown hooks, -p no:NAME."""
from __future__ import annotations

from pathlib import Path

from helpers import NO_BUILTINS

HOUSE = (Path(__file__).parent / "house").as_posix()


def config(project: Path, *plugins: str) -> None:
    names = ", ".join(f'"{p}"' for p in plugins)
    (project / "lintnews.toml").write_text(f'plugins = [{names}]\nplugin-paths = ["{HOUSE}"]\n',
                                           encoding="utf-8")


def test_crash_is_reported_per_file_and_others_still_run(cli, project):
    (project / "a.txt").write_text("TK then BOOM\n", encoding="utf-8")
    (project / "b.txt").write_text("TK\n", encoding="utf-8")
    (project / "c.txt").write_text("TK and LATE then TK\n", encoding="utf-8")
    config(project, "tkcheck", "garbage")
    run = cli(*NO_BUILTINS, "a.txt", "b.txt", "c.txt", cwd=project)
    assert run.lines == [
        "a.txt:1:1: LN010 plugin 'tkcheck' crashed while checking the file: RuntimeError: "
        "boom on purpose (other checks still ran; report this to the plugin's authors or "
        "disable it with -p no:tkcheck)",
        "a.txt:1:1: LN011 plugin 'garbage' returned str 'GRB001 not a finding', not a lintnews.Finding",
        "a.txt:1:1: TST001 placeholder TK left in copy",
        "b.txt:1:1: LN011 plugin 'garbage' returned str 'GRB001 not a finding', not a lintnews.Finding",
        "b.txt:1:1: TST001 placeholder TK left in copy",
        # the generator raised after yielding: what it yielded before stays, the crash is reported
        "c.txt:1:1: LN010 plugin 'tkcheck' crashed while checking the file: ValueError: "
        "raised mid-iteration (other checks still ran; report this to the plugin's authors or "
        "disable it with -p no:tkcheck)",
        "c.txt:1:1: LN011 plugin 'garbage' returned str 'GRB001 not a finding', not a lintnews.Finding",
        "c.txt:1:1: TST001 placeholder TK left in copy",
        "c.txt:1:8: TST002 late mark",
    ]
    assert run.code == 2


def test_disable_a_plugin_by_name(cli, project):
    (project / "a.txt").write_text("TK BOOM\n", encoding="utf-8")
    config(project, "tkcheck", "garbage")
    run = cli(*NO_BUILTINS, "-p", "no:tkcheck", "-p", "no:garbage", "a.txt", cwd=project)
    assert (run.code, run.out) == (0, "")


def test_prefix_clash_names_both_plugins(cli, project):
    config(project, "tkcheck", "clash")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert run.code == 2
    assert run.err == "lintnews: error: plugins 'clash' and 'tkcheck' both claim the rule prefix 'TST'\n"


def test_unknown_hook_is_a_clear_error(cli, project):
    config(project, "unknownhook")
    run = cli(*NO_BUILTINS, "x.txt", cwd=project)
    assert run.code == 2
    assert run.err.startswith("lintnews: error: plugin 'unknownhook' implements an unknown hook")
    assert "lintnews_check_paragraph" in run.err and "Traceback" not in run.err


def test_plugin_raising_on_import_others_still_check(cli, project):
    (project / "a.txt").write_text("TK\n", encoding="utf-8")
    config(project, "badimport", "tkcheck")
    run = cli(*NO_BUILTINS, "a.txt", cwd=project)
    assert run.lines == ["a.txt:1:1: TST001 placeholder TK left in copy"]
    assert "plugin 'badimport' named in config failed to import: ImportError: this plugin is " \
           "broken on purpose" in run.err
    assert run.code == 2


def test_missing_config_plugin(cli, project):
    config(project, "no_such_plugin")
    run = cli(*NO_BUILTINS, "--list-rules", cwd=project)
    assert run.code == 2
    assert "plugin 'no_such_plugin' named in config failed to import: ModuleNotFoundError" in run.err


def test_list_rules_explain_version(cli, project):
    run = cli(*NO_BUILTINS, "--list-rules", cwd=project)
    assert "TST001  error    tk-mark" in run.out and "[tkcheck]" in run.out
    assert "LN001   error    unreadable-file" in run.out
    explain = cli(*NO_BUILTINS, "--explain", "tst001", cwd=project)
    assert explain.code == 0
    assert explain.out.startswith("# TST001 (tk-mark)\n\nA TK mark is left in copy.\n")
    assert "## Why is this bad?" in explain.out
    unknown = cli(*NO_BUILTINS, "--explain", "ZZ999", cwd=project)
    assert unknown.code == 2 and "unknown rule code 'ZZ999'" in unknown.err
    version = cli("--version", cwd=project)
    assert version.out.startswith("lintnews 0.1.0 (plugins: ")


def test_regex_timeout_is_ln012_not_a_hang(cli, project):
    (project / "a.txt").write_text("TK SLOW\n", encoding="utf-8")
    run = cli(*NO_BUILTINS, "a.txt", cwd=project)
    assert run.lines == [
        "a.txt:1:1: LN012 plugin 'tkcheck' gave up on this file: a check took too long "
        "(regex timed out); the rest of the file was checked by the other plugins",
        "a.txt:1:1: TST001 placeholder TK left in copy"]
    assert run.code == 1


def test_hooks_as_bound_method_and_specname_are_found(cli, project):
    (project / "a.txt").write_text("The count was XX at noon.\n", encoding="utf-8")
    config(project, "methods")
    run = cli(*NO_BUILTINS, "a.txt", cwd=project)
    assert run.lines == ["a.txt:1:15: MTH001 XX in copy"]
    assert run.code == 1
