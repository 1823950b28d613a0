"""A house plugin whose hooks are a bound method and a function imported from elsewhere.

The core reads module plugins' namespaces directly (finder._Manager); this
proves such hooks are still found, and that helper names are not mistaken
for hooks.
"""
from lintnews import Rule, hookimpl
from tkcheck import DOC  # an imported name that is not a hook


class _Checker:
    word = "XX"

    @hookimpl
    def check(self, document, config):
        for text in document.texts():
            start = text.string.find(self.word)
            if start >= 0:
                yield document.finding("MTH001", f"{self.word} in copy", text, start, start + 2)


@hookimpl(specname="lintnews_rules")
def declare(config):
    return [Rule("MTH001", "xx-mark", "An XX mark is left in copy.", doc=DOC)]


lintnews_check_document = _Checker().check  # a bound method, marked on its function
