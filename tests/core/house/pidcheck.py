"""A house plugin for the core's tests: one finding per document, naming the
process that checked it (to see whether a run used workers)."""
import os

from lintnews import Rule, Severity, hookimpl

DOC = "## What it does\nx\n\n## Why is this bad?\nx\n\n## Example\nx\n\n## Use instead\nx\n"


@hookimpl
def lintnews_rules(config):
    return [Rule("TST901", "checked-by", "Names the process that checked the file.",
                 Severity.INFO, DOC)]


@hookimpl
def lintnews_check_document(document, config):
    yield document.finding("TST901", f"pid {os.getpid()}", document.body, 0, 0)
