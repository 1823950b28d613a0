"""A throwaway plugin implementing a hook that does not exist."""
from lintnews import hookimpl


@hookimpl
def lintnews_check_paragraph(paragraph):
    return []
