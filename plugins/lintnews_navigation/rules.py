"""The NAV rules and their documentation pages (``lintnews --explain NAVxxx``)."""
from __future__ import annotations

from lintnews import Rule, Severity

_LINE_FIX = """
## Fix safety
The fix deletes the line (in plain text and Markdown, the whole source line,
together with the title line that a lone label introduces; in HTML, the text
only). It is marked unsafe: review that nothing of the article goes with it.
"""

RULES = (
    Rule(
        "NAV001", "navigation-line",
        'A "Previous article" / "Next article" navigation line in the article text',
        Severity.WARNING,
        """## What it does
Flags a line of the article text that starts with a navigation label:
"Previous article", "Next article", "Previous post", "Next story", "Older post" and the
like, alone on the line or followed by a separator and a title.

## Why is this bad?
It is the website's navigation, copied with the story by a scraper or a careless paste.
Readers see a link label that leads nowhere, and the title after it belongs to another
article. In a whole HTML page, the same links in the page's own chrome (nav, header,
footer, aside) are not flagged: those are checked by NAV010-NAV023 instead.

## Example
```text
Ethnic Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan in 1991.

Next article: Mabuza assures that Eskom will not be privatised
```

## Use instead
```text
Ethnic Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan in 1991.
```
A sentence that merely mentions the next article ("The next article in this series
looks at...") is not flagged.
""" + _LINE_FIX),
    Rule(
        "NAV002", "glued-navigation-label",
        "A navigation label glued to another article's title",
        Severity.WARNING,
        """## What it does
Flags a "Previous article" / "Next article" label run together with the title it
introduced, with no space between them, as text extraction leaves it.

## Why is this bad?
The line is navigation debris (see NAV001) and it is also unreadable: "Previous
articleMass grave..." reads as a garbled sentence in print, feeds and search snippets.

## Example
```text
Previous articleMass grave with more than 440 bodies found in Izyum, Ukraine – police
Next articleMabuza assures that Eskom MPs will NOT be privatized
```

## Use instead
Delete both lines; the article ends with its last paragraph.
""" + _LINE_FIX),
    Rule(
        "NAV003", "promo-line",
        'A "READ ALSO:" / "RELATED:" / "Related Articles" promo line in the article text',
        Severity.WARNING,
        """## What it does
Flags a line that promotes other content: "READ ALSO: <title>", "ALSO READ | <title>",
"SEE ALSO: <title>", "RELATED: <title>", "Read more: <title>", and headings such as
"Related Articles", "Related Stories", "Related Links", "More stories" alone on a line.

## Why is this bad?
These lines are links in the web page. In another medium (a wire copy, a print page, a
newsletter, a syndicated feed) they are dead text pointing at stories the reader
cannot reach, often from another day.

## Example
```text
A delegation from the Collective Security Treaty Organization is due in Yerevan later Thursday.

READ ALSO: Death toll rises on second day of Armenian-Azerbaijani fighting

Armenia is a CSTO member, while Azerbaijan is not.
```

## Use instead
```text
A delegation from the Collective Security Treaty Organization is due in Yerevan later Thursday.

Armenia is a CSTO member, while Azerbaijan is not.
```
"Related" inside a sentence ("Related research found...") and a label without a
separator followed by prose ("See also the report...") are not flagged.
""" + _LINE_FIX),
    Rule(
        "NAV004", "share-buttons",
        'Share-button text ("Share this:", "Click to share on Twitter") in the article text',
        Severity.WARNING,
        """## What it does
Flags the text of share buttons: "Share this:", "Share this story", "Share on Facebook",
"Click to share on Twitter (Opens in new window)". A "Share this:" label and the button
names under it (Twitter, Email, Facebook, Print...) are one finding.

## Why is this bad?
Button labels copied as text are noise in the story and, glued to an image caption
("Share on Pinterest High blood pressure is..."), they corrupt the caption.

## Example
```text
Share this:
Twitter
Facebook
```

## Use instead
Delete the block. Where the label is glued to a caption, delete the label only.
""" + _LINE_FIX),
    Rule(
        "NAV005", "advertisement-marker",
        'An "ADVERTISEMENT" / "Continue reading the main story" marker in the article text',
        Severity.WARNING,
        """## What it does
Flags a line that is only an advertising slot's marker: "ADVERTISEMENT",
"Advertisement Continue reading the main story", "Continue reading the main story",
"Story continues below advertisement".

## Why is this bad?
The marker labelled an ad slot on the web page; copied into the text it splits a
paragraph run with a word that means nothing to the reader.

## Example
```text
But taking a handful of pills daily for up to a year is difficult.

Advertisement Continue reading the main story

Nurse Peggy Cooley has used Skype for years to chat live with patients.
```

## Use instead
```text
But taking a handful of pills daily for up to a year is difficult.

Nurse Peggy Cooley has used Skype for years to chat live with patients.
```
""" + _LINE_FIX),
    Rule(
        "NAV006", "scraper-credit",
        'A "Source by ..." / "Source link" credit line left by an auto-blogging tool',
        Severity.WARNING,
        """## What it does
Flags a short line "Source by <name>" or "Source link", the credit that
auto-blogging tools append to a copied article.

## Why is this bad?
It tells the reader the text was lifted from elsewhere, and often carries an unfilled
template ("Source by [author_name]"). A real credit names the agency and author in the
byline instead.

## Example
```text
About 30,000 people died in the conflict.

Source by [author_name]
```

## Use instead
```text
About 30,000 people died in the conflict.
```
A sentence that begins with the words ("Source by source, the audit...") is not
flagged: the rule wants a short line of at most six words with no closing full stop.
""" + _LINE_FIX),
    Rule(
        "NAV010", "foreign-outlet-in-nav-title",
        "A Previous/Next title that carries another outlet's name",
        Severity.WARNING,
        """## What it does
Flags a previous or next link whose title ends with an outlet's name
("... – SABC News", "... | The Guardian") when the article's own publication is known
(front matter `publication` or `site_name`, HTML `og:site_name`, or config
`publication`) and is a different one.

## Why is this bad?
The navigation was copied from another site: the link leads readers to another outlet's
story, or to nothing, under your masthead.

## Example
With `publication = "The Citizen"`:
```text
Previous articleMass grave with more than 440 bodies found in Izyum, Ukraine – police – SABC News
```

## Use instead
Link your own previous article, under its own title.

## Options
None; set `publication` in config (or in front matter) to enable the check. An outlet
name is recognised by a news word (News, Times, Post, Herald...) or a domain after the
last " – " or " | " of the title.
"""),
    Rule(
        "NAV011", "nav-same-target",
        "Previous and Next name the same article",
        Severity.WARNING,
        """## What it does
Flags an article whose previous and next links name the same article (the same href or
the same title; across a collection, the same resolved file).

## Why is this bad?
An article cannot be both older and newer than another: one of the two links is a
copy-paste slip, and readers lose the way through the series.

## Example
```yaml
previous: eskom-privatisation
next: eskom-privatisation
```

## Use instead
```yaml
previous: eskom-privatisation
next: izyum-mass-grave
```
"""),
    Rule(
        "NAV012", "nav-self-link",
        "A Previous/Next link that points to the article itself",
        Severity.WARNING,
        """## What it does
Flags a previous or next link whose title is the article's own title, or whose href is
the article's own slug, URL or path.

## Why is this bad?
The link sends readers back to the page they are reading; the real neighbour is missing.

## Example
In `izyum-mass-grave.md`, titled "Mass grave found in Izyum":
```yaml
next: izyum-mass-grave
```

## Use instead
```yaml
next: eskom-privatisation
```
"""),
    Rule(
        "NAV020", "nav-unresolved",
        "A Previous/Next link that names no article of the collection",
        Severity.WARNING,
        """## What it does
When several articles are linted together (a directory, or config
`collection = ["content/**/*.md"]`), flags a previous or next link that resolves to no
article of the collection, or to several. A link resolves by slug, path (relative to
the article or the repo), URL or title.

A link is only known to be broken against the whole repo, so the rule wants config
`collection` (e.g. `collection = ["content/**/*.md"]`): then every link of a linted
article is checked, whatever files the run was given. Without it, a front-matter link
that names a file (`../2022/izyum.md`) which does not exist is still reported, and a
name that matches several articles; a slug, URL or title that matches nothing is not
(the article may simply not be part of this run; a folder of scraped pages links to
other sites).

## Why is this bad?
The link is broken: a typo in a slug, a renamed file, an article that was never
published.

## Example
```yaml
next: mabuza-eskom-privatization   # the file is mabuza-eskom-privatisation.md
```

## Use instead
```yaml
next: mabuza-eskom-privatisation
```
"""),
    Rule(
        "NAV021", "nav-order",
        "A Previous link to a newer article, or a Next link to an older one",
        Severity.WARNING,
        """## What it does
Compares the front-matter dates of an article and the article its link resolves to:
the previous article must not be newer, the next must not be older. Articles of the
same date, or without dates, are not compared.

## Why is this bad?
Readers following "Next" go back in time; usually previous and next were swapped.

## Example
In an article dated 2022-09-15:
```yaml
previous: eskom-privatisation   # dated 2022-09-16
```

## Use instead
```yaml
next: eskom-privatisation
```
"""),
    Rule(
        "NAV022", "nav-not-reciprocal",
        "A Next link not answered by a Previous link (or the reverse)",
        Severity.WARNING,
        """## What it does
If article A's next link resolves to B, B's previous link must resolve to A (and the
same for previous). Flags A's link when B links back to another article, or takes part
in navigation but has no link back at all. Back links that resolve nowhere are left to
NAV020.

## Why is this bad?
The series reads differently forwards and backwards: one of the two articles points at
the wrong neighbour, or an article was inserted without updating the others.

## Example
`a.md` has `next: b`, but `b.md` has `previous: z` (or no `previous` at all).

## Use instead
`b.md`: `previous: a`.
"""),
    Rule(
        "NAV023", "nav-title-mismatch",
        "A Previous/Next link that shows a title other than the linked article's",
        Severity.WARNING,
        """## What it does
Where a link shows a title (a body navigation line, the text of an HTML link) and the
link resolves to an article by its href, or to one article only by a close title,
flags a shown title that is not the article's real title (case, punctuation, an
outlet suffix and a trailing "..." of a shortened title are ignored).

## Why is this bad?
Readers are promised one story and given another; often the title was edited after
publication and the navigation kept the old one.

## Example
```text
Next article: Mabuza assures that Eskom will NOT be privatized
```
while the linked article is titled "Mabuza: Eskom will not be privatised, MPs told".

## Use instead
```text
Next article: Mabuza: Eskom will not be privatised, MPs told
```
"""),
)
