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
    from types import SimpleNamespace
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


#: The options in the order ``--help`` lists them: (group, flags, add_argument keywords).
_OPTIONS: tuple[tuple[str, tuple[str, ...], dict[str, Any]], ...] = (
    ("choosing rules", ("--select",),
     {"metavar": "CODES", "help": "only these codes or prefixes (comma-separated)"}),
    ("choosing rules", ("--ignore",), {"metavar": "CODES", "help": "skip these codes or prefixes"}),
    ("choosing rules", ("--extend-select",), {"metavar": "CODES", "help": "add to the selection"}),
    ("choosing rules", ("--extend-ignore",), {"metavar": "CODES", "help": "add to the ignored codes"}),
    ("choosing rules", ("--per-file-ignores",),
     {"metavar": "GLOB:CODES", "help": "space-separated GLOB:CODES pairs; ** matches any folders"}),
    ("choosing rules", ("--fail-on",), {"choices": ["error", "warning", "info"],
                                        "help": "lowest severity that fails the run (default: warning)"}),
    ("choosing rules", ("-p",), {"dest": "plugin_flags", "action": "append", "default": [],
                                 "metavar": "no:NAME", "help": "disable a plugin by name"}),
    ("output", ("--format",), {"help": "default, json, json-lines, github, sarif, or a plugin's"}),
    ("output", ("--show-source",), {"action": "store_true", "default": None,
                                    "help": "print the line and a caret under each finding"}),
    ("output", ("--statistics",), {"action": "store_true", "default": None,
                                   "help": "count findings per code"}),
    ("output", ("--count",), {"action": "store_true", "default": None,
                              "help": "print the number of findings"}),
    ("output", ("--exit-zero",), {"action": "store_true", "default": None,
                                  "help": "exit 0 even with findings (never hides status 2)"}),
    ("output", ("--output-file",), {"metavar": "FILE", "help": "write findings to FILE"}),
    ("output", ("--color",), {"choices": ["auto", "always", "never"],
                              "help": "colour (default: on a terminal)"}),
    ("output", ("--no-progress",), {"action": "store_true",
                                    "help": "never show progress on stderr"}),
    ("running", ("-j", "--jobs"), {
        "metavar": "N|auto",
        # (AUTO_MIN_FILES of lintnews.config, not imported here: see above)
        "help": "worker processes (default: auto, one per core for a run of 128 files "
                "or more, one process for fewer)"}),
    ("running", ("--config",), {"metavar": "FILE", "help": "use this config file"}),
    ("running", ("--isolated",), {"action": "store_true", "help": "ignore every config file"}),
    ("running", ("--stdin-display-name",), {
        "default": "stdin", "metavar": "NAME",
        "help": "the name standard input is reported under; its extension picks the format"}),
    ("running", ("--reference-date",), {"metavar": "YYYY-MM-DD",
                                        "help": "publication date for articles whose metadata has none"}),
    ("running", ("--exclude",), {"metavar": "GLOBS", "help": "comma-separated globs not to walk"}),
    ("information", ("--list-rules",), {"action": "store_true", "help": "list every rule and exit"}),
    ("information", ("--explain",), {"metavar": "CODE",
                                     "help": "print a rule's documentation and exit"}),
    ("information", ("--version",), {"action": "store_true",
                                     "help": "print the version and plugins and exit"}),
)


def build_parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="lintnews", description="Lint news articles (text, Markdown, HTML).", epilog=EPILOG,
        formatter_class=_help_formatter())
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders to lint; '-' reads standard input (default: .)")
    groups: dict[str, Any] = {}
    for title, flags, kwargs in _OPTIONS:
        if title not in groups:
            groups[title] = p.add_argument_group(title)
        groups[title].add_argument(*flags, **kwargs)
    return p


def _parse_simple(argv: Sequence[str]) -> "SimpleNamespace | None":
    """The parsed command line when it is a plain one, else None (argparse decides).

    Importing argparse and building the parser is a few milliseconds of a
    one-file run (a pre-commit hook). A command line of exact long options
    (``--opt VALUE``, ``--opt=VALUE``, ``--flag``) and one run of paths is
    read here, to the same values argparse would give; anything else (help,
    short or abbreviated options, values that start with ``-`` or are empty,
    a value not among an option's choices, paths in two runs, ``--``) goes
    to argparse, with its messages and exit status.
    """
    values: dict[str, Any] = {"paths": []}
    flags: dict[str, str] = {}  # option string -> dest, for store_true options
    takes_value: dict[str, tuple[str, Any]] = {}  # option string -> (dest, choices)
    for _, names, kwargs in _OPTIONS:
        dest = kwargs.get("dest") or next((n for n in names if n.startswith("--")), names[0])
        dest = dest.lstrip("-").replace("-", "_")
        default = kwargs.get("default")
        values[dest] = list(default) if isinstance(default, list) else default
        action = kwargs.get("action")
        if action == "store_true":
            if default is None and "default" not in kwargs:
                values[dest] = False
            for name in names:
                if name.startswith("--"):
                    flags[name] = dest
        elif action is None:
            for name in names:
                if name.startswith("--"):
                    takes_value[name] = (dest, kwargs.get("choices"))
    paths: list[str] = values["paths"]
    run = 0  # 0: no paths yet, 1: in the run of paths, 2: after it
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg == "-" or (arg and arg[0] != "-"):
            if run == 2:
                return None
            run = 1
            paths.append(arg)
            continue
        if run == 1:
            run = 2
        name, eq, value = arg.partition("=")
        if name in flags and not eq:
            values[flags[name]] = True
            continue
        if name not in takes_value:
            return None
        if not eq:
            if i == len(argv):
                return None
            value = argv[i]
            i += 1
        dest, choices = takes_value[name]
        if not value or value[0] == "-" or (choices is not None and value not in choices):
            return None
        values[dest] = value
    from types import SimpleNamespace  # (already loaded by the interpreter)

    return SimpleNamespace(**values)


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
    args = _parse_simple(sys.argv[1:] if argv is None else argv)
    if args is None:
        args = build_parser().parse_args(argv)
    from .config import CLI_DEFAULTS
    from .finder import PluginError
    from .options import ConfigError
    from .session import Session
    try:
        session = Session.create(overrides_from(args), config_file=args.config,
                                 isolated=args.isolated, blocked=blocked_from(args.plugin_flags),
                                 defaults=CLI_DEFAULTS)
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
