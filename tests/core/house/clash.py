"""A throwaway plugin claiming the TST prefix that tkcheck owns."""
from lintnews import Rule, hookimpl


@hookimpl
def lintnews_rules():
    return [Rule("TST900", "clash", "Clashes.")]
