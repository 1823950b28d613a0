"""The command line: a thin layer over :mod:`lintnews.api`."""
from __future__ import annotations

import os
import sys

# Everything else (argparse, typing, pluggy, regex, the rest of lintnews) is
# imported inside the functions: the ``lintnews`` command (:func:`entry`)
# switches the garbage collector off first.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any, Sequence

EPILOG = """exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage, config,
plugin or unreadable-file error (--exit-zero never hides a 2).
Columns count Unicode code points from 1."""


def _help_formatter() -> type:
    """argparse's formatter, without the shutil import it does to size itself.

    argparse builds a formatter for every add_argument call, and shutil pulls in
    bz2 and lzma: about 5 ms of a one-file run. The width comes from the terminal
    when there is one, else COLUMNS, else 80.
    """
    import argparse

    class _HelpFormatter(argparse.HelpFormatter):
        __doc__ = _help_formatter.__doc__

        def __init__(self, prog: str, **kwargs: Any) -> None:
            if kwargs.get("width") is None:
                try:
                    width = os.get_terminal_size(sys.stdout.fileno()).columns
                except (OSError, ValueError):
                    columns = os.environ.get("COLUMNS", "")
                    width = int(columns) if columns.isdigit() else 80
                kwargs["width"] = max(40, width - 2)
            super().__init__(prog, **kwargs)

    return _HelpFormatter


def build_parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="lintnews", description="Lint news articles (text, Markdown, HTML).", epilog=EPILOG,
        formatter_class=_help_formatter())
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders to lint; '-' reads standard input (default: .)")
    sel = p.add_argument_group("choosing rules")
    sel.add_argument("--select", metavar="CODES", help="only these codes or prefixes (comma-separated)")
    sel.add_argument("--ignore", metavar="CODES", help="skip these codes or prefixes")
    sel.add_argument("--extend-select", metavar="CODES", help="add to the selection")
    sel.add_argument("--extend-ignore", metavar="CODES", help="add to the ignored codes")
    sel.add_argument("--per-file-ignores", metavar="GLOB:CODES",
                     help="space-separated GLOB:CODES pairs; ** matches any folders")
    sel.add_argument("--fail-on", choices=["error", "warning", "info"],
                     help="lowest severity that fails the run (default: warning)")
    sel.add_argument("-p", dest="plugin_flags", action="append", default=[], metavar="no:NAME",
                     help="disable a plugin by name")
    out = p.add_argument_group("output")
    out.add_argument("--format", help="default, json, json-lines, github, sarif, or a plugin's")
    out.add_argument("--show-source", action="store_true", default=None,
                     help="print the line and a caret under each finding")
    out.add_argument("--statistics", action="store_true", default=None, help="count findings per code")
    out.add_argument("--count", action="store_true", default=None, help="print the number of findings")
    out.add_argument("--exit-zero", action="store_true", default=None,
                     help="exit 0 even with findings (never hides status 2)")
    out.add_argument("--output-file", metavar="FILE", help="write findings to FILE")
    out.add_argument("--color", choices=["auto", "always", "never"], help="colour (default: on a terminal)")
    out.add_argument("--no-progress", action="store_true", help="never show progress on stderr")
    run = p.add_argument_group("running")
    run.add_argument("-j", "--jobs", metavar="N|auto", help="worker processes (default: 1)")
    run.add_argument("--config", metavar="FILE", help="use this config file")
    run.add_argument("--isolated", action="store_true", help="ignore every config file")
    run.add_argument("--stdin-display-name", default="stdin", metavar="NAME",
                     help="the name standard input is reported under; its extension picks the format")
    run.add_argument("--reference-date", metavar="YYYY-MM-DD",
                     help="publication date for articles whose metadata has none")
    run.add_argument("--exclude", metavar="GLOBS", help="comma-separated globs not to walk")
    info = p.add_argument_group("information")
    info.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    info.add_argument("--explain", metavar="CODE", help="print a rule's documentation and exit")
    info.add_argument("--version", action="store_true", help="print the version and plugins and exit")
    return p


def overrides_from(args: argparse.Namespace) -> dict[str, Any]:
    """Command-line values in config-file form, so both are validated alike."""
    raw: dict[str, Any] = {}
    for key in ("select", "ignore", "extend_select", "extend_ignore", "format", "fail_on",
                "jobs", "show_source", "statistics", "count", "exit_zero", "output_file",
                "color", "reference_date", "exclude"):
        value = getattr(args, key)
        if value is not None:
            raw[key.replace("_", "-")] = value
    if args.per_file_ignores:
        pairs = {}
        for item in args.per_file_ignores.replace("\n", " ").split():
            if ":" not in item:
                from .options import ConfigError
                raise ConfigError(f"command line: per-file-ignores: expected GLOB:CODES, got {item!r}")
            glob, codes = item.rsplit(":", 1)
            pairs.setdefault(glob, []).extend(c for c in codes.split(",") if c)
        raw["per-file-ignores"] = pairs
    return raw


def blocked_from(flags: list[str]) -> tuple[str, ...]:
    names = []
    for flag in flags:
        if not flag.startswith("no:") or len(flag) <= 3:
            from .options import ConfigError
            raise ConfigError(f"command line: -p takes no:NAME to disable a plugin, not {flag!r}")
        names.append(flag[3:])
    return tuple(names)


def entry() -> None:
    """The ``lintnews`` command: :func:`main`, tuned for a process that ends with it.

    A pre-commit hook starts lintnews for one file, so start-up and exit are
    most of its time; two costs are cut here, never the results:

    * Start-up allocates a few hundred thousand long-lived objects (modules,
      compiled patterns, rule pages). The garbage collector is off while they
      are made, then ``gc.freeze()`` sets them aside so later collections never
      scan them again (the same move the ``gc`` docs advise before forking
      workers, which ``-j`` does).
    * At the end, the standard streams are flushed and the ``atexit`` handlers
      run (the pattern cache is saved by one), then the process exits without
      tearing down the interpreter object by object, which took longer than
      linting a short article. Plugins must not rely on finalizers to write
      files: close them (``with``) or register an ``atexit`` handler.
    """
    import gc

    global _STANDALONE
    _STANDALONE = True
    gc.disable()
    status = main()  # an unexpected error propagates: Python prints it and ends as usual
    import atexit

    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    os._exit(status)


_STANDALONE = False  # set by entry(): this process ends when main() returns


def _heap_settled() -> None:
    """After start-up in the ``lintnews`` command: freeze what exists, collect again."""
    if _STANDALONE:
        import gc

        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # `lintnews ... | head`: the reader left; end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("lintnews: interrupted\n")
        return 130


def _error(message: str) -> int:
    sys.stderr.write(f"lintnews: error: {message}\n")
    return 2


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .finder import PluginError
    from .options import ConfigError
    from .session import Session
    try:
        session = Session.create(overrides_from(args), config_file=args.config,
                                 isolated=args.isolated, blocked=blocked_from(args.plugin_flags))
    except (ConfigError, PluginError) as exc:
        return _error(str(exc))
    _heap_settled()
    for message in session.errors:
        sys.stderr.write(f"lintnews: error: {message}\n")
    if args.version:
        from .info import version_text
        sys.stdout.write(version_text(session))
        return 2 if session.errors else 0
    if args.list_rules:
        from .info import rules_table
        sys.stdout.write(rules_table(session))
        return 2 if session.errors else 0
    if args.explain:
        from .info import explain
        text = explain(session, args.explain.strip().upper())
        if text is None:
            return _error(f"unknown rule code {args.explain!r} (see lintnews --list-rules)")
        sys.stdout.write(text)
        return 0
    from .report import lint_and_report
    return lint_and_report(session, args.paths or ["."], args.stdin_display_name,
                           progress=not args.no_progress)


if __name__ == "__main__":  # pragma: no cover
    entry()
