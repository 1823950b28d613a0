"""Machine-readable formats: JSON, JSON lines, GitHub annotations, SARIF.

``json`` is imported when a JSON format writes, not when formats are listed:
every run lists them, most print the default format.
"""
from __future__ import annotations

from .. import __version__
from ..finding import Finding, Severity
from .base import Formatter

DOCS_URL = "https://lintnews.readthedocs.io/en/latest/rules/{code}/"


def finding_dict(f: Finding, registry) -> dict:
    rule = registry.get(f.code)
    fix = None
    if f.fix is not None:
        fix = {"applicability": f.fix.applicability, "message": f.fix.message,
               "edits": [{"content": e.content,
                          "location": {"row": e.line, "column": e.col},
                          "end_location": {"row": e.end_line, "column": e.end_col}}
                         for e in f.fix.edits]}
    return {"code": f.code, "name": rule.name if rule else None, "message": f.message,
            "filename": f.path, "location": {"row": f.line, "column": f.col},
            "end_location": {"row": f.end_line or f.line, "column": f.end_col or f.col},
            "severity": str(f.severity) if f.severity else None,
            "url": DOCS_URL.format(code=f.code), "fix": fix}


class JsonFormatter(Formatter):
    def write(self, result) -> None:
        import json

        data = [finding_dict(f, self.registry) for f in result.findings]
        self.stream.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


class JsonLinesFormatter(Formatter):
    def format(self, f: Finding) -> str:
        import json

        return json.dumps(finding_dict(f, self.registry), ensure_ascii=False)


_GH_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


class GithubFormatter(Formatter):
    """Workflow commands that GitHub Actions shows as annotations on the diff."""

    def format(self, f: Finding) -> str:
        level = _GH_LEVEL.get(f.severity, "error")
        path = _gh_escape(self.relative(f.path), prop=True)
        return (f"::{level} title={_gh_escape(f'lintnews ({f.code})', True)},file={path},"
                f"line={f.line},col={f.col},endLine={f.end_line or f.line},"
                f"endColumn={f.end_col or f.col}::{_gh_escape(f'{f.code} {f.message}')}")


_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


class SarifFormatter(Formatter):
    """SARIF 2.1.0, for code-scanning dashboards."""

    def write(self, result) -> None:
        import json

        codes = sorted({f.code for f in result.findings})
        rules = []
        for code in codes:
            rule = self.registry.get(code)
            rules.append({"id": code, "name": rule.name if rule else code,
                          "shortDescription": {"text": rule.summary if rule else code},
                          "helpUri": DOCS_URL.format(code=code),
                          "fullDescription": {"text": rule.doc if rule else ""}})
        index = {c: i for i, c in enumerate(codes)}
        results = []
        for f in result.findings:
            results.append({
                "ruleId": f.code, "ruleIndex": index[f.code],
                "level": _SARIF_LEVEL.get(f.severity, "error"),
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": self.relative(f.path)},
                    "region": {"startLine": f.line, "startColumn": f.col,
                               "endLine": f.end_line or f.line,
                               "endColumn": f.end_col or f.col}}}]})
        doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
               "runs": [{"tool": {"driver": {"name": "lintnews", "version": __version__,
                                             "informationUri": "https://github.com/lintnews/lintnews",
                                             "rules": rules}},
                         "results": results}]}
        self.stream.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
