"""The core's own rules (prefix LN): problems with a file or a plugin, not with prose."""
from __future__ import annotations

from . import hookimpl
from .finding import Severity
from .rules import Rule, rule_page

#: Codes that mean a file or a plugin could not be checked: exit status 2,
#: whatever --exit-zero says, and never hidden by --ignore.
FATAL = frozenset({"LN001", "LN002", "LN003", "LN010", "LN011"})


RULES = [
    Rule("LN001", "unreadable-file", "The file could not be read.", Severity.ERROR, rule_page(
        "Reports a path that exists but could not be opened or read (permissions, a "
        "broken symlink, a device).",
        "A file that is not read is not checked; the run exits with status 2 so a "
        "publish gate never passes an article it did not see.",
        "```\nlintnews: story.md:1:1: LN001 cannot read file: Permission denied\n```",
        "Fix the permissions (`chmod a+r story.md`) or exclude the path.")),
    Rule("LN002", "not-utf8", "The file is not UTF-8 text.", Severity.ERROR, rule_page(
        "Reports a file whose bytes are not valid UTF-8, naming the first bad byte "
        "and, where it can tell, the encoding the file seems to be in.",
        "lintnews reads articles as UTF-8. Guessing another encoding would move "
        "every column and could turn real text into mojibake.",
        "A Latin-1 export: `caf\\xe9` gives `LN002 not UTF-8: byte 0xe9 at line 1, column 4`.",
        "Re-save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8 in.txt > out.txt`.")),
    Rule("LN003", "binary-file", "The file is binary, not text.", Severity.ERROR, rule_page(
        "Reports a file containing NUL bytes (an image, a PDF, a word-processor file).",
        "Binary content is not an article; linting it would print noise.",
        "`photo.txt` that is really a JPEG.",
        "Exclude the file (`exclude = [\"*.jpg\"]`) or export the article as text.")),
    Rule("LN004", "empty-file", "The file is empty.", Severity.WARNING, rule_page(
        "Reports a file that is empty or holds only white space or front matter.",
        "An empty article in an editorial repo is usually a failed export or a "
        "placeholder file that should not be published.",
        "A zero-byte `2024-03-14-budget.md`.",
        "Write the article or delete the file.")),
    Rule("LN005", "bad-front-matter", "The front matter could not be parsed.", Severity.ERROR, rule_page(
        "Reports front matter (YAML between `---` lines or TOML between `+++` lines) "
        "that is not valid, or that is opened but never closed.",
        "Publishing systems read the title, date and byline from front matter; if it "
        "does not parse, the article goes out without them (or not at all).",
        "```\n---\ntitle: \"Budget: what it means\n---\n```\nThe title's quote is never closed.",
        "```\n---\ntitle: \"Budget: what it means\"\n---\n```")),
    Rule("LN010", "plugin-crashed", "A plugin raised an exception on this file.", Severity.ERROR, rule_page(
        "Reports a plugin that raised while checking a file (when called, or while its "
        "findings were being read). The other plugins still checked the file.",
        "A crashed check found nothing: the file was not fully checked, so the run "
        "exits with status 2.",
        "`LN010 plugin 'housechecks' crashed: KeyError: 'title' (other checks ran; report this to the plugin's authors)`",
        "Report the exception to the plugin's authors, or disable the plugin with `-p no:NAME`.")),
    Rule("LN011", "plugin-bad-result", "A plugin returned something that is not a valid finding.", Severity.ERROR, rule_page(
        "Reports a plugin whose hook returned something other than findings, or a "
        "finding with a code it did not declare or a position outside the file.",
        "A malformed finding cannot be shown or filtered reliably.",
        "A plugin yielding the string `'PH001 bad'` instead of a `Finding`.",
        "Fix the plugin: build findings with `document.finding(...)`.")),
    Rule("LN012", "check-timeout", "A check gave up on this file because it took too long.", Severity.WARNING, rule_page(
        "Reports a check whose regular expression hit its time limit on this file "
        "(the `regex` module's timeout).",
        "A pathological input must never hang a pre-commit hook or a publish gate; "
        "the check is skipped for this file and says so.",
        "A 10 MB file of one repeated character.",
        "Look at the file: such input is rarely an article. Report it if it is one.")),
    Rule("LN101", "unused-suppression", "A suppression comment suppresses nothing.", Severity.WARNING, rule_page(
        "Reports a `<!-- lintnews: disable ... -->` comment (or front-matter "
        "`lintnews: {disable: [...]}`) that did not suppress any finding.",
        "Stale suppressions hide future defects in the lines they cover.",
        "```\n<!-- lintnews: disable-next-line PH001 -->\nThe minister said on Tuesday.\n```",
        "Remove the comment.")),
    Rule("LN102", "unknown-suppression-code", "A suppression names a code no rule has.", Severity.WARNING, rule_page(
        "Reports a suppression comment naming a code or prefix that matches no known rule.",
        "A typo in a suppression suppresses nothing and misleads the reader.",
        "`<!-- lintnews: disable PHH001 -->`",
        "Use `lintnews --list-rules` to find the right code.")),
]


@hookimpl
def lintnews_rules():
    return RULES
