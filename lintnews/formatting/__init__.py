"""The core's output formats, registered through ``lintnews_output_formats``."""
from __future__ import annotations

from typing import Any

from .. import hookimpl


def _deferred(name: str):
    """A factory for a structured format: json (and its module) load only when asked for."""
    def make(*args: Any, **kwargs: Any):
        from . import structured
        return getattr(structured, name)(*args, **kwargs)
    make.__name__ = name
    return make


@hookimpl
def lintnews_output_formats():
    from .default import DefaultFormatter
    return {"default": DefaultFormatter, "json": _deferred("JsonFormatter"),
            "json-lines": _deferred("JsonLinesFormatter"), "github": _deferred("GithubFormatter"),
            "sarif": _deferred("SarifFormatter")}
