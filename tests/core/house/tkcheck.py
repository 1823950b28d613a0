"""A throwaway house plugin for the core's tests: loaded through config `plugins`."""
import regex

from lintnews import Option, PluginOptions, Rule, Severity, hookimpl

DOC = "## What it does\nx\n\n## Why is this bad?\nx\n\n## Example\nTK\n\n## Use instead\nx\n"
WORD = regex.compile(r"\b(?:TK|BOOM|LATE|SLOW)\b")


@hookimpl
def lintnews_options():
    return PluginOptions("tkcheck", {"word": Option(str, "TK", "the mark to flag"),
                                     "strict": Option(bool, False, "unused")})


@hookimpl
def lintnews_rules(config):
    return [Rule("TST001", "tk-mark", "A TK mark is left in copy.", Severity.ERROR, DOC),
            Rule("TST002", "info-mark", "Something informative.", Severity.INFO, DOC)]


@hookimpl
def lintnews_check_document(document, config):
    word = config.plugin_options("tkcheck")["word"]
    for text in document.texts():
        for m in WORD.finditer(text.string):
            if m[0] == "SLOW":  # what the regex module raises when its timeout= runs out
                raise TimeoutError("regex timed out")
            if m[0] == "BOOM":
                raise RuntimeError("boom on purpose")
            if m[0] == "LATE":
                yield document.finding("TST002", "late mark", text, m.start(), m.end())
                raise ValueError("raised mid-iteration")
            if m[0] == word:
                yield document.finding("TST001", f"placeholder {word} left in copy", text,
                                       m.start(), m.end(), replacement="")
