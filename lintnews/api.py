"""The Python API for publish gates; the CLI is a thin layer over it.

>>> from lintnews import lint_text
>>> [f.code for f in lint_text("Source by [author_name]", filename="story.txt")]
['NAV012', 'PH001']
"""
from __future__ import annotations

from typing import Any, Iterable

from .checker import check_text
from .finding import Finding
from .results import LintResult
from .runner import finish, run
from .session import Session


def _session(config: dict[str, Any] | None, config_file: str | None, isolated: bool,
             cwd: str | None) -> Session:
    return Session.create(config or {}, config_file=config_file, isolated=isolated, cwd=cwd)


def lint_text(text: str, *, filename: str = "article.txt", config: dict[str, Any] | None = None,
              config_file: str | None = None, isolated: bool = True,
              cwd: str | None = None) -> list[Finding]:
    """Lint one article held in memory.

    :param text: the article (Markdown, HTML or plain text).
    :param filename: the name findings carry; its extension picks the format.
    :param config: settings in config-file form, e.g. ``{"select": ["PH"],
        "reference-date": "2024-03-14", "placeholders": {...}}``.
    :param isolated: ignore config files on disk (the default for an API call).
    :return: the findings, sorted, each with path, line, column, end
        position, code, message, severity and, where offered, a fix.
    :raises lintnews.ConfigError: for a bad setting or unknown rule code.
    """
    session = _session(config, config_file, isolated, cwd)
    return finish(session, [check_text(session, text, filename)]).findings


def lint_paths(paths: Iterable[str], *, config: dict[str, Any] | None = None,
               config_file: str | None = None, isolated: bool = False,
               cwd: str | None = None) -> LintResult:
    """Lint files and folders as the CLI does; returns a :class:`LintResult`
    (``findings``, ``files``, ``errors`` and ``exit_code(fail_on)``)."""
    session = _session(config, config_file, isolated, cwd)
    return run(session, list(paths))


__all__ = ["lint_text", "lint_paths", "LintResult"]
