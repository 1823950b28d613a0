"""A throwaway plugin that returns things that are not findings."""
from lintnews import Rule, hookimpl

DOC = "## What it does\nx\n\n## Why is this bad?\nx\n\n## Example\nx\n\n## Use instead\nx\n"


@hookimpl
def lintnews_rules():
    return [Rule("GRB001", "garbage", "Returns garbage.", doc=DOC)]


@hookimpl
def lintnews_check_document(document):
    return ["GRB001 not a finding"]
