"""The core's output formats, registered through ``lintnews_output_formats``."""
from __future__ import annotations

from .. import hookimpl


@hookimpl
def lintnews_output_formats():
    from .default import DefaultFormatter
    from .structured import GithubFormatter, JsonFormatter, JsonLinesFormatter, SarifFormatter
    return {"default": DefaultFormatter, "json": JsonFormatter, "json-lines": JsonLinesFormatter,
            "github": GithubFormatter, "sarif": SarifFormatter}
