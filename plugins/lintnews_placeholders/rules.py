"""Rule declarations (prefix PH) and their documentation pages."""
from __future__ import annotations

from lintnews import Rule, Severity, rule_page


def _doc(what: str, why: str, example: str, instead: str, extra: str = "") -> str:
    return rule_page(what, why, example, instead, extra=extra)


TEMPLATE_VARIABLE = Rule(
    "PH001", "template-variable",
    "A template variable was left unfilled ([author_name], {{title}}, %AUTHOR%...).",
    Severity.ERROR, _doc(
        "Flags the slots of a template that were never filled in: `[author_name]`, "
        "`[Name]`, `[E-mail address]`, `[INSERT QUOTE]`, `{{title}}`, `{{{title}}}`, "
        "`{author}`, `{% block %}`, `%AUTHOR%`, `<<NAME>>`, `$AUTHOR_NAME`, `${name}`, "
        "`<XXX>`. Square brackets are flagged only when their content is a template "
        "slot (an identifier with underscores, a word such as *Name*, *E-mail address*, "
        "*Phone number*, or an instruction such as *Insert ...*), so Markdown links, "
        "citations `[1]` and an editor's insertion in a quote (\"[the minister] said\") "
        "are left alone.",
        "A reader who sees \"Source by [author_name]\" knows nobody read the page "
        "before it went out. Press releases reprinted verbatim carry the agency's "
        "unfilled contact template.",
        "```\nCopies of this paper are available to credentialed journalists upon "
        "request; please contact [Name] at [E-mail address].\n```",
        "```\nCopies of this paper are available to credentialed journalists upon "
        "request; please contact Jane Doe at press@example.org.\n```\nFill in the slot, "
        "or delete the sentence."))

TO_COME = Rule(
    "PH002", "to-come-mark",
    "A 'TK'/'TKTK' (to come) or '???' mark stands where copy is missing.",
    Severity.ERROR, _doc(
        "Flags the newsroom mark *TK* (\"to come\"), *TKTK*, and a free-standing "
        "`???`, where a reporter meant to fill in a fact later. A bare *TK* is "
        "flagged only where it cannot be a name: in brackets, after a currency sign, "
        "before a unit (`TK million`, `TK%`), or between lower-case English words "
        "(\"killed TK people\"). *TK Maxx*, *TK-Safe*, author initials (\"Mundorf TK\") "
        "and German text about the insurer *die TK* are not flagged; neither is a "
        "question ending in \"???\".",
        "The mark is meant to stop the story at the copy desk. Published, it tells "
        "readers a fact is missing.",
        "```\nThe fire destroyed TK homes in the valley, officials said.\n```",
        "```\nThe fire destroyed 14 homes in the valley, officials said.\n```"))

MISSING_FIGURE = Rule(
    "PH003", "missing-figure",
    "'XX' or 'XXX' stands in for a number that was never filled in.",
    Severity.ERROR, _doc(
        "Flags *XX*, *XXX* (and `$X`, `X,XXX`) used in place of a number: after a "
        "month (\"the April XX issue\"), after a currency sign, before a unit or a "
        "per cent sign, or before a lower-case word (\"XX people were killed\"). A "
        "Roman numeral (\"the XX Olympic Games\", \"Super Bowl XXX\", \"siglo XX\") "
        "and a title (\"XXX, Hellboy\") are not flagged.",
        "The number is the news. An article that says \"XX people were killed\" was "
        "published before the reporter had the figure.",
        "```\nthe researchers report in the April XX issue of the Journal of Clinical "
        "Oncology.\n```",
        "```\nthe researchers report in the April 15 issue of the Journal of Clinical "
        "Oncology.\n```"))

LOREM_IPSUM = Rule(
    "PH004", "filler-text",
    "Lorem ipsum filler text was left in the copy.",
    Severity.ERROR, _doc(
        "Flags the filler text of page templates: *Lorem ipsum*, *dolor sit amet*, "
        "*consectetur adipiscing*, *sed do eiusmod*. One finding per paragraph.",
        "Filler text marks a layout that was published before its copy was written.",
        "```\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n```",
        "The article's real text."))

EDITORIAL_NOTE = Rule(
    "PH005", "editorial-note",
    "An editorial note (TODO, FIXME, NTD, [CONFIRM], (need quote)...) was left in the copy.",
    Severity.ERROR, _doc(
        "Flags notes between editors that belong in a comment, not in the story: "
        "`TODO:`, `FIXME`, `NTD:` (note to desk), bracketed instructions such as "
        "`[CONFIRM]`, `[CHECK]`, `[VERIFY]`, `(need quote)`, `[citation needed]`, and "
        "capitalised asides such as *CHECK THIS*. Words in an all-capitals headline "
        "(\"TODO SOBRE...\") and abbreviations in parentheses (\"(NTD)\") are not flagged.",
        "A note such as \"(need quote)\" published in a story tells readers the piece "
        "was not finished, and may expose how a source was handled.",
        "```\nThe council approved the budget on Tuesday (need quote from mayor).\n```",
        "```\nThe council approved the budget on Tuesday. \"It is a fair budget,\" the "
        "mayor said.\n```\nOr delete the note; keep notes in suppression-free comments "
        "of your CMS."))

FIELD_PLACEHOLDER = Rule(
    "PH006", "placeholder-field",
    "A front-matter field (title, author...) is empty or a placeholder such as 'TBD'.",
    Severity.ERROR, _doc(
        "Flags a prose front-matter field (title, headline, description, author, "
        "byline...) that is present but empty, or whose whole value is a placeholder: "
        "*TBD*, *TBA*, *TK*, *XXX*, *Untitled*, *Headline*, *Title here*, *Lorem ipsum*. "
        "Template variables inside a field (`author: \"[author_name]\"`) are reported "
        "as PH001.",
        "The title and byline are what readers, search engines and social cards see "
        "first; a placeholder there is the most visible kind.",
        "```\n---\ntitle: TBD\nauthor: \"\"\n---\n```",
        "```\n---\ntitle: Ceasefire holds on Armenia-Azerbaijan border\nauthor: Jane Doe\n---\n```"))

RULES = [TEMPLATE_VARIABLE, TO_COME, MISSING_FIGURE, LOREM_IPSUM, EDITORIAL_NOTE,
         FIELD_PLACEHOLDER]
